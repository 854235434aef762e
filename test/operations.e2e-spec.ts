import { applyAsPartner, createCoordinator } from './support/factories';
import { eventually } from './support/eventually';
import { codeOf } from './support/graphql-client';
import { ADMIN } from './support/test-config';
import { TestApps } from './support/test-apps';

const NOTIFICATIONS = `query($filter: NotificationFilter, $first: Int, $after: String) {
  notifications(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind status recipient subject attempts scheduledFor sentAt lastError createdAt session { id } registration { id } } } }`;
const RETRY = 'mutation($id: ID!) { retryNotification(id: $id) { id status lastError } }';

const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

/** What operators and coordinators use to watch the messages: metrics, the queue dashboard, the outbox list. */
describe('operations', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string; email: string; password: string; id: string };

  beforeAll(async () => {
    apps = await TestApps.start();
    admin = await apps.adminToken();
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
  });

  afterAll(async () => {
    await apps?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${apps.baseUrl}${path}`, { headers });
  const verify = (agencyId: string) =>
    apps.client.must('mutation($id: ID!) { verifyAgency(id: $id) { status } }', { id: agencyId }, coordinator.token);

  it('/metrics has HTTP, GraphQL, queue and worker figures in the Prometheus format', async () => {
    const partner = await applyAsPartner(apps.client);
    await verify(partner.agencyId);
    await apps.smtp.waitForMail(partner.contactEmail, /verified/);
    await get('/health/live');

    const text = await eventually(async () => {
      const res = await get('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const body = await res.text();
      // The worker publishes every 5 s; its figures join the API's.
      expect(body).toMatch(/commonroom_messages_total\{kind="AGENCY_STATUS_CHANGED",outcome="sent",app="worker"\} [1-9]/);
      return body;
    }, 20_000);
    expect(text).toMatch(
      /commonroom_http_request_duration_seconds_count\{method="GET",route="\/health\/live",status="200",app="api"\} [1-9]/,
    );
    expect(text).toMatch(
      /commonroom_graphql_operation_duration_seconds_count\{type="mutation",field="verifyAgency",outcome="ok",app="api"\} 1\b/,
    );
    expect(text).toMatch(
      /commonroom_graphql_operation_duration_seconds_count\{type="mutation",field="applyAsPartner",outcome="ok",app="api"\} 1\b/,
    );
    expect(text).toMatch(/commonroom_job_duration_seconds_count\{queue="mail",job="deliver",outcome="completed",app="worker"\} [1-9]/);
    for (const queue of ['mail', 'maintenance', 'sessions'])
      expect(text).toContain(`commonroom_queue_jobs{queue="${queue}",state="waiting",app="api"}`);
    expect(text).toMatch(/process_resident_memory_bytes\{app="worker"\}/);

    // A client cannot make up series: unknown paths and invalid operations share one label each.
    await get('/no/such/path/12345');
    await apps.client.request('{ nosuchfield }');
    const after = await (await get('/metrics')).text();
    expect(after).not.toContain('12345');
    expect(after).not.toContain('nosuchfield');
    expect(after).toMatch(/route="other",status="404"/);
    expect(after).toMatch(/type="invalid",field="invalid",outcome="GRAPHQL_VALIDATION_FAILED"/);
  });

  it('the queue dashboard is for administrators only, by HTTP Basic authentication', async () => {
    const refused = await get('/admin/queues');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Basic realm="Commonroom queues"/);
    expect((await get('/admin/queues', { authorization: basic(ADMIN.email, 'wrong-password') })).status).toBe(401);
    expect((await get('/admin/queues', { authorization: basic(coordinator.email, coordinator.password) })).status).toBe(401);
    expect((await get('/admin/queues', { authorization: 'Bearer ' + admin })).status).toBe(401);

    const page = await get('/admin/queues', { authorization: basic(ADMIN.email, ADMIN.password) });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await get('/admin/queues/api/queues', { authorization: basic(ADMIN.email, ADMIN.password) });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: Array<{ name: string }> };
    expect(queues.map((q) => q.name).sort()).toEqual(['mail', 'maintenance', 'sessions']);

    // A second administrator, remembered after one request, is shut out once deactivated.
    const email = 'second-admin@commonroom.test';
    const created = await apps.client.must<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, displayName: 'Second Admin', password: 'second-admin-password', role: 'ADMIN' } },
      admin,
    );
    expect((await get('/admin/queues/api/queues', { authorization: basic(email, 'second-admin-password') })).status).toBe(200);
    await apps.client.must('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: created.createUser.id }, admin);
    expect((await get('/admin/queues/api/queues', { authorization: basic(email, 'second-admin-password') })).status).toBe(401);
  });

  it('coordinators list the outbox with masked addresses and retry a failed message', async () => {
    const partner = await applyAsPartner(apps.client);
    apps.smtp.refuse(partner.contactEmail, 550, 'Mailbox unavailable');
    await verify(partner.agencyId);
    const failed = await eventually(async () => {
      const data = await apps.client.must(
        NOTIFICATIONS,
        { filter: { statuses: ['FAILED'], kinds: ['AGENCY_STATUS_CHANGED'] } },
        coordinator.token,
      );
      expect(data.notifications.nodes).toHaveLength(1);
      return data.notifications.nodes[0];
    });
    const [local, domain] = partner.contactEmail.split('@');
    expect(failed).toMatchObject({
      kind: 'AGENCY_STATUS_CHANGED',
      status: 'FAILED',
      recipient: `${local[0]}***@${domain}`,
      attempts: 1,
      sentAt: null,
    });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.subject).toMatch(/verified/);

    // Retrying needs a coordinator, a real id, and a FAILED message.
    expect(codeOf(await apps.client.request(RETRY, { id: failed.id }, partner.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(RETRY, { id: failed.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await apps.client.request(RETRY, { id: 'not-an-id' }, coordinator.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await apps.client.request(RETRY, { id: '00000000-0000-4000-8000-000000000000' }, coordinator.token))).toBe('NOT_FOUND');

    apps.smtp.acceptAll();
    expect((await apps.client.must(RETRY, { id: failed.id }, coordinator.token)).retryNotification.status).toBe('PENDING');
    const mail = await apps.smtp.waitForMail(partner.contactEmail, /verified/);
    // Message-IDs are derived from the notification: a retry or a resend keeps the same one.
    expect(mail.messageId).toMatch(new RegExp(`^<${failed.id}@`));
    await eventually(async () => {
      const data = await apps.client.must(
        NOTIFICATIONS,
        { filter: { statuses: ['SENT'], kinds: ['AGENCY_STATUS_CHANGED'] } },
        coordinator.token,
      );
      expect(data.notifications.nodes.map((n: { id: string }) => n.id)).toContain(failed.id);
    });
    const again = await apps.client.request(RETRY, { id: failed.id }, coordinator.token);
    expect(codeOf(again)).toBe('INVALID_STATE');
  });

  it('pages through the outbox newest first, and refuses what is not a cursor', async () => {
    const all = await apps.client.must(NOTIFICATIONS, { first: 100 }, admin);
    expect(all.notifications.totalCount).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await apps.client.must(NOTIFICATIONS, { first: 1, after }, admin);
      seen.push(...page.notifications.nodes.map((n: { id: string }) => n.id));
      after = page.notifications.pageInfo.hasNextPage ? page.notifications.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.notifications.nodes.map((n: { id: string }) => n.id));
    const times = all.notifications.nodes.map((n: { createdAt: string }) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(codeOf(await apps.client.request(NOTIFICATIONS, { after: 'bogus' }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await apps.client.request(NOTIFICATIONS, { first: 101 }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await apps.client.request(NOTIFICATIONS, {}, (await applyAsPartner(apps.client)).token))).toBe('FORBIDDEN');
  });
});
