import { Queue } from 'bullmq';
import { QueueName } from '@app/queue';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  register,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
  type Partner,
} from './support/factories';
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import type { ReceivedMail } from './support/smtp-sink';
import { TestApps } from './support/test-apps';

/** Lead times in seconds: the test runs with TEST_TIME_UNIT=seconds. */
const LEADS = [20, 10];
const LOW_REGISTRATION_LEAD = 15;
/** How late a message may arrive after it is due. */
const ON_TIME_MS = 10_000;

const SETTINGS = 'mutation($input: SettingsInput!) { updateSettings(input: $input) { reminderLeadMinutes lowRegistrationLeadHours } }';
const RESCHEDULE = 'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt } }';
const CANCEL = 'mutation($id: ID!) { cancelSession(id: $id, reason: "The presenter is ill") { status } }';
const CHECK_IN = 'mutation($id: ID!) { checkIn(registrationId: $id) { checkedInAt } }';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Reminders and the other timeline messages, for real: delayed BullMQ jobs in the worker, with
 * lead times read in seconds so that a session "shortly ahead" is half a minute away.
 */
describe('reminders follow the session', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string; email: string };
  let partner: Partner;
  let rooms: Array<{ id: string }>;
  let branchId: string;
  let sessionsQueue: Queue;

  beforeAll(async () => {
    apps = await TestApps.start({ env: { TEST_TIME_UNIT: 'seconds', RECONCILE_EVERY_SECONDS: '2' } });
    admin = await apps.adminToken();
    await apps.client.must(
      SETTINGS,
      { input: { reminderLeadMinutes: LEADS, lowRegistrationLeadHours: LOW_REGISTRATION_LEAD, registrationClosesMinutesBefore: 0 } },
      admin,
    );
    const branch = await createBranch(apps.client, admin, {
      timeZone: zoneWhereHourIsBetween(8, 20),
      openingHours: allWeek('06:00', '23:00'),
    });
    branchId = branch.id;
    rooms = await Promise.all([1, 2, 3, 4, 5].map(() => createRoom(apps.client, admin, branch.id, { capacity: 20 })));
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p), [branch.id]);
    partner = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Northside Health Clinic' } });
    sessionsQueue = new Queue(QueueName.SESSIONS, { prefix: apps.config.queuePrefix, connection: { url: apps.config.redisUrl } });
  });

  afterAll(async () => {
    await sessionsQueue?.close();
    await apps?.close();
  });

  const schedule = async (roomIndex: number, startsAt: number, endsAt: number, workshop: Record<string, unknown> = {}) => {
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: 20,
      ...workshop,
      sessions: [{ startsAt: iso(startsAt), endsAt: iso(endsAt), branchId, roomId: rooms[roomIndex].id }],
    });
    return sessions[0].id;
  };

  /**
   * Every timeline job due by now has run (none waiting, running, or delayed past its time) and
   * the outbox has nothing due left to send: what has not arrived by then will not.
   */
  const settled = async () => {
    await eventually(async () => {
      const open = await sessionsQueue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
      expect(open.filter((j) => j.timestamp + (j.opts.delay ?? 0) <= Date.now()).map((j) => j.id)).toEqual([]);
    }, 30_000);
    await outboxSettled(apps.db);
  };

  const reminders = (address: string) => apps.smtp.to(address).filter((m) => /^Reminder:/.test(m.subject));
  const arrivals = (mails: ReceivedMail[]) => mails.map((m) => m.receivedAt).sort((a, b) => a - b);
  /** Each reminder arrived after it was due and at most ON_TIME_MS later. */
  const expectOnTime = (mails: ReceivedMail[], dues: number[]) => {
    const times = arrivals(mails);
    expect(times).toHaveLength(dues.length);
    times.forEach((t, i) => {
      expect(t).toBeGreaterThanOrEqual(dues[i] - 50);
      expect(t - dues[i]).toBeLessThanOrEqual(ON_TIME_MS);
    });
  };

  it('each opted-in patron gets each reminder once and on time; not after opting out, a move or a cancellation', async () => {
    // The set-up below (four workshops, eight registrations, a move, a cancellation) must end
    // before D's first reminder, base + 5 s: a loaded CI machine needs the margin.
    const base = Date.now() + 15_000;
    // A: two opted-in patrons, one who opted out, one who registers between the reminders.
    const startA = base + 35_000;
    const a = await schedule(0, startA, startA + 10_000, { minAttendance: 5 });
    // B: moved from base+35 s to base+50 s before its first reminder.
    const b = await schedule(1, base + 35_000, base + 45_000);
    // C: cancelled before its reminders.
    const c = await schedule(2, base + 35_000, base + 45_000);
    // D: short and soon, with follow-up resources for those who came.
    const startD = base + 25_000;
    const endD = startD + 5_000;
    const d = await schedule(3, startD, endD, { followUpResources: 'Free flu shots every Tuesday.\nCall 311 for help.' });

    const a1 = await register(apps.client, a);
    const a2 = await register(apps.client, a, { partySize: 2 });
    const aOut = await register(apps.client, a, { remindersOptIn: false });
    const [b1, b2] = [await register(apps.client, b), await register(apps.client, b)];
    const c1 = await register(apps.client, c);
    const d1 = await register(apps.client, d, { followUpOptIn: true });
    const d2 = await register(apps.client, d, { followUpOptIn: true });
    const d3 = await register(apps.client, d, { followUpOptIn: false });

    const startB = base + 50_000;
    await apps.client.must(RESCHEDULE, { input: { sessionId: b, startsAt: iso(startB), endsAt: iso(startB + 10_000) } }, coordinator.token);
    expect((await apps.client.must(CANCEL, { id: c }, coordinator.token)).cancelSession.status).toBe('CANCELLED');
    for (const r of [d1, d3]) await apps.client.must(CHECK_IN, { id: r.registration.id }, partner.token);
    expect(Date.now()).toBeLessThan(startD - LEADS[0] * 1000);

    // Someone registers for A after its first reminder went out: they get the second one only.
    await apps.smtp.waitForMail(a1.email, /^Reminder:/, startA - LEADS[0] * 1000 - Date.now() + ON_TIME_MS);
    const aLate = await register(apps.client, a);

    // The last message due is D's follow-up (its end plus 30 s, base + 60 s): once it is in and
    // everything due has run and been sent, what did not arrive never will.
    await apps.smtp.waitForMail(d1.email, /^After /, endD + 30_000 + ON_TIME_MS - Date.now());
    await settled();

    const dues = (start: number, leads = LEADS) => leads.map((lead) => start - lead * 1000);
    expectOnTime(reminders(a1.email), dues(startA));
    expectOnTime(reminders(a2.email), dues(startA));
    expect(reminders(aOut.email)).toEqual([]);
    expectOnTime(reminders(aLate.email), dues(startA, [LEADS[1]]));
    expectOnTime(reminders(b1.email), dues(startB));
    expectOnTime(reminders(b2.email), dues(startB));
    expect(reminders(c1.email)).toEqual([]);
    expect(apps.smtp.to(c1.email).map((m) => m.subject)).toEqual([expect.stringMatching(/registered/i), expect.stringMatching(/cancel/i)]);
    for (const r of [d1, d2, d3]) expectOnTime(reminders(r.email), dues(startD));

    // What a reminder says: the session's local time and place, the agency, the manage link.
    const [reminder] = reminders(b1.email);
    expect(reminder.text).toContain('Northside Health Clinic');
    expect(reminder.text).toMatch(/\/registration#token=/);
    expect(reminder.attachments.map((x) => x.contentType)).toEqual(['image/png']);

    // A asks for 5 seats: its check, 15 s before the start, counts them then (1 + 2 + 1 + the late
    // one's 1 = 5), so no LOW_REGISTRATION. B, C and D have no minimum.
    const low = apps.smtp.messages.filter((m) => /^Few registrations/.test(m.subject));
    expect(low).toEqual([]);

    // FOLLOW_UP: only the patron who came and opted in.
    const followUps = apps.smtp.messages.filter((m) => /^After /.test(m.subject));
    expect(followUps.map((m) => m.to)).toEqual([d1.email]);
    expect(followUps[0].text).toContain('Free flu shots every Tuesday.');
    expect(followUps[0].receivedAt).toBeGreaterThanOrEqual(endD + 30_000 - 50);

    // One row per recipient and message in the outbox, all SENT: nothing was written twice.
    const rows: Array<{ kind: string; registration_id: string; n: string }> = await apps.db.query(
      `SELECT kind, registration_id, COUNT(*) AS n FROM notification WHERE kind IN ('SESSION_REMINDER', 'FOLLOW_UP') GROUP BY kind, registration_id`,
    );
    const remindersPerRegistration = new Map(
      rows.filter((r) => r.kind === 'SESSION_REMINDER').map((r) => [r.registration_id, Number(r.n)]),
    );
    expect(remindersPerRegistration.get(a1.registration.id)).toBe(2);
    expect(remindersPerRegistration.get(aLate.registration.id)).toBe(1);
    expect(remindersPerRegistration.has(aOut.registration.id)).toBe(false);
    expect(remindersPerRegistration.has(c1.registration.id)).toBe(false);
    const [{ unsent }] = await apps.db.query(`SELECT COUNT(*) AS unsent FROM notification WHERE status <> 'SENT'`);
    expect(Number(unsent)).toBe(0);
  }, 120_000);

  it('warns the agency and coordinators when a session is short of its minimum', async () => {
    const start = Date.now() + 25_000;
    const title = 'Tenant rights clinic';
    const s = await schedule(4, start, start + 5_000, { minAttendance: 4, title });
    await register(apps.client, s, { partySize: 2 });
    const due = start - LOW_REGISTRATION_LEAD * 1000;
    const lowOnes = () => apps.smtp.messages.filter((m) => /^Few registrations/.test(m.subject) && m.text.includes(title));
    await apps.smtp.waitFor(() => lowOnes().length >= 2, due + ON_TIME_MS - Date.now(), 'low-registration notices');
    await settled();
    const low = lowOnes();
    expect(low.map((m) => m.to).sort()).toEqual([coordinator.email, partner.contactEmail].sort());
    for (const m of low) {
      expect(m.receivedAt).toBeGreaterThanOrEqual(due - 50);
      expect(m.receivedAt - due).toBeLessThanOrEqual(ON_TIME_MS);
      expect(m.text).toContain('2 confirmed seats');
      expect(m.text).toContain('at least 4');
    }
  }, 60_000);

  it('follows the settings, and puts back what Redis lost, without duplicates', async () => {
    const start = Date.now() + 30_000;
    const s = await schedule(0, start, start + 5_000);
    const patron = await register(apps.client, s);
    const pendingIds = async () =>
      (await sessionsQueue.getJobs(['delayed', 'waiting']))
        .map((j) => j.id as string)
        .filter((id) => id.includes(s))
        .sort();
    const planned = LEADS.map((lead) => `remind-${s}-${lead}-${start}`).sort();
    await eventually(async () => expect(await pendingIds()).toEqual(planned));

    // Redis loses the jobs: the periodic reconcile (every 2 s here) adds them again.
    for (const id of planned) await sessionsQueue.remove(id);
    expect(await pendingIds()).toEqual([]);
    await eventually(async () => expect(await pendingIds()).toEqual(planned), 10_000);

    // A change of settings moves the session's jobs to the new lead times.
    await apps.client.must(SETTINGS, { input: { reminderLeadMinutes: [12] } }, admin);
    await eventually(async () => expect(await pendingIds()).toEqual([`remind-${s}-12-${start}`]), 10_000);

    // The jobs of the old lead times are gone (above); the one of the new lead time fires on time.
    await apps.smtp.waitForMail(patron.email, /^Reminder:/, start - 12_000 + ON_TIME_MS - Date.now());
    await settled();
    expectOnTime(reminders(patron.email), [start - 12_000]);
    await apps.client.must(SETTINGS, { input: { reminderLeadMinutes: LEADS } }, admin);
  }, 60_000);
});
