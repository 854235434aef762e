import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, DomainError, ErrorCode, forbidden, invalidState, notFound } from '@app/errors';
import { isLibraryStaffAt, type Viewer } from '@app/identity';
import { NotificationChannel, NotificationKind, OutboxService } from '@app/notifications';
import { AppConfig } from '@app/config';
import { effectiveStatus, isRegistrationOpen, registrationWindow, SessionsService, SessionStatus, WorkshopStatus } from '@app/workshops';
import { contactOf, type Contact } from './contact-rules';
import { ConsentAction } from './sms-consent.entity';
import { SmsConsents } from './sms-consents.service';
import { ManageTokens } from './manage-tokens.service';
import { RegistrationPlacement } from './registration-placement.service';
import type { DeskRegistration, NewRegistration, Preferences, Receipt } from './registrations.types';
import { checkPartySize, contactHash, deskRequestKey, IDEMPOTENCY_WINDOW_MS, languageFor, markCancelled } from './registration-rules';
import { patronMessages } from './patron-messages';
import { RegistrationEntity } from './registration.entity';
import { ContactChannel, RegistrationSource, RegistrationStatus } from './registration.enums';
import { RegistrationRepository, type RecipientFilter, type SessionContextRow } from './registration.repository';
import { SeatLedgerRepository } from './seat-ledger.repository';
import { SeatLedger } from './seat-ledger.service';
import { SeatWatchers } from './seat-watchers.service';
import { SessionFacts } from './session-facts.service';

/** The manage link is e-mailed again at most once per address and session in this time. */
const RESEND_WINDOW_MS = 10 * 60 * 1000;

