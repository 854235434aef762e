import { Injectable } from '@nestjs/common';
import { NotificationKind, OutboxService, type NotificationParams } from '@app/notifications';
import { SessionsService } from '@app/workshops';
import { NoticeRecipients } from './notice-recipients.service';
import { SeatLedgerRepository } from './seat-ledger.repository';

export interface DemandSettings {
  capacityThresholds: number[];
  waitlistDemandThreshold: number;
}

export interface Counts {
  seatsTaken: number;
  capacity: number;
  waitlistLength: number;
}

/** The thresholds (fractions of capacity) that confirmed seats crossed upwards between two counts. */
export function thresholdsCrossed(before: Counts, after: Counts, thresholds: readonly number[]): number[] {
  const share = (c: Counts) => (c.capacity > 0 ? c.seatsTaken / c.capacity : 0);
  return thresholds.filter((t) => share(before) < t && share(after) >= t - 1e-9);
}

/**
 * CAPACITY_THRESHOLD when confirmed seats cross each threshold, WAITLIST_DEMAND when the waitlist
 * reaches its threshold: written with the seat change, in its transaction, once per session (and
 * threshold, and recipient): the notification's unique key keeps a re-crossing from sending twice.
 */
@Injectable()
export class CapacityNotices {
  constructor(
    private readonly ledger: SeatLedgerRepository,
    private readonly sessions: SessionsService,
    private readonly recipients: NoticeRecipients,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * After a change of a session's seats (the caller holds its ledger row's lock): `change` says how
   * the counts moved, so the counts before are the current ones less the change.
   */
  async afterChange(
    sessionId: string,
    change: { seats: number; waitlist: number; capacityBefore?: number },
    settings: DemandSettings,
    facts: NotificationParams,
  ): Promise<void> {
    const [seats] = await this.ledger.findBySessionIds([sessionId]);
    if (!seats) return;
    const after: Counts = { seatsTaken: seats.seatsTaken, capacity: seats.capacity, waitlistLength: seats.waitlistLength };
    const before: Counts = {
      seatsTaken: after.seatsTaken - change.seats,
      capacity: change.capacityBefore ?? after.capacity,
      waitlistLength: after.waitlistLength - change.waitlist,
    };
    const crossed = thresholdsCrossed(before, after, settings.capacityThresholds);
    const demand = before.waitlistLength < settings.waitlistDemandThreshold && after.waitlistLength >= settings.waitlistDemandThreshold;
    if (crossed.length === 0 && !demand) return;
    const session = await this.sessions.getById(sessionId);
    const workshop = await this.sessions.workshopOf(session);
    const people = await this.recipients.forSession(workshop.agencyId, session.branchId);
    const base = { ...facts, capacity: after.capacity, seatsTaken: after.seatsTaken, waitlistLength: after.waitlistLength };
    await this.outbox.add([
      ...crossed.flatMap((threshold) =>
        people.map((p) => ({
          kind: NotificationKind.CAPACITY_THRESHOLD,
          recipient: p.email,
          recipientUserId: p.userId,
          agencyId: workshop.agencyId,
          sessionId,
          params: { ...base, percent: Math.round(threshold * 100) },
          dedupeKey: `capacity:${sessionId}:${threshold}:${p.email}`,
        })),
      ),
      ...(demand
        ? people.map((p) => ({
            kind: NotificationKind.WAITLIST_DEMAND,
            recipient: p.email,
            recipientUserId: p.userId,
            agencyId: workshop.agencyId,
            sessionId,
            params: { ...base, waitlistedSeats: seats.waitlistedSeats },
            dedupeKey: `waitlist-demand:${sessionId}:${p.email}`,
          }))
        : []),
    ]);
  }
}
