import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  localAt,
  register,
  REGISTER,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
  type Partner,
} from './support/factories';
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import { codeOf, errorOf } from './support/graphql-client';
import { parseCalendar } from './support/ical';
import { tokenFromMail } from './support/links';
import { TestApps } from './support/test-apps';

const SESSION = `query($id: ID!) { session(id: $id) { status capacity seatsTaken seatsRemaining waitlistLength waitlistedSeats registrationOpen checkedInCount walkInCount calendarUrl
  registrations { id status partySize waitlistPosition name email } } }`;
const BY_TOKEN = `query($t: String!) { registrationByToken(token: $t) { id status waitlistPosition partySize name email accessibilityNeeds session { id } } }`;
const CANCEL = `mutation($t: String!) { cancelRegistration(token: $t) { status cancelledAt } }`;

describe('registration, waitlist and attendance', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string };
  let partner: Partner;
  let branch: { id: string };

  beforeAll(async () => {
    apps = await TestApps.start();
    admin = await apps.adminToken();
    branch = await createBranch(apps.client, admin, {
      timeZone: 'America/Chicago',
      openingHours: allWeek('07:00', '22:00'),
      address: '400 S State St',
    });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Lakeshore Legal Aid' } });
  });

  afterAll(async () => {
    await apps?.close();
  });

  /** A scheduled session in a room of its own (rooms are the contested resource elsewhere, not here). */
  const schedule = async (capacity: number, days = 10) => {
    const own = await createRoom(apps.client, admin, branch.id, { capacity: 30, features: ['WHEELCHAIR_ACCESSIBLE', 'HEARING_LOOP'] });
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      title: 'Know your rights as a tenant',
      capacity,
      sessions: [{ startsAt: localAt(days, '18:00'), endsAt: localAt(days, '19:30'), branchId: branch.id, roomId: own.id }],
    });
    return workshop.sessions[0];
  };

  it('confirms what fits, waitlists the rest, promotes in order when seats free, and e-mails each step', async () => {
    const session = await schedule(3);
    const ana = await register(apps.client, session.id, {
      name: 'Ana',
      partySize: 2,
      accessibilityNeeds: 'Wheelchair',
      shareContactWithPartner: true,
    });
    expect(ana.registration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
    const ben = await register(apps.client, session.id, { name: 'Ben', partySize: 2 });
    expect(ben.registration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const cy = await register(apps.client, session.id, { name: 'Cy', partySize: 1 });
    expect(cy.registration.status).toBe('CONFIRMED');
    const dee = await register(apps.client, session.id, { name: 'Dee', partySize: 1 });
    expect(dee.registration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    const seats = (await apps.client.must(SESSION, { id: session.id }, coordinator.token)).session;
    expect(seats).toMatchObject({
      capacity: 3,
      seatsTaken: 3,
      seatsRemaining: 0,
      waitlistLength: 2,
      waitlistedSeats: 3,
      registrationOpen: true,
    });
    expect(seats.registrations.map((r: { name: string; waitlistPosition: number | null }) => [r.name, r.waitlistPosition])).toEqual([
      ['Ana', null],
      ['Cy', null],
      ['Ben', 1],
      ['Dee', 2],
    ]);

    // The confirmation carries the manage link and a calendar entry a strict parser accepts.
    const confirmation = await apps.smtp.waitForMail(ana.email, /You're registered: Know your rights as a tenant/);
    expect(tokenFromMail(confirmation)).toBe(ana.manageToken);
    expect(confirmation.text).toContain('Hello Ana');
    expect(confirmation.text).toContain('Lakeshore Legal Aid');
    expect(confirmation.text).toContain('wheelchair accessible, hearing loop');
    const ics = confirmation.attachments.find((a) => a.filename === 'session.ics');
    const [event] = parseCalendar(ics!.content.toString());
    expect(event).toMatchObject({
      uid: `registration-${ana.registration.id}@commonroom.local`,
      sequence: 0,
      start: session.startsAt,
      status: 'CONFIRMED',
    });
    // The check-in code is the manage link, as a scanner at the desk reads it.
    const qr = confirmation.attachments.find((a) => a.contentType === 'image/png' && a.cid === 'check-in-qr');
    const image = PNG.sync.read(qr!.content);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(
      `http://localhost:3999/registration#token=${ana.manageToken}`,
    );
    const waitlisted = await apps.smtp.waitForMail(ben.email, /waitlist \(number 1\)/);
    expect(tokenFromMail(waitlisted)).toBe(ben.manageToken);

    // The same address again: ALREADY_REGISTERED, nothing created, the link e-mailed again once.
    const again = await apps.client.request(REGISTER, {
      input: { sessionId: session.id, name: 'Ana again', email: ana.email.toUpperCase() },
    });
    expect(codeOf(again)).toBe('ALREADY_REGISTERED');
    await apps.client.request(REGISTER, { input: { sessionId: session.id, name: 'Ana again', email: ana.email } });
    await apps.smtp.waitForMail(ana.email, /Your registration link/);
    await outboxSettled(apps.db);
    expect(apps.smtp.to(ana.email).filter((m) => /registration link/.test(m.subject))).toHaveLength(1);

    // Ana cancels by token: her 2 seats go to Ben (the first in line who fits); Dee keeps her place, now 1.
    const cancelled = await apps.client.must(CANCEL, { t: ana.manageToken });
    expect(cancelled.cancelRegistration.status).toBe('CANCELLED');
    expect(codeOf(await apps.client.request(CANCEL, { t: ana.manageToken }))).toBe('INVALID_STATE');
    expect((await apps.client.must(BY_TOKEN, { t: ben.manageToken })).registrationByToken).toMatchObject({
      status: 'CONFIRMED',
      waitlistPosition: null,
    });
    expect((await apps.client.must(BY_TOKEN, { t: dee.manageToken })).registrationByToken).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    const promoted = await apps.smtp.waitForMail(ben.email, /A seat is yours/);
    expect(parseCalendar(promoted.attachments.find((a) => a.filename === 'session.ics')!.content.toString())[0].sequence).toBe(1);
    await apps.smtp.waitForMail(ana.email, /Registration cancelled/);

    // The address can register again after cancelling (now waitlisted: the session is full).
    const back = await register(apps.client, session.id, { name: 'Ana', email: ana.email });
    expect(back.registration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
  });

  it('shows personal data to the patron and coordinators, to the agency only with consent, to others never', async () => {
    const session = await schedule(10);
    const sharing = await register(apps.client, session.id, {
      name: 'Sharing',
      shareContactWithPartner: true,
      accessibilityNeeds: 'Large print',
    });
    await register(apps.client, session.id, { name: 'Private' });
    const own = (await apps.client.must(BY_TOKEN, { t: sharing.manageToken })).registrationByToken;
    expect(own).toMatchObject({ name: 'Sharing', accessibilityNeeds: 'Large print' });
    const names = async (token?: string) =>
      (await apps.client.must(SESSION, { id: session.id }, token)).session.registrations.map(
        (r: { name: string; email: string | null }) => [r.name, !!r.email],
      );
    expect(await names(coordinator.token)).toEqual([
      ['Sharing', true],
      ['Private', true],
    ]);
    expect(await names(partner.token)).toEqual([['Sharing', true]]);
    const stranger = await verifiedPartner(apps.client, coordinator.token);
    expect(await names(stranger.token)).toEqual([]);
    expect(await names()).toEqual([]);
    const needs = `query($id: ID!) { session(id: $id) { registrations { accessibilityNeeds } } }`;
    expect((await apps.client.must(needs, { id: session.id }, partner.token)).session.registrations).toEqual([
      { accessibilityNeeds: null },
    ]);
    expect((await apps.client.must(BY_TOKEN, { t: 'x'.repeat(43) })).registrationByToken).toBeNull();
  });

  it('moves registrations with a rescheduled session, and cancels them with a cancelled one, telling everyone', async () => {
    const session = await schedule(2);
    const a = await register(apps.client, session.id, { partySize: 2 });
    const b = await register(apps.client, session.id, { partySize: 1 });
    await apps.client.must(
      'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { startsAt } }',
      { input: { sessionId: session.id, startsAt: localAt(11, '18:00'), endsAt: localAt(11, '19:30'), reason: 'Room repairs' } },
      coordinator.token,
    );
    const moved = await apps.smtp.waitForMail(a.email, /New time/);
    const [event] = parseCalendar(moved.attachments.find((x) => x.filename === 'session.ics')!.content.toString());
    expect(event).toMatchObject({ start: new Date(localAt(11, '18:00')).toISOString(), sequence: 1 });
    await apps.smtp.waitForMail(b.email, /New time/);

    await apps.client.must(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "Presenter ill") { status } }',
      { id: session.id },
      coordinator.token,
    );
    for (const patron of [a, b]) {
      const mail = await apps.smtp.waitForMail(patron.email, /Cancelled: Know your rights/);
      expect(mail.text).toContain('Presenter ill');
      expect(parseCalendar(mail.attachments.find((x) => x.filename === 'session.ics')!.content.toString())[0].status).toBe('CANCELLED');
    }
    expect((await apps.client.must(SESSION, { id: session.id }, coordinator.token)).session).toMatchObject({
      status: 'CANCELLED',
      seatsTaken: 0,
      waitlistLength: 0,
    });
    expect(codeOf(await apps.client.request(REGISTER, { input: { sessionId: session.id, name: 'Late', email: 'late@mail.test' } }))).toBe(
      'REGISTRATION_CLOSED',
    );
  });

  it('keeps capacity between the seats taken and the room, and promotes when it is raised', async () => {
    const session = await schedule(3);
    await register(apps.client, session.id, { partySize: 2 });
    const waiting = await register(apps.client, session.id, { partySize: 2 });
    expect(waiting.registration.status).toBe('WAITLISTED');
    const set = 'mutation($id: ID!, $c: Int!) { setSessionCapacity(id: $id, capacity: $c) { capacity seatsTaken waitlistLength } }';
    const below = await apps.client.request(set, { id: session.id, c: 1 }, coordinator.token);
    expect(errorOf(below).extensions?.conflicts?.[0]).toMatchObject({ reason: 'SEATS_TAKEN' });
    expect(codeOf(await apps.client.request(set, { id: session.id, c: 31 }, coordinator.token))).toBe('BAD_USER_INPUT');
    expect((await apps.client.must(set, { id: session.id, c: 4 }, coordinator.token)).setSessionCapacity).toEqual({
      capacity: 4,
      seatsTaken: 4,
      waitlistLength: 0,
    });
    await apps.smtp.waitForMail(waiting.email, /A seat is yours/);
    // A smaller room must hold the seats taken.
    const small = await createRoom(apps.client, admin, branch.id, { name: 'Small', capacity: 3 });
    const move = await apps.client.request(
      'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }',
      { input: { sessionId: session.id, startsAt: localAt(10, '18:00'), endsAt: localAt(10, '19:30'), roomId: small.id } },
      coordinator.token,
    );
    expect(errorOf(move).extensions?.conflicts?.map((c) => c.reason)).toEqual(['SEATS_TAKEN']);
  });

  it('checks people in from an hour before the start, once, and counts walk-ins', async () => {
    const zone = zoneWhereHourIsBetween(9, 15);
    const here = await createBranch(apps.client, admin, { timeZone: zone, openingHours: allWeek('06:00', '23:00') });
    const r = await createRoom(apps.client, admin, here.id, { capacity: 10 });
    const soon = new Date(Date.now() + 30 * 60_000);
    const session = (
      await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
        capacity: 10,
        sessions: [
          { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3600_000).toISOString(), branchId: here.id, roomId: r.id },
        ],
      })
    ).sessions[0];
    const later = await schedule(5, 20);
    const a = await register(apps.client, session.id, { partySize: 2 });
    const b = await register(apps.client, session.id, { partySize: 1 });
    const early = await register(apps.client, later.id);

    const checkIn = 'mutation($id: ID!) { checkIn(registrationId: $id) { checkedInAt } }';
    const first = await apps.client.must(checkIn, { id: a.registration.id }, partner.token);
    const second = await apps.client.must(checkIn, { id: a.registration.id }, coordinator.token);
    expect(second.checkIn.checkedInAt).toBe(first.checkIn.checkedInAt);
    await apps.client.must('mutation($t: String!) { checkInByToken(token: $t) { checkedInAt } }', { t: b.manageToken }, partner.token);
    await apps.client.must(
      'mutation($id: ID!) { undoCheckIn(registrationId: $id) { checkedInAt } }',
      { id: b.registration.id },
      partner.token,
    );
    await apps.client.must(
      'mutation($id: ID!, $n: Int!) { recordWalkIns(sessionId: $id, count: $n) { walkInCount } }',
      { id: session.id, n: 4 },
      partner.token,
    );
    expect((await apps.client.must(SESSION, { id: session.id }, coordinator.token)).session).toMatchObject({
      checkedInCount: 2,
      walkInCount: 4,
    });

    expect(codeOf(await apps.client.request(checkIn, { id: early.registration.id }, coordinator.token))).toBe('INVALID_STATE');
    const stranger = await verifiedPartner(apps.client, coordinator.token);
    expect(codeOf(await apps.client.request(checkIn, { id: b.registration.id }, stranger.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(checkIn, { id: b.registration.id }))).toBe('UNAUTHENTICATED');
  });

  it('serves a session’s and a branch’s calendar files', async () => {
    const session = await schedule(5, 15);
    const one = await fetch(`${apps.baseUrl}/calendar/sessions/${session.id}.ics`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toMatch(/text\/calendar/);
    const [event] = parseCalendar(await one.text());
    expect(event).toMatchObject({
      uid: `session-${session.id}@localhost`,
      start: session.startsAt,
      summary: 'Know your rights as a tenant (Lakeshore Legal Aid)',
    });
    const feed = parseCalendar(await (await fetch(`${apps.baseUrl}/calendar/branches/${branch.id}.ics`)).text());
    expect(feed.map((e) => e.uid)).toContain(`session-${session.id}@localhost`);
    expect((await fetch(`${apps.baseUrl}/calendar/sessions/not-a-session.ics`)).status).toBe(404);
    await eventually(() => undefined);
  });
});
