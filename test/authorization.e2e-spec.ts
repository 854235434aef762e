import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import { DateTime } from 'luxon';
import WebSocket from 'ws';
import {
  allWeek,
  applyAsPartner,
  createBranch,
  createCoordinator,
  createDeskStaff,
  createRoom,
  createWorkshop,
  localAt,
  register,
  scheduledWorkshop,
  unique,
  verifiedPartner,
  zoneWhereHourIsBetween,
  type Partner,
} from './support/factories';
import { eventually } from './support/eventually';
import type { GqlResult } from './support/graphql-client';
import { tokenFromMail } from './support/links';
import { ADMIN } from './support/test-config';
import { TestApps } from './support/test-apps';

/**
 * Authorization, operation by operation: every query, mutation and subscription of the contract,
 * asked by eight viewers, and the answer each must get. The contract's descriptions are the spec.
 *
 * Outcomes:
 * - 'ok': data and no errors; every restricted value the case probes is there.
 * - redacted(...): data and no errors, but the named probes are null (or filtered out of their
 *   list) while the others are there; REDACTED: every probe is hidden. Restricted data never
 *   raises an error inside an allowed answer, so `errors` must be absent in both.
 * - 'null': the field itself is null and there are no errors (a nullable read that hides
 *   existence, or a token that is not the viewer's).
 * - an error code: the only error, and no data for the field.
 */

const VIEWERS = ['anonymous', 'patron', 'PARTNER(own)', 'PARTNER(other)', 'STAFF(own)', 'STAFF(other)', 'COORDINATOR', 'ADMIN'] as const;
type ViewerName = (typeof VIEWERS)[number];

/** Who asks. Patrons have no account: they hold a manage token, which they pass where an operation takes one. */
interface Asker {
  name: ViewerName;
  token?: string;
  email?: string;
  password?: string;
  agencyId?: string;
}

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Outcome = 'ok' | 'null' | Code | { redacted: string[] | 'all' };
type Expectations = Record<ViewerName, Outcome>;
type Vars = Record<string, unknown>;

/** Data, no errors, these probes hidden and the others visible. */
const redacted = (...probes: string[]): Outcome => ({ redacted: probes });
/** Data, no errors, every probe hidden. */
const REDACTED: Outcome = { redacted: 'all' };

/**
 * Operations that need an account: anonymous callers and patrons get UNAUTHENTICATED. "Own" is a
 * member of agency A (whose workshop the case is about) and desk staff of the branch the case's
 * sessions are at; "other" a member of agency B and desk staff of another branch.
 */
const signedIn = (
  own: Outcome,
  other: Outcome,
  staffOwn: Outcome,
  staffOther: Outcome,
  coordinator: Outcome,
  admin: Outcome,
): Expectations => ({
  anonymous: 'UNAUTHENTICATED',
  patron: 'UNAUTHENTICATED',
  'PARTNER(own)': own,
  'PARTNER(other)': other,
  'STAFF(own)': staffOwn,
  'STAFF(other)': staffOther,
  COORDINATOR: coordinator,
  ADMIN: admin,
});
const ADMIN_ONLY = signedIn('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok');
const COORDINATOR_PLUS = signedIn('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok');
const PARTNER_PLUS = signedIn('ok', 'ok', 'ok', 'ok', 'ok', 'ok');
/** COORDINATOR+, or the members of the agency that owns the object (an object others may know exists). */
const COORDINATOR_OR_OWN_AGENCY = signedIn('ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok');
/** COORDINATOR+, or the desk staff of the session's branch. */
const LIBRARY_STAFF = signedIn('FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'ok', 'ok');
/** The desk's work on a session: COORDINATOR+, the agency's members, or the desk staff of the session's branch. */
const AT_THE_DESK = signedIn('ok', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'ok', 'ok');
/**
 * The agency's own action on an unpublished workshop: other partners and desk staff may not learn
 * it exists; coordinators see it but may not act.
 */
const OWN_AGENCY_ONLY = signedIn('ok', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN');
const ANYONE: Expectations = {
  anonymous: 'ok',
  patron: 'ok',
  'PARTNER(own)': 'ok',
  'PARTNER(other)': 'ok',
  'STAFF(own)': 'ok',
  'STAFF(other)': 'ok',
  COORDINATOR: 'ok',
  ADMIN: 'ok',
};
/** A read open to everyone, where what is shown depends on who asks (the patron, without a token, is anonymous). */
const publicRead = (anonymous: Outcome, ...signedInViewers: Parameters<typeof signedIn>): Expectations => ({
  ...signedIn(...signedInViewers),
  anonymous,
  patron: anonymous,
});
/** What partners and desk staff see of a branch: its bookings' times and kinds, not its load, nor notes or creators. */
const PARTNERS_VIEW = redacted('load', 'note', 'createdBy');
/** The same of a room. */
const NO_NOTE = redacted('note', 'createdBy');
/** Desk staff of the branch see an approved workshop as the public does, plus its sessions' registrations there. */
const ROSTER_ONLY = redacted('createdBy', 'reviewHistory', 'reviewerEmail', 'contactEmail', 'members', 'draftListed', 'booking');
/** Patron operations by manage token: the patron passes theirs; everyone else can only pass one that is not theirs. */
const byToken = (patron: Outcome, others: Outcome): Expectations => ({
  anonymous: others,
  patron,
  'PARTNER(own)': others,
  'PARTNER(other)': others,
  'STAFF(own)': others,
  'STAFF(other)': others,
  COORDINATOR: others,
  ADMIN: others,
});

interface Case {
  /** The Query, Mutation or Subscription field. */
  op: string;
  /** Which object, when one operation has several rows. */
  variant?: string;
  doc: string;
  /** Called once per viewer: mutations that change state get fresh objects here. */
  vars?: (who: Asker) => Vars | Promise<Vars>;
  /** Restricted values in the answer, by name; "visible" is non-null and, for a list, non-empty. */
  probes?: Record<string, (root: any) => unknown>;
  expect: Expectations;
  /** Further assertions on an allowed answer. */
  check?: (root: any, who: Asker) => void;
  /** Run after the viewer's request, whatever its outcome (to repair what it changed for the next ones). */
  after?: (who: Asker) => Promise<void>;
}

// ——— the fixture (built once in beforeAll) ———

interface Registered {
  id: string;
  manageToken: string;
}

interface Fixture {
  zone: string;
  admin: string;
  coordinator: { id: string; email: string; password: string; token: string };
  partnerA: Partner;
  partnerB: Partner;
  branch: { id: string };
  mainRoom: { id: string };
  slotRoom: { id: string };
  spareRoom: { id: string };
  /** Agency A's approved workshop and its sessions: one starting in half an hour (check-in is open), two later. */
  workshop: { id: string };
  soon: { id: string };
  later: { id: string };
  live: { id: string };
  /** Agency A's submitted proposal, its PROPOSED session and the TENTATIVE booking holding its room. */
  proposal: { id: string; sessionId: string; holdId: string };
  /** Agency A's draft. */
  draft: { id: string };
  /** On `soon`: one patron shares their contact with the agency, one does not. */
  sharing: Registered;
  private: Registered;
  /** The patron viewer's registration (on `later`). */
  patron: Registered;
  /** An INTERNAL booking with a note, in the main room. */
  noteBooking: { id: string };
  coordinatorUserId: string;
  /** FAILED notifications, one per retryNotification case. */
  failed: string[];
  /** The agency behind those notifications, SUSPENDED with a reason. */
  suspendedAgencyId: string;
  waitlistDemandThreshold: number;
}

let apps: TestApps;
let fx: Fixture;
let askers: Record<ViewerName, Asker>;

const must = <T = any>(query: string, variables: Vars = {}, token?: string): Promise<T> => apps.client.must<T>(query, variables, token);
const iso = (at: string | Date) => new Date(at).toISOString();
/** A well-formed manage token that was never issued: all that viewers other than the patron can present. */
const FORGED_TOKEN = randomBytes(32).toString('base64url');
const tokenFor = (who: Asker, real: string) => (who.name === 'patron' ? real : FORGED_TOKEN);

let slots = 0;
/** A one-hour slot no other case uses (rooms are not what this file is about): from day 20, 08:00–20:00 local. */
function freshSlot() {
  const n = slots++;
  const day = 20 + Math.floor(n / 7);
  const hour = 8 + 2 * (n % 7);
  const at = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return { startsAt: localAt(day, at(hour), fx.zone), endsAt: localAt(day, at(hour + 1), fx.zone) };
}

let closureDays = 0;
/** A local day with no booking, for closures. */
const freshClosureDay = () =>
  DateTime.now()
    .setZone(fx.zone)
    .plus({ days: 300 + closureDays++ })
    .toISODate() as string;

const today = () => DateTime.now().setZone(fx.zone).toISODate() as string;
const window90 = () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 90 * 86_400_000).toISOString() });
const reportPeriod = () => ({
  from: DateTime.now().setZone(fx.zone).minus({ days: 30 }).toISODate(),
  to: DateTime.now().setZone(fx.zone).plus({ days: 30 }).toISODate(),
});

