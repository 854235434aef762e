import { applyAsPartner, createCoordinator } from './support/factories';
import { eventually } from './support/eventually';
import { outboxSettled } from './support/outbox';
import { OwnRedis } from './support/redis-server';
import { TestApps } from './support/test-apps';

/**
 * How the worker settles a message: sent, retried after a temporary refusal, failed for good.
 * (A Redis of its own, as every fault test has.)
 */
describe('delivery', () => {
  let redis: OwnRedis;
  let apps: TestApps;
  let coordinator: { token: string };

  beforeAll(async () => {
    redis = await OwnRedis.start();
    apps = await TestApps.start({ env: { REDIS_URL: redis.url } });
    coordinator = await createCoordinator(apps.client, await apps.adminToken(), (e, p) => apps.login(e, p));
  });

  afterAll(async () => {
    await apps?.close();
    await redis?.stop();
  });

  const verify = (agencyId: string) =>
    apps.client.must('mutation($id: ID!) { verifyAgency(id: $id) { status } }', { id: agencyId }, coordinator.token);
  const rowFor = async (agencyId: string) =>
    (await apps.db.query(`SELECT status, attempts, last_error, sent_at, lease_until FROM notification WHERE agency_id = ?`, [agencyId]))[0];

  it('ends FAILED at once, with the server answer, when one address is refused for good (5xx); the others go', async () => {
    const partners = await Promise.all([1, 2, 3, 4].map(() => applyAsPartner(apps.client)));
    const [refused, ...others] = partners;
    apps.smtp.refuse(refused.contactEmail, 550, 'No such mailbox');
    for (const partner of partners) await verify(partner.agencyId);
    await eventually(async () => expect(await rowFor(refused.agencyId)).toMatchObject({ status: 'FAILED', attempts: 1 }));
    expect((await rowFor(refused.agencyId)).last_error).toMatch(/550.*No such mailbox/);
    for (const partner of others) {
      await apps.smtp.waitForMail(partner.contactEmail, /verified/);
      await eventually(async () => expect(await rowFor(partner.agencyId)).toMatchObject({ status: 'SENT', attempts: 1 }));
    }
    expect(apps.smtp.to(refused.contactEmail)).toHaveLength(0);
    apps.smtp.acceptAll();
  });

  it('holds every message while the mail server refuses them all (4xx), and sends each once when it recovers', async () => {
    const partners = await Promise.all([1, 2, 3, 4, 5].map(() => applyAsPartner(apps.client)));
    apps.smtp.refuseAll(421, 'Service not available, try again later');
    try {
      for (const partner of partners) await verify(partner.agencyId);
      await eventually(async () => {
        for (const partner of partners) expect((await rowFor(partner.agencyId)).attempts).toBeGreaterThanOrEqual(2);
      });
      for (const partner of partners)
        expect(await rowFor(partner.agencyId)).toMatchObject({ status: 'PENDING', last_error: expect.stringMatching(/421/) });
    } finally {
      apps.smtp.acceptAll();
    }
    for (const partner of partners) await apps.smtp.waitForMail(partner.contactEmail, /verified/);
    await eventually(async () => {
      for (const partner of partners) expect((await rowFor(partner.agencyId)).status).toBe('SENT');
    });
    await outboxSettled(apps.db);
    for (const partner of partners) expect(apps.smtp.to(partner.contactEmail)).toHaveLength(1);
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
