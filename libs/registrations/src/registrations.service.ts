import { createHash, randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { Clock } from '@app/clock';
import { duplicateKeyName, isDuplicateKey, TransactionRunner } from '@app/database';
import { badInput, conflict, DomainError, ErrorCode, forbidden, invalidState, notFound } from '@app/errors';
import { isStaff, isStaffOrMemberOf, type Viewer } from '@app/identity';
import { NotificationKind, OutboxService, type NotificationParams, type OutgoingMessage } from '@app/notifications';
import { BranchRepository, RoomRepository } from '@app/places';
import { SettingsService } from '@app/settings';
import {
  effectiveStatus,
  isRegistrationOpen,
  registrationWindow,
  SessionEvents,
  SessionRepository,
  SessionStatus,
  WorkshopRepository,
  WorkshopStatus,
  type SessionChangeListener,
  type SessionEntity,
  type SessionTimes,
} from '@app/workshops';
import { CapacityNotices, type DemandSettings } from './capacity-notices';
import { ManageTokens } from './manage-tokens';
import { RegistrationEntity } from './registration.entity';
import { RegistrationStatus } from './registration.enums';
import { RegistrationRepository, type SessionContextRow } from './registration.repository';
import { SeatWatchers } from './seat-watchers';
import { SessionFacts } from './session-facts';

export interface NewRegistration {
  sessionId: string;
  name: string;
  email: string;
  partySize?: number | null;
  accessibilityNeeds?: string | null;
  shareContactWithPartner?: boolean | null;
  remindersOptIn?: boolean | null;
  followUpOptIn?: boolean | null;
}

export interface Preferences {
  shareContactWithPartner?: boolean | null;
  remindersOptIn?: boolean | null;
  followUpOptIn?: boolean | null;
}

export interface Receipt {
  registration: RegistrationEntity;
  manageToken: string;
}

const MAX_PARTY = 6;
/** The manage link is e-mailed again at most once per address and session in this time. */
const RESEND_WINDOW_MS = 10 * 60 * 1000;
const CHECK_IN_OPENS_MS = 60 * 60 * 1000;

const emailHash = (email: string): string => createHash('sha256').update(email).digest('hex');

/**
 * Patrons' registrations. Every change of a session's seats runs under that session's row lock
 * (SELECT … FOR UPDATE), so confirmed seats never exceed the capacity and the waitlist is served
 * in arrival order; the counters on the session, the registrations and their outbox rows commit
 * together.
 */
@Injectable()
export class RegistrationsService implements OnModuleInit, SessionChangeListener {
  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly sessions: SessionRepository,
    private readonly workshops: WorkshopRepository,
    private readonly branches: BranchRepository,
    private readonly rooms: RoomRepository,
    private readonly settings: SettingsService,
    private readonly tokens: ManageTokens,
    private readonly facts: SessionFacts,
    private readonly outbox: OutboxService,
    private readonly sessionEvents: SessionEvents,
    private readonly seatWatchers: SeatWatchers,
    private readonly notices: CapacityNotices,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sessionEvents.register(this);
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

  // ——— registering ———

  /**
   * CONFIRMED when the party fits, otherwise WAITLISTED at the end of the line. Everything that
   * does not need the session's lock (checks, the message's facts, the token) happens before it is
   * taken; under it: lock, insert (a duplicate address hits its unique key), count, outbox.
   */
  async register(input: NewRegistration): Promise<Receipt> {
    const partySize = input.partySize ?? 1;
    if (!Number.isInteger(partySize) || partySize < 1 || partySize > MAX_PARTY)
      throw badInput('input.partySize', `must be between 1 and ${MAX_PARTY}`);
    const email = input.email.trim().toLowerCase();
    const hash = emailHash(email);
    const opened = await this.openSession(input.sessionId);
    if (partySize > opened.capacity) throw badInput('input.partySize', `is more than the session's ${opened.capacity} seats`);
    const facts = SessionFacts.fromContext(opened);
    const now = this.clock.now();
    const registration = Object.assign(new RegistrationEntity(), {
      id: randomUUID(),
      sessionId: opened.id,
      name: input.name.trim(),
      email,
      emailHash: hash,
      liveEmailHash: hash,
      partySize,
      accessibilityNeeds: input.accessibilityNeeds?.trim() || null,
      shareContactWithPartner: input.shareContactWithPartner ?? false,
      remindersOptIn: input.remindersOptIn ?? true,
      followUpOptIn: input.followUpOptIn ?? false,
      manageTokenSalt: this.tokens.newSalt(),
      revision: 0,
      checkedInAt: null,
      promotedAt: null,
      cancelledAt: null,
      purgedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const manageToken = this.tokens.tokenOf(registration);
    registration.manageTokenHash = ManageTokens.hash(manageToken);

    let duplicate = false;
    try {
      await this.tx.run(async (em) => {
        // The claim: one conditional update takes the seats (and the session's lock) if they fit.
        let position: number | null = null;
        if (await this.sessions.claimSeats(opened.id, partySize, em)) {
          registration.status = RegistrationStatus.CONFIRMED;
        } else {
          position = await this.sessions.joinWaitlist(opened.id, partySize, em);
          if (position === null) throw new DomainError(ErrorCode.REGISTRATION_CLOSED, 'Registration is closed');
          registration.status = RegistrationStatus.WAITLISTED;
        }
        await this.registrations.insert(registration, em);
        await this.outbox.add(em, [
          position === null
            ? this.message(NotificationKind.REGISTRATION_CONFIRMED, registration, facts, 'confirmed')
            : this.message(NotificationKind.REGISTRATION_WAITLISTED, registration, { ...facts, position }, 'waitlisted'),
        ]);
        await this.notices.afterChange(
          em,
          opened.id,
          position === null ? { seats: partySize, waitlist: 0 } : { seats: 0, waitlist: 1 },
          demandSettings(opened),
          facts,
        );
        // Live counts go out in the background: the patron's answer does not wait for them.
        this.seatWatchers.changed([opened.id]);
      });
    } catch (error) {
      // A live registration with this address: the claim rolls back with the insert.
      if (!(isDuplicateKey(error) && duplicateKeyName(error) === 'uq_registration_live_email')) throw error;
      duplicate = true;
    }
    if (!duplicate) return { registration, manageToken };
    await this.resendManageLink(opened.id, hash);
    throw new DomainError(ErrorCode.ALREADY_REGISTERED, 'This address is already registered for this session; we e-mailed its link again', {
      fields: { 'input.email': 'is already registered for this session' },
    });
  }

  /** The confirmation (or waitlist notice) again, at most once per address and session in ten minutes. */
  private async resendManageLink(sessionId: string, hash: string): Promise<void> {
    const bucket = Math.floor(this.clock.now().getTime() / RESEND_WINDOW_MS);
    await this.tx.run(async (em) => {
      const registration = await this.registrations.findLiveByEmail(sessionId, hash, em);
      if (!registration) return;
      const session = (await this.sessions.findById(sessionId, em)) as SessionEntity;
      const facts = await this.facts.of(session, em);
      const kind =
        registration.status === RegistrationStatus.CONFIRMED
          ? NotificationKind.REGISTRATION_CONFIRMED
          : NotificationKind.REGISTRATION_WAITLISTED;
      const position = (await this.registrations.waitlistPositions([registration.id])).get(registration.id) ?? null;
      await this.outbox.add(em, [this.message(kind, registration, { ...facts, position, resent: true }, `resend:${bucket}`)]);
    });
  }

  /** A session that is open for registration right now (read without a lock; the claim re-checks). */
  private async openSession(sessionId: string): Promise<SessionContextRow> {
    const context = await this.registrations.sessionContext(sessionId);
    if (!context || context.status === SessionStatus.PROPOSED || context.workshopStatus === WorkshopStatus.DRAFT) throw notFound('Session');
    const session = {
      ...context,
      status: context.status as SessionStatus,
      startsAt: new Date(context.startsAt),
      endsAt: new Date(context.endsAt),
    };
    const now = this.clock.now();
    const status = effectiveStatus(session, now);
    if (status !== SessionStatus.SCHEDULED)
      throw new DomainError(ErrorCode.REGISTRATION_CLOSED, `Registration is closed: the session is ${status.toLowerCase()}`);
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

  // ——— cancelling and promoting ———

  /** The patron, by token, before the session starts. */
  async cancelByToken(token: string): Promise<RegistrationEntity> {
    const found = await this.findByToken(token);
    if (!found) throw notFound('Registration');
    return this.cancel(found.id, { byPatron: true });
  }

  /** COORDINATOR+. */
  cancelById(id: string): Promise<RegistrationEntity> {
    return this.cancel(id, { byPatron: false });
  }

  private async cancel(id: string, options: { byPatron: boolean }): Promise<RegistrationEntity> {
    const found = await this.registrations.findById(id);
    if (!found) throw notFound('Registration');
    // Read before the lock: the messages' facts do not depend on seats.
    const facts = await this.facts.of((await this.sessions.findById(found.sessionId)) as SessionEntity);
    return this.tx.run(async (em) => {
      const session = (await this.sessions.findByIdForUpdate(found.sessionId, em)) as SessionEntity;
      const registration = (await this.registrations.findByIdForUpdate(id, em)) as RegistrationEntity;
      if (registration.status === RegistrationStatus.CANCELLED) throw invalidState('This registration is already cancelled');
      const now = this.clock.now();
      if (options.byPatron && session.startsAt.getTime() <= now.getTime())
        throw invalidState('The session has started; ask the library to cancel');
      const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
      this.markCancelled(registration, now);
      await this.registrations.save([registration], em);
      await this.sessions.addToCounters(
        session.id,
        wasConfirmed
          ? { seatsTaken: -registration.partySize, checkedInSeats: registration.checkedInAt ? -registration.partySize : 0 }
          : { waitlistLength: -1, waitlistedSeats: -registration.partySize },
        em,
      );
      await this.outbox.add(em, [this.message(NotificationKind.REGISTRATION_CANCELLED, registration, facts, 'cancelled')]);
      if (wasConfirmed) await this.promote(em, session.id, facts);
      this.seatWatchers.changed([session.id]);
      return registration;
    });
  }

  private markCancelled(registration: RegistrationEntity, now: Date): void {
    Object.assign(registration, {
      status: RegistrationStatus.CANCELLED,
      cancelledAt: now,
      liveEmailHash: null,
      revision: registration.revision + 1,
      updatedAt: now,
    });
  }

  /**
   * Gives free seats to the waitlist, in arrival order: each party that fits the seats left is
   * confirmed; one that does not keeps its place. The caller holds the session's lock.
   */
  async promote(em: EntityManager, sessionId: string, facts?: NotificationParams): Promise<RegistrationEntity[]> {
    const session = (await this.sessions.findById(sessionId, em)) as SessionEntity;
    let free = session.capacity - session.seatsTaken;
    if (free <= 0 || session.waitlistLength === 0) return [];
    const promoted: RegistrationEntity[] = [];
    const now = this.clock.now();
    for (const waiting of await this.registrations.findWaitlisted(sessionId, em)) {
      if (waiting.partySize > free) continue;
      Object.assign(waiting, { status: RegistrationStatus.CONFIRMED, promotedAt: now, revision: waiting.revision + 1, updatedAt: now });
      promoted.push(waiting);
      free -= waiting.partySize;
      if (free === 0) break;
    }
    if (promoted.length === 0) return [];
    const seats = promoted.reduce((n, r) => n + r.partySize, 0);
    await this.registrations.save(promoted, em);
    await this.sessions.addToCounters(sessionId, { seatsTaken: seats, waitlistLength: -promoted.length, waitlistedSeats: -seats }, em);
    const about = facts ?? (await this.facts.of(session, em));
    await this.outbox.add(
      em,
      promoted.map((r) => this.message(NotificationKind.WAITLIST_PROMOTED, r, about, 'promoted')),
    );
    await this.notices.afterChange(em, sessionId, { seats, waitlist: -promoted.length }, await this.settings.get(em), about);
    return promoted;
  }

  // ——— preferences, capacity, windows ———

  async updatePreferences(token: string, preferences: Preferences): Promise<RegistrationEntity> {
    const found = await this.findByToken(token);
    if (!found) throw notFound('Registration');
    return this.tx.run(async (em) => {
      const registration = (await this.registrations.findByIdForUpdate(found.id, em)) as RegistrationEntity;
      if (registration.status === RegistrationStatus.CANCELLED) throw invalidState('This registration is cancelled');
      for (const key of ['shareContactWithPartner', 'remindersOptIn', 'followUpOptIn'] as const) {
        if (preferences[key] != null) registration[key] = preferences[key] as boolean;
      }
      registration.updatedAt = this.clock.now();
      await this.registrations.save([registration], em);
      return registration;
    });
  }

  /** COORDINATOR+: never below the seats taken, never above the room; raising it promotes. */
  async setCapacity(sessionId: string, capacity: number): Promise<SessionEntity> {
    if (!Number.isInteger(capacity) || capacity < 1) throw badInput('capacity', 'must be at least 1');
    return this.tx.run(async (em) => {
      const session = await this.sessions.findByIdForUpdate(sessionId, em);
      if (!session) throw notFound('Session');
      if (effectiveStatus(session, this.clock.now()) !== SessionStatus.SCHEDULED)
        throw invalidState('Only a scheduled session’s capacity can change');
      const room = session.roomId ? await this.rooms.findById(session.roomId, em) : null;
      if (room && capacity > room.capacity) throw badInput('capacity', `is more than ${room.name} holds (${room.capacity})`);
      if (capacity < session.seatsTaken) {
        throw conflict(`${session.seatsTaken} seats are already taken`, [
          {
            reason: 'SEATS_TAKEN',
            roomId: session.roomId,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            sessionId: session.id,
            conflictingBookingId: null,
            message: `${session.seatsTaken} seats are taken; the capacity cannot go below that`,
          },
        ]);
      }
      const capacityBefore = session.capacity;
      session.capacity = capacity;
      session.updatedAt = this.clock.now();
      await this.sessions.save([session], em);
      await this.notices.afterChange(
        em,
        session.id,
        { seats: 0, waitlist: 0, capacityBefore },
        await this.settings.get(em),
        await this.facts.of(session, em),
      );
      await this.promote(em, session.id);
      this.seatWatchers.changed([session.id]);
      return (await this.sessions.findById(session.id, em)) as SessionEntity;
    });
  }

  /** COORDINATOR+: the session's own window; null falls back to the settings. */
  async setWindow(sessionId: string, opensAt: Date | null, closesAt: Date | null): Promise<SessionEntity> {
    return this.tx.run(async (em) => {
      const session = await this.sessions.findByIdForUpdate(sessionId, em);
      if (!session) throw notFound('Session');
      if (effectiveStatus(session, this.clock.now()) !== SessionStatus.SCHEDULED)
        throw invalidState('Only a scheduled session’s registration window can change');
      if (closesAt && closesAt.getTime() > session.startsAt.getTime()) throw badInput('closesAt', 'must not be after the session starts');
      const window = registrationWindow(
        { ...session, registrationOpensAt: opensAt, registrationClosesAt: closesAt },
        await this.settings.get(em),
      );
      if (window.opensAt && window.opensAt.getTime() >= window.closesAt.getTime())
        throw badInput('opensAt', 'must be before registration closes');
      Object.assign(session, { registrationOpensAt: opensAt, registrationClosesAt: closesAt, updatedAt: this.clock.now() });
      await this.sessions.save([session], em);
      this.seatWatchers.changed([session.id]);
      return session;
    });
  }

  // ——— attendance ———

  async checkIn(viewer: Viewer, registrationId: string): Promise<RegistrationEntity> {
    return this.setCheckedIn(viewer, registrationId, true);
  }

  async checkInByToken(viewer: Viewer, token: string): Promise<RegistrationEntity> {
    const found = await this.findByToken(token);
    if (!found) throw notFound('Registration');
    return this.setCheckedIn(viewer, found.id, true);
  }

  async undoCheckIn(viewer: Viewer, registrationId: string): Promise<RegistrationEntity> {
    return this.setCheckedIn(viewer, registrationId, false);
  }

  private async setCheckedIn(viewer: Viewer, registrationId: string, checkedIn: boolean): Promise<RegistrationEntity> {
    const found = await this.registrations.findById(registrationId);
    if (!found) throw notFound('Registration');
    return this.tx.run(async (em) => {
      const session = (await this.sessions.findByIdForUpdate(found.sessionId, em)) as SessionEntity;
      await this.assertAttendanceDesk(viewer, session, em);
      const registration = (await this.registrations.findByIdForUpdate(registrationId, em)) as RegistrationEntity;
      if (registration.status !== RegistrationStatus.CONFIRMED)
        throw invalidState(`A ${registration.status} registration cannot be checked in`);
      if (checkedIn === !!registration.checkedInAt) return registration; // checking in twice keeps the first time
      const now = this.clock.now();
      Object.assign(registration, { checkedInAt: checkedIn ? now : null, updatedAt: now });
      await this.registrations.save([registration], em);
      await this.sessions.addToCounters(session.id, { checkedInSeats: checkedIn ? registration.partySize : -registration.partySize }, em);
      return registration;
    });
  }

  /** COORDINATOR+ or the agency's members: the people who came without registering. */
  async recordWalkIns(viewer: Viewer, sessionId: string, count: number): Promise<SessionEntity> {
    if (!Number.isInteger(count) || count < 0 || count > 10_000) throw badInput('count', 'must be between 0 and 10000');
    return this.tx.run(async (em) => {
      const session = await this.sessions.findByIdForUpdate(sessionId, em);
      if (!session) throw notFound('Session');
      await this.assertAttendanceDesk(viewer, session, em);
      Object.assign(session, { walkInCount: count, updatedAt: this.clock.now() });
      await this.sessions.save([session], em);
      return session;
    });
  }

  /** Staff or the agency's members, from an hour before the start to the end of the session's local day. */
  private async assertAttendanceDesk(viewer: Viewer, session: SessionEntity, em: EntityManager): Promise<void> {
    const workshop = await this.workshops.findById(session.workshopId, em);
    if (!workshop || (!isStaff(viewer) && !isStaffOrMemberOf(viewer, workshop.agencyId))) throw forbidden();
    if (session.status !== SessionStatus.SCHEDULED) throw invalidState(`A ${session.status} session has no attendance`);
    const branch = await this.branches.findById(session.branchId, em);
    const now = this.clock.now();
    const opens = session.startsAt.getTime() - CHECK_IN_OPENS_MS;
    const closes = DateTime.fromJSDate(session.endsAt, { zone: branch?.timeZone ?? 'UTC' })
      .endOf('day')
      .toMillis();
    if (now.getTime() < opens) throw invalidState('Check-in opens an hour before the session starts');
    if (now.getTime() > closes) throw invalidState('Check-in closed at the end of the session’s day');
  }

  // ——— when sessions change (inside the scheduling transaction) ———

  async sessionsCancelled(em: EntityManager, sessions: readonly SessionEntity[], reason: string): Promise<void> {
    const now = this.clock.now();
    for (const session of sessions) {
      const live = await this.registrations.findLive([session.id], em);
      if (live.length === 0) continue;
      for (const registration of live) this.markCancelled(registration, now);
      await this.registrations.save(live, em);
      await this.sessions.addToCounters(
        session.id,
        {
          seatsTaken: -session.seatsTaken,
          waitlistLength: -session.waitlistLength,
          waitlistedSeats: -session.waitlistedSeats,
          checkedInSeats: -session.checkedInSeats,
        },
        em,
      );
      const facts = { ...(await this.facts.of(session, em)), reason };
      await this.outbox.add(
        em,
        live.map((r) => this.message(NotificationKind.SESSION_CANCELLED, r, facts, 'session-cancelled')),
      );
    }
    this.seatWatchers.changed(sessions.map((s) => s.id));
  }

  async sessionRescheduled(em: EntityManager, session: SessionEntity, previous: SessionTimes): Promise<void> {
    const live = await this.registrations.findLive([session.id], em);
    const facts = {
      ...(await this.facts.of(session, em)),
      previousStartsAt: previous.startsAt.toISOString(),
      previousEndsAt: previous.endsAt.toISOString(),
    };
    await this.outbox.add(
      em,
      live.map((r) => this.message(NotificationKind.SESSION_RESCHEDULED, r, facts, `rescheduled:${session.revision}`)),
    );
    if (session.capacity > previous.capacity) await this.promote(em, session.id);
    this.seatWatchers.changed([session.id]);
  }

  // ——— messages ———

  private message(kind: NotificationKind, registration: RegistrationEntity, params: NotificationParams, event: string): OutgoingMessage {
    return {
      kind,
      recipient: registration.email as string,
      sessionId: registration.sessionId,
      registrationId: registration.id,
      params: { ...params, partySize: registration.partySize },
      dedupeKey: `registration:${registration.id}:${event}`,
    };
  }
}

/** The settings that decide capacity notices, as the session context row carries them. */
function demandSettings(row: SessionContextRow): DemandSettings {
  const thresholds = typeof row.capacityThresholds === 'string' ? (JSON.parse(row.capacityThresholds) as number[]) : row.capacityThresholds;
  return { capacityThresholds: thresholds.map(Number), waitlistDemandThreshold: Number(row.waitlistDemandThreshold) };
}
