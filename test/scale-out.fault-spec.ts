import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { BuiltApp } from './support/built-apps';
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  REGISTER,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
} from './support/factories';
import { GraphqlClient } from './support/graphql-client';
import { freePort } from './support/redis-server';
import { seatFeedListening, Subscriber } from './support/subscriber';
import { TestApps } from './support/test-apps';

const LEAD_SECONDS = 15;
const SUBSCRIPTION = 'subscription($id: ID!) { seatAvailabilityChanged(sessionId: $id) { seatsTaken waitlistLength } }';
const CANCEL = 'mutation($t: String!) { cancelRegistration(token: $t) { status } }';

/**
 * Two API instances and two workers, each its own process as built for production, on one
 * database and one Redis: registrations through both never overbook, every message goes out once
 * (not once per worker), a subscriber on one instance hears changes made through the other, and
 * reminders come once and on time.
 */
describe('two APIs and two workers on one MySQL and one Redis', () => {
  let apps: TestApps;
  let secondApi: BuiltApp;
  let second: GraphqlClient;
  let ws: Client;
  const workers: BuiltApp[] = [];
  let admin: string;
  let coordinator: { token: string };
  let partner: { token: string };
  let branchId: string;
  let roomId: string;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false, env: { TEST_TIME_UNIT: 'seconds', RECONCILE_EVERY_SECONDS: '3' } });
    const port = await freePort();
    secondApi = BuiltApp.start('api', { ...apps.env, PORT: String(port), LOG_LEVEL: 'warn' });
    for (let i = 0; i < 2; i += 1) workers.push(BuiltApp.start('worker', { ...apps.env, LOG_LEVEL: 'warn' }));
    await secondApi.waitFor('Commonroom API');
    for (const worker of workers) await worker.waitFor('Commonroom worker running');
    second = new GraphqlClient(`http://127.0.0.1:${port}/graphql`);
    ws = createClient({ url: second.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });

    admin = await apps.adminToken();
    await apps.client.must(
      'mutation($input: SettingsInput!) { updateSettings(input: $input) { reminderLeadMinutes } }',
      { input: { reminderLeadMinutes: [LEAD_SECONDS], registrationClosesMinutesBefore: 0 } },
      admin,
    );
    const branch = await createBranch(apps.client, admin, {
      timeZone: zoneWhereHourIsBetween(8, 20),
      openingHours: allWeek('06:00', '23:00'),
    });
    branchId = branch.id;
    roomId = (await createRoom(apps.client, admin, branch.id, { capacity: 200 })).id;
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token);
  }, 120_000);

  afterAll(async () => {
    await ws?.dispose();
    for (const app of [...workers, secondApi]) await app?.stop();
    await apps?.close();
  });

  const schedule = async (capacity: number, startsAt: number) => {
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity,
      sessions: [{ startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 600_000).toISOString(), branchId, roomId }],
    });
    return sessions[0].id;
  };

  /** Registers each address once, alternating between the two API instances, 24 at a time. */
  const registerAll = async (sessionId: string, emails: string[]) => {
    const tokens = new Map<string, { token: string; status: string }>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 24 }, async () => {
        while (next < emails.length) {
          const i = next++;
          const result = await (i % 2 ? second : apps.client).request(REGISTER, {
            input: { sessionId, name: 'A patron', email: emails[i] },
          });
          if (result.errors) throw new Error(JSON.stringify(result.errors));
          const { manageToken, registration } = result.data!.registerForSession;
          tokens.set(emails[i], { token: manageToken, status: registration.status });
        }
      }),
    );
    return tokens;
  };

  const mailsTo = (address: string, subject: RegExp) => apps.smtp.to(address).filter((m) => subject.test(m.subject));

  it('never overbooks, promotes in order, and sends every patron message once', async () => {
    const sessionId = await schedule(20, Date.now() + 7 * 86_400_000);
    const subscriber = new Subscriber(ws, SUBSCRIPTION, { id: sessionId });
    await seatFeedListening(apps.config, sessionId);

    const emails = Array.from({ length: 120 }, (_, i) => `scale-${i}@mail.test`);
    const tokens = await registerAll(sessionId, emails);
    const confirmed = emails.filter((e) => tokens.get(e)?.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(20);

    // Ten confirmed patrons cancel through the other instance than the one they used.
    const leaving = confirmed.slice(0, 10);
    await Promise.all(leaving.map((e, i) => (i % 2 ? apps.client : second).must(CANCEL, { t: tokens.get(e)?.token })));

    const [counts] = await apps.db.query(
      `SELECT seats_taken AS taken, waitlist_length AS waiting,
              (SELECT COUNT(*) FROM registration r WHERE r.session_id = s.session_id AND r.status = 'CONFIRMED') AS confirmed
         FROM session_seats s WHERE s.session_id = ?`,
      [sessionId],
    );
    expect({ taken: Number(counts.taken), confirmed: Number(counts.confirmed), waiting: Number(counts.waiting) }).toEqual({
      taken: 20,
      confirmed: 20,
      waiting: 90,
    });
    // The subscriber on the second instance heard the changes made through both.
    await subscriber.waitFor((v) => v.seatsTaken === 20 && v.waitlistLength === 90);
    subscriber.close();

    // The ten earliest waitlisted parties were promoted (arrival order across both instances).
    const promoted: Array<{ email: string }> = await apps.db.query(
      `SELECT email FROM registration WHERE session_id = ? AND status = 'CONFIRMED' AND promoted_at IS NOT NULL ORDER BY seq`,
      [sessionId],
    );
    const firstWaiting: Array<{ email: string }> = await apps.db.query(
      `SELECT email FROM registration WHERE session_id = ? AND (promoted_at IS NOT NULL OR status = 'WAITLISTED') ORDER BY seq LIMIT 10`,
      [sessionId],
    );
    expect(promoted.map((r) => r.email)).toEqual(firstWaiting.map((r) => r.email));

    // Every patron: one registration message; leavers one cancellation; promoted one promotion.
    await eventually(
      () => {
        for (const e of emails) expect(mailsTo(e, /^(You're registered|You're on the waitlist)/)).toHaveLength(1);
        for (const e of leaving) expect(mailsTo(e, /^Registration cancelled/)).toHaveLength(1);
        for (const { email } of promoted) expect(mailsTo(email, /^A seat is yours/)).toHaveLength(1);
      },
      60_000,
      500,
    );
    await outboxSettled(apps.db);
    const perRecipientAndSubject = new Map<string, number>();
    for (const m of apps.smtp.messages)
      perRecipientAndSubject.set(`${m.to} ${m.subject}`, (perRecipientAndSubject.get(`${m.to} ${m.subject}`) ?? 0) + 1);
    expect([...perRecipientAndSubject].filter(([, n]) => n > 1)).toEqual([]);
  }, 180_000);

  it('sends each reminder once, on time, with two workers', async () => {
    const startsAt = Date.now() + 40_000;
    const sessionId = await schedule(30, startsAt);
    const emails = Array.from({ length: 30 }, (_, i) => `remind-${i}@mail.test`);
    await registerAll(sessionId, emails);
    const due = startsAt - LEAD_SECONDS * 1000;
    expect(Date.now()).toBeLessThan(due);

    await eventually(() => expect(emails.filter((e) => mailsTo(e, /^Reminder:/).length > 0)).toHaveLength(emails.length), 40_000, 250);
    await outboxSettled(apps.db);
    for (const e of emails) {
      const reminders = mailsTo(e, /^Reminder:/);
      expect(reminders).toHaveLength(1);
      expect(reminders[0].receivedAt).toBeGreaterThanOrEqual(due - 50);
      expect(reminders[0].receivedAt - due).toBeLessThanOrEqual(10_000);
    }
  }, 120_000);
});
