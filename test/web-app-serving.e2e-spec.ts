import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyAsPartner } from './support/factories';
import { TestApps } from './support/test-apps';

/**
 * The API serves the built web app at `/`, and keeps a browser's session in an httpOnly cookie.
 * What the pages do is the browser suites' business (test/web); this is the HTTP underneath.
 */
describe('the web app, as the API serves it', () => {
  let apps: TestApps;
  const html = { accept: 'text/html,application/xhtml+xml' };

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
  });

  afterAll(async () => {
    await apps?.close();
  });

  describe('pages and assets', () => {
    it('answers every app route with index.html, revalidated every time', async () => {
      for (const path of [
        '/',
        '/sessions/5b0e7c52-0000-4000-8000-000000000000',
        '/registration',
        '/partner/workshops/new',
        '/no/such/page',
      ]) {
        const page = await fetch(`${apps.baseUrl}${path}`, { headers: html });
        expect([path, page.status]).toEqual([path, 200]);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(page.headers.get('cache-control')).toBe('no-cache');
        expect(await page.text()).toContain('<div id="root"></div>');
      }
    });

    it('keeps hashed assets for a year and answers a missing one with 404, not the page', async () => {
      const script = readdirSync(join(apps.config.webDir, 'assets')).find((f) => /^index-.*\.js$/.test(f))!;
      const asset = await fetch(`${apps.baseUrl}/assets/${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // Compressed for the browsers that say they take it (fetch does, and undoes it).
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      const graphql = await fetch(`${apps.baseUrl}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': '1' } });
      expect(graphql.headers.get('content-encoding')).toBeNull();
      const missing = await fetch(`${apps.baseUrl}/assets/index-gone.js`, { headers: html });
      expect(missing.status).toBe(404);
    });

    it('leaves the API’s own paths to the API, and what is not a page to GraphQL', async () => {
      const live = await fetch(`${apps.baseUrl}/health/live`, { headers: html });
      expect(live.status).toBe(200);
      expect(live.headers.get('content-type')).toMatch(/json/);
      const calendar = await fetch(`${apps.baseUrl}/calendar/sessions/nothing.ics`, { headers: html });
      expect(calendar.status).toBe(404);
      expect(await calendar.text()).not.toContain('<div id="root">');
      // Only a browser's navigation (Accept: text/html) gets the page; a POST never does.
      expect((await fetch(`${apps.baseUrl}/sessions/x`)).status).toBe(404);
      const post = await fetch(`${apps.baseUrl}/sessions/x`, { method: 'POST', headers: html });
      expect(post.status).toBe(404);
    });

    it('allows nothing from another origin (the Content-Security-Policy)', async () => {
      const page = await fetch(`${apps.baseUrl}/`, { headers: html });
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      // Scripts from this origin, which may compile WebAssembly (the QR decoder) but not eval JavaScript.
      const scripts = csp.split(';').find((directive) => directive.startsWith('script-src '));
      expect(scripts).toBe("script-src 'self' 'wasm-unsafe-eval'");
    });
  });

  describe('the session cookie', () => {
    const LOGIN = `mutation($email: String!, $password: String!, $useCookie: Boolean) {
      login(email: $email, password: $password, useCookie: $useCookie) { user { email } } }`;
    const ME = 'query { me { email } }';

    const post = (query: string, variables: Record<string, unknown>, cookie?: string) =>
      fetch(`${apps.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const cookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('commonroom_session='));

    it('is set only when asked, httpOnly and SameSite=Strict, and signs the browser in', async () => {
      const partner = await applyAsPartner(apps.client);
      const plain = await post(LOGIN, { email: partner.email, password: partner.password });
      expect(cookieOf(plain)).toBeUndefined();

      const signedIn = await post(LOGIN, { email: partner.email, password: partner.password, useCookie: true });
      const setCookie = cookieOf(signedIn)!;
      expect(setCookie).toMatch(/; HttpOnly/i);
      expect(setCookie).toMatch(/; SameSite=Strict/i);
      expect(setCookie).toMatch(/; Path=\//);
      expect(setCookie).toMatch(/; Expires=/);
      expect(setCookie).not.toMatch(/; Secure/i); // plain http here; PUBLIC_URL https adds it
      const cookie = setCookie.split(';')[0];

      const me = (await (await post(ME, {}, cookie)).json()) as any;
      expect(me.data.me.email).toBe(partner.email.toLowerCase());
    });

    it('ends with logout, and an expired or revoked one says the session ended and is cleared', async () => {
      const partner = await applyAsPartner(apps.client);
      const signedIn = await post(LOGIN, { email: partner.email, password: partner.password, useCookie: true });
      const cookie = cookieOf(signedIn)!.split(';')[0];

      const out = await post('mutation { logout }', {}, cookie);
      expect(((await out.json()) as any).data.logout).toBe(true);
      expect(cookieOf(out)).toMatch(/^commonroom_session=;.*Expires=Thu, 01 Jan 1970/);

      // The old cookie itself no longer signs anyone in once the token is revoked (a password
      // change revokes every session); public reads keep working, and protected ones say why.
      await apps.db.query('UPDATE app_user SET token_version = token_version + 1 WHERE id = ?', [partner.userId]);
      const publicRead = await post(ME, {}, cookie);
      expect(((await publicRead.json()) as any).data.me).toBeNull();
      expect(cookieOf(publicRead)).toMatch(/^commonroom_session=;/);
      const protectedRead: any = await (
        await post('mutation { changePassword(currentPassword: "x", newPassword: "another-password-1") }', {}, cookie)
      ).json();
      expect(protectedRead.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(protectedRead.errors[0].message).toBe('Your session has ended; sign in again');
      expect(protectedRead.errors[0].extensions.sessionEnded).toBe(true);
    });

    it('is refused on a cross-site simple request (CSRF prevention stays on)', async () => {
      const partner = await applyAsPartner(apps.client);
      const signedIn = await post(LOGIN, { email: partner.email, password: partner.password, useCookie: true });
      const cookie = cookieOf(signedIn)!.split(';')[0];
      // What a form on another site could send: text/plain, no preflight.
      const forged = await fetch(`${apps.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      expect(forged.status).toBe(400);
      expect(cookieOf(forged)).toBeUndefined();
    });
  });
});
