import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, conflict, invalidState } from '@app/errors';
import { PlacesService } from '@app/places';
import { SettingsService } from '@app/settings';
import { effectiveStatus, registrationWindow, SessionsService, SessionStatus, type Session } from '@app/workshops';
import { CapacityNotices } from './capacity-notices.service';
import { SeatLedgerRepository } from './seat-ledger.repository';
import { SeatLedger } from './seat-ledger.service';
import { SeatWatchers } from './seat-watchers.service';
import { SessionFacts } from './session-facts.service';

/**
 * How a scheduled session takes registrations: its capacity (never below the seats taken, never
 * above its room; raising it promotes the waitlist) and its registration window. The session's
 * row is locked first, then its ledger row, as every change of a session takes them.
 */
@Injectable()
export class SessionRegistrationService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly places: PlacesService,
    private readonly ledgerRows: SeatLedgerRepository,
    private readonly ledger: SeatLedger,
    private readonly notices: CapacityNotices,
    private readonly facts: SessionFacts,
    private readonly settings: SettingsService,
    private readonly seatWatchers: SeatWatchers,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** COORDINATOR+: never below the seats taken, never above the room; raising it promotes. */
  async setCapacity(sessionId: string, capacity: number): Promise<Session> {
    if (!Number.isInteger(capacity) || capacity < 1) throw badInput('capacity', 'must be at least 1');
    return this.tx.run(async () => {
      const session = await this.sessions.lock(sessionId);
      if (effectiveStatus(session, this.clock.now()) !== SessionStatus.SCHEDULED)
        throw invalidState('Only a scheduled session’s capacity can change');
      const room = session.roomId ? await this.places.findRoom(session.roomId) : null;
      if (room && capacity > room.capacity) throw badInput('capacity', `is more than ${room.name} holds (${room.capacity})`);
      const [seats] = await this.ledgerRows.lock([session.id]);
      const taken = seats?.seatsTaken ?? 0;
      if (capacity < taken) {
        throw conflict(`${taken} seats are already taken`, [
          {
            reason: 'SEATS_TAKEN',
            roomId: session.roomId,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            sessionId: session.id,
            conflictingBookingId: null,
            message: `${taken} seats are taken; the capacity cannot go below that`,
          },
        ]);
      }
      const capacityBefore = seats?.capacity ?? session.capacity;
      const changed = await this.sessions.setCapacity(session.id, capacity);
      await this.ledgerRows.resize(session.id, capacity);
      const facts = await this.facts.of(changed);
      await this.notices.afterChange(session.id, { seats: 0, waitlist: 0, capacityBefore }, await this.settings.get(), facts);
      await this.ledger.promote(session.id, facts);
      this.seatWatchers.changed([session.id]);
      return changed;
    });
  }

  /** COORDINATOR+: the session's own window; null falls back to the settings. */
  async setWindow(sessionId: string, opensAt: Date | null, closesAt: Date | null): Promise<Session> {
    return this.tx.run(async () => {
      const session = await this.sessions.lock(sessionId);
      if (effectiveStatus(session, this.clock.now()) !== SessionStatus.SCHEDULED)
        throw invalidState('Only a scheduled session’s registration window can change');
      if (closesAt && closesAt.getTime() > session.startsAt.getTime()) throw badInput('closesAt', 'must not be after the session starts');
      const window = registrationWindow(
        { ...session, registrationOpensAt: opensAt, registrationClosesAt: closesAt },
        await this.settings.get(),
      );
      if (window.opensAt && window.opensAt.getTime() >= window.closesAt.getTime())
        throw badInput('opensAt', 'must be before registration closes');
      const changed = await this.sessions.setRegistrationWindow(session.id, opensAt, closesAt);
      this.seatWatchers.changed([session.id]);
      return changed;
    });
  }
}