const workshopInput = (roomId?: string) => ({
  title: `Workshop ${unique()}`,
  summary: 'A practical session',
  description: 'What to expect, in detail.',
  capacity: 20,
  sessions: [{ ...freshSlot(), branchId: fx.branch.id, ...(roomId ? { roomId } : {}) }],
});

// ——— fresh objects, for mutations that change state ———

const fresh = {
  async draft(): Promise<string> {
    return (await createWorkshop(apps.client, fx.partnerA.token, workshopInput(fx.slotRoom.id))).id;
  },
  async submitted(): Promise<string> {
    const id = await fresh.draft();
    await must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id }, fx.partnerA.token);
    return id;
  },
  async approved(): Promise<string> {
    return (await scheduledWorkshop(apps.client, fx.partnerA.token, fx.coordinator.token, workshopInput(fx.slotRoom.id))).id;
  },
  /** A new scheduled session of agency A's approved workshop. */
  async session(): Promise<string> {
    const slot = freshSlot();
    const data = await must(
      'mutation($input: AddSessionsInput!) { addSessions(input: $input) { sessions { id startsAt } } }',
      {
        input: {
          workshopId: fx.workshop.id,
          sessions: [{ ...slot, branchId: fx.branch.id, roomId: fx.slotRoom.id }],
          overrideLoadLimits: true,
        },
      },
      fx.coordinator.token,
    );
    return data.addSessions.sessions.find((s: { startsAt: string }) => iso(s.startsAt) === iso(slot.startsAt)).id;
  },
  async registration(): Promise<Registered> {
    const receipt = await register(apps.client, fx.later.id);
    return { id: receipt.registration.id, manageToken: receipt.manageToken };
  },
  async pendingAgency(): Promise<string> {
    return (await applyAsPartner(apps.client)).agencyId;
  },
  async memberOfA(): Promise<string> {
    const data = await must(
      'mutation($input: AgencyMemberInput!) { addAgencyMember(input: $input) { id } }',
      { input: { agencyId: fx.partnerA.agencyId, email: `member-${unique()}@agency.test`, displayName: 'New Member' } },
      fx.coordinator.token,
    );
    return data.addAgencyMember.id;
  },
  async coordinatorUser(email = `coordinator-${unique()}@library.test`): Promise<string> {
    const data = await must(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, displayName: 'Sam Staff', role: 'COORDINATOR' } },
      fx.admin,
    );
    return data.createUser.id;
  },
  async closure(): Promise<string> {
    const day = freshClosureDay();
    const data = await must(
      'mutation($id: ID!, $input: ClosureInput!) { addClosure(branchId: $id, input: $input) { id } }',
      { id: fx.branch.id, input: { startsOn: day, endsOn: day, reason: 'Inventory' } },
      fx.coordinator.token,
    );
    return data.addClosure.id;
  },
  async booking(roomId = fx.slotRoom.id, note = 'Staff meeting'): Promise<string> {
    const data = await must(
      'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }',
      { input: { roomId, ...freshSlot(), kind: 'INTERNAL', note } },
      fx.coordinator.token,
    );
    return data.bookRoom.id;
  },
  /** A password-reset token from the e-mail a new user receives. */
  async resetToken(): Promise<string> {
    const email = `reset-${unique()}@library.test`;
    await fresh.coordinatorUser(email);
    await must('mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
    return tokenFromMail(await apps.smtp.waitForMail(email, /Reset your Commonroom password/));
  },
};

// ——— finders used by the probes ———

const byId = (list: Array<{ id: string }> | undefined | null, id: string): any => list?.find((item) => item.id === id);
const isVisible = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
const MASKED = /^.\*\*\*@[^@]+$/;
/** Coordinators see notification addresses masked, in the recipient and in the mail server's error alike. */
function expectMasked(n: { recipient: string; lastError: string | null }): void {
  expect(n.recipient).toMatch(MASKED);
  expect(n.lastError ?? '').not.toMatch(/[A-Za-z0-9._%+-]{2}@/);
}

// ——— the table ———

