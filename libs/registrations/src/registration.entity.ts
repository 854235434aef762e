import { Column, Entity, Generated, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import type { ContactChannel, RegistrationSource, RegistrationStatus } from './registration.enums';

/**
 * A patron's place in a session: confirmed or waitlisted (in `seq` order, first come first
 * served). Personal data (name, e-mail, accessibility needs) is removed by the purge.
 */
@Entity('registration')
@Index('uq_registration_live_email', ['sessionId', 'liveEmailHash'], { unique: true })
@Index('uq_registration_live_phone', ['sessionId', 'livePhoneHash'], { unique: true })
@Index('ix_registration_session_status', ['sessionId', 'status', 'seq'])
@Index('ix_registration_phone', ['phone'])
export class RegistrationEntity {
  @IdColumn()
  id!: string;

  /** Arrival order: the waitlist is served in this order. */
  @Index('uq_registration_seq', { unique: true })
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: string;

  @RefColumn()
  sessionId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: RegistrationStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** SHA-256 of the address, kept until the purge. */
  @Index('ix_registration_email')
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  emailHash!: string | null;

  /** The address's hash while the registration is live, null otherwise: one live registration per address and session. */
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  liveEmailHash!: string | null;

  /** EMAIL (the address above), SMS (texts to the phone below) or NONE (no messages; desk and phone registrations only). */
  @Column({ type: 'varchar', length: 8, default: 'EMAIL' })
  contactChannel!: ContactChannel;

  @Column({ type: 'varchar', length: 8, default: 'ONLINE' })
  source!: RegistrationSource;

  /** BCP-47 tag of the patron's messages, slip and page: one of the message languages. */
  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin', default: 'en' })
  language!: string;

  /** The staff user who registered the patron at the desk or by phone. */
  @RefColumn({ nullable: true })
  registeredById!: string | null;

  /** E.164: the number texted (SMS), or a call-back number (NONE, never texted). Removed by the purge. */
  @Column({ type: 'varchar', length: 16, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  phone!: string | null;

  /** The number's hash while the registration is live: one live registration per number and session. */
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  livePhoneHash!: string | null;

  /** A desk request's idempotency key (hashed with its staff user): a repeat returns this registration. */
  @Index('uq_registration_desk_request', { unique: true })
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  deskRequestKey!: string | null;

  @Column({ type: 'tinyint' })
  partySize!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  accessibilityNeeds!: string | null;

  @Column({ type: 'boolean', default: false })
  shareContactWithPartner!: boolean;

  @Column({ type: 'boolean', default: true })
  remindersOptIn!: boolean;

  @Column({ type: 'boolean', default: false })
  followUpOptIn!: boolean;

  @Index('uq_registration_token', { unique: true })
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin' })
  manageTokenHash!: string;

  @Column({ type: 'char', length: 32, charset: 'ascii', collation: 'ascii_bin' })
  manageTokenSalt!: string;

  /** SHA-256 of the short link's code (texts and slips); null for registrations made before short links. */
  @Index('uq_registration_short_code', { unique: true })
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin', nullable: true })
  shortCodeHash!: string | null;

  /** Raised on every change of the registration: with the session's, the calendar SEQUENCE. */
  @Column({ type: 'int', default: 0 })
  revision!: number;

  @InstantColumn({ nullable: true })
  checkedInAt!: Date | null;

  @InstantColumn({ nullable: true })
  promotedAt!: Date | null;

  @InstantColumn({ nullable: true })
  cancelledAt!: Date | null;

  /** When the patron's news last changed: registered, promoted, cancelled, or their session moved or was cancelled. */
  @InstantColumn()
  patronNewsAt!: Date;

  /** When library staff last told the patron themselves (at the desk, on the phone): see patronNotified. */
  @InstantColumn({ nullable: true })
  patronToldAt!: Date | null;

  @InstantColumn({ nullable: true })
  purgedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}

/** What other libraries read of a registration: a view they cannot change. */
export type Registration = Readonly<RegistrationEntity>;
