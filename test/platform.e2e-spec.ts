import { TransactionRunner, transactionManagerOf } from '@app/database';
import { eventually } from './support/eventually';
import { TestApps } from './support/test-apps';
import { applyAsPartner, createBranch, createCoordinator, createRoom } from './support/factories';

describe('platform: from a GraphQL request to an e-mail at the SMTP server', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start();
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('admin sets up a branch, a partner applies, a coordinator verifies it and the agency is e-mailed', async () => {
    const { client } = apps;
    const admin = await apps.adminToken();

    const branch = await createBranch(client, admin, { name: 'Northside Library', timeZone: 'America/Denver' });
    await createRoom(client, admin, branch.id, { name: 'Auditorium', capacity: 80, features: ['PROJECTOR', 'HEARING_LOOP'] });
    await createRoom(client, admin, branch.id, { name: 'Study Room', capacity: 6, setupMinutes: 5, cleanupMinutes: 10 });

    const listed = await client.must<{
      branch: { name: string; timeZone: string; rooms: Array<{ name: string; features: string[]; cleanupMinutes: number }> };
    }>(`query($id: ID!) { branch(id: $id) { name timeZone rooms { name features cleanupMinutes } } }`, { id: branch.id });
    expect(listed.branch).toEqual({
      name: 'Northside Library',
      timeZone: 'America/Denver',
      rooms: [
        { name: 'Auditorium', features: ['PROJECTOR', 'HEARING_LOOP'], cleanupMinutes: 0 },
        { name: 'Study Room', features: [], cleanupMinutes: 10 },
      ],
    });

    const partner = await applyAsPartner(client, { agency: { name: 'Harbor Tenant Rights Project', kind: 'NONPROFIT' } });
    const mine = await client.must<{ me: { role: string; agency: { name: string; status: string } } }>(
      `{ me { role agency { name status } } }`,
      {},
      partner.token,
    );
    expect(mine.me).toEqual({ role: 'PARTNER', agency: { name: 'Harbor Tenant Rights Project', status: 'PENDING' } });

    const coordinator = await createCoordinator(client, admin, (e, p) => apps.login(e, p));
    const verified = await client.must<{ verifyAgency: { status: string; verifiedAt: string } }>(
      `mutation($id: ID!) { verifyAgency(id: $id) { status verifiedAt } }`,
      { id: partner.agencyId },
      coordinator.token,
    );
    expect(verified.verifyAgency.status).toBe('VERIFIED');
    expect(Date.parse(verified.verifyAgency.verifiedAt)).toBeGreaterThan(Date.now() - 60_000);

    const mail = await apps.smtp.waitForMail(partner.contactEmail, /verified/);
    expect(mail.subject).toBe('Harbor Tenant Rights Project is now a verified library partner');
    expect(mail.text).toContain('Harbor Tenant Rights Project');
    expect(mail.html).toContain('Harbor Tenant Rights Project');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@commonroom\.local>$/);

    await eventually(async () => {
      const rows = await apps.db.query(
        `SELECT status, attempts, sent_at FROM notification WHERE agency_id = ? AND kind = 'AGENCY_STATUS_CHANGED'`,
        [partner.agencyId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'SENT', attempts: 1 });
      expect(rows[0].sent_at).not.toBeNull();
    });
  });
});

describe('transactions', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('run at READ COMMITTED, however many run at once on the pool’s connections', async () => {
    const runner = apps.api.get(TransactionRunner);
    const levels = await Promise.all(
      Array.from({ length: 30 }, () =>
        runner.run(
          async () => ((await transactionManagerOf().query('SELECT @@tx_isolation AS level')) as Array<{ level: string }>)[0].level,
        ),
      ),
    );
    expect(new Set(levels)).toEqual(new Set(['READ-COMMITTED']));
  });
});
