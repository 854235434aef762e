import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums';
import { transactionManagerOf, managerOf } from '@app/database';

interface UpdateResultLike {
  affected?: number;
  raw?: { affectedRows?: number };
}

/** typeorm's `affected` has been unreliable on MariaDB; the driver's count is not. */
export type DueNotification = Pick<NotificationEntity, 'id' | 'relayedAt' | 'relayCount' | 'traceContext'>;

/** A row no attempt holds (one that does checks for a STOP again once it has taken the row). */
const notLeased = new Brackets((w) => w.where('lease_until IS NULL').orWhere('lease_until < :now'));

/** Receipt states after which a text will never arrive. */
const FINAL_FAILURES = new Set(['UNDELIV', 'REJECTD', 'EXPIRED', 'DELETED']);

const affectedRows = (result: UpdateResultLike): number => result.raw?.affectedRows ?? result.affected ?? 0;

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(NotificationEntity);
  }

  /**
   * Inserts outbox rows; a row whose dedupe key exists already is left out, not an error. Plain
   * SQL, one statement for all rows: it often runs under a lock (a registration's). Always inside
   * the transaction of the change the rows tell of; outside one it fails loudly.
   */
  async insert(rows: NotificationEntity[]): Promise<void> {
    if (rows.length === 0) return;
    const columns =
      'id, kind, status, channel, recipient, recipient_user_id, agency_id, session_id, registration_id, subject, params, dedupe_key, due_at, trace_context, created_at, updated_at';
    await transactionManagerOf().query(
      `INSERT IGNORE INTO notification (${columns}) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      rows.flatMap((n) => [
        n.id,
        n.kind,
        n.status,
        n.channel,
        n.recipient,
        n.recipientUserId,
        n.agencyId,
        n.sessionId,
        n.registrationId,
        n.subject,
        JSON.stringify(n.params),
        n.dedupeKey,
        n.dueAt,
        n.traceContext,
        n.createdAt,
        n.updatedAt,
      ]),
    );
  }

  findById(id: string): Promise<NotificationEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Pending rows that are due and were never relayed, or relayed before `relayedBefore`. */
  findDue(now: Date, relayedBefore: Date, limit: number): Promise<DueNotification[]> {
    return this.repo()
      .createQueryBuilder('n')
      .select(['n.id', 'n.relayedAt', 'n.relayCount', 'n.traceContext'])
      .where('n.status = :status', { status: NotificationStatus.PENDING })
      .andWhere('n.dueAt <= :now', { now })
      .andWhere(new Brackets((w) => w.where('n.relayedAt IS NULL').orWhere('n.relayedAt < :relayedBefore', { relayedBefore })))
      .orderBy('n.dueAt', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Records that these rows are in the queue under their current relay count. */
  async markRelayed(ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.repo().update({ id: In(ids), status: NotificationStatus.PENDING }, { relayedAt: now });
  }

  /** Moves rows to a new relay count (a new job id), for rows whose job was lost. */
  async bumpRelayCount(ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.repo()
      .createQueryBuilder()
      .update()
      .set({ relayCount: () => 'relay_count + 1', relayedAt: now })
      .where({ id: In(ids), status: NotificationStatus.PENDING })
      .execute();
  }

  /**
   * Takes the row for one delivery attempt: true when this caller now owns it. A row that is no
   * longer PENDING, or that another attempt holds, is not taken.
   */
  async claim(id: string, now: Date, leaseUntil: Date): Promise<boolean> {
    const result = await this.repo()
      .createQueryBuilder()
      .update()
      .set({ leaseUntil, attempts: () => 'attempts + 1', updatedAt: now })
      .where('id = :id', { id })
      .andWhere('status = :status', { status: NotificationStatus.PENDING })
      .andWhere(new Brackets((w) => w.where('lease_until IS NULL').orWhere('lease_until < :now', { now })))
      .execute();
    return affectedRows(result) === 1;
  }

  async markSent(id: string, now: Date, messageId: string): Promise<void> {
    await this.repo().update(
      { id, status: NotificationStatus.PENDING },
      { status: NotificationStatus.SENT, sentAt: now, messageId, leaseUntil: null, lastError: null, updatedAt: now },
    );
  }

  async markFailed(id: string, now: Date, error: string): Promise<void> {
    await this.repo().update(
      { id, status: NotificationStatus.PENDING },
      { status: NotificationStatus.FAILED, lastError: error.slice(0, 1000), leaseUntil: null, updatedAt: now },
    );
  }

  async markSkipped(id: string, now: Date, reason: string): Promise<void> {
    await this.repo().update(
      { id, status: NotificationStatus.PENDING },
      { status: NotificationStatus.SKIPPED, lastError: reason.slice(0, 1000), leaseUntil: null, updatedAt: now },
    );
  }

  /** A temporary failure: the row stays PENDING for the next attempt. */
  async recordError(id: string, now: Date, error: string): Promise<void> {
    await this.repo().update(
      { id, status: NotificationStatus.PENDING },
      { lastError: error.slice(0, 1000), leaseUntil: null, updatedAt: now },
    );
  }

  /**
   * A text's delivery receipt: DELIVRD marks when it arrived, a final failure fails it with the
   * gateway's state. False when no text carries the id (yet: the receipt may overtake the write).
   */
  async recordReceipt(messageId: string, state: string, now: Date): Promise<boolean> {
    const text = { messageId, channel: NotificationChannel.SMS };
    if (state === 'DELIVRD') {
      return affectedRows(await this.repo().update({ ...text, deliveredAt: IsNull() }, { deliveredAt: now, updatedAt: now })) > 0;
    }
    if (FINAL_FAILURES.has(state)) {
      const result = await this.repo().update(
        { ...text, status: NotificationStatus.SENT },
        { status: NotificationStatus.FAILED, lastError: `the gateway reported ${state}`, updatedAt: now },
      );
      return affectedRows(result) > 0;
    }
    // ENROUTE, ACCEPTD, UNKNOWN: not final, nothing to record.
    return true;
  }

  /** The registration's pending messages on a channel, but one an attempt is sending right now (it checks again itself). */
  async skipPending(registrationId: string, channel: NotificationChannel, reason: string, now: Date): Promise<void> {
    await this.repo()
      .createQueryBuilder()
      .update()
      .set({ status: NotificationStatus.SKIPPED, lastError: reason, leaseUntil: null, updatedAt: now })
      .where({ registrationId, channel, status: NotificationStatus.PENDING })
      .andWhere(notLeased, { now })
      .execute();
  }

  /** STOP: every pending text to the number (but the keyword replies) is not sent; how many. */
  async skipPendingTexts(number: string, reason: string, now: Date): Promise<number> {
    const result = await this.repo()
      .createQueryBuilder()
      .update()
      .set({ status: NotificationStatus.SKIPPED, lastError: reason, leaseUntil: null, updatedAt: now })
      .where({ channel: NotificationChannel.SMS, recipient: number, status: NotificationStatus.PENDING })
      .andWhere('kind <> :reply', { reply: NotificationKind.SMS_KEYWORD_REPLY })
      .andWhere(notLeased, { now })
      .execute();
    return affectedRows(result);
  }

  async forgetTextsTo(numbers: readonly string[], now: Date): Promise<void> {
    if (numbers.length === 0) return;
    await this.repo().update(
      { channel: NotificationChannel.SMS, registrationId: IsNull(), recipient: In([...numbers]) },
      { recipient: null, updatedAt: now },
    );
  }

  async forgetTextsBefore(cutoff: Date, now: Date): Promise<void> {
    await this.repo().update(
      { channel: NotificationChannel.SMS, registrationId: IsNull(), createdAt: LessThan(cutoff), recipient: Not(IsNull()) },
      { recipient: null, updatedAt: now },
    );
  }

  /** Forgets the addresses of the notifications of these registrations (the purge). */
  async forgetRecipients(registrationIds: readonly string[], now: Date): Promise<void> {
    if (registrationIds.length === 0) return;
    await this.repo().update({ registrationId: In([...registrationIds]) }, { recipient: null, updatedAt: now });
  }
}
