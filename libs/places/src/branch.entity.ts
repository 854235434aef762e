import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn } from '@app/database';
import type { Weekday } from './weekday';

export interface OpeningHours {
  weekday: Weekday;
  /** HH:mm, local to the branch. */
  opens: string;
  /** HH:mm, after opens. */
  closes: string;
}

@Entity('branch')
export class BranchEntity {
  @IdColumn()
  id!: string;

  @Index('uq_branch_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** IANA time zone: opening hours, closures, limits and recurrence are read in it. */
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  /** ISO 3166-1 alpha-2: phone numbers written in national format are read in this country. */
  @Column({ type: 'char', length: 2, charset: 'ascii', collation: 'ascii_bin', default: 'US' })
  country!: string;

  /** The branch's public phone number, in E.164: where patrons call. */
  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  phone!: string | null;

  /** The weekly hours, ordered by weekday then opening time; a day may have several intervals. */
  @Column({ type: 'json' })
  openingHours!: OpeningHours[];

  @Column({ type: 'int', nullable: true })
  maxSessionsPerDay!: number | null;

  @Column({ type: 'int', nullable: true })
  maxEveningSessionsPerWeek!: number | null;

  @Column({ type: 'char', length: 5, charset: 'ascii', collation: 'ascii_bin', default: '18:00' })
  eveningStartsAt!: string;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
