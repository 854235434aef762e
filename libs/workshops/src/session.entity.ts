import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import { SessionStatus } from './workshop.enums';

/** One occurrence of a workshop. COMPLETED is never stored: see `effectiveStatus`. */
@Entity('session')
@Index('ix_session_workshop_start', ['workshopId', 'startsAt'])
@Index('ix_session_status_start', ['status', 'startsAt', 'id'])
@Index('ix_session_branch_start', ['branchId', 'startsAt'])
export class SessionEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  workshopId!: string;

  /** The request it was expanded from; null for sessions added after approval. */
  @RefColumn({ nullable: true })
  requestId!: string | null;

  @RefColumn()
  branchId!: string;

  /** The preferred room while proposed; the booked room once scheduled. */
  @RefColumn({ nullable: true })
  roomId!: string | null;

  @InstantColumn()
  startsAt!: Date;

  @InstantColumn()
  endsAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: SessionStatus;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  cancellationReason!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}

/** A SCHEDULED session whose end has passed reads COMPLETED everywhere. */
export function effectiveStatus(session: Pick<SessionEntity, 'status' | 'endsAt'>, now: Date): SessionStatus {
  return session.status === SessionStatus.SCHEDULED && session.endsAt.getTime() <= now.getTime() ? SessionStatus.COMPLETED : session.status;
}
