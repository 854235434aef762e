import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { JobQueue, QueueName } from '@app/queue';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  register,
  scheduledWorkshop,
  verifiedPartner,
  zoneWhereHourIsBetween,
} from './support/factories';
import { eventually } from './support/eventually';
import { tablesContaining as findTables } from './support/personal-data';
import { TestApps } from './support/test-apps';
import { testEnv } from './support/test-config';

const run = promisify(execFile);

describe('the purge of patron data', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start();
  });

  afterAll(async () => {
    await apps?.close();
  });

  const tablesContaining = (value: string) => findTables(apps.db, value);

  it('removes names, addresses and needs after the retention period, from every table, and the reports still add up', async () => {
    const admin = await apps.adminToken();
    const zone = zoneWhereHourIsBetween(10, 20);
    const branch = await createBranch(apps.client, admin, { timeZone: zone, openingHours: allWeek('00:00', '23:59') });
    const room = await createRoom(apps.client, admin, branch.id);
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const start = DateTime.now().setZone(zone).plus({ days: 2 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [
        { startsAt: start.toUTC().toISO(), endsAt: start.plus({ hours: 1 }).toUTC().toISO(), branchId: branch.id, roomId: room.id },
        {
          startsAt: start.plus({ days: 1 }).toUTC().toISO(),
          endsAt: start.plus({ days: 1, hours: 1 }).toUTC().toISO(),
          branchId: branch.id,
          roomId: room.id,
        },
      ],
    });
    const old = await register(apps.client, sessions[0].id, {
      name: 'Zelda Quarry',
      email: 'zelda.quarry@mail.test',
      partySize: 2,
      accessibilityNeeds: 'Sign-language interpreter',
    });
    const recent = await register(apps.client, sessions[1].id, { name: 'Yusuf Recent', email: 'yusuf.recent@mail.test' });
    await apps.smtp.waitForMail('zelda.quarry@mail.test', /registered/);
    await eventually(async () => expect(await tablesContaining('zelda.quarry@mail.test')).toContain('notification.recipient'));

    // 40 days pass for the first session (the default retention is 30); the second ended yesterday.
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    await apps.db.query('UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?', [
      ago(40),
      new Date(ago(40).getTime() + 3600_000),
      sessions[0].id,
    ]);
    await apps.db.query('UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?', [
      ago(1),
      new Date(ago(1).getTime() + 3600_000),
      sessions[1].id,
    ]);
    const reportQuery =
      'query($f: Date!, $t: Date!) { programReport(from: $f, to: $t) { totals { sessions confirmedSeats checkedInSeats } } }';
    const window = { f: DateTime.now().minus({ days: 45 }).toISODate(), t: DateTime.now().toISODate() };
    const before = (await apps.client.must(reportQuery, window, coordinator.token)).programReport.totals;

    await apps.worker!.get(JobQueue).enqueue(QueueName.MAINTENANCE, { name: 'purge', payload: {} });
    await eventually(async () => expect(await tablesContaining('Zelda')).toEqual([]));
    expect(await tablesContaining('zelda.quarry@mail.test')).toEqual([]);
    expect(await tablesContaining('Sign-language')).toEqual([]);
    // Not yet due: the recent one keeps its data.
    expect(await tablesContaining('yusuf.recent@mail.test')).toEqual(expect.arrayContaining(['registration.email']));

    const seen = await apps.client.must(
      'query($id: ID!) { session(id: $id) { seatsTaken registrations { name email accessibilityNeeds partySize purged status } } }',
      { id: sessions[0].id },
      coordinator.token,
    );
    expect(seen.session).toEqual({
      seatsTaken: 2,
      registrations: [{ name: null, email: null, accessibilityNeeds: null, partySize: 2, purged: true, status: 'CONFIRMED' }],
    });
    expect((await apps.client.must(reportQuery, window, coordinator.token)).programReport.totals).toEqual(before);
    expect(old.registration.id).not.toBe(recent.registration.id);

    // The CLI runs the same purge now (with a shorter retention it takes the second one too).
    await apps.client.must('mutation { updateSettings(input: { retentionDays: 1 }) { retentionDays } }', {}, admin);
    await apps.db.query('UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?', [
      ago(3),
      new Date(ago(3).getTime() + 3600_000),
      sessions[1].id,
    ]);
    const env = {
      ...testEnv(),
      DATABASE_URL: apps.config.databaseUrl,
      QUEUE_PREFIX: apps.config.queuePrefix,
      PATH: process.env.PATH ?? '',
    };
    const { stdout } = await run(process.execPath, ['dist/apps/worker/apps/worker/src/cli.js', 'purge'], { env });
    expect(stdout).toContain('Purged 1 registration(s)');
    expect(await tablesContaining('yusuf.recent@mail.test')).toEqual([]);
  });
});
