import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { createApiApp } from '../apps/api/src/api.bootstrap';
import { GRAPHQL_LIMITS } from '../apps/api/src/abuse/graphql-limits';
import { createBranch, createCoordinator, createRoom, localAt, register, scheduledWorkshop, verifiedPartner } from './support/factories';
import { codeOf, GraphqlClient } from './support/graphql-client';
import { OwnRedis } from './support/redis-server';
import { TestApps } from './support/test-apps';

const LIMIT = 5;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const wrongLogin = (client: GraphqlClient) => client.request(LOGIN, { e: 'nobody@library.test', p: 'not-the-password' });

/**
 * What the API does with clients that ask too much: per-address rate limits shared by every API
 * instance (and let through when Redis is down), GraphQL document limits, body size, security
 * headers, CORS, and escaping of what patrons type into the e-mails staff and patrons read.
 */
describe('abuse limits and standards', () => {
  let redis: OwnRedis;
  let apps: TestApps;
  let second: NestExpressApplication;
  let secondClient: GraphqlClient;
  let keys: Redis;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    apps = await TestApps.start({
      // TRUST_PROXY: a test may speak for clients behind a proxy (X-Forwarded-For); without the header the address is the socket's, as before.
      env: {
        REDIS_URL: redis.url,
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        CORS_ORIGINS: 'https://catalog.library.test',
        TRUST_PROXY: 'loopback',
      },
    });
    second = await createApiApp(apps.config);
    await second.listen(0, '127.0.0.1');
    secondClient = new GraphqlClient(`${(await second.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
    keys = new Redis(redis.url);
  });

  afterAll(async () => {
    keys?.disconnect();
    await second?.close();
    await apps?.close();
    await redis?.stop();
  });

  /** Each test starts with no attempts counted. */
  const forgetAttempts = async () => {
    const counted = await keys.keys(`${apps.config.queuePrefix}:rate*`);
    if (counted.length) await keys.del(...counted);
  };

  describe('rate limits', () => {
    beforeEach(forgetAttempts);

    it('counts log-in attempts per address across API instances and answers RATE_LIMITED past the limit', async () => {
      // GraphQL answers 200 with the error (Nest keeps { data, errors } responses at 200); the
      // Retry-After header still says when to come back.
      const answers = [];
      for (let i = 0; i < LIMIT; i += 1) answers.push(codeOf(await wrongLogin(i % 2 ? secondClient : apps.client)));
      expect(answers).toEqual(Array(LIMIT).fill('UNAUTHENTICATED'));

      const refused = await wrongLogin(secondClient);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.errors?.[0].message).toMatch(/try again in \d+ s/);
      // Even the right password waits: the limit is on attempts, not on failures.
      expect(codeOf(await apps.client.request(LOGIN, { e: apps.config.adminEmail, p: 'admin-password-for-tests' }))).toBe('RATE_LIMITED');
      // Other actions have their own count.
      const lookup = await apps.client.request('query { registrationByToken(token: "no-such-token") { id } }');
      expect(lookup.errors).toBeUndefined();
    });

    it('counts guesses of the current password with the log-ins of the address', async () => {
      const token = await apps.adminToken();
      await forgetAttempts();
      const change = 'mutation { changePassword(currentPassword: "a guess", newPassword: "a new long password") }';
      const answers = [];
      for (let i = 0; i < LIMIT; i += 1) answers.push(codeOf(await apps.client.request(change, {}, token)));
      expect(answers).toEqual(Array(LIMIT).fill('BAD_USER_INPUT'));
      expect(codeOf(await apps.client.request(change, {}, token))).toBe('RATE_LIMITED');
      expect(codeOf(await wrongLogin(apps.client))).toBe('RATE_LIMITED');
    });

    it('counts guesses of the current password per account too, whatever address they come from', async () => {
      const token = await apps.adminToken();
      await forgetAttempts();
      const from = async (address: string) => {
        const response = await fetch(apps.client.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': address },
          body: JSON.stringify({ query: 'mutation { changePassword(currentPassword: "a guess", newPassword: "a new long password") }' }),
        });
        return ((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
      };
      const answers = [];
      for (let i = 0; i < LIMIT; i += 1) answers.push(await from(`203.0.113.${i + 1}`));
      expect(answers).toEqual(Array(LIMIT).fill('BAD_USER_INPUT'));
      expect(await from('198.51.100.7')).toBe('RATE_LIMITED');
    });

    it('limits manage-token look-ups and registrations too, each on its own count', async () => {
      for (let i = 0; i < LIMIT; i += 1)
        expect((await apps.client.request('query { registrationByToken(token: "guess") { id } }')).errors).toBeUndefined();
      expect(codeOf(await apps.client.request('query { registrationByToken(token: "guess") { id } }'))).toBe('RATE_LIMITED');
      expect(codeOf(await apps.client.request('mutation { cancelRegistration(token: "guess") { id } }'))).toBe('RATE_LIMITED');

      const register = 'mutation($i: RegisterInput!) { registerForSession(input: $i) { manageToken } }';
      const input = { sessionId: '00000000-0000-4000-8000-000000000000', name: 'A', email: 'a@mail.test' };
      for (let i = 0; i < LIMIT; i += 1) expect(codeOf(await apps.client.request(register, { i: input }))).toBe('NOT_FOUND');
      expect(codeOf(await apps.client.request(register, { i: input }))).toBe('RATE_LIMITED');
    });

    it('limits password guesses on the queue dashboard', async () => {
      const basic = `Basic ${Buffer.from(`${apps.config.adminEmail}:wrong-password`).toString('base64')}`;
      const statuses = [];
      for (let i = 0; i <= LIMIT; i += 1) {
        statuses.push((await fetch(`${apps.baseUrl}/admin/queues`, { headers: { authorization: basic } })).status);
      }
      expect(statuses).toEqual([...Array(LIMIT).fill(401), 429]);
    });

    it('lets requests through when Redis is unreachable, and limits again when it is back', async () => {
      await redis.stop();
      try {
        for (let i = 0; i < LIMIT + 3; i += 1) expect(codeOf(await wrongLogin(apps.client))).toBe('UNAUTHENTICATED');
      } finally {
        await redis.start();
      }
      const deadline = Date.now() + 15_000;
      let code: string | undefined;
      while (code !== 'RATE_LIMITED' && Date.now() < deadline) code = codeOf(await wrongLogin(apps.client));
      expect(code).toBe('RATE_LIMITED');
    });
  });

  describe('GraphQL documents', () => {
    const nested = (depth: number): string => (depth === 0 ? 'id' : `workshop { sessions { ${nested(depth - 1)} } }`);

    it('accepts the deepest contract query: a catalog page with workshop, agency, room and branch', async () => {
      const result = await apps.client.request(
        `query { sessions(first: 50) { edges { cursor node { id startsAt endsAt seatsRemaining seatsTaken capacity
          workshop { id title summary agency { id name kind } }
          room { id name features } branch { id name timeZone } } } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(result.errors).toBeUndefined();
    });

    it('refuses documents past the depth, alias, directive and token limits before running them', async () => {
      const deep = await apps.client.request(`query { sessions { edges { node { ${nested(GRAPHQL_LIMITS.depth)} } } } }`);
      expect(codeOf(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(deep.errors?.[0].message).toMatch(/depth/i);

      const aliases = Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `b${i}: branches { id }`).join(' ');
      expect(codeOf(await apps.client.request(`query { ${aliases} }`))).toBe('GRAPHQL_VALIDATION_FAILED');

      const directives = Array.from({ length: GRAPHQL_LIMITS.directives + 1 }, () => '@include(if: true)').join(' ');
      expect(codeOf(await apps.client.request(`query { branches ${directives} { id } }`))).toBe('GRAPHQL_VALIDATION_FAILED');

      const tokens = Array.from({ length: GRAPHQL_LIMITS.tokens }, () => 'id').join(' ');
      const long = await apps.client.request(`query { branches { ${tokens} } }`);
      expect(codeOf(long)).toBe('GRAPHQL_PARSE_FAILED');
      expect(long.errors?.[0].message).toMatch(/tokens/);
    });

    it('runs only subscriptions over the WebSocket, where neither the limits nor the rate limits would see them', async () => {
      const ws = createClient({ url: apps.client.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
      try {
        const answer = await new Promise<unknown>((resolve) =>
          ws.subscribe(
            { query: 'mutation { login(email: "a@library.test", password: "x") { accessToken } }' },
            { next: resolve, error: resolve, complete: () => resolve('completed') },
          ),
        );
        expect(JSON.stringify(answer)).toContain('Only subscriptions run over the WebSocket');
      } finally {
        await ws.dispose();
      }
    });

    it('does not suggest field names outside development', async () => {
      const result = await apps.client.request('query { sesions { edges { node { id } } } }');
      expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    });
  });

  describe('HTTP', () => {
    it('refuses a body over 1 MB with 413, without running or echoing it', async () => {
      const response = await fetch(`${apps.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query { branches { id } } # ${'x'.repeat(1_100_000)}` }),
      });
      expect(response.status).toBe(413);
      const text = await response.text();
      expect(text.length).toBeLessThan(2_000);
      expect(text).not.toMatch(/at \w+ \(|node_modules/);
    });

    it('sets security headers and no X-Powered-By', async () => {
      for (const path of ['/graphql?query=%7B__typename%7D', '/health/live', '/registration', '/admin/queues']) {
        const response = await fetch(`${apps.baseUrl}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
        expect({ path, csp: response.headers.get('content-security-policy') }).toEqual({
          path,
          csp: expect.stringContaining("default-src 'self'"),
        });
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });

    it('allows the configured browser origins only', async () => {
      const preflight = (origin: string) =>
        fetch(`${apps.baseUrl}/graphql`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      expect((await preflight('https://catalog.library.test')).headers.get('access-control-allow-origin')).toBe(
        'https://catalog.library.test',
      );
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('e-mail content', () => {
    beforeEach(forgetAttempts);

    it('escapes what patrons and partners type in the HTML of e-mails', async () => {
      const admin = await apps.adminToken();
      const branch = await createBranch(apps.client, admin);
      const room = await createRoom(apps.client, admin, branch.id);
      const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
      const partner = await verifiedPartner(apps.client, coordinator.token);
      const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
        title: 'Budgeting <b>basics</b>',
        sessions: [{ startsAt: localAt(10, '10:00'), endsAt: localAt(10, '11:00'), branchId: branch.id, roomId: room.id }],
      });
      const patron = await register(apps.client, sessions[0].id, { name: '<img src=x onerror=alert(1)>Ana' });
      const mail = await apps.smtp.waitForMail(patron.email, /^You're registered/);
      expect(mail.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;Ana');
      expect(mail.html).toContain('Budgeting &lt;b&gt;basics&lt;/b&gt;');
      expect(mail.html).not.toMatch(/<img src=x|<b>basics/);
    });
  });
});
