import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { NotificationEntity, type NotificationParams } from './notification.entity';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums';
import { NotificationRepository, type DueNotification } from './notification.repository';
import { currentTraceparent } from '@app/telemetry';
import { TemplateRenderer } from './template-renderer.service';

export interface OutgoingMessage {
  kind: NotificationKind;
  /** EMAIL (the default) or SMS. */
  channel?: NotificationChannel;
  /** An e-mail address, or an E.164 number for a text. */
  recipient: string;
  /** Values for the templates; no personal data (names of patrons, addresses, tokens). */
  params: NotificationParams;
  recipientUserId?: string | null;
  agencyId?: string | null;
  sessionId?: string | null;
  registrationId?: string | null;
  /** Rows with the same key are written once. */
  dedupeKey?: string | null;
  /** Not before this instant (default: now). */
  dueAt?: Date;
}

/**
 * Writes notifications into the outbox inside the caller's transaction, so a state change and
 * its messages commit (or roll back) together. Nothing here talks to Redis.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly renderer: TemplateRenderer,
    private readonly clock: Clock,
  ) {}

  /** Forgets the addresses of messages to these registrations (the purge), in the caller's transaction. */
  // ——— for the relay, which moves due rows into the mail queue ———

  /** Pending rows due by `now`, not yet relayed or relayed before `relayedBefore`, oldest due first. */
  due(now: Date, relayedBefore: Date, limit: number): Promise<DueNotification[]> {
    return this.notifications.findDue(now, relayedBefore, limit);
  }

  /** Records that these rows are in the queue under their current relay count. */
  markRelayed(ids: string[], now: Date): Promise<void> {
    return this.notifications.markRelayed(ids, now);
  }

  /** Moves rows whose job was lost to a new relay count (a new job id). */
  bumpRelayCount(ids: string[], now: Date): Promise<void> {
    return this.notifications.bumpRelayCount(ids, now);
  }

  /** The registration's pending messages on a channel are not sent (e.g. consent to texts withdrawn), in the caller's transaction. */
  skipPending(registrationId: string, channel: NotificationChannel, reason: string): Promise<void> {
    return this.notifications.skipPending(registrationId, channel, reason, this.clock.now());
  }

  forgetRecipients(registrationIds: readonly string[], now: Date): Promise<void> {
    return this.notifications.forgetRecipients(registrationIds, now);
  }

  /** Forgets the numbers of the texts about no registration (keyword answers) sent to these numbers (the purge). */
  forgetTextsTo(numbers: readonly string[], now: Date): Promise<void> {
    return this.notifications.forgetTextsTo(numbers, now);
  }

  /** Forgets the numbers of the texts about no registration written before `cutoff` (the purge). */
  forgetTextsBefore(cutoff: Date, now: Date): Promise<void> {
    return this.notifications.forgetTextsBefore(cutoff, now);
  }

  /** Writes the messages' outbox rows in the caller's transaction: they commit with the change they tell of. */
  async add(messages: OutgoingMessage[]): Promise<void> {
    const now = this.clock.now();
    const traceparent = currentTraceparent();
    const rows = messages.map((m) =>
      Object.assign(new NotificationEntity(), {
        id: randomUUID(),
        kind: m.kind,
        status: NotificationStatus.PENDING,
        channel: m.channel ?? NotificationChannel.EMAIL,
        recipient: m.channel === NotificationChannel.SMS ? m.recipient : m.recipient.toLowerCase(),
        recipientUserId: m.recipientUserId ?? null,
        agencyId: m.agencyId ?? null,
        sessionId: m.sessionId ?? null,
        registrationId: m.registrationId ?? null,
        subject: this.renderer.subject(m.kind, m.params).slice(0, 300),
        params: m.params,
        dedupeKey: m.dedupeKey ?? null,
        dueAt: m.dueAt ?? now,
        traceContext: traceparent,
        relayedAt: null,
        relayCount: 0,
        attempts: 0,
        leaseUntil: null,
        lastError: null,
        sentAt: null,
        messageId: null,
        deliveredAt: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.notifications.insert(rows);
  }
}
