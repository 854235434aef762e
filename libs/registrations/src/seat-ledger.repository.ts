import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { transactionManagerOf, managerOf } from '@app/database';
import { SessionSeatsEntity } from './session-seats.entity';

type Counter = 'seatsTaken' | 'waitlistLength' | 'waitlistedSeats' | 'checkedInSeats';

const COLUMNS: Record<Counter, string> = {
  seatsTaken: 'seats_taken',
  waitlistLength: 'waitlist_length',
  waitlistedSeats: 'waitlisted_seats',
  checkedInSeats: 'checked_in_seats',
};

/**
 * The seat ledger's rows. Every write runs inside the caller's transaction (it fails loudly
 * outside one) and leaves the row locked until it ends: seat counts change one at a time.
 */
@Injectable()
export class SeatLedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findBySessionIds(sessionIds: readonly string[]): Promise<SessionSeatsEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return managerOf(this.dataSource)
      .getRepository(SessionSeatsEntity)
      .findBy({ sessionId: In([...sessionIds]) });
  }

  /** Locks the sessions' rows in id order (the order every writer takes them in). */
  lock(sessionIds: readonly string[]): Promise<SessionSeatsEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return transactionManagerOf()
      .getRepository(SessionSeatsEntity)
      .find({ where: { sessionId: In([...sessionIds]) }, order: { sessionId: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Rows for newly scheduled sessions, accepting registrations (a row already there reopens with the new capacity). */
  async open(sessions: ReadonlyArray<{ id: string; capacity: number }>): Promise<void> {
    if (sessions.length === 0) return;
    await transactionManagerOf().query(
      `INSERT INTO session_seats (session_id, capacity, accepting) VALUES ${sessions.map(() => '(?, ?, 1)').join(', ')}
       ON DUPLICATE KEY UPDATE capacity = VALUES(capacity), accepting = 1`,
      sessions.flatMap((s) => [s.id, s.capacity]),
    );
  }

  /**
   * The claim, in one statement: takes `seats` if the session accepts registrations and they fit.
   * True when the seats were taken.
   */
  async claim(sessionId: string, seats: number): Promise<boolean> {
    // Plain SQL: the hottest statement of the service, run while the row is locked.
    const result: { affectedRows: number } = await transactionManagerOf().query(
      'UPDATE session_seats SET seats_taken = seats_taken + ? WHERE session_id = ? AND accepting = 1 AND seats_taken + ? <= capacity',
      [seats, sessionId, seats],
    );
    return result.affectedRows === 1;
  }

  /** Joins the waitlist; its new length (the party's place), or null if the session does not accept registrations. */
  async joinWaitlist(sessionId: string, seats: number): Promise<number | null> {
    const em = transactionManagerOf();
    const result: { affectedRows: number } = await em.query(
      'UPDATE session_seats SET waitlist_length = waitlist_length + 1, waitlisted_seats = waitlisted_seats + ? WHERE session_id = ? AND accepting = 1',
      [seats, sessionId],
    );
    if (result.affectedRows !== 1) return null;
    const [row]: Array<{ waitlistLength: number }> = await em.query(
      'SELECT waitlist_length AS waitlistLength FROM session_seats WHERE session_id = ?',
      [sessionId],
    );
    return row ? Number(row.waitlistLength) : null;
  }

  /** Adds to the counters of a session whose row the caller's transaction has locked. */
  async add(sessionId: string, deltas: Partial<Record<Counter, number>>): Promise<void> {
    const set = Object.entries(deltas)
      .filter(([, delta]) => delta)
      .map(([field, delta]) => `${COLUMNS[field as Counter]} = ${COLUMNS[field as Counter]} + ${Number(delta)}`);
    if (set.length) await transactionManagerOf().query(`UPDATE session_seats SET ${set.join(', ')} WHERE session_id = ?`, [sessionId]);
  }

  /** A new capacity, only if the seats taken fit it. True when it was set. */
  async resize(sessionId: string, capacity: number): Promise<boolean> {
    const result: { affectedRows: number } = await transactionManagerOf().query(
      'UPDATE session_seats SET capacity = ? WHERE session_id = ? AND seats_taken <= ?',
      [capacity, sessionId, capacity],
    );
    return result.affectedRows === 1;
  }

  /** A cancelled session: no more claims, and every seat and place released. */
  async close(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    await transactionManagerOf().query(
      `UPDATE session_seats SET accepting = 0, seats_taken = 0, waitlist_length = 0, waitlisted_seats = 0, checked_in_seats = 0
       WHERE session_id IN (${sessionIds.map(() => '?').join(', ')})`,
      [...sessionIds],
    );
  }

  async setWalkIns(sessionId: string, count: number): Promise<void> {
    await transactionManagerOf().query('UPDATE session_seats SET walk_in_count = ? WHERE session_id = ?', [count, sessionId]);
  }
}
