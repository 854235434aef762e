import { TestApps } from './support/test-apps';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the GraphQL IDE at /graphql', () => {
  describe('in development (and tests)', () => {
    let apps: TestApps;

    beforeAll(async () => {
      apps = await TestApps.start({ worker: false });
    });

    afterAll(async () => {
      await apps?.close();
    });

    it('answers a browser with the IDE, whose files the API serves itself', async () => {
      const page = await fetch(`${apps.baseUrl}/graphql`, { headers: BROWSER });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('/graphql-ide/ruru.js');
      // Nothing from another origin: every script and style the page names is the API's own.
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((s) => !s.startsWith('/graphql-ide/'))).toEqual([]);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:/);

      const script = await fetch(`${apps.baseUrl}/graphql-ide/ruru.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
      expect((await fetch(`${apps.baseUrl}/graphql-ide/nothing-here.js`)).status).toBe(404);
    });

    it('leaves GraphQL over GET and POST, and the rest of the API’s policy, as they were', async () => {
      const get = await fetch(`${apps.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
      const post = await apps.client.request('{ __typename }');
      expect(post.data).toEqual({ __typename: 'Query' });
      const health = await fetch(`${apps.baseUrl}/health/live`);
      // Elsewhere scripts stay same-origin only, inline ones refused.
      expect(health.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    });
  });

  describe('in production', () => {
    let apps: TestApps;

    beforeAll(async () => {
      apps = await TestApps.start({ worker: false, env: { NODE_ENV: 'production' } });
    });

    afterAll(async () => {
      await apps?.close();
    });

    it('is not there', async () => {
      const page = await fetch(`${apps.baseUrl}/graphql`, { headers: BROWSER });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
      expect(await page.text()).not.toContain('ruru');
      expect((await fetch(`${apps.baseUrl}/graphql-ide/ruru.js`)).status).toBe(404);
    });
  });
});
