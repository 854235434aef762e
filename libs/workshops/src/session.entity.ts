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

  /** Null: the settings decide. */
  @InstantColumn({ nullable: true })
  registrationOpensAt!: Date | null;

  @InstantColumn({ nullable: true })
  registrationClosesAt!: Date | null;

  /** Raised on every change of time, place or status: part of the calendar entries' SEQUENCE. */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}

/** A SCHEDULED session whose end has passed reads COMPLETED everywhere. */
export function effectiveStatus(session: Pick<SessionEntity, 'status' | 'endsAt'>, now: Date): SessionStatus {
  return session.status === SessionStatus.SCHEDULED && session.endsAt.getTime() <= now.getTime() ? SessionStatus.COMPLETED : session.status;
}

export interface RegistrationWindow {
  opensAt: Date | null;
  closesAt: Date;
}

/** The window rules: the session's own times, else the settings; registration never closes after the start. */
export function registrationWindow(
  session: Pick<SessionEntity, 'startsAt' | 'registrationOpensAt' | 'registrationClosesAt'>,
  settings: { registrationOpensDaysBefore: number | null; registrationClosesMinutesBefore: number },
): RegistrationWindow {
  const start = session.startsAt.getTime();
  const opensAt =
    session.registrationOpensAt ??
    (settings.registrationOpensDaysBefore != null ? new Date(start - settings.registrationOpensDaysBefore * 86_400_000) : null);
  const closes = session.registrationClosesAt?.getTime() ?? start - settings.registrationClosesMinutesBefore * 60_000;
  return { opensAt, closesAt: new Date(Math.min(closes, start)) };
}

/** SCHEDULED (not completed) and inside its window. */
export function isRegistrationOpen(session: Pick<SessionEntity, 'status' | 'endsAt'>, window: RegistrationWindow, now: Date): boolean {
  return (
    effectiveStatus(session, now) === SessionStatus.SCHEDULED &&
    (window.opensAt === null || window.opensAt.getTime() <= now.getTime()) &&
    now.getTime() < window.closesAt.getTime()
  );
}

/** A new session row: no window of its own, revision 0 (its seats are the registrations library’s, from scheduling). */
export function newSession(
  fields: Pick<
    SessionEntity,
    'id' | 'workshopId' | 'requestId' | 'branchId' | 'roomId' | 'startsAt' | 'endsAt' | 'status' | 'capacity' | 'createdAt'
  >,
): SessionEntity {
  return Object.assign(new SessionEntity(), {
    ...fields,
    cancellationReason: null,
    registrationOpensAt: null,
    registrationClosesAt: null,
    revision: 0,
    updatedAt: fields.createdAt,
  });
}
