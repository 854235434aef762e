import {
  allWeek,
  applyAsPartner,
  createBranch,
  createCoordinator,
  createRoom,
  register,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
} from './support/factories';
import { OutboxRelay } from '../apps/worker/src/outbox-relay.processor';
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import { OwnRedis } from './support/redis-server';
import { TestApps } from './support/test-apps';

describe('Redis down: writes succeed and their messages go out once Redis is back', () => {
  let redis: OwnRedis;
  let apps: TestApps;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    apps = await TestApps.start({ env: { REDIS_URL: redis.url, TEST_TIME_UNIT: 'seconds', RECONCILE_EVERY_SECONDS: '2' } });
  });

  afterAll(async () => {
    await apps?.close();
    await redis?.stop();
  });

  /** Waits until the worker's relay has tried `passes` more times, with rows due, and failed to reach Redis. */
  async function relayTriedWhileDown(passes: number): Promise<void> {
    const relay = apps.worker!.get(OutboxRelay);
    const from = relay.unreachablePasses;
    await eventually(() => expect(relay.unreachablePasses).toBeGreaterThanOrEqual(from + passes), 20_000);
  }

  it('verifies an agency while Redis is stopped, and the e-mail arrives, once, after it restarts', async () => {
    const admin = await apps.adminToken();
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partners = await Promise.all([applyAsPartner(apps.client), applyAsPartner(apps.client), applyAsPartner(apps.client)]);

    await redis.stop();
    const ready = await fetch(`${apps.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down' } });

    for (const partner of partners) {
      const verified = await apps.client.must(
        'mutation($id: ID!) { verifyAgency(id: $id) { status } }',
        { id: partner.agencyId },
        coordinator.token,
      );
      expect(verified.verifyAgency.status).toBe('VERIFIED');
    }
    // The relay keeps trying (three passes with the rows due); nothing is sent, nothing is lost.
    await relayTriedWhileDown(3);
    const pending = await apps.db.query(`SELECT status, relayed_at FROM notification WHERE kind = 'AGENCY_STATUS_CHANGED'`);
    expect(pending).toHaveLength(3);
    expect(pending.every((row: { status: string; relayed_at: Date | null }) => row.status === 'PENDING' && row.relayed_at === null)).toBe(
      true,
    );
    expect(apps.smtp.messages).toHaveLength(0);

    await redis.start();
    for (const partner of partners) await apps.smtp.waitForMail(partner.contactEmail, /verified/, 30_000);
    await eventually(async () => {
      const rows = await apps.db.query(`SELECT status FROM notification WHERE kind = 'AGENCY_STATUS_CHANGED'`);
      expect(rows.map((r: { status: string }) => r.status)).toEqual(['SENT', 'SENT', 'SENT']);
    });
    // Nothing left to send: a duplicate would be in the sink by now.
    await outboxSettled(apps.db);
    for (const partner of partners) expect(apps.smtp.to(partner.contactEmail)).toHaveLength(1);
  });

  it('patrons register and cancel while Redis is down: every message arrives once, and the lost reminder comes back', async () => {
    const admin = await apps.adminToken();
    await apps.client.must(
      'mutation($input: SettingsInput!) { updateSettings(input: $input) { reminderLeadMinutes } }',
      { input: { reminderLeadMinutes: [15], registrationClosesMinutesBefore: 0 } },
      admin,
    );
    const branch = await createBranch(apps.client, admin, {
      timeZone: zoneWhereHourIsBetween(8, 20),
      openingHours: allWeek('06:00', '23:00'),
    });
    const room = await createRoom(apps.client, admin, branch.id, { capacity: 20 });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const startsAt = Date.now() + 40_000;
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: 10,
      sessions: [
        {
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 60_000).toISOString(),
          branchId: branch.id,
          roomId: room.id,
        },
      ],
    });
    const sessionId = sessions[0].id;
    const patronMail = () => apps.smtp.messages.filter((m) => m.to.startsWith('patron-'));

    // The messages of the set-up (approval, verification) go out first: a job queued just before
    // Redis dies is lost with it and comes back only once its row is a minute old, which is not
    // what this test is about.
    await outboxSettled(apps.db);
    // Redis dies and loses everything, the session's reminder job and the schedulers included.
    await redis.stop();
    const patrons = await Promise.all(Array.from({ length: 16 }, () => register(apps.client, sessionId)));
    const confirmed = patrons.filter((p) => p.registration.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(10);
    for (const patron of confirmed.slice(0, 3)) {
      await apps.client.must('mutation($t: String!) { cancelRegistration(token: $t) { status } }', { t: patron.manageToken });
    }
    const [counts] = await apps.db.query(
      'SELECT seats_taken AS taken, waitlist_length AS waiting FROM session_seats WHERE session_id = ?',
      [sessionId],
    );
    expect({ taken: Number(counts.taken), waiting: Number(counts.waiting) }).toEqual({ taken: 10, waiting: 3 });
    await relayTriedWhileDown(3);
    expect(patronMail()).toEqual([]);

    await redis.start();
    const rows: Array<{ id: string; status: string; promoted_at: Date | null; email: string }> = await apps.db.query(
      'SELECT id, status, promoted_at, email FROM registration WHERE session_id = ?',
      [sessionId],
    );
    const expected = new Map<string, string[]>();
    for (const patron of patrons) {
      const row = rows.find((r) => r.id === patron.registration.id)!;
      const subjects = [patron.registration.status === 'CONFIRMED' ? /^You're registered/ : /^You're on the waitlist/];
      if (row.promoted_at) subjects.push(/^A seat is yours/);
      if (row.status === 'CANCELLED') subjects.push(/^Registration cancelled/);
      expected.set(row.email, subjects.map(String));
    }
    const total = [...expected.values()].reduce((n, s) => n + s.length, 0);
    await apps.smtp.waitFor(() => patronMail().filter((m) => !/^Reminder/.test(m.subject)).length >= total, 30_000, 'patron messages');
    for (const [email, subjects] of expected) {
      const got = apps.smtp.to(email).filter((m) => !/^Reminder/.test(m.subject));
      expect(got).toHaveLength(subjects.length);
      for (const subject of subjects) expect(got.some((m) => new RegExp(subject.slice(1, -1)).test(m.subject))).toBe(true);
    }

    // The reminder job was lost with Redis: the reconcile puts it back, and it fires once.
    const stillConfirmed = rows.filter((r) => r.status === 'CONFIRMED').map((r) => r.email);
    expect(stillConfirmed).toHaveLength(10);
    await apps.smtp.waitFor(() => patronMail().filter((m) => /^Reminder/.test(m.subject)).length >= 10, startsAt - Date.now(), 'reminders');
    await outboxSettled(apps.db);
    const reminded = patronMail()
      .filter((m) => /^Reminder/.test(m.subject))
      .map((m) => m.to)
      .sort();
    expect(reminded).toEqual([...stillConfirmed].sort());
    const [{ unsent }] = await apps.db.query(`SELECT COUNT(*) AS unsent FROM notification WHERE session_id = ? AND status <> 'SENT'`, [
      sessionId,
    ]);
    expect(Number(unsent)).toBe(0);
  }, 90_000);
});
