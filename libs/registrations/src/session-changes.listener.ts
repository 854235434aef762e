import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '@app/clock';
import { NotificationKind, OutboxService } from '@app/notifications';
import { SessionEvents, type Session, type SessionChangeListener, type SessionTimes } from '@app/workshops';
import { patronMessages } from './patron-messages';
import { RegistrationRepository } from './registration.repository';
import { markCancelled } from './registration-rules';
import { SeatLedgerRepository } from './seat-ledger.repository';
import { SeatLedger } from './seat-ledger.service';
import { SeatWatchers } from './seat-watchers.service';
import { SessionFacts } from './session-facts.service';

/**
 * What registrations do when sessions change, inside the transaction of the change (the session's
 * row is locked by then): a scheduled session's ledger opens, a cancelled one's closes and its
 * patrons are told, a moved one's patrons are told and a larger room promotes the waitlist.
 */
@Injectable()
export class SessionChanges implements OnModuleInit, SessionChangeListener {
  constructor(
    private readonly events: SessionEvents,
    private readonly registrations: RegistrationRepository,
    private readonly ledgerRows: SeatLedgerRepository,
    private readonly ledger: SeatLedger,
    private readonly facts: SessionFacts,
    private readonly outbox: OutboxService,
    private readonly seatWatchers: SeatWatchers,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.register(this);
  }

  async sessionsScheduled(sessions: readonly Session[]): Promise<void> {
    await this.ledgerRows.open(sessions);
  }

  async sessionsCancelled(sessions: readonly Session[], reason: string): Promise<void> {
    const ids = sessions.map((s) => s.id);
    // The ledger rows first: a claim in flight commits before we read the registrations, and none comes after.
    await this.ledgerRows.lock(ids);
    await this.ledgerRows.close(ids);
    const now = this.clock.now();
    for (const session of sessions) {
      const live = await this.registrations.findLive([session.id]);
      if (live.length === 0) continue;
      for (const registration of live) markCancelled(registration, now);
      await this.registrations.save(live);
      const facts = { ...(await this.facts.of(session)), reason };
      await this.outbox.add(patronMessages(NotificationKind.SESSION_CANCELLED, live, facts, 'session-cancelled'));
    }
    this.seatWatchers.changed(ids);
  }

  async sessionRescheduled(session: Session, previous: SessionTimes): Promise<void> {
    if (session.capacity !== previous.capacity) await this.resize([session]);
    const live = await this.registrations.findLive([session.id]);
    await this.registrations.markNews(
      live.map((r) => r.id),
      this.clock.now(),
    );
    const facts = {
      ...(await this.facts.of(session)),
      previousStartsAt: previous.startsAt.toISOString(),
      previousEndsAt: previous.endsAt.toISOString(),
    };
    await this.outbox.add(patronMessages(NotificationKind.SESSION_RESCHEDULED, live, facts, `rescheduled:${session.revision}`));
    if (session.capacity > previous.capacity) await this.ledger.promote(session.id);
    this.seatWatchers.changed([session.id]);
  }

  async capacityLowered(sessions: readonly Session[]): Promise<void> {
    await this.resize(sessions);
    this.seatWatchers.changed(sessions.map((s) => s.id));
  }

  async lockSeatsTaken(sessionIds: readonly string[]): Promise<Map<string, number>> {
    return new Map((await this.ledgerRows.lock(sessionIds)).map((row) => [row.sessionId, row.seatsTaken]));
  }

  /** The ledger follows the sessions' new capacity; the caller checked (under `lockSeatsTaken`) that the seats fit. */
  private async resize(sessions: readonly Session[]): Promise<void> {
    for (const session of sessions) {
      if (!(await this.ledgerRows.resize(session.id, session.capacity)))
        throw new Error(`session ${session.id}: the seats taken do not fit its new capacity ${session.capacity}`);
    }
  }
}
