import { applyAsPartner, createCoordinator } from './support/factories';
import { eventually } from './support/eventually';
import { TestApps } from './support/test-apps';

/** How the worker settles a message: sent, retried after a temporary refusal, failed for good. */
describe('delivery', () => {
  let apps: TestApps;
  let coordinator: { token: string };

  beforeAll(async () => {
    apps = await TestApps.start();
    coordinator = await createCoordinator(apps.client, await apps.adminToken(), (e, p) => apps.login(e, p));
  });

  afterAll(async () => {
    await apps?.close();
  });

  const verify = (agencyId: string) =>
    apps.client.must('mutation($id: ID!) { verifyAgency(id: $id) { status } }', { id: agencyId }, coordinator.token);
  const rowFor = async (agencyId: string) =>
    (await apps.db.query(`SELECT status, attempts, last_error, sent_at, lease_until FROM notification WHERE agency_id = ?`, [agencyId]))[0];

  it('ends FAILED at once, with the server answer, when the address is refused for good (5xx)', async () => {
    const partner = await applyAsPartner(apps.client);
    apps.smtp.refuse(partner.contactEmail, 550, 'No such mailbox');
    await verify(partner.agencyId);
    await eventually(async () => expect(await rowFor(partner.agencyId)).toMatchObject({ status: 'FAILED', attempts: 1 }));
    expect((await rowFor(partner.agencyId)).last_error).toMatch(/550.*No such mailbox/);
    expect(apps.smtp.to(partner.contactEmail)).toHaveLength(0);
    apps.smtp.acceptAll();
  });

  it('retries a temporary refusal (4xx) with backoff until the server takes the message', async () => {
    const partner = await applyAsPartner(apps.client);
    apps.smtp.refuse(partner.contactEmail, 451, 'Greylisted, try later');
    await verify(partner.agencyId);
    await eventually(async () => {
      const row = await rowFor(partner.agencyId);
      expect(row.status).toBe('PENDING');
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row.last_error).toMatch(/451/);
    });
    apps.smtp.acceptAll();
    await apps.smtp.waitForMail(partner.contactEmail, /verified/);
    await eventually(async () => expect(await rowFor(partner.agencyId)).toMatchObject({ status: 'SENT', last_error: null }));
    expect(apps.smtp.to(partner.contactEmail)).toHaveLength(1);
  });

  it('finishes the message it is sending when the worker shuts down', async () => {
    const partner = await applyAsPartner(apps.client);
    apps.smtp.delayMs = 1500;
    try {
      await verify(partner.agencyId);
      // The worker took the row (leased it) and is waiting on the slow server.
      await eventually(async () => expect((await rowFor(partner.agencyId)).lease_until).not.toBeNull(), 10_000, 20);
      await apps.stopWorker();
      expect(await rowFor(partner.agencyId)).toMatchObject({ status: 'SENT', attempts: 1 });
      expect(apps.smtp.to(partner.contactEmail)).toHaveLength(1);
    } finally {
      apps.smtp.delayMs = 0;
      if (!apps.worker) await apps.startWorker();
    }
  });
});
