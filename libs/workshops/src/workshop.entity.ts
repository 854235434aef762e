import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import type { RoomFeature } from '@app/places';
import type { Audience, WorkshopStatus } from './workshop.enums';

@Entity('workshop')
@Index('ix_workshop_status_submitted', ['status', 'submittedAt'])
@Index('ix_workshop_agency_status', ['agencyId', 'status'])
@Index('ix_workshop_updated', ['updatedAt', 'id'])
@Index('ix_workshop_title', ['title', 'id'])
export class WorkshopEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  agencyId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'json' })
  tags!: string[];

  @Column({ type: 'json' })
  audience!: Audience[];

  /** BCP-47 tags. */
  @Column({ type: 'json' })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  accessibilityNotes!: string | null;

  /** Seats per session; a session's capacity never exceeds its room's. */
  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'int', nullable: true })
  minAttendance!: number | null;

  @Column({ type: 'json' })
  requiredFeatures!: RoomFeature[];

  @Column({ type: 'text', nullable: true })
  followUpResources!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: WorkshopStatus;

  @RefColumn({ nullable: true })
  createdById!: string | null;

  @InstantColumn({ nullable: true })
  submittedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
