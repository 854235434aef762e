import {
  createBranch,
  createCoordinator,
  createRoom,
  localAt,
  REGISTER,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from './support/factories';
import { TestApps } from './support/test-apps';

const CANCEL = 'mutation($t: String!) { cancelRegistration(token: $t) { status } }';
const SETTINGS = 'mutation($input: SettingsInput!) { updateSettings(input: $input) { capacityThresholds waitlistDemandThreshold } }';

/**
 * CAPACITY_THRESHOLD once per threshold and recipient, WAITLIST_DEMAND once per recipient, also
 * when registrations and cancellations race across the thresholds.
 */
describe('capacity notices', () => {
  let apps: TestApps;
  let admin: string;
  let partner: Partner;
  let coordinators: Array<{ email: string; token: string }>;
  let branchId: string;
  let roomId: string;

  beforeAll(async () => {
    apps = await TestApps.start();
    admin = await apps.adminToken();
    await apps.client.must(SETTINGS, { input: { capacityThresholds: [0.8, 1], waitlistDemandThreshold: 3 } }, admin);
    const branch = await createBranch(apps.client, admin);
    const elsewhere = await createBranch(apps.client, admin);
    branchId = branch.id;
    roomId = (await createRoom(apps.client, admin, branch.id, { capacity: 30 })).id;
    const login = (e: string, p: string) => apps.login(e, p);
    // One coordinator of this branch, one of all branches (none listed), one of another branch.
    coordinators = [
      await createCoordinator(apps.client, admin, login, [branch.id]),
      await createCoordinator(apps.client, admin, login, []),
      await createCoordinator(apps.client, admin, login, [elsewhere.id]),
    ];
    partner = await verifiedPartner(apps.client, coordinators[0].token, { agency: { name: 'Eastside Tenant Rights' } });
  });

  afterAll(async () => {
    await apps?.close();
  });

  const schedule = async (capacity: number, day: number) => {
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinators[0].token, {
      capacity,
      sessions: [{ startsAt: localAt(day, '10:00'), endsAt: localAt(day, '11:00'), branchId, roomId }],
    });
    return sessions[0].id;
  };

  const registerMany = (sessionId: string, count: number, prefix: string) =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const result = await apps.client.request(REGISTER, {
          input: { sessionId, name: `Patron ${i}`, email: `${prefix}-${i}@mail.test` },
        });
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return result.data!.registerForSession.manageToken as string;
      }),
    );

  /** The notices written for a session (in the transactions of the seat changes), sorted. */
  const noticesOf = async (sessionId: string) => {
    const rows: Array<{ recipient: string; kind: string; percent: number | null; status: string }> = await apps.db.query(
      `SELECT recipient, kind, JSON_EXTRACT(params, '$.percent') AS percent, status FROM notification
       WHERE session_id = ? AND kind IN ('CAPACITY_THRESHOLD', 'WAITLIST_DEMAND') ORDER BY recipient, kind, percent`,
      [sessionId],
    );
    return rows.map((r) => `${r.recipient} ${r.kind}${r.percent ? ` ${r.percent}` : ''}`).sort();
  };

  const expected = (kinds: string[]) =>
    [partner.contactEmail, coordinators[0].email, coordinators[1].email]
      .flatMap((to) => kinds.map((k) => `${to.toLowerCase()} ${k}`))
      .sort();

  it('crossing 80% and 100% tells the agency and the branch’s coordinators twice, and never again', async () => {
    const sessionId = await schedule(10, 10);
    const tokens = await registerMany(sessionId, 7, 'steady');
    expect(await noticesOf(sessionId)).toEqual([]);
    await registerMany(sessionId, 1, 'eighth');
    // Down below 80% and up again: no second notice.
    await apps.client.must(CANCEL, { t: tokens[0] });
    await registerMany(sessionId, 1, 'again');
    await registerMany(sessionId, 2, 'full');
    await apps.client.must(CANCEL, { t: tokens[1] });
    await registerMany(sessionId, 1, 'refill');
    expect(await noticesOf(sessionId)).toEqual(expected(['CAPACITY_THRESHOLD 80', 'CAPACITY_THRESHOLD 100']));

    // The messages themselves, once each, with the numbers.
    await apps.smtp.waitFor((all) => all.filter((m) => /% full/.test(m.subject)).length === 6);
    const to = apps.smtp.to(coordinators[1].email).filter((m) => /% full/.test(m.subject));
    expect(to.map((m) => m.subject).sort()).toEqual([
      expect.stringMatching(/100% full \(10 of 10 seats\)/),
      expect.stringMatching(/80% full \(8 of 10 seats\)/),
    ]);
    expect(apps.smtp.to(coordinators[2].email).filter((m) => /% full/.test(m.subject))).toEqual([]);

    // The agency's dashboard lists its notices, newest first.
    const NOTICES = 'query($id: ID!) { agency(id: $id) { notices(first: 50) { kind subject session { id } } } }';
    const mine = (await apps.client.must(NOTICES, { id: partner.agencyId }, partner.token)).agency.notices;
    const forThis = mine.filter((n: { session: { id: string } }) => n.session.id === sessionId);
    expect(forThis.map((n: { subject: string }) => n.subject)).toEqual([
      expect.stringMatching(/100% full/),
      expect.stringMatching(/80% full/),
    ]);
    // The library's staff see the same list; another agency's member none of it.
    expect((await apps.client.must(NOTICES, { id: partner.agencyId }, coordinators[2].token)).agency.notices).toEqual(mine);
    const other = await verifiedPartner(apps.client, coordinators[0].token);
    expect((await apps.client.must(NOTICES, { id: partner.agencyId }, other.token)).agency?.notices ?? []).toEqual([]);
  });

  it('racing registrations and cancellations around the thresholds still give exactly two per recipient', async () => {
    for (let round = 0; round < 3; round++) {
      const sessionId = await schedule(20, 11 + round);
      const first = await registerMany(sessionId, 14, `round${round}-first`);
      // 20 seats: 14 taken, then 16 more patrons and 10 cancellations at once, crossing 16 (80%)
      // and 20 (100%) up and down while the waitlist grows and is promoted from.
      await Promise.all([
        registerMany(sessionId, 16, `round${round}-racer`),
        ...first.slice(0, 10).map((t) => apps.client.must(CANCEL, { t })),
      ]);
      const [counts] = await apps.db.query(
        'SELECT seats_taken AS taken, waitlist_length AS waiting FROM session_seats WHERE session_id = ?',
        [sessionId],
      );
      // 30 patrons, 10 cancelled: 20 confirmed (full), nobody left waiting.
      expect({ taken: Number(counts.taken), waiting: Number(counts.waiting) }).toEqual({ taken: 20, waiting: 0 });
      const notices = await noticesOf(sessionId);
      const thresholds = notices.filter((n) => n.includes('CAPACITY_THRESHOLD'));
      expect(thresholds).toEqual(expected(['CAPACITY_THRESHOLD 80', 'CAPACITY_THRESHOLD 100']));
      // The waitlist may or may not have reached 3 in the race; if it did, once per recipient.
      const demand = notices.filter((n) => n.includes('WAITLIST_DEMAND'));
      expect([[], expected(['WAITLIST_DEMAND'])]).toContainEqual(demand);
    }
  }, 60_000);

  it('tells them once when the waitlist reaches the demand threshold', async () => {
    const sessionId = await schedule(2, 15);
    await registerMany(sessionId, 2, 'seat');
    const waiting = await registerMany(sessionId, 3, 'wait');
    await apps.client.must(CANCEL, { t: waiting[0] });
    await registerMany(sessionId, 2, 'wait-more');
    const notices = await noticesOf(sessionId);
    expect(notices.filter((n) => n.includes('WAITLIST_DEMAND'))).toEqual(expected(['WAITLIST_DEMAND']));
    const [{ title }] = await apps.db.query('SELECT w.title FROM workshop w JOIN session s ON s.workshop_id = w.id WHERE s.id = ?', [
      sessionId,
    ]);
    const demandMails = (all = apps.smtp.messages) => all.filter((m) => m.subject === `Waitlist demand: 3 waiting for ${title}`);
    await apps.smtp.waitFor((all) => demandMails(all).length >= 3);
    expect(
      demandMails()
        .map((m) => m.to)
        .sort(),
    ).toEqual(expected(['WAITLIST_DEMAND']).map((line) => line.split(' ')[0]));
    expect(demandMails()[0].text).toContain('3 parties');
  });
});
