import { DateTime } from 'luxon';
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
import { codeOf } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const REPORT = `query($from: Date!, $to: Date!, $g: ReportGrouping) { programReport(from: $from, to: $to, groupBy: $g) {
  groupedBy csvUrl rows { key id sessions cancelledSessions confirmedSeats waitlistedSeats checkedInSeats walkIns attendanceRate }
  totals { key sessions cancelledSessions confirmedSeats waitlistedSeats checkedInSeats walkIns attendanceRate } } }`;

describe('programme reports', () => {
  let apps: TestApps;
  let coordinator: { token: string };
  let health: Partner;
  let legal: Partner;
  let zone: string;
  let from: string;
  let to: string;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    const admin = await apps.adminToken();
    zone = zoneWhereHourIsBetween(12, 20);
    const branch = await createBranch(apps.client, admin, {
      name: 'Report Branch',
      timeZone: zone,
      openingHours: allWeek('00:00', '23:59'),
    });
    const room = await createRoom(apps.client, admin, branch.id, { capacity: 20 });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    health = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Health Dept' } });
    legal = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Legal Aid' } });
    const today = DateTime.now().setZone(zone);
    const at = (days: number, hour: number) =>
      today.plus({ days }).set({ hour, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO() as string;
    // Stress (health, 2 tags): one session that will be over (moved to earlier today), one ahead.
    const stress = await scheduledWorkshop(apps.client, health.token, coordinator.token, {
      tags: ['health', 'stress'],
      capacity: 10,
      sessions: [
        { startsAt: at(1, 9), endsAt: at(1, 10), branchId: branch.id, roomId: room.id },
        { startsAt: at(3, 9), endsAt: at(3, 10), branchId: branch.id, roomId: room.id },
      ],
    });
    const [done, ahead] = stress.sessions;
    await register(apps.client, done.id, { partySize: 2 });
    const one = await register(apps.client, done.id, { partySize: 1 });
    await register(apps.client, ahead.id, { partySize: 2 });
    // Time passes: the first session ran from two hours ago to an hour ago, today.
    await apps.db.query('UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?', [
      new Date(Date.now() - 2 * 3600_000),
      new Date(Date.now() - 3600_000),
      done.id,
    ]);
    const checkIn = 'mutation($id: ID!) { checkIn(registrationId: $id) { id } }';
    await apps.client.must(checkIn, { id: one.registration.id }, health.token);
    await apps.client.must('mutation($id: ID!) { recordWalkIns(sessionId: $id, count: 3) { id } }', { id: done.id }, coordinator.token);
    // Housing (legal): one session, cancelled.
    const housing = await scheduledWorkshop(apps.client, legal.token, coordinator.token, {
      tags: ['housing'],
      sessions: [{ startsAt: at(2, 9), endsAt: at(2, 10), branchId: branch.id, roomId: room.id }],
    });
    await apps.client.must(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "Flu") { id } }',
      { id: housing.sessions[0].id },
      coordinator.token,
    );
    from = today.minus({ days: 1 }).toISODate() as string;
    to = today.plus({ days: 5 }).toISODate() as string;
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('adds up seats per agency, with attendance over completed sessions', async () => {
    const report = (await apps.client.must(REPORT, { from, to, g: 'AGENCY' }, coordinator.token)).programReport;
    const rows = report.rows.filter((r: { key: string }) => ['Health Dept', 'Legal Aid'].includes(r.key));
    expect(rows).toEqual([
      {
        key: 'Health Dept',
        id: health.agencyId,
        sessions: 2,
        cancelledSessions: 0,
        confirmedSeats: 5,
        waitlistedSeats: 0,
        checkedInSeats: 1,
        walkIns: 3,
        attendanceRate: 0.333,
      },
      {
        key: 'Legal Aid',
        id: legal.agencyId,
        sessions: 0,
        cancelledSessions: 1,
        confirmedSeats: 0,
        waitlistedSeats: 0,
        checkedInSeats: 0,
        walkIns: 0,
        attendanceRate: null,
      },
    ]);
    expect(report.totals).toEqual({
      key: 'total',
      sessions: 2,
      cancelledSessions: 1,
      confirmedSeats: 5,
      waitlistedSeats: 0,
      checkedInSeats: 1,
      walkIns: 3,
      attendanceRate: 0.333,
    });
  });

  it('counts a session in each of its tags’ rows, but once in the totals', async () => {
    const report = (await apps.client.must(REPORT, { from, to, g: 'TAG' }, coordinator.token)).programReport;
    const byKey = Object.fromEntries(report.rows.map((r: { key: string; sessions: number }) => [r.key, r.sessions]));
    expect(byKey).toMatchObject({ health: 2, stress: 2, housing: 0 });
    expect(report.totals.sessions).toBe(2);
    expect(report.rows.find((r: { key: string }) => r.key === 'health').id).toBeNull();
  });

  it('serves the same report as CSV behind a signed link, and refuses an altered one', async () => {
    const { csvUrl, totals } = (await apps.client.must(REPORT, { from, to, g: 'AGENCY' }, coordinator.token)).programReport;
    const link = csvUrl.replace('http://localhost:3999', apps.baseUrl);
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe('key,id,sessions,cancelledSessions,confirmedSeats,waitlistedSeats,checkedInSeats,walkIns,attendanceRate');
    expect(lines.at(-1)).toBe(
      `total,,${totals.sessions},${totals.cancelledSessions},${totals.confirmedSeats},0,${totals.checkedInSeats},${totals.walkIns},0.333`,
    );
    expect((await fetch(link.replace('groupBy=AGENCY', 'groupBy=TAG'))).status).toBe(401);
    expect((await fetch(link.replace(/expires=\d+/, 'expires=99999999999999'))).status).toBe(401);
  });

  it('lets an agency see its own report, not another’s', async () => {
    const query =
      'query($a: ID!, $from: Date!, $to: Date!) { agencyReport(agencyId: $a, from: $from, to: $to) { rows { key } totals { sessions } } }';
    const own = (await apps.client.must(query, { a: health.agencyId, from, to }, health.token)).agencyReport;
    expect(own).toEqual({ rows: [{ key: 'Health Dept' }], totals: { sessions: 2 } });
    expect(codeOf(await apps.client.request(query, { a: health.agencyId, from, to }, legal.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(REPORT, { from, to }, health.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(REPORT, { from: to, to: from }, coordinator.token))).toBe('BAD_USER_INPUT');
  });
});