const QUERIES: Case[] = [
  {
    op: 'me',
    doc: 'query { me { id email } }',
    probes: { email: (me) => me.email },
    expect: publicRead('null', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  {
    op: 'catalogFacets',
    doc: 'query { catalogFacets { tags languages } }',
    expect: ANYONE,
  },
  {
    op: 'branches',
    doc: 'query($weekOf: Date!) { branches { id load(weekOf: $weekOf) { overLimit } } }',
    vars: () => ({ weekOf: today() }),
    probes: { load: (branches) => byId(branches, fx.branch.id)?.load },
    expect: publicRead(REDACTED, REDACTED, REDACTED, REDACTED, REDACTED, 'ok', 'ok'),
  },
  {
    op: 'branch',
    doc: `query($id: ID!, $weekOf: Date!, $from: DateTime!, $to: DateTime!) { branch(id: $id) {
      id load(weekOf: $weekOf) { overLimit days { date sessions } }
      rooms { id bookings(from: $from, to: $to) { id kind startsAt note createdBy { id } } } } }`,
    vars: () => ({ id: fx.branch.id, weekOf: today(), ...window90() }),
    probes: {
      load: (branch) => branch.load,
      bookings: (branch) => byId(branch.rooms, fx.mainRoom.id)?.bookings,
      note: (branch) => byId(byId(branch.rooms, fx.mainRoom.id)?.bookings, fx.noteBooking.id)?.note,
      createdBy: (branch) => byId(byId(branch.rooms, fx.mainRoom.id)?.bookings, fx.noteBooking.id)?.createdBy,
    },
    // Partners (and desk staff) see bookings' times and kinds (for their proposals), never notes or creators.
    expect: publicRead(REDACTED, PARTNERS_VIEW, PARTNERS_VIEW, PARTNERS_VIEW, PARTNERS_VIEW, 'ok', 'ok'),
  },
  {
    op: 'room',
    variant: 'with an internal booking',
    doc: `query($id: ID!, $from: DateTime!, $to: DateTime!) { room(id: $id) {
      id bookings(from: $from, to: $to) { id kind startsAt note createdBy { id email } } } }`,
    vars: () => ({ id: fx.mainRoom.id, ...window90() }),
    probes: {
      bookings: (room) => room.bookings,
      note: (room) => byId(room.bookings, fx.noteBooking.id)?.note,
      createdBy: (room) => byId(room.bookings, fx.noteBooking.id)?.createdBy,
    },
    expect: publicRead(REDACTED, NO_NOTE, NO_NOTE, NO_NOTE, NO_NOTE, 'ok', 'ok'),
  },
  {
    op: 'room',
    variant: "holding agency A's proposal",
    doc: 'query($id: ID!, $from: DateTime!, $to: DateTime!) { room(id: $id) { id bookings(from: $from, to: $to) { id kind status session { id } } } }',
    vars: () => ({ id: fx.slotRoom.id, ...window90() }),
    probes: {
      hold: (room) => byId(room.bookings, fx.proposal.holdId),
      // Another agency sees that the room is held, not whose proposal holds it.
      heldSession: (room) => byId(room.bookings, fx.proposal.holdId)?.session,
    },
    expect: publicRead(REDACTED, 'ok', redacted('heldSession'), redacted('heldSession'), redacted('heldSession'), 'ok', 'ok'),
  },
  {
    op: 'availableRooms',
    doc: 'query($input: AvailableRoomsInput!) { availableRooms(input: $input) { id } }',
    vars: () => ({ input: { branchId: fx.branch.id, ...freshSlot() } }),
    expect: PARTNER_PLUS,
  },
  {
    op: 'checkAvailability',
    variant: 'a free slot',
    doc: `query($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {
      checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) { reason } }`,
    vars: () => ({ roomId: fx.slotRoom.id, ...freshSlot() }),
    expect: PARTNER_PLUS,
  },
  {
    op: 'checkAvailability',
    variant: "ignoring another agency's proposed session",
    doc: `query($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {
      checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) { reason } }`,
    vars: () => ({ roomId: fx.slotRoom.id, ...freshSlot(), ignore: fx.proposal.sessionId }),
    expect: signedIn('ok', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'),
  },
  {
    op: 'users',
    doc: 'query { users(first: 100) { totalCount nodes { id email agency { id } } } }',
    probes: {
      agencyAMember: (users) => byId(users.nodes, fx.partnerA.userId)?.email,
      coordinator: (users) => byId(users.nodes, fx.coordinator.id)?.email,
    },
    expect: signedIn(redacted('coordinator'), redacted('agencyAMember', 'coordinator'), 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'),
    check: (users, who) => {
      // A partner sees its own agency's members, and nobody else.
      if (who.agencyId)
        expect([...new Set(users.nodes.map((u: { agency: { id: string } | null }) => u.agency?.id))]).toEqual([who.agencyId]);
    },
  },
  {
    op: 'agencies',
    doc: 'query { agencies { id name contactEmail statusReason } }',
    probes: {
      contactEmail: (agencies) => byId(agencies, fx.partnerA.agencyId)?.contactEmail,
      statusReason: (agencies) => byId(agencies, fx.suspendedAgencyId)?.statusReason,
    },
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'agency',
    doc: `query($id: ID!) { agency(id: $id) { id name contactEmail members { id email } workshops(first: 100) { nodes { id status } } } }`,
    vars: () => ({ id: fx.partnerA.agencyId }),
    probes: {
      contactEmail: (agency) => agency.contactEmail,
      members: (agency) => agency.members,
      memberEmail: (agency) => byId(agency.members, fx.partnerA.userId)?.email,
      draft: (agency) => byId(agency.workshops.nodes, fx.draft.id),
    },
    expect: publicRead('null', 'ok', 'null', 'null', 'null', 'ok', 'ok'),
  },
  {
    op: 'workshops',
    doc: `query($filter: WorkshopFilter) { workshops(filter: $filter, first: 100) {
      nodes { id status reviewHistory { action } createdBy { id email } agency { contactEmail } } } }`,
    vars: () => ({ filter: { agencyId: fx.partnerA.agencyId } }),
    probes: {
      draft: (page) => byId(page.nodes, fx.draft.id),
      reviewHistory: (page) => byId(page.nodes, fx.workshop.id)?.reviewHistory,
      createdBy: (page) => byId(page.nodes, fx.workshop.id)?.createdBy,
      contactEmail: (page) => byId(page.nodes, fx.workshop.id)?.agency.contactEmail,
    },
    expect: publicRead(REDACTED, 'ok', REDACTED, REDACTED, REDACTED, 'ok', 'ok'),
    check: (page) => expect(byId(page.nodes, fx.workshop.id)?.status).toBe('APPROVED'),
  },
  {
    op: 'workshop',
    variant: 'approved',
    doc: `query($id: ID!) { workshop(id: $id) {
      id status createdBy { email } reviewHistory { action actor { email } }
      agency { contactEmail members { id } workshops(first: 100) { nodes { id } } }
      sessions { id booking { id } registrations { id } } } }`,
    vars: () => ({ id: fx.workshop.id }),
    probes: {
      createdBy: (w) => w.createdBy?.email,
      reviewHistory: (w) => w.reviewHistory,
      // The coordinator who approved: agency members see the event, not the coordinator's address.
      reviewerEmail: (w) => w.reviewHistory.find((e: { action: string }) => e.action === 'APPROVED')?.actor?.email,
      contactEmail: (w) => w.agency.contactEmail,
      members: (w) => w.agency.members,
      draftListed: (w) => byId(w.agency.workshops.nodes, fx.draft.id),
      booking: (w) => byId(w.sessions, fx.soon.id)?.booking,
      privateRegistrant: (w) => byId(byId(w.sessions, fx.soon.id)?.registrations, fx.private.id),
    },
    expect: publicRead(REDACTED, redacted('reviewerEmail', 'privateRegistrant'), REDACTED, ROSTER_ONLY, REDACTED, 'ok', 'ok'),
  },
  {
    op: 'workshop',
    variant: 'a draft',
    doc: 'query($id: ID!) { workshop(id: $id) { id status } }',
    vars: () => ({ id: fx.draft.id }),
    expect: publicRead('null', 'ok', 'null', 'null', 'null', 'ok', 'ok'),
  },
  {
    op: 'sessions',
    variant: 'the catalog',
    doc: `query($filter: SessionFilter) { sessions(filter: $filter, first: 100) {
      nodes { id status booking { id } registrations { id name email accessibilityNeeds } } } }`,
    vars: () => ({ filter: { agencyId: fx.partnerA.agencyId } }),
    probes: {
      booking: (page) => byId(page.nodes, fx.soon.id)?.booking,
      sharedEmail: (page) => byId(byId(page.nodes, fx.soon.id)?.registrations, fx.sharing.id)?.email,
      privateEmail: (page) => byId(byId(page.nodes, fx.soon.id)?.registrations, fx.private.id)?.email,
      sharedNeeds: (page) => byId(byId(page.nodes, fx.soon.id)?.registrations, fx.sharing.id)?.accessibilityNeeds,
    },
    expect: publicRead(REDACTED, redacted('privateEmail', 'sharedNeeds'), REDACTED, redacted('booking'), REDACTED, 'ok', 'ok'),
    check: (page) => expect(byId(page.nodes, fx.soon.id)?.status).toBe('SCHEDULED'),
  },
  {
    op: 'sessions',
    variant: 'asking for PROPOSED ones',
    doc: 'query($filter: SessionFilter) { sessions(filter: $filter, first: 100) { nodes { id status } } }',
    vars: () => ({ filter: { agencyId: fx.partnerA.agencyId, statuses: ['PROPOSED'] } }),
    probes: { proposed: (page) => byId(page.nodes, fx.proposal.sessionId) },
    expect: publicRead(REDACTED, 'ok', REDACTED, REDACTED, REDACTED, 'ok', 'ok'),
  },
  {
    op: 'session',
    variant: 'scheduled',
    doc: 'query($id: ID!) { session(id: $id) { id status booking { id } registrations { id name email accessibilityNeeds } } }',
    vars: () => ({ id: fx.soon.id }),
    probes: {
      booking: (s) => s.booking,
      sharedName: (s) => byId(s.registrations, fx.sharing.id)?.name,
      privateName: (s) => byId(s.registrations, fx.private.id)?.name,
      sharedNeeds: (s) => byId(s.registrations, fx.sharing.id)?.accessibilityNeeds,
    },
    expect: publicRead(REDACTED, redacted('privateName', 'sharedNeeds'), REDACTED, redacted('booking'), REDACTED, 'ok', 'ok'),
  },
  {
    op: 'session',
    variant: 'proposed',
    doc: 'query($id: ID!) { session(id: $id) { id status } }',
    vars: () => ({ id: fx.proposal.sessionId }),
    expect: publicRead('null', 'ok', 'null', 'null', 'null', 'ok', 'ok'),
  },
  {
    op: 'serviceInfo',
    doc: 'query { serviceInfo { smsAvailable messageLanguages smsConsentText smsConsentVersion } }',
    expect: ANYONE,
    check: (info) => expect(info.messageLanguages).toEqual(['en', 'es']),
  },
  {
    op: 'registrationByToken',
    doc: `query($token: String!) { registrationByToken(token: $token) {
      id status name email session { id booking { id } registrations { id } } } }`,
    vars: (who) => ({ token: tokenFor(who, fx.patron.manageToken) }),
    probes: {
      name: (r) => r.name,
      email: (r) => r.email,
      // The token shows the patron their own registration, not the session's other registrants.
      sessionBooking: (r) => r.session.booking,
      sessionRegistrants: (r) => r.session.registrations,
    },
    expect: byToken(redacted('sessionBooking', 'sessionRegistrants'), 'null'),
  },
  {
    op: 'notifications',
    doc: 'query { notifications(filter: { statuses: [FAILED] }, first: 50) { totalCount nodes { id kind recipient lastError } } }',
    expect: COORDINATOR_PLUS,
    check: (page) => {
      expect(page.nodes.length).toBeGreaterThan(0);
      for (const n of page.nodes) expectMasked(n);
    },
  },
  {
    op: 'programReport',
    doc: 'query($from: Date!, $to: Date!) { programReport(from: $from, to: $to) { totals { sessions } rows { key } } }',
    vars: reportPeriod,
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'agencyReport',
    doc: 'query($id: ID!, $from: Date!, $to: Date!) { agencyReport(agencyId: $id, from: $from, to: $to) { totals { sessions } } }',
    vars: () => ({ id: fx.partnerA.agencyId, ...reportPeriod() }),
    expect: COORDINATOR_OR_OWN_AGENCY,
  },
  {
    op: 'settings',
    doc: 'query { settings { retentionDays registrationClosesMinutesBefore } }',
    expect: COORDINATOR_PLUS,
  },
];

const REGISTRATION_FIELDS = 'id status checkedInAt name email';
/** Who the checked-in patron is, and what they need: staff only, as the patron did not share their contact. */
const ATTENDEE_PROBES = { name: (r: any) => r.name, email: (r: any) => r.email, needs: (r: any) => r.accessibilityNeeds };

const MUTATIONS: Case[] = [
  // ——— accounts ———
  {
    op: 'login',
    doc: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id email } } }',
    vars: () => ({ email: fx.partnerB.email, password: fx.partnerB.password }),
    probes: { email: (auth) => auth.user.email },
    expect: ANYONE,
  },
  {
    // Ends the browser's session (its cookie); with a bearer token there is nothing to end.
    op: 'logout',
    doc: 'mutation { logout }',
    expect: ANYONE,
  },
  {
    op: 'applyAsPartner',
    doc: `mutation($input: PartnerApplicationInput!) { applyAsPartner(input: $input) {
      accessToken user { email agency { status contactEmail } } } }`,
    vars: () => {
      const id = unique();
      return {
        input: {
          agency: { name: `Agency ${id}`, kind: 'NONPROFIT', contactEmail: `contact-${id}@agency.test` },
          email: `member-${id}@agency.test`,
          displayName: `Member ${id}`,
          password: 'partner-password-1',
        },
      };
    },
    // The applicant reads the answer as the new member: their address and their agency's contact.
    probes: { email: (auth) => auth.user.email, contactEmail: (auth) => auth.user.agency.contactEmail },
    expect: ANYONE,
  },
  {
    op: 'changePassword',
    doc: 'mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }',
    // The same password again: the viewers keep logging in with it.
    vars: (who) => ({ current: who.password ?? 'no-account-password', next: who.password ?? 'no-account-password' }),
    expect: PARTNER_PLUS,
    // A changed password ends the viewer's sessions: they sign in again for the cases after this one.
    after: async (who) => {
      if (!who.token || !who.email || !who.password) return;
      const ended = who.token;
      const token = await apps.login(who.email, who.password);
      who.token = token;
      if (fx.admin === ended) fx.admin = token;
      for (const holder of [fx.coordinator, fx.partnerA, fx.partnerB]) if (holder.token === ended) holder.token = token;
    },
  },
  {
    op: 'requestPasswordReset',
    doc: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
    vars: () => ({ email: `nobody-${unique()}@nowhere.test` }),
    expect: ANYONE,
    check: (answer) => expect(answer).toBe(true),
  },
  {
    op: 'resetPassword',
    doc: 'mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { accessToken user { email } } }',
    vars: async () => ({ token: await fresh.resetToken(), password: 'a-brand-new-password' }),
    probes: { email: (auth) => auth.user.email },
    expect: ANYONE,
  },
  {
    op: 'createUser',
    doc: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role } }',
    vars: () => ({ input: { email: `staff-${unique()}@library.test`, displayName: 'New Staff', role: 'COORDINATOR' } }),
    probes: { email: (user) => user.email },
    expect: ADMIN_ONLY,
  },
  {
    op: 'updateUser',
    doc: 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName email } }',
    vars: () => ({ id: fx.coordinatorUserId, input: { displayName: 'Sam Staff' } }),
    probes: { email: (user) => user.email },
    expect: ADMIN_ONLY,
  },
  {
    op: 'deactivateUser',
    doc: 'mutation($id: ID!) { deactivateUser(id: $id) { id active } }',
    vars: async () => ({ id: await fresh.coordinatorUser() }),
    expect: ADMIN_ONLY,
  },
  {
    op: 'addAgencyMember',
    doc: 'mutation($input: AgencyMemberInput!) { addAgencyMember(input: $input) { id email agency { id } } }',
    vars: () => ({ input: { agencyId: fx.partnerA.agencyId, email: `member-${unique()}@agency.test`, displayName: 'New Member' } }),
    // Colleagues and staff see a member's address.
    probes: { email: (user) => user.email },
    expect: COORDINATOR_OR_OWN_AGENCY,
  },
  {
    op: 'removeAgencyMember',
    doc: 'mutation($id: ID!) { removeAgencyMember(userId: $id) { id active email } }',
    vars: async () => ({ id: await fresh.memberOfA() }),
    probes: { email: (user) => user.email },
    expect: COORDINATOR_OR_OWN_AGENCY,
    check: (user) => expect(user.active).toBe(false),
  },
  {
    op: 'updateAgency',
    doc: 'mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id description contactEmail members { id } } }',
    vars: () => ({ id: fx.partnerA.agencyId, input: { description: 'Free legal help for tenants.' } }),
    probes: { contactEmail: (agency) => agency.contactEmail, members: (agency) => agency.members },
    expect: COORDINATOR_OR_OWN_AGENCY,
  },

  // ——— places ———
  {
    op: 'createBranch',
    doc: 'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }',
    vars: () => ({ input: { name: `Branch ${unique()}`, timeZone: 'America/Chicago', openingHours: allWeek() } }),
    expect: ADMIN_ONLY,
  },
  {
    op: 'updateBranch',
    doc: 'mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { id address } }',
    vars: () => ({ id: fx.branch.id, input: { address: '400 S State St' } }),
    expect: ADMIN_ONLY,
  },
  {
    op: 'addClosure',
    doc: 'mutation($id: ID!, $input: ClosureInput!) { addClosure(branchId: $id, input: $input) { id } }',
    vars: () => {
      const day = freshClosureDay();
      return { id: fx.branch.id, input: { startsOn: day, endsOn: day, reason: 'Inventory' } };
    },
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'removeClosure',
    doc: 'mutation($id: ID!) { removeClosure(id: $id) }',
    vars: async () => ({ id: await fresh.closure() }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'createRoom',
    doc: 'mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }',
    vars: () => ({ input: { branchId: fx.branch.id, name: `Room ${unique()}`, capacity: 12 } }),
    expect: ADMIN_ONLY,
  },
  {
    op: 'updateRoom',
    doc: 'mutation($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { id name } }',
    vars: () => ({ id: fx.spareRoom.id, input: { name: `Spare ${unique()}` } }),
    expect: ADMIN_ONLY,
  },

  // ——— agencies ———
  {
    op: 'verifyAgency',
    doc: 'mutation($id: ID!) { verifyAgency(id: $id) { id status contactEmail } }',
    vars: async () => ({ id: await fresh.pendingAgency() }),
    probes: { contactEmail: (agency) => agency.contactEmail },
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'suspendAgency',
    doc: 'mutation($id: ID!) { suspendAgency(id: $id, reason: "Application incomplete") { id status statusReason contactEmail } }',
    vars: async () => ({ id: await fresh.pendingAgency() }),
    probes: { statusReason: (agency) => agency.statusReason, contactEmail: (agency) => agency.contactEmail },
    expect: COORDINATOR_PLUS,
  },

  // ——— workshops ———
  {
    op: 'createWorkshop',
    doc: 'mutation($input: WorkshopInput!) { createWorkshop(input: $input) { id status createdBy { email } } }',
    vars: () => ({ input: workshopInput(fx.slotRoom.id) }),
    probes: { creatorEmail: (w) => w.createdBy?.email },
    // Any partner proposes for its own agency; staff do not propose workshops.
    expect: signedIn('ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'),
  },
  {
    op: 'updateWorkshop',
    doc: 'mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id title } }',
    vars: () => ({ id: fx.draft.id, input: { title: 'Know your rights as a tenant' } }),
    expect: OWN_AGENCY_ONLY,
  },
  {
    op: 'submitWorkshop',
    doc: 'mutation($id: ID!) { submitWorkshop(id: $id) { id status } }',
    vars: async () => ({ id: await fresh.draft() }),
    expect: OWN_AGENCY_ONLY,
  },
  {
    op: 'withdrawWorkshop',
    doc: 'mutation($id: ID!) { withdrawWorkshop(id: $id, reason: "Presenter left") { id status } }',
    vars: async () => ({ id: await fresh.draft() }),
    expect: OWN_AGENCY_ONLY,
  },
  {
    op: 'requestWorkshopChanges',
    doc: 'mutation($id: ID!) { requestWorkshopChanges(id: $id, comment: "Shorter, please") { id status } }',
    vars: async () => ({ id: await fresh.submitted() }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'approveWorkshop',
    doc: 'mutation($input: ApproveWorkshopInput!) { approveWorkshop(input: $input) { id status } }',
    vars: async () => ({ input: { workshopId: await fresh.submitted(), overrideLoadLimits: true } }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'checkApproval',
    doc: 'query($input: ApproveWorkshopInput!) { checkApproval(input: $input) { reason } }',
    vars: async () => ({ input: { workshopId: await fresh.submitted() } }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'declineWorkshop',
    doc: 'mutation($id: ID!) { declineWorkshop(id: $id, reason: "Out of scope") { id status } }',
    vars: async () => ({ id: await fresh.submitted() }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'cancelWorkshop',
    doc: 'mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Funding ended") { id status } }',
    vars: async () => ({ id: await fresh.approved() }),
    expect: COORDINATOR_OR_OWN_AGENCY,
  },

  // ——— sessions ———
  {
    op: 'addSessions',
    doc: 'mutation($input: AddSessionsInput!) { addSessions(input: $input) { id } }',
    vars: () => ({
      input: {
        workshopId: fx.workshop.id,
        sessions: [{ ...freshSlot(), branchId: fx.branch.id, roomId: fx.slotRoom.id }],
        overrideLoadLimits: true,
      },
    }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'rescheduleSession',
    doc: 'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt } }',
    vars: async () => ({ input: { sessionId: await fresh.session(), ...freshSlot(), overrideLoadLimits: true } }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'cancelSession',
    doc: 'mutation($id: ID!) { cancelSession(id: $id, reason: "Presenter ill") { id status } }',
    vars: async () => ({ id: await fresh.session() }),
    expect: COORDINATOR_OR_OWN_AGENCY,
  },
  {
    op: 'setRegistrationWindow',
    doc: 'mutation($id: ID!) { setRegistrationWindow(sessionId: $id, opensAt: null, closesAt: null) { id registrationOpen } }',
    vars: () => ({ id: fx.later.id }),
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'setSessionCapacity',
    doc: 'mutation($id: ID!) { setSessionCapacity(id: $id, capacity: 30) { id capacity } }',
    vars: () => ({ id: fx.later.id }),
    expect: COORDINATOR_PLUS,
  },

  // ——— bookings ———
  {
    op: 'bookRoom',
    doc: 'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id kind note createdBy { id } } }',
    vars: () => ({ input: { roomId: fx.slotRoom.id, ...freshSlot(), kind: 'MAINTENANCE', note: 'Repaint' } }),
    probes: { note: (b) => b.note, createdBy: (b) => b.createdBy },
    expect: COORDINATOR_PLUS,
  },
  {
    op: 'cancelBooking',
    doc: 'mutation($id: ID!) { cancelBooking(id: $id) { id status } }',
    vars: async () => ({ id: await fresh.booking() }),
    expect: COORDINATOR_PLUS,
  },

  // ——— registrations ———
  {
    op: 'registerForSession',
    doc: `mutation($input: RegisterInput!) { registerForSession(input: $input) { manageToken registration { ${REGISTRATION_FIELDS} } } }`,
    vars: () => ({ input: { sessionId: fx.later.id, name: 'Robin', email: `patron-${unique()}@mail.test` } }),
    // Whoever registers reads the receipt as its patron.
    probes: { name: (receipt) => receipt.registration.name, email: (receipt) => receipt.registration.email },
    expect: ANYONE,
  },
  {
    op: 'registerAtDesk',
    doc: `mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { manageToken registration { ${REGISTRATION_FIELDS} source registeredBy { id } } } }`,
    vars: () => ({ input: { sessionId: fx.later.id, name: 'Robin', contactChannel: 'EMAIL', email: `patron-${unique()}@mail.test` } }),
    // Staff read the receipt as the library's staff: the patron's contact, and who registered them.
    probes: {
      name: (receipt) => receipt.registration.name,
      email: (receipt) => receipt.registration.email,
      registeredBy: (receipt) => receipt.registration.registeredBy,
    },
    expect: LIBRARY_STAFF,
    check: (receipt) => expect(receipt.registration.source).toBe('DESK'),
  },
  {
    op: 'updateRegistrationPreferences',
    doc: `mutation($token: String!) { updateRegistrationPreferences(token: $token, input: { remindersOptIn: true }) { ${REGISTRATION_FIELDS} } }`,
    vars: (who) => ({ token: tokenFor(who, fx.patron.manageToken) }),
    probes: { name: (r) => r.name, email: (r) => r.email },
    expect: byToken('ok', 'NOT_FOUND'),
  },
  {
    op: 'cancelRegistration',
    doc: `mutation($token: String!) { cancelRegistration(token: $token) { ${REGISTRATION_FIELDS} } }`,
    vars: async (who) => ({ token: who.name === 'patron' ? (await fresh.registration()).manageToken : FORGED_TOKEN }),
    probes: { name: (r) => r.name, email: (r) => r.email },
    expect: byToken('ok', 'NOT_FOUND'),
    check: (r) => expect(r.status).toBe('CANCELLED'),
  },
  {
    op: 'cancelRegistrationById',
    doc: `mutation($id: ID!) { cancelRegistrationById(id: $id) { ${REGISTRATION_FIELDS} } }`,
    vars: async () => ({ id: (await fresh.registration()).id }),
    probes: { name: (r) => r.name, email: (r) => r.email },
    expect: LIBRARY_STAFF,
  },
  {
    op: 'checkIn',
    doc: `mutation($id: ID!) { checkIn(registrationId: $id) { ${REGISTRATION_FIELDS} accessibilityNeeds } }`,
    // The patron did not share their contact: the agency checks them in without learning who they are.
    vars: () => ({ id: fx.private.id }),
    probes: ATTENDEE_PROBES,
    expect: signedIn(redacted('name', 'email', 'needs'), 'FORBIDDEN', 'ok', 'FORBIDDEN', 'ok', 'ok'),
    check: (r) => expect(r.checkedInAt).not.toBeNull(),
  },
  {
    op: 'checkInByToken',
    doc: `mutation($token: String!) { checkInByToken(token: $token) { ${REGISTRATION_FIELDS} accessibilityNeeds } }`,
    // Everyone presents the token from the patron's QR code; the desk still needs an account.
    vars: () => ({ token: fx.private.manageToken }),
    probes: ATTENDEE_PROBES,
    expect: signedIn(redacted('name', 'email', 'needs'), 'FORBIDDEN', 'ok', 'FORBIDDEN', 'ok', 'ok'),
    check: (r) => expect(r.checkedInAt).not.toBeNull(),
  },
  {
    op: 'undoCheckIn',
    doc: `mutation($id: ID!) { undoCheckIn(registrationId: $id) { ${REGISTRATION_FIELDS} accessibilityNeeds } }`,
    vars: () => ({ id: fx.private.id }),
    probes: ATTENDEE_PROBES,
    expect: signedIn(redacted('name', 'email', 'needs'), 'FORBIDDEN', 'ok', 'FORBIDDEN', 'ok', 'ok'),
    check: (r) => expect(r.checkedInAt).toBeNull(),
  },
  {
    op: 'registrations',
    doc: 'query($filter: RegistrationFilter!) { registrations(filter: $filter) { nodes { id name phone patronNotified } } }',
    vars: () => ({ filter: { sessionId: fx.soon.id } }),
    // Desk staff of another branch get an empty list, as lists filter rather than fail.
    probes: { found: (c) => c.nodes, notified: (c) => c.nodes[0]?.patronNotified },
    expect: signedIn('FORBIDDEN', 'FORBIDDEN', 'ok', REDACTED, 'ok', 'ok'),
  },
  {
    op: 'markPatronNotified',
    doc: `mutation($id: ID!) { markPatronNotified(registrationId: $id) { ${REGISTRATION_FIELDS} patronNotified } }`,
    vars: () => ({ id: fx.private.id }),
    probes: { name: (r) => r.name, email: (r) => r.email },
    expect: LIBRARY_STAFF,
    check: (r) => expect(r.patronNotified).toBe(true),
  },
  {
    op: 'recordWalkIns',
    doc: 'mutation($id: ID!) { recordWalkIns(sessionId: $id, count: 3) { id walkInCount } }',
    vars: () => ({ id: fx.soon.id }),
    expect: AT_THE_DESK,
  },

  // ——— operations ———
  {
    op: 'retryNotification',
    doc: 'mutation($id: ID!) { retryNotification(id: $id) { id status recipient lastError } }',
    vars: () => {
      const id = fx.failed.shift();
      if (!id) throw new Error('No FAILED notification left for this case');
      return { id };
    },
    expect: COORDINATOR_PLUS,
    check: (n) => {
      expect(n.status).toBe('PENDING');
      expectMasked(n);
    },
  },
  {
    op: 'updateSettings',
    doc: 'mutation($input: SettingsInput!) { updateSettings(input: $input) { waitlistDemandThreshold } }',
    vars: () => ({ input: { waitlistDemandThreshold: fx.waitlistDemandThreshold } }),
    expect: ADMIN_ONLY,
  },
];

const SUBSCRIPTION = `subscription($id: ID!) { seatAvailabilityChanged(sessionId: $id) { sessionId status capacity seatsTaken } }`;

/** Over graphql-ws: 'ok' means a value for the session arrives; an error code, that the subscription is refused with it. */
const SUBSCRIPTIONS: Case[] = [
  {
    op: 'seatAvailabilityChanged',
    variant: 'a scheduled session',
    doc: SUBSCRIPTION,
    vars: () => ({ id: fx.live.id }),
    expect: ANYONE,
    check: (seats) => expect(seats.sessionId).toBe(fx.live.id),
  },
  {
    op: 'seatAvailabilityChanged',
    variant: 'a proposed session',
    doc: SUBSCRIPTION,
    vars: () => ({ id: fx.proposal.sessionId }),
    // Only sessions of approved workshops have live counts, whoever asks.
    expect: {
      anonymous: 'NOT_FOUND',
      patron: 'NOT_FOUND',
      'PARTNER(own)': 'NOT_FOUND',
      'PARTNER(other)': 'NOT_FOUND',
      'STAFF(own)': 'NOT_FOUND',
      'STAFF(other)': 'NOT_FOUND',
      COORDINATOR: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
    },
  },
];

// ——— running a case ———

const label = (outcome: Outcome): string =>
  typeof outcome === 'string' ? outcome : outcome.redacted === 'all' ? 'redacted' : `redacted (${outcome.redacted.join(', ')})`;
const title = (c: Case, viewer: ViewerName) => `${c.op}${c.variant ? ` (${c.variant})` : ''} as ${viewer} → ${label(c.expect[viewer])}`;
const codesOf = (result: Pick<GqlResult<unknown>, 'errors'>) => (result.errors ?? []).map((e) => e.extensions?.code);

function expectOutcome(c: Case, who: Asker, result: Pick<GqlResult<Record<string, unknown>>, 'data' | 'errors'>): void {
  const outcome = c.expect[who.name];
  const root = result.data?.[c.op] ?? null;
  if (outcome !== 'ok' && outcome !== 'null' && typeof outcome === 'string') {
    expect({ codes: codesOf(result), root }).toEqual({ codes: [outcome], root: null });
    return;
  }
  // Allowed: restricted data never shows up as an error inside the answer.
  expect(result.errors).toBeUndefined();
  if (outcome === 'null') {
    expect(root).toBeNull();
    return;
  }
  expect(root).not.toBeNull();
  const probes = c.probes ?? {};
  const hidden = outcome === 'ok' ? [] : outcome.redacted === 'all' ? Object.keys(probes) : outcome.redacted;
  const seen = Object.fromEntries(Object.entries(probes).map(([name, probe]) => [name, isVisible(probe(root)) ? 'visible' : 'hidden']));
  const wanted = Object.fromEntries(Object.keys(probes).map((name) => [name, hidden.includes(name) ? 'hidden' : 'visible']));
  expect(seen).toEqual(wanted);
  c.check?.(root, who);
}

/** Subscribes as `who` and returns the first result: a value (after a seat change) or the refusal. */
async function firstSubscriptionResult(
  who: Asker,
  query: string,
  variables: Vars,
): Promise<Pick<GqlResult<Record<string, unknown>>, 'data' | 'errors'>> {
  const client = createClient({
    url: apps.client.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: who.token ? { authorization: `Bearer ${who.token}` } : {},
  });
  const received: Array<Pick<GqlResult<Record<string, unknown>>, 'data' | 'errors'>> = [];
  const stop = client.subscribe(
    { query, variables },
    {
      next: (value) => void received.push(value as Pick<GqlResult<Record<string, unknown>>, 'data' | 'errors'>),
      error: (error) => void received.push({ errors: [{ message: String(error), extensions: { code: 'SOCKET_ERROR' } }] }),
      complete: () => undefined,
    },
  );
  let capacity = 10;
  try {
    // The subscription reaches Redis a moment after it starts: change the public session's seats until a value comes.
    return await eventually(
      async () => {
        if (received.length) return received[0];
        capacity = capacity === 10 ? 11 : 10;
        await must(
          'mutation($id: ID!, $c: Int!) { setSessionCapacity(id: $id, capacity: $c) { id } }',
          { id: fx.live.id, c: capacity },
          fx.admin,
        );
        throw new Error(`No answer to the subscription as ${who.name}`);
      },
      10_000,
      200,
    );
  } finally {
    stop();
    await client.dispose();
  }
}

describe('authorization, operation by operation', () => {
  beforeAll(async () => {
    apps = await TestApps.start();
    const admin = await apps.adminToken();
    const zone = zoneWhereHourIsBetween(9, 15);
    const branch = await createBranch(apps.client, admin, { timeZone: zone, openingHours: allWeek('06:00', '23:00') });
    const [mainRoom, slotRoom, spareRoom] = [
      await createRoom(apps.client, admin, branch.id, { name: 'Main hall', capacity: 30 }),
      await createRoom(apps.client, admin, branch.id, { name: 'Annex', capacity: 30 }),
      await createRoom(apps.client, admin, branch.id, { name: 'Spare', capacity: 10 }),
    ];
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const otherBranch = await createBranch(apps.client, admin, { timeZone: zone, openingHours: allWeek('06:00', '23:00') });
    const deskStaff = (branchId: string) => createDeskStaff(apps.client, admin, (e, p) => apps.login(e, p), [branchId]);
    const [staffOwn, staffOther] = [await deskStaff(branch.id), await deskStaff(otherBranch.id)];
    const partnerA = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Lakeshore Legal Aid' } });
    const partnerB = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Northside Food Bank' } });
    fx = { zone, admin, coordinator, partnerA, partnerB, branch, mainRoom, slotRoom, spareRoom } as Partial<Fixture> as Fixture; // the rest follows below

    // FAILED notifications for retryNotification: an agency whose contact address the mail server refuses,
    // whose status changes once per viewer (one message each).
    const refused = await applyAsPartner(apps.client);
    fx.suspendedAgencyId = refused.agencyId;
    // Like Postfix, the server names the address it refuses.
    apps.smtp.refuse(refused.contactEmail, 550, `5.1.1 <${refused.contactEmail}>: Recipient address rejected: User unknown`);
    for (let step = 0; step < VIEWERS.length; step++)
      await must(
        step % 2 === 0
          ? 'mutation($id: ID!) { verifyAgency(id: $id) { id } }'
          : 'mutation($id: ID!) { suspendAgency(id: $id, reason: "Paused") { id } }',
        { id: refused.agencyId },
        coordinator.token,
      );

    // Agency A's approved workshop: a session in half an hour (check-in is open), and two later ones.
    const soon = new Date(Date.now() + 30 * 60_000);
    const later = { startsAt: localAt(10, '18:00', zone), endsAt: localAt(10, '19:30', zone) };
    const live = { startsAt: localAt(11, '18:00', zone), endsAt: localAt(11, '19:30', zone) };
    const workshop = await scheduledWorkshop(apps.client, partnerA.token, coordinator.token, {
      title: 'Know your rights as a tenant',
      capacity: 30,
      sessions: [
        {
          startsAt: soon.toISOString(),
          endsAt: new Date(soon.getTime() + 3600_000).toISOString(),
          branchId: branch.id,
          roomId: mainRoom.id,
        },
        { ...later, branchId: branch.id, roomId: mainRoom.id },
        { ...live, branchId: branch.id, roomId: mainRoom.id },
      ],
    });
    const sessionAt = (startsAt: string) => workshop.sessions.find((s) => iso(s.startsAt) === iso(startsAt)) as { id: string };
    Object.assign(fx, {
      workshop,
      soon: sessionAt(soon.toISOString()),
      later: sessionAt(later.startsAt),
      live: sessionAt(live.startsAt),
    });

    const registered = async (sessionId: string, input: Record<string, unknown>): Promise<Registered> => {
      const receipt = await register(apps.client, sessionId, input);
      return { id: receipt.registration.id, manageToken: receipt.manageToken };
    };
    fx.sharing = await registered(fx.soon.id, { name: 'Ana', shareContactWithPartner: true, accessibilityNeeds: 'Step-free access' });
    fx.private = await registered(fx.soon.id, { name: 'Ben', accessibilityNeeds: 'Large print' });
    fx.patron = await registered(fx.later.id, { name: 'Cy' });

    // Agency A's submitted proposal (its session PROPOSED) and its draft.
    const proposal = await createWorkshop(apps.client, partnerA.token, workshopInput(slotRoom.id));
    await must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: proposal.id }, partnerA.token);
    const holdOf = (
      await must('query($id: ID!) { session(id: $id) { booking { id status } } }', { id: proposal.sessions[0].id }, partnerA.token)
    ).session.booking;
    expect(holdOf.status).toBe('TENTATIVE');
    fx.proposal = { id: proposal.id, sessionId: proposal.sessions[0].id, holdId: holdOf.id };
    fx.draft = { id: (await createWorkshop(apps.client, partnerA.token, workshopInput())).id };

    fx.noteBooking = { id: await fresh.booking(mainRoom.id, 'Staff training: fire drill') };
    fx.coordinatorUserId = await fresh.coordinatorUser();
    fx.waitlistDemandThreshold = (
      await must('query { settings { waitlistDemandThreshold } }', {}, coordinator.token)
    ).settings.waitlistDemandThreshold;

    askers = {
      anonymous: { name: 'anonymous' },
      patron: { name: 'patron' },
      'PARTNER(own)': { name: 'PARTNER(own)', ...partnerA },
      'PARTNER(other)': { name: 'PARTNER(other)', ...partnerB },
      'STAFF(own)': { name: 'STAFF(own)', token: staffOwn.token, email: staffOwn.email, password: staffOwn.password },
      'STAFF(other)': { name: 'STAFF(other)', token: staffOther.token, email: staffOther.email, password: staffOther.password },
      COORDINATOR: { name: 'COORDINATOR', token: coordinator.token, email: coordinator.email, password: coordinator.password },
      ADMIN: { name: 'ADMIN', token: admin, email: ADMIN.email, password: ADMIN.password },
    };

    fx.failed = await eventually(async () => {
      const data = await must(
        'query { notifications(filter: { statuses: [FAILED], kinds: [AGENCY_STATUS_CHANGED] }, first: 50) { nodes { id } } }',
        {},
        coordinator.token,
      );
      expect(data.notifications.nodes).toHaveLength(VIEWERS.length);
      return data.notifications.nodes.map((n: { id: string }) => n.id);
    });
  }, 120_000);

  afterAll(async () => {
    await apps?.close();
  });

  it('has a row for every query, mutation and subscription of the schema, for every viewer', () => {
    const schema = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()) : [],
    );
    const cases = [...QUERIES, ...MUTATIONS, ...SUBSCRIPTIONS];
    const covered = new Set(cases.map((c) => c.op));
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
    expect([...covered].filter((op) => !operations.includes(op))).toEqual([]);
    for (const c of cases) {
      expect(Object.keys(c.expect).sort()).toEqual([...VIEWERS].sort());
      // A redacted outcome names probes the case has.
      for (const outcome of Object.values(c.expect))
        if (typeof outcome === 'object' && outcome.redacted !== 'all')
          expect(outcome.redacted.filter((name) => !(name in (c.probes ?? {})))).toEqual([]);
    }
  });

  describe('queries', () => {
    for (const c of QUERIES)
      for (const viewer of VIEWERS)
        it(title(c, viewer), async () => {
          const who = askers[viewer];
          expectOutcome(c, who, await apps.client.request(c.doc, (await c.vars?.(who)) ?? {}, who.token));
        });
  });

  describe('mutations', () => {
    for (const c of MUTATIONS)
      for (const viewer of VIEWERS)
        it(title(c, viewer), async () => {
          const who = askers[viewer];
          const answer = await apps.client.request(c.doc, (await c.vars?.(who)) ?? {}, who.token);
          await c.after?.(who);
          expectOutcome(c, who, answer);
        });
  });

  describe('subscriptions (graphql-ws)', () => {
    for (const c of SUBSCRIPTIONS)
      for (const viewer of VIEWERS)
        it(title(c, viewer), async () => {
          const who = askers[viewer];
          expectOutcome(c, who, await firstSubscriptionResult(who, c.doc, (await c.vars?.(who)) ?? {}));
        });
  });
});
