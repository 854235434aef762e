import { applyAsPartner, createCoordinator } from './support/factories';
import { eventually } from './support/eventually';
import { OwnRedis } from './support/redis-server';
import { TestApps } from './support/test-apps';

describe('Redis down: writes succeed and their messages go out once Redis is back', () => {
  let redis: OwnRedis;
  let apps: TestApps;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    apps = await TestApps.start({ env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    await apps?.close();
    await redis?.stop();
  });

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
    // The relay keeps trying for a while; nothing is sent, nothing is lost.
    await new Promise((r) => setTimeout(r, 1500));
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
    // Give a duplicate every chance to show up before counting.
    await new Promise((r) => setTimeout(r, 1000));
    for (const partner of partners) expect(apps.smtp.to(partner.contactEmail)).toHaveLength(1);
  });
});