/**
 * Patrons' registrations: registering, cancelling, preferences. Every change of a session's seats
 * runs under its seat ledger row's lock (the claim's conditional update takes it; cancelling takes
 * it first), so confirmed seats never exceed the capacity and the waitlist is served in arrival
 * order; the ledger, the registrations and their outbox rows commit together.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly ledgerRows: SeatLedgerRepository,
    private readonly ledger: SeatLedger,
    private readonly sessions: SessionsService,
    private readonly tokens: ManageTokens,
    private readonly facts: SessionFacts,
    private readonly outbox: OutboxService,
    private readonly seatWatchers: SeatWatchers,
    private readonly placement: RegistrationPlacement,
    private readonly consents: SmsConsents,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Whether a text-message gateway is configured (SMS is BAD_USER_INPUT otherwise). */
  private get smsAvailable(): boolean {
    return this.config.sms !== null;
  }

  // ——— reading ———

  findByIds(ids: readonly string[]): Promise<RegistrationEntity[]> {
    return this.registrations.findByIds(ids);
  }

  /** The registration a manage token opens, or null. */
  async findByToken(token: string): Promise<RegistrationEntity | null> {
    const hash = ManageTokens.lookupHash(token);
    if (!hash) return null;
    const registration = await this.registrations.findByTokenHash(hash);
    return registration && this.tokens.matches(token, registration) ? registration : null;
  }

  tokenOf(registration: RegistrationEntity): string {
    return this.tokens.tokenOf(registration);
  }

  /** The patron's page with its token (in the fragment, which browsers never send to servers). */
  manageLinkOf(registration: RegistrationEntity): string {
    return `${this.config.publicUrl}/registration#token=${this.tokens.tokenOf(registration)}`;
  }

  /** The short link of texts and slips (`/r/<code>`); the full manage link for registrations made before short links. */
  shortLinkOf(registration: RegistrationEntity): string {
    return registration.shortCodeHash
      ? `${this.config.publicUrl}/r/${this.tokens.shortCodeOf(registration)}`
      : this.manageLinkOf(registration);
  }

  /** The registration a short link's code opens, or null. */
  async findByShortCode(code: string): Promise<RegistrationEntity | null> {
    const hash = ManageTokens.shortCodeHash(code);
    return hash ? this.registrations.findByShortCodeHash(hash) : null;
  }

  /** The latest registration that gave this number. */
  findLatestByPhone(phone: string): Promise<RegistrationEntity | null> {
    return this.registrations.findLatestByPhone(phone);
  }

  /** sessionId → registrations in the statuses, confirmed first (by arrival), then waitlisted by place. */
  async bySession(sessionIds: readonly string[], statuses: readonly RegistrationStatus[]): Promise<Map<string, RegistrationEntity[]>> {
    const order = { [RegistrationStatus.CONFIRMED]: 0, [RegistrationStatus.WAITLISTED]: 1, [RegistrationStatus.CANCELLED]: 2 };
    const bySession = new Map<string, RegistrationEntity[]>(sessionIds.map((id) => [id, []]));
    for (const r of await this.registrations.findBySessions(sessionIds, statuses)) bySession.get(r.sessionId)?.push(r);
    for (const list of bySession.values()) list.sort((a, b) => order[a.status] - order[b.status] || Number(a.seq) - Number(b.seq));
    return bySession;
  }

  waitlistPositions(registrationIds: readonly string[]): Promise<Map<string, number>> {
    return this.registrations.waitlistPositions(registrationIds);
  }

  /**
   * One page (by arrival, after `afterSeq`) of a session's confirmed registrations matching the
   * filter: the recipients of a reminder or a follow-up.
   */
  recipientsPage(sessionId: string, filter: RecipientFilter, afterSeq: string, limit: number): Promise<RegistrationEntity[]> {
    return this.registrations.findRecipients(sessionId, filter, afterSeq, limit);
  }

  // ——— registering ———

  /**
   * CONFIRMED when the party fits, otherwise WAITLISTED at the end of the line. Everything that
   * does not need the ledger row's lock (checks, the message's facts, the token) happens before it
   * is taken; under it: claim, insert (a duplicate address hits its unique key), count, outbox.
   */
  async register(input: NewRegistration): Promise<Receipt> {
    const partySize = checkPartySize(input.partySize);
    const opened = await this.openSession(input.sessionId);
    const contact = contactOf(input, { country: opened.branchCountry, smsAvailable: this.smsAvailable, atDesk: false });
    if (partySize > opened.capacity) throw badInput('input.partySize', `is more than the session's ${opened.capacity} seats`);
    const registration = this.placement.newRegistration(input, opened, contact, partySize);
    const placed = await this.placement.place(registration, opened);
    if (placed !== 'duplicate') return placed;
    await this.resendManageLink(opened.id, contact);
    const field = contact.email ? 'input.email' : 'input.phone';
    throw new DomainError(ErrorCode.ALREADY_REGISTERED, 'This patron is already registered for this session; we sent its link again', {
      fields: { [field]: 'is already registered for this session' },
    });
  }

  /**
   * Desk staff (at the session's branch) or COORDINATOR+, for a patron in front of them or on the
   * phone: from scheduling until the session ends, whatever the online window; the same seats and
   * waitlist as online. EMAIL registrations get the usual messages, NONE registrations none. A
   * patron already registered (same address or number) is ALREADY_REGISTERED with the
   * registration's id, and nothing is sent; a repeated request (same idempotency key, within 24
   * hours) answers with the first receipt.
   */
  async registerAtDesk(viewer: Viewer, input: DeskRegistration): Promise<Receipt> {
    const partySize = checkPartySize(input.partySize);
    const source = input.source ?? RegistrationSource.DESK;
    if (source === RegistrationSource.ONLINE) throw badInput('input.source', 'is DESK or PHONE here');
    const context = await this.visibleSession(input.sessionId);
    if (!isLibraryStaffAt(viewer, context.branchId)) throw forbidden('Desk staff register patrons for sessions at their own branches');
    const requestKey = input.idempotencyKey ? deskRequestKey(viewer.userId, input.idempotencyKey) : null;
    const repeat = requestKey ? await this.repeatedRequest(requestKey, context.id) : null;
    if (repeat) return repeat;
    this.checkScheduled(context);
    if (partySize > context.capacity) throw badInput('input.partySize', `is more than the session's ${context.capacity} seats`);
    const contact = contactOf(input, { country: context.branchCountry, smsAvailable: this.smsAvailable, atDesk: true });

    const registration = this.placement.newRegistration(input, context, contact, partySize);
    Object.assign(registration, {
      source,
      registeredById: viewer.userId,
      deskRequestKey: requestKey,
      // The patron is at the desk or on the phone: they hear where they stand from staff.
      patronToldAt: registration.createdAt,
    });
    const placed = await this.placement.place(registration, context);
    if (placed === 'duplicate') {
      // The same key sent twice at once: the second waits on the first's insert, then answers with it.
      const first = requestKey ? await this.repeatedRequest(requestKey, context.id) : null;
      if (first) return first;
      const live = await this.liveWith(context.id, contact);
      throw new DomainError(ErrorCode.ALREADY_REGISTERED, 'This patron is already registered for this session', {
        registrationId: live?.id ?? null,
        fields: { [contact.email ? 'input.email' : 'input.phone']: 'is already registered for this session' },
      });
    }
    return placed;
  }

  /**
   * The first receipt of a desk request sent again with its key. BAD_USER_INPUT when the key was
   * used for another session (the first receipt is not this request's to answer with) or more
   * than a day ago.
   */
  private async repeatedRequest(requestKey: string, sessionId: string): Promise<Receipt | null> {
    const first = await this.registrations.findByDeskRequestKey(requestKey);
    if (!first) return null;
    if (first.sessionId !== sessionId) throw badInput('input.idempotencyKey', 'was used for another session; send a new key');
    if (this.clock.now().getTime() - first.createdAt.getTime() > IDEMPOTENCY_WINDOW_MS)
      throw badInput('input.idempotencyKey', 'was used more than 24 hours ago; send a new key');
    return { registration: first, manageToken: this.tokens.tokenOf(first) };
  }

  /** The session's live registration with the contact's address or number. */
  private liveWith(sessionId: string, contact: Contact): Promise<RegistrationEntity | null> {
    if (contact.email) return this.registrations.findLiveByEmail(sessionId, contactHash(contact.email));
    return contact.phone ? this.registrations.findLiveByPhone(sessionId, contactHash(contact.phone)) : Promise.resolve(null);
  }

  /** The confirmation (or waitlist notice) again, on its channel, at most once per address and session in ten minutes. */
  private async resendManageLink(sessionId: string, contact: Contact): Promise<void> {
    const bucket = Math.floor(this.clock.now().getTime() / RESEND_WINDOW_MS);
    await this.tx.run(async () => {
      const registration = await this.liveWith(sessionId, contact);
      if (!registration) return;
      const facts = await this.facts.ofSession(sessionId);
      const kind =
        registration.status === RegistrationStatus.CONFIRMED
          ? NotificationKind.REGISTRATION_CONFIRMED
          : NotificationKind.REGISTRATION_WAITLISTED;
      const position = (await this.registrations.waitlistPositions([registration.id])).get(registration.id) ?? null;
      await this.outbox.add(patronMessages(kind, [registration], { ...facts, position, resent: true }, `resend:${bucket}`));
    });
  }

  /** A session that is open for registration right now (read without a lock; the claim re-checks). */
  private async openSession(sessionId: string): Promise<SessionContextRow> {
    const context = await this.visibleSession(sessionId);
    const session = this.checkScheduled(context);
    const now = this.clock.now();
    const window = registrationWindow(session, context);
    if (!isRegistrationOpen(session, window, now)) {
      const when =
        window.opensAt && now < window.opensAt
          ? `it opens at ${window.opensAt.toISOString()}`
          : `it closed at ${window.closesAt.toISOString()}`;
      throw new DomainError(ErrorCode.REGISTRATION_CLOSED, `Registration is not open: ${when}`);
    }
    return context;
  }

  /** A session the public may know of (not a proposal, not a draft's), else NOT_FOUND. */
  private async visibleSession(sessionId: string): Promise<SessionContextRow> {
    const context = await this.registrations.sessionContext(sessionId);
    if (!context || context.status === SessionStatus.PROPOSED || context.workshopStatus === WorkshopStatus.DRAFT) throw notFound('Session');
    return context;
  }

  /** The session as times and status, REGISTRATION_CLOSED unless it is scheduled and has not ended. */
  private checkScheduled(context: SessionContextRow) {
    const session = {
      ...context,
      status: context.status as SessionStatus,
      startsAt: new Date(context.startsAt),
      endsAt: new Date(context.endsAt),
    };
    const status = effectiveStatus(session, this.clock.now());
    if (status !== SessionStatus.SCHEDULED)
      throw new DomainError(ErrorCode.REGISTRATION_CLOSED, `Registration is closed: the session is ${status.toLowerCase()}`);
    return session;
  }

  // ——— cancelling and promoting ———

  /** The patron, by token, before the session starts. */
  async cancelByToken(token: string): Promise<RegistrationEntity> {
    const found = await this.findByToken(token);
    if (!found) throw notFound('Registration');
    return this.cancel(found.id, { byPatron: true });
  }

  /** COORDINATOR+, or desk staff of the session's branch. */
  cancelById(viewer: Viewer, id: string): Promise<RegistrationEntity> {
    return this.cancel(id, { byPatron: false, viewer });
  }

  private async cancel(id: string, options: { byPatron: boolean; viewer?: Viewer }): Promise<RegistrationEntity> {
    const found = await this.registrations.findById(id);
    if (!found) throw notFound('Registration');
    // Read before the lock: the messages' facts do not depend on seats.
    const session = await this.sessions.getById(found.sessionId);
    if (options.viewer && !isLibraryStaffAt(options.viewer, session.branchId)) throw forbidden();
    const facts = await this.facts.of(session);
    return this.tx.run(async () => {
      // The ledger row first, as the claim takes it; then the registration.
      await this.ledgerRows.lock([session.id]);
      const registration = await this.registrations.lockById(id);
      if (registration.status === RegistrationStatus.CANCELLED) throw invalidState('This registration is already cancelled');
      const now = this.clock.now();
      if (options.byPatron && session.startsAt.getTime() <= now.getTime())
        throw invalidState('The session has started; ask the library to cancel');
      const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
      markCancelled(registration, now);
      // The patron cancelled, or staff did at their request: either way they know.
      registration.patronToldAt = now;
      await this.registrations.save([registration]);
      await this.ledgerRows.add(
        session.id,
        wasConfirmed
          ? { seatsTaken: -registration.partySize, checkedInSeats: registration.checkedInAt ? -registration.partySize : 0 }
          : { waitlistLength: -1, waitlistedSeats: -registration.partySize },
      );
      await this.outbox.add(patronMessages(NotificationKind.REGISTRATION_CANCELLED, [registration], facts, 'cancelled'));
      if (wasConfirmed) await this.ledger.promote(session.id, facts);
      this.seatWatchers.changed([session.id]);
      return registration;
    });
  }

  // ——— preferences ———

  async updatePreferences(token: string, preferences: Preferences): Promise<RegistrationEntity> {
    const found = await this.findByToken(token);
    if (!found) throw notFound('Registration');
    return this.tx.run(async () => {
      const registration = await this.registrations.lockById(found.id);
      if (registration.status === RegistrationStatus.CANCELLED) throw invalidState('This registration is cancelled');
      for (const key of ['shareContactWithPartner', 'remindersOptIn', 'followUpOptIn'] as const) {
        if (preferences[key] != null) registration[key] = preferences[key] as boolean;
      }
      if (preferences.language != null) registration.language = languageFor(preferences.language, []);
      if (preferences.smsConsent === false && registration.contactChannel === ContactChannel.SMS) {
        // Withdrawn: no more texts; the number stays for the desk to call (NONE).
        registration.contactChannel = ContactChannel.NONE;
        await this.consents.changedByPatron(registration.id, ConsentAction.WITHDRAWN);
        await this.outbox.skipPending(registration.id, NotificationChannel.SMS, 'the patron withdrew consent to texts');
      }
      registration.updatedAt = this.clock.now();
      await this.registrations.save([registration]);
      return registration;
    });
  }
}
