import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { notFound } from '@app/errors';
import type { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { WorkshopRepository } from './workshop.repository';
import type { Session, Workshop } from './workshops.types';

/**
 * The door other libraries read sessions through, and the two changes the registrations library
 * makes to a session it has locked: its capacity and its registration window. Writes run inside
 * the caller's transaction.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly workshops: WorkshopRepository,
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<Session | null> {
    return this.sessions.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<Session[]> {
    return this.sessions.findByIds(ids);
  }

  /** A session that must exist: NOT_FOUND otherwise. */
  async getById(id: string): Promise<Session> {
    const session = await this.sessions.findById(id);
    if (!session) throw notFound('Session');
    return session;
  }

  /** Locks the session's row until the caller's transaction ends; NOT_FOUND when there is none. */
  lock(id: string): Promise<Session> {
    return this.locked(id);
  }

  /** Scheduled sessions ending after `after` (whose timeline jobs may still be due), by start. */
  scheduledEndingAfter(after: Date): Promise<Session[]> {
    return this.sessions.findScheduledEndingAfter(after);
  }

  /** The workshop a session belongs to (it always has one). */
  async workshopOf(session: Pick<Session, 'workshopId'>): Promise<Workshop> {
    return this.workshops.getById(session.workshopId);
  }

  /** workshopId → workshop, for the workshops of these sessions. */
  async workshopsOf(sessions: ReadonlyArray<Pick<Session, 'workshopId'>>): Promise<Map<string, Workshop>> {
    const ids = [...new Set(sessions.map((s) => s.workshopId))];
    return new Map((await this.workshops.findByIds(ids)).map((w) => [w.id, w]));
  }

  /** A new capacity for a session the caller has locked (its seats are checked by the caller). */
  async setCapacity(id: string, capacity: number): Promise<Session> {
    const session = await this.locked(id);
    Object.assign(session, { capacity, updatedAt: this.clock.now() });
    await this.sessions.save([session]);
    return session;
  }

  /** The session's own registration window (null: the settings decide), for a session the caller has locked. */
  async setRegistrationWindow(id: string, opensAt: Date | null, closesAt: Date | null): Promise<Session> {
    const session = await this.locked(id);
    Object.assign(session, { registrationOpensAt: opensAt, registrationClosesAt: closesAt, updatedAt: this.clock.now() });
    await this.sessions.save([session]);
    return session;
  }

  private async locked(id: string): Promise<SessionEntity> {
    const session = await this.sessions.findByIdForUpdate(id);
    if (!session) throw notFound('Session');
    return session;
  }
}
