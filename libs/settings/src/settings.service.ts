import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@app/clock';
import { managerOf } from '@app/database';
import { badInput } from '@app/errors';
import { SettingsEntity } from './settings.entity';

export type Settings = Omit<SettingsEntity, 'id' | 'updatedAt'>;
export type SettingsChanges = Partial<Settings>;

const ROW = 1;
const MONTH_MINUTES = 60 * 24 * 30;

/** Reads and changes the one settings row (created by its migration with the defaults). */
@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(SettingsEntity);
  }

  async get(): Promise<Settings> {
    const row = await this.repo().findOneBy({ id: ROW });
    if (!row) throw new Error('The settings row is missing; run the migrations');
    return row;
  }

  /** ADMIN: validated, all or nothing. */
  async update(changes: SettingsChanges): Promise<Settings> {
    const checked: SettingsChanges = {};
    if (changes.reminderLeadMinutes !== undefined) {
      const leads = [...new Set(changes.reminderLeadMinutes)].sort((a, b) => b - a);
      if (leads.length > 6) throw badInput('input.reminderLeadMinutes', 'at most 6 reminders');
      if (leads.some((m) => !Number.isInteger(m) || m < 1 || m > MONTH_MINUTES)) {
        throw badInput('input.reminderLeadMinutes', `each lead time is a whole number of minutes from 1 to ${MONTH_MINUTES}`);
      }
      checked.reminderLeadMinutes = leads;
    }
    if (changes.capacityThresholds !== undefined) {
      const thresholds = [...new Set(changes.capacityThresholds)].sort((a, b) => a - b);
      if (thresholds.length > 5) throw badInput('input.capacityThresholds', 'at most 5 thresholds');
      if (thresholds.some((t) => !Number.isFinite(t) || t <= 0 || t > 1))
        throw badInput('input.capacityThresholds', 'each threshold is a fraction above 0 and at most 1');
      checked.capacityThresholds = thresholds;
    }
    const whole = (field: keyof Settings, value: number | null | undefined, min: number, max: number) => {
      if (value === undefined) return;
      if (value === null || !Number.isInteger(value) || value < min || value > max)
        throw badInput(`input.${field}`, `must be a whole number from ${min} to ${max}`);
      (checked as Record<string, number>)[field] = value;
    };
    whole('waitlistDemandThreshold', changes.waitlistDemandThreshold, 1, 1000);
    whole('lowRegistrationLeadHours', changes.lowRegistrationLeadHours, 1, 24 * 30);
    whole('retentionDays', changes.retentionDays, 1, 3650);
    whole('registrationClosesMinutesBefore', changes.registrationClosesMinutesBefore, 0, 60 * 24 * 14);
    if (changes.registrationOpensDaysBefore === null) checked.registrationOpensDaysBefore = null;
    else whole('registrationOpensDaysBefore', changes.registrationOpensDaysBefore, 0, 365);
    await this.repo().update({ id: ROW }, { ...checked, updatedAt: this.clock.now() });
    return this.get();
  }
}
