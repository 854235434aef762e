import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SecretKeys } from '@app/config';
import { managerOf } from '@app/database';
import { SmsNumberEntity } from './sms-number.entity';

/**
 * The opt-out list and the "told how to stop" marks, by an HMAC of the number: survives the
 * purge of the registrations that gave the number, and a database dump alone does not reveal
 * the numbers.
 */
@Injectable()
export class SmsNumbers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: SecretKeys,
  ) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(SmsNumberEntity);
  }

  /** A stable key for the number that does not reveal it: the table's, and dedupe keys'. */
  keyOf(number: string): string {
    return this.keys.sign('sms-number', number);
  }

  /** Whether the number texted STOP, and whether it was already told how to (a first text must say it): one read. */
  async stateOf(number: string): Promise<{ stopped: boolean; introduced: boolean }> {
    const row = await this.repo().findOneBy({ numberHmac: this.keyOf(number) });
    return { stopped: !!row?.stoppedAt, introduced: !!row?.introducedAt };
  }

  async isStopped(number: string): Promise<boolean> {
    return (await this.stateOf(number)).stopped;
  }

  async markIntroduced(number: string, now: Date): Promise<void> {
    await this.upsert(
      number,
      'introduced_at = COALESCE(introduced_at, VALUES(introduced_at))',
      { introducedAt: now, stoppedAt: null },
      now,
    );
  }

  /** STOP: true when the number was not stopped already (so the confirmation goes once). */
  async stop(number: string, now: Date): Promise<boolean> {
    const hmac = this.keyOf(number);
    // Takes the number's row (or its gap) under lock, in the caller's transaction: two STOPs at once confirm once.
    const before = await this.repo().findOne({ where: { numberHmac: hmac }, lock: { mode: 'pessimistic_write' } });
    if (before?.stoppedAt) return false;
    await this.upsert(number, 'stopped_at = VALUES(stopped_at)', { stoppedAt: now, introducedAt: null }, now);
    return true;
  }

  /** START: true when the number was stopped. */
  async start(number: string, now: Date): Promise<boolean> {
    const hmac = this.keyOf(number);
    const before = await this.repo().findOne({ where: { numberHmac: hmac }, lock: { mode: 'pessimistic_write' } });
    if (!before?.stoppedAt) return false;
    await this.repo().update({ numberHmac: hmac }, { stoppedAt: null, updatedAt: now });
    return true;
  }

  private async upsert(
    number: string,
    onDuplicate: string,
    values: Pick<SmsNumberEntity, 'stoppedAt' | 'introducedAt'>,
    now: Date,
  ): Promise<void> {
    await managerOf(this.dataSource).query(
      `INSERT INTO sms_number (number_hmac, stopped_at, introduced_at, updated_at) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE ${onDuplicate}, updated_at = VALUES(updated_at)`,
      [this.keyOf(number), values.stoppedAt, values.introducedAt, now],
    );
  }
}
