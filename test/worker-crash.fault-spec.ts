import { BuiltApp } from './support/built-apps';
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
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import { OwnRedis } from './support/redis-server';
import { TestApps } from './support/test-apps';

const RECIPIENTS = 2_000;
const LEAD_SECONDS = 25;
/** The time the set-up (2,000 registrations) has before the reminder is due. */
const SET_UP_SECONDS = 75;
const MAIL_CONCURRENCY = 5;

/**
 * The worker process is killed with SIGKILL in the middle of a 2,000-recipient reminder fan-out,
 * then started again: every patron gets the reminder, and the only duplicates possible are the
 * messages the SMTP server had accepted when the process died (at most the mail concurrency).
 */
describe('a worker killed in the middle of a reminder fan-out', () => {
  let redis: OwnRedis;
  let apps: TestApps;
  const workers: BuiltApp[] = [];

  beforeAll(async () => {
    redis = await OwnRedis.start();
    apps = await TestApps.start({
      worker: false,
      env: { REDIS_URL: redis.url, TEST_TIME_UNIT: 'seconds', MAIL_CONCURRENCY: String(MAIL_CONCURRENCY), RECONCILE_EVERY_SECONDS: '5' },
    });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await apps?.close();
    await redis?.stop();
  });

  const startWorker = async () => {
    const worker = BuiltApp.start('worker', { ...apps.env, LOG_LEVEL: 'warn' });
    workers.push(worker);
    await worker.waitFor('Commonroom worker running');
    return worker;
  };

  it('every recipient gets the reminder; duplicates at most the mail concurrency', async () => {
    const admin = await apps.adminToken();
    await apps.client.must(
      'mutation($input: SettingsInput!) { updateSettings(input: $input) { reminderLeadMinutes } }',
      { input: { reminderLeadMinutes: [LEAD_SECONDS], registrationClosesMinutesBefore: 0, capacityThresholds: [1] } },
      admin,
    );
    const branch = await createBranch(apps.client, admin, {
      timeZone: zoneWhereHourIsBetween(8, 20),
      openingHours: allWeek('06:00', '23:00'),
    });
    const room = await createRoom(apps.client, admin, branch.id, { capacity: RECIPIENTS });
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const first = await startWorker();

    // Far enough ahead for 2,000 registrations on a slow two-core machine (about 40 s) before
    // the reminder falls due.
    const startsAt = Date.now() + SET_UP_SECONDS * 1000 + LEAD_SECONDS * 1000;
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: RECIPIENTS,
      sessions: [
        {
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 600_000).toISOString(),
          branchId: branch.id,
          roomId: room.id,
        },
      ],
    });
    const sessionId = sessions[0].id;
    const emails = Array.from({ length: RECIPIENTS }, (_, i) => `patron-${i}@mail.test`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        while (next < emails.length) {
          const email = emails[next++];
          const result = await apps.client.request(REGISTER, { input: { sessionId, name: 'A patron', email } });
          if (result.errors) throw new Error(JSON.stringify(result.errors));
        }
      }),
    );
    expect(Date.now()).toBeLessThan(startsAt - LEAD_SECONDS * 1000);

    const reminders = () => apps.smtp.messages.filter((m) => /^Reminder:/.test(m.subject));
    await eventually(() => expect(reminders().length).toBeGreaterThanOrEqual(400), (SET_UP_SECONDS + 60) * 1000, 10);
    await first.kill();
    const atKill = reminders().length;

    await startWorker();
    // The rows the dead worker held wait for their lease to run out (90 s), then go.
    await eventually(() => expect(new Set(reminders().map((m) => m.to)).size).toBe(RECIPIENTS), 180_000, 500);
    await outboxSettled(apps.db, 120_000);

    const received = reminders();
    const duplicates = received.length - new Set(received.map((m) => m.to)).size;
    const confirmations = apps.smtp.messages.filter((m) => /^You're registered/.test(m.subject));
    const confirmationDuplicates = confirmations.length - new Set(confirmations.map((m) => m.to)).size;
    process.stdout.write(
      `worker crash: killed after ${atKill} of ${RECIPIENTS} reminders; duplicates: ${duplicates} reminders, ${confirmationDuplicates} confirmations\n`,
    );
    expect(duplicates + confirmationDuplicates).toBeLessThanOrEqual(MAIL_CONCURRENCY);
    expect(new Set(confirmations.map((m) => m.to)).size).toBe(RECIPIENTS);

    const rows: Array<{ kind: string; status: string; n: string }> = await apps.db.query(
      `SELECT kind, status, COUNT(*) AS n FROM notification WHERE session_id = ? AND registration_id IS NOT NULL GROUP BY kind, status ORDER BY kind`,
      [sessionId],
    );
    expect(rows.map((r) => [r.kind, r.status, Number(r.n)])).toEqual([
      ['REGISTRATION_CONFIRMED', 'SENT', RECIPIENTS],
      ['SESSION_REMINDER', 'SENT', RECIPIENTS],
    ]);
  }, 420_000);
});
