import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '@app/database';

/** The library's programme settings: one row, live (every change applies from then on). */
@Entity('settings')
export class SettingsEntity {
  @PrimaryColumn({ type: 'tinyint' })
  id!: number;

  /** Minutes before a session's start at which reminders go out. */
  @Column({ type: 'json' })
  reminderLeadMinutes!: number[];

  /** Fractions of capacity that trigger CAPACITY_THRESHOLD. */
  @Column({ type: 'json' })
  capacityThresholds!: number[];

  @Column({ type: 'int' })
  waitlistDemandThreshold!: number;

  @Column({ type: 'int' })
  lowRegistrationLeadHours!: number;

  @Column({ type: 'int' })
  retentionDays!: number;

  /** Null: registration opens as soon as a session is scheduled. */
  @Column({ type: 'int', nullable: true })
  registrationOpensDaysBefore!: number | null;

  @Column({ type: 'int' })
  registrationClosesMinutesBefore!: number;

  @InstantColumn()
  updatedAt!: Date;
}
