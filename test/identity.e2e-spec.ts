import { JwtService } from '@nestjs/jwt';
import { applyAsPartner, createCoordinator, unique } from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { tokenFromMail } from './support/links';
import { TestApps } from './support/test-apps';

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresAt user { id email role } } }';
const RESET =
  'mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { accessToken user { email } } }';
const ME = '{ me { id email role active } }';

describe('identity', () => {
  let apps: TestApps;
  let admin: string;

  beforeAll(async () => {
    apps = await TestApps.start();
    admin = await apps.adminToken();
  });

  afterAll(async () => {
    await apps?.close();
  });

  describe('log-in', () => {
    it('returns a token that identifies the user, and an expiry', async () => {
      const data = await apps.client.must(LOGIN, { email: 'ADMIN@commonroom.test', password: 'admin-password-for-tests' });
      expect(data.login.user).toMatchObject({ email: 'admin@commonroom.test', role: 'ADMIN' });
      expect(Date.parse(data.login.expiresAt)).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
      const me = await apps.client.must(ME, {}, data.login.accessToken);
      expect(me.me.email).toBe('admin@commonroom.test');
    });

    it('answers a wrong password and an unknown address alike, with UNAUTHENTICATED', async () => {
      const wrong = await apps.client.request(LOGIN, { email: 'admin@commonroom.test', password: 'not-the-password' });
      const unknown = await apps.client.request(LOGIN, { email: `nobody-${unique()}@library.test`, password: 'whatever-password' });
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
      expect(errorOf(wrong).message).toBe(errorOf(unknown).message);
      expect(wrong.data).toBeNull();
    });

    it('refuses missing, malformed, forged and expired access tokens', async () => {
      const anonymous = await apps.client.request('{ users { totalCount } }');
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

      const malformed = await apps.client.request(ME, {}, 'not-a-jwt');
      expect(codeOf(malformed)).toBe('UNAUTHENTICATED');

      const forged = new JwtService({ secret: 'someone-elses-secret-of-enough-length' }).sign(
        { sub: 'x', ver: 0 },
        { issuer: 'commonroom' },
      );
      expect(codeOf(await apps.client.request(ME, {}, forged))).toBe('UNAUTHENTICATED');

      const me = await apps.client.must(ME, {}, admin);
      const expired = apps.api.get(JwtService).sign({ sub: me.me.id, ver: 0 }, { expiresIn: -10 });
      const result = await apps.client.request(ME, {}, expired);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(errorOf(result).message).toMatch(/expired/);
    });
  });

  describe('roles', () => {
    it('refuses an ADMIN mutation to a partner (FORBIDDEN) and to nobody (UNAUTHENTICATED), creating nothing', async () => {
      const partner = await applyAsPartner(apps.client);
      const name = `Forbidden Branch ${unique()}`;
      const create = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }`;
      const input = { name, timeZone: 'America/Chicago', openingHours: [] };
      expect(codeOf(await apps.client.request(create, { input }, partner.token))).toBe('FORBIDDEN');
      expect(codeOf(await apps.client.request(create, { input }))).toBe('UNAUTHENTICATED');
      const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
      expect(codeOf(await apps.client.request(create, { input }, coordinator.token))).toBe('FORBIDDEN');
      const [{ n }] = await apps.db.query('SELECT COUNT(*) AS n FROM branch WHERE name = ?', [name]);
      expect(Number(n)).toBe(0);
    });
  });

  describe('password reset', () => {
    it('e-mails a single-use link whose token sets a new password', async () => {
      const partner = await applyAsPartner(apps.client);
      const asked = await apps.client.must('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: partner.email });
      expect(asked.requestPasswordReset).toBe(true);

      const mail = await apps.smtp.waitForMail(partner.email, /Reset your Commonroom password/);
      expect(mail.text).toContain('http://localhost:3999/account/password#token=');
      // The link lands in the web app (its page reads the token from the fragment, never sent to
      // the server; the browser tests use it).
      const page = await fetch(`${apps.baseUrl}/account/password`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
      const token = tokenFromMail(mail);
      expect(token).toHaveLength(43);
      const [stored] = await apps.db.query(
        `SELECT t.token_hash, t.salt FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = ?`,
        [partner.email],
      );
      expect(JSON.stringify(stored)).not.toContain(token);

      const reset = await apps.client.must(RESET, { token, newPassword: 'a-brand-new-password' });
      expect(reset.resetPassword.user.email).toBe(partner.email);
      expect(codeOf(await apps.client.request(LOGIN, { email: partner.email, password: partner.password }))).toBe('UNAUTHENTICATED');
      await apps.login(partner.email, 'a-brand-new-password');
      // Tokens issued before the reset stop working.
      expect(codeOf(await apps.client.request(ME, {}, partner.token))).toBe('UNAUTHENTICATED');

      const again = await apps.client.request(RESET, { token, newPassword: 'yet-another-password' });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(errorOf(again).extensions?.fields).toHaveProperty('token');
    });

    it('gives the same answer for an unknown address and sends nothing', async () => {
      const address = `ghost-${unique()}@library.test`;
      const asked = await apps.client.must('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: address });
      expect(asked.requestPasswordReset).toBe(true);
      const [{ n }] = await apps.db.query('SELECT COUNT(*) AS n FROM notification WHERE recipient = ?', [address]);
      expect(Number(n)).toBe(0);
    });

    it('refuses an expired link and a made-up one, and keeps the password', async () => {
      const partner = await applyAsPartner(apps.client);
      await apps.client.must('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: partner.email });
      const token = tokenFromMail(await apps.smtp.waitForMail(partner.email, /Reset/));
      await apps.db.query(`UPDATE account_token t JOIN app_user u ON u.id = t.user_id SET t.expires_at = ? WHERE u.email = ?`, [
        new Date(Date.now() - 1000),
        partner.email,
      ]);
      expect(codeOf(await apps.client.request(RESET, { token, newPassword: 'a-brand-new-password' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await apps.client.request(RESET, { token: 'A'.repeat(43), newPassword: 'a-brand-new-password' }))).toBe(
        'BAD_USER_INPUT',
      );
      await apps.login(partner.email, partner.password);
    });

    it('refuses a new password that is too short, naming the field', async () => {
      const partner = await applyAsPartner(apps.client);
      const result = await apps.client.request(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
        { c: partner.password, n: 'short' },
        partner.token,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(errorOf(result).extensions?.fields).toEqual({ newPassword: 'must be at least 10 characters' });
      await apps.login(partner.email, partner.password);
    });

    it('changes a password only with the current one', async () => {
      const partner = await applyAsPartner(apps.client);
      const change = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
      const wrong = await apps.client.request(change, { c: 'wrong-password-here', n: 'another-password-1' }, partner.token);
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(errorOf(wrong).extensions?.fields).toHaveProperty('currentPassword');
      await apps.client.must(change, { c: partner.password, n: 'another-password-1' }, partner.token);
      await apps.login(partner.email, 'another-password-1');
      // Every session before the change has ended, the one that made it too (it signs in again).
      const after = await apps.client.request(change, { c: 'another-password-1', n: 'another-password-2' }, partner.token);
      expect(codeOf(after)).toBe('UNAUTHENTICATED');
    });
  });

  describe('invitations and accounts', () => {
    it('invites a staff user created without a password; the link sets it', async () => {
      const email = `new-staff-${unique()}@library.test`;
      const created = await apps.client.must(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active } }`,
        { input: { email, displayName: 'Jordan Lee', role: 'COORDINATOR' } },
        admin,
      );
      expect(created.createUser).toMatchObject({ email, role: 'COORDINATOR', active: true });
      const mail = await apps.smtp.waitForMail(email, /Commonroom account/);
      expect(mail.text).toContain('Jordan Lee');
      const result = await apps.client.must(RESET, { token: tokenFromMail(mail), newPassword: 'jordans-password-1' });
      expect(result.resetPassword.user.email).toBe(email);
      await apps.login(email, 'jordans-password-1');
    });

    it('invites a new agency member, added by a colleague', async () => {
      const partner = await applyAsPartner(apps.client);
      const email = `colleague-${unique()}@agency.test`;
      await apps.client.must(
        `mutation($input: AgencyMemberInput!) { addAgencyMember(input: $input) { id role agency { id } } }`,
        { input: { agencyId: partner.agencyId, email, displayName: 'Sam Colleague' } },
        partner.token,
      );
      const mail = await apps.smtp.waitForMail(email, new RegExp(partner.agencyName));
      expect(mail.html).toContain(partner.agencyName);
      await apps.client.must(RESET, { token: tokenFromMail(mail), newPassword: 'colleague-password' });
      const token = await apps.login(email, 'colleague-password');
      const me = await apps.client.must('{ me { agency { id } } }', {}, token);
      expect(me.me.agency.id).toBe(partner.agencyId);
    });

    it("lets the admin rename a user and choose a coordinator's branches", async () => {
      const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
      const branch = await apps.client.must(
        'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id name } }',
        { input: { name: `Branch ${unique()}`, timeZone: 'America/New_York', openingHours: [] } },
        admin,
      );
      const update =
        'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { displayName role branches { name } } }';
      const updated = await apps.client.must(
        update,
        { id: coordinator.id, input: { displayName: 'Casey R.', branchIds: [branch.createBranch.id] } },
        admin,
      );
      expect(updated.updateUser).toEqual({ displayName: 'Casey R.', role: 'COORDINATOR', branches: [{ name: branch.createBranch.name }] });
      const unknown = await apps.client.request(
        update,
        { id: coordinator.id, input: { branchIds: ['00000000-0000-4000-8000-000000000000'] } },
        admin,
      );
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const toPartner = await apps.client.request(update, { id: coordinator.id, input: { role: 'PARTNER' } }, admin);
      expect(codeOf(toPartner)).toBe('BAD_USER_INPUT');
      const me = await apps.client.must('{ me { displayName branches { name } } }', {}, coordinator.token);
      expect(me.me).toEqual({ displayName: 'Casey R.', branches: [{ name: branch.createBranch.name }] });
      expect(codeOf(await apps.client.request(update, { id: coordinator.id, input: { displayName: 'Me' } }, coordinator.token))).toBe(
        'FORBIDDEN',
      );
    });

    it('gives desk staff at least one branch, and takes away a branch at once', async () => {
      const branch = async () =>
        (
          await apps.client.must(
            'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id name } }',
            { input: { name: `Branch ${unique()}`, timeZone: 'America/New_York', openingHours: [] } },
            admin,
          )
        ).createBranch as { id: string; name: string };
      const [eastside, westside] = [await branch(), await branch()];
      const create = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id role branches { name } } }';
      const input = { email: `desk-${unique()}@library.test`, displayName: 'Desk Staff', role: 'STAFF', password: 'desk-password-1' };
      const without = await apps.client.request(create, { input }, admin);
      expect(codeOf(without)).toBe('BAD_USER_INPUT');
      expect(Object.keys(errorOf(without).extensions?.fields as object)).toEqual(['input.branchIds']);
      expect(codeOf(await apps.client.request(LOGIN, { email: input.email, password: input.password }))).toBe('UNAUTHENTICATED');

      const created = await apps.client.must(create, { input: { ...input, branchIds: [eastside.id] } }, admin);
      expect(created.createUser).toMatchObject({ role: 'STAFF', branches: [{ name: eastside.name }] });
      const token = await apps.login(input.email, input.password);
      const me = await apps.client.must('{ me { role branches { name } } }', {}, token);
      expect(me.me).toEqual({ role: 'STAFF', branches: [{ name: eastside.name }] });

      const update = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { branches { name } } }';
      const id = created.createUser.id as string;
      expect(codeOf(await apps.client.request(update, { id, input: { branchIds: [] } }, admin))).toBe('BAD_USER_INPUT');
      await apps.client.must(update, { id, input: { branchIds: [westside.id] } }, admin);
      // The token already issued follows the change: the desk's rights are read on every request.
      expect((await apps.client.must('{ me { branches { name } } }', {}, token)).me.branches).toEqual([{ name: westside.name }]);
      // A coordinator who becomes desk staff keeps the branches they had, and needs one.
      const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
      const toStaff = await apps.client.request(update, { id: coordinator.id, input: { role: 'STAFF' } }, admin);
      expect(codeOf(toStaff)).toBe('BAD_USER_INPUT');
      const moved = await apps.client.must(update, { id: coordinator.id, input: { role: 'STAFF', branchIds: [eastside.id] } }, admin);
      expect(moved.updateUser.branches).toEqual([{ name: eastside.name }]);
    });

    it('stops a deactivated user at once: log-in and existing tokens', async () => {
      const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
      await apps.client.must('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: coordinator.id }, admin);
      expect(codeOf(await apps.client.request(ME, {}, coordinator.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await apps.client.request(LOGIN, { email: coordinator.email, password: coordinator.password }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses a duplicate address on the e-mail field, creating nothing', async () => {
      const partner = await applyAsPartner(apps.client);
      const result = await apps.client.request(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email: partner.email.toUpperCase(), displayName: 'Copy', role: 'COORDINATOR', password: 'some-password-1' } },
        admin,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(errorOf(result).extensions?.fields).toEqual({ 'input.email': 'is already in use' });
      const [{ n }] = await apps.db.query('SELECT COUNT(*) AS n FROM app_user WHERE email = ?', [partner.email]);
      expect(Number(n)).toBe(1);
    });

    it('lets coordinators see e-mail addresses and partners only their colleagues', async () => {
      const one = await applyAsPartner(apps.client);
      const other = await applyAsPartner(apps.client);
      const listed = await apps.client.must<{ users: { nodes: Array<{ email: string | null }>; totalCount: number } }>(
        '{ users(first: 100) { totalCount nodes { email } } }',
        {},
        one.token,
      );
      expect(listed.users.nodes).toEqual([{ email: one.email }]);
      const user = await apps.client.must(`query($id: ID!) { agency(id: $id) { members { email } } }`, { id: one.agencyId }, other.token);
      expect(user.agency).toBeNull();
    });
  });
});
