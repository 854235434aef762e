import { Injectable } from '@nestjs/common';
import type { SessionEntity } from './session.entity';

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  capacity: number;
}

/**
 * What other parts of the product do when sessions change (registrations follow, reminders move).
 * Listeners run inside the transaction of the change, so their writes (outbox rows) commit with it.
 */
export interface SessionChangeListener {
  sessionsCancelled?(sessions: readonly SessionEntity[], reason: string): Promise<void>;
  sessionRescheduled?(session: SessionEntity, previous: SessionTimes): Promise<void>;
  sessionsScheduled?(sessions: readonly SessionEntity[]): Promise<void>;
  /** A room change lowered these sessions' capacity (their seats were checked with `lockSeatsTaken`). */
  capacityLowered?(sessions: readonly SessionEntity[]): Promise<void>;
  /**
   * The seats taken of each session, with what counts them locked until the transaction ends, so
   * that a lower capacity checked against them still holds at commit.
   */
  lockSeatsTaken?(sessionIds: readonly string[]): Promise<Map<string, number>>;
}

/**
 * Listeners register here at start-up (the libraries above workshops would otherwise form a cycle).
 * Besides following changes, the registrations library answers how many seats are taken.
 */
@Injectable()
export class SessionEvents {
  private readonly listeners: SessionChangeListener[] = [];

  register(listener: SessionChangeListener): void {
    this.listeners.push(listener);
  }

  async cancelled(sessions: readonly SessionEntity[], reason: string): Promise<void> {
    if (sessions.length === 0) return;
    for (const listener of this.listeners) await listener.sessionsCancelled?.(sessions, reason);
  }

  async rescheduled(session: SessionEntity, previous: SessionTimes): Promise<void> {
    for (const listener of this.listeners) await listener.sessionRescheduled?.(session, previous);
  }

  async scheduled(sessions: readonly SessionEntity[]): Promise<void> {
    if (sessions.length === 0) return;
    for (const listener of this.listeners) await listener.sessionsScheduled?.(sessions);
  }

  async capacityLowered(sessions: readonly SessionEntity[]): Promise<void> {
    if (sessions.length === 0) return;
    for (const listener of this.listeners) await listener.capacityLowered?.(sessions);
  }

  /** sessionId → seats taken (0 when nothing counts seats), locked until the transaction ends. */
  async lockSeatsTaken(sessionIds: readonly string[]): Promise<Map<string, number>> {
    const taken = new Map(sessionIds.map((id) => [id, 0]));
    if (sessionIds.length === 0) return taken;
    for (const listener of this.listeners) {
      for (const [id, seats] of (await listener.lockSeatsTaken?.(sessionIds)) ?? []) taken.set(id, seats);
    }
    return taken;
  }
}
