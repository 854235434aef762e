import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';
import { SessionStatus } from './workshop.enums';

import { managerOf } from '@app/database';

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(SessionEntity);
  }

  findById(id: string, em?: EntityManager): Promise<SessionEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  findByIds(ids: readonly string[], em?: EntityManager): Promise<SessionEntity[]> {
    return ids.length ? this.repo(em).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the session's row: its changes (and later its seats) happen one at a time. */
  findByIdForUpdate(id: string, em: EntityManager): Promise<SessionEntity | null> {
    return this.repo(em).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A branch's scheduled sessions of approved workshops starting from `from`, by start (its public feed). */
  findScheduledAtBranch(branchId: string, from: Date, limit: number): Promise<SessionEntity[]> {
    return this.repo()
      .createQueryBuilder('s')
      .innerJoin('workshop', 'w', "w.id = s.workshop_id AND w.status = 'APPROVED'")
      .where('s.branch_id = :branchId', { branchId })
      .andWhere("s.status = 'SCHEDULED'")
      .andWhere('s.starts_at >= :from', { from })
      .orderBy('s.starts_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Scheduled sessions ending after `after` (whose timeline jobs may still be due), by start. */
  findScheduledEndingAfter(after: Date): Promise<SessionEntity[]> {
    return this.repo().find({ where: { status: SessionStatus.SCHEDULED, endsAt: MoreThan(after) }, order: { startsAt: 'ASC' } });
  }

  /** Locks sessions' rows in id order (registrations lock them too: seat counts change only under them). */
  findByIdsForUpdate(ids: readonly string[], em: EntityManager): Promise<SessionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo(em).find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The sessions of these workshops, each list by start. */
  findByWorkshopIds(workshopIds: readonly string[], em?: EntityManager): Promise<SessionEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo(em).find({ where: { workshopId: In([...workshopIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** Scheduled sessions in a room that have not started, locked (a room change may adjust them). */
  findUpcomingInRoomForUpdate(roomId: string, now: Date, em: EntityManager): Promise<SessionEntity[]> {
    return this.repo(em).find({
      where: { roomId, status: SessionStatus.SCHEDULED, startsAt: MoreThan(now) },
      order: { startsAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * The seat claim, in one statement: takes `seats` if the session is scheduled and they fit. The
   * row stays locked until the transaction ends. True when the seats were taken.
   */
  async claimSeats(sessionId: string, seats: number, em: EntityManager): Promise<boolean> {
    // Plain SQL: the hottest statement of the service, run while the row is locked.
    const result: { affectedRows: number } = await em.query(
      "UPDATE session SET seats_taken = seats_taken + ? WHERE id = ? AND status = 'SCHEDULED' AND seats_taken + ? <= capacity",
      [seats, sessionId, seats],
    );
    return result.affectedRows === 1;
  }

  /** Joins the waitlist of a scheduled session; its new length (the party's place), or null if not scheduled. */
  async joinWaitlist(sessionId: string, seats: number, em: EntityManager): Promise<number | null> {
    const result: { affectedRows: number } = await em.query(
      "UPDATE session SET waitlist_length = waitlist_length + 1, waitlisted_seats = waitlisted_seats + ? WHERE id = ? AND status = 'SCHEDULED'",
      [seats, sessionId],
    );
    if (result.affectedRows !== 1) return null;
    const [row]: Array<{ waitlistLength: number }> = await em.query('SELECT waitlist_length AS waitlistLength FROM session WHERE id = ?', [
      sessionId,
    ]);
    return row ? Number(row.waitlistLength) : null;
  }

  /** Adds to the seat counters of a session whose row the caller's transaction has locked. */
  async addToCounters(
    sessionId: string,
    deltas: Partial<Record<'seatsTaken' | 'waitlistLength' | 'waitlistedSeats' | 'checkedInSeats', number>>,
    em: EntityManager,
  ): Promise<void> {
    const columns: Record<string, string> = {
      seatsTaken: 'seats_taken',
      waitlistLength: 'waitlist_length',
      waitlistedSeats: 'waitlisted_seats',
      checkedInSeats: 'checked_in_seats',
    };
    const set: Record<string, () => string> = {};
    for (const [field, delta] of Object.entries(deltas)) {
      if (delta) set[field] = () => `${columns[field]} + ${Number(delta)}`;
    }
    if (Object.keys(set).length)
      await this.repo(em).createQueryBuilder().update().set(set).where('id = :sessionId', { sessionId }).execute();
  }

  async insert(sessions: SessionEntity[], em: EntityManager): Promise<void> {
    if (sessions.length) await this.repo(em).insert(sessions);
  }

  async save(sessions: SessionEntity[], em: EntityManager): Promise<void> {
    if (sessions.length) await this.repo(em).save(sessions);
  }

  /** Removes proposed sessions a new proposal replaces, with the released holds that named them. */
  async deleteProposed(workshopId: string, em: EntityManager): Promise<void> {
    await em.query(
      `DELETE b FROM room_booking b JOIN session s ON s.id = b.session_id WHERE s.workshop_id = ? AND s.status IN ('PROPOSED', 'CANCELLED') AND b.status = 'CANCELLED'`,
      [workshopId],
    );
    await this.repo(em).delete({ workshopId, status: In([SessionStatus.PROPOSED, SessionStatus.CANCELLED]) });
  }
}
