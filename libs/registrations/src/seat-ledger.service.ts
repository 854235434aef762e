import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { NotificationKind, OutboxService, type NotificationParams } from '@app/notifications';
import { SettingsService } from '@app/settings';
import { CapacityNotices } from './capacity-notices.service';
import { patronMessages } from './patron-messages';
import { RegistrationStatus } from './registration.enums';
import type { RegistrationEntity } from './registration.entity';
import { RegistrationRepository } from './registration.repository';
import { SeatLedgerRepository } from './seat-ledger.repository';
import type { SeatCounts } from './session-seats.entity';
import { SessionFacts } from './session-facts.service';

/**
 * The seat ledger: how many seats each session has taken and waitlisted (invariant 2), and the
 * waitlist's promotion when seats free. Other libraries and the apps read counts here; the
 * registrations library's use cases change them under the ledger row's lock.
 */
@Injectable()
export class SeatLedger {
  constructor(
    private readonly ledger: SeatLedgerRepository,
    private readonly registrations: RegistrationRepository,
    private readonly facts: SessionFacts,
    private readonly notices: CapacityNotices,
    private readonly settings: SettingsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** sessionId → its counts, for the sessions that have been scheduled (the others have none taken). */
  async counts(sessionIds: readonly string[]): Promise<Map<string, SeatCounts>> {
    return new Map((await this.ledger.findBySessionIds(sessionIds)).map((row) => [row.sessionId, row]));
  }

  /**
   * Gives free seats to the waitlist, in arrival order: each party that fits the seats left is
   * confirmed; one that does not keeps its place. The caller holds the ledger row's lock.
   */
  async promote(sessionId: string, facts?: NotificationParams): Promise<RegistrationEntity[]> {
    const [seats] = await this.ledger.lock([sessionId]);
    if (!seats) return [];
    let free = seats.capacity - seats.seatsTaken;
    if (free <= 0 || seats.waitlistLength === 0) return [];
    const promoted: RegistrationEntity[] = [];
    const now = this.clock.now();
    for (const waiting of await this.registrations.findWaitlisted(sessionId)) {
      if (waiting.partySize > free) continue;
      Object.assign(waiting, {
        status: RegistrationStatus.CONFIRMED,
        promotedAt: now,
        patronNewsAt: now,
        revision: waiting.revision + 1,
        updatedAt: now,
      });
      promoted.push(waiting);
      free -= waiting.partySize;
      if (free === 0) break;
    }
    if (promoted.length === 0) return [];
    const taken = promoted.reduce((n, r) => n + r.partySize, 0);
    await this.registrations.save(promoted);
    await this.ledger.add(sessionId, { seatsTaken: taken, waitlistLength: -promoted.length, waitlistedSeats: -taken });
    const about = facts ?? (await this.facts.ofSession(sessionId));
    await this.outbox.add(patronMessages(NotificationKind.WAITLIST_PROMOTED, promoted, about, 'promoted'));
    await this.notices.afterChange(sessionId, { seats: taken, waitlist: -promoted.length }, await this.settings.get(), about);
    return promoted;
  }
}
