import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import type { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums';

/** Template values that are not personal data: names of places and agencies, times, ids. */
export type NotificationParams = Record<string, string | number | boolean | null>;

/**
 * The transactional outbox: a message is a row written in the same transaction as the change
 * that causes it. The worker's relay moves due rows into BullMQ; the row's status, not Redis,
 * decides whether it was sent.
 */
@Entity('notification')
@Index('ix_notification_status_due', ['status', 'dueAt'])
@Index('ix_notification_created', ['createdAt'])
@Index('ix_notification_status_created', ['status', 'createdAt'])
@Index('ix_notification_session_created', ['sessionId', 'createdAt'])
@Index('ix_notification_agency_created', ['agencyId', 'createdAt'])
@Index('ix_notification_message', ['messageId'])
@Index('ix_notification_channel_recipient', ['channel', 'recipient', 'status'])
export class NotificationEntity {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 16 })
  status!: NotificationStatus;

  @Column({ type: 'varchar', length: 8, default: 'EMAIL' })
  channel!: NotificationChannel;

  /** The e-mail address, or the E.164 number of a text; null once purged. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  recipient!: string | null;

  @RefColumn({ nullable: true })
  recipientUserId!: string | null;

  @RefColumn({ nullable: true })
  agencyId!: string | null;

  @RefColumn({ nullable: true })
  sessionId!: string | null;

  @Index('ix_notification_registration')
  @RefColumn({ nullable: true })
  registrationId!: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'json' })
  params!: NotificationParams;

  /** Makes a cause that fires twice (a reminder job run twice, say) write one row. */
  @Index('uq_notification_dedupe', { unique: true })
  @Column({ type: 'varchar', length: 191, nullable: true })
  dedupeKey!: string | null;

  /** When it may be sent. */
  @InstantColumn()
  dueAt!: Date;

  /** Last time the relay handed it to the queue. */
  @InstantColumn({ nullable: true })
  relayedAt!: Date | null;

  /** How many times it was handed to the queue; part of the job id, so a lost job can be replaced. */
  @Column({ type: 'int', default: 0 })
  relayCount!: number;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** While set and in the future, one delivery attempt owns the row (so two runs never both send). */
  @InstantColumn({ nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @InstantColumn({ nullable: true })
  sentAt!: Date | null;

  /** The e-mail's Message-ID, or the id the text-message gateway gave the text. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  /** Texts: when the gateway's delivery receipt said the phone received it. */
  @InstantColumn({ nullable: true })
  deliveredAt!: Date | null;

  /** The W3C traceparent of the change that wrote the row (when tracing), for the mail job's span. */
  @Column({ type: 'varchar', length: 55, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  traceContext!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
