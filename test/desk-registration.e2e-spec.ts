import { SecretKeys } from '@app/config';
import { register, unique } from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { outboxSettled } from './support/outbox';
import { startDeskWorld, type DeskWorld } from './support/desk-world';
import type { TestApps } from './support/test-apps';

const DESK = `mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) {
  manageToken registration { id status waitlistPosition name email phone contactChannel source registeredBy { id } accessibilityNeeds } } }`;
const BY_TOKEN = 'query($t: String!) { registrationByToken(token: $t) { id status phone contactChannel promotedAt } }';
const ROSTER = 'query($id: ID!) { session(id: $id) { registrations { id status phone promotedAt } } }';
const CANCEL = 'mutation($t: String!) { cancelRegistration(token: $t) { status } }';

/**
 * Registration at the desk and by phone (contract 1.1): desk staff register a patron for a session
 * at their branch with an e-mail address, or with no way to write to them at all (NONE, the patron
 * keeps the printed slip), whatever the online registration window says.
 */
describe('registration at the desk', () => {
  let apps: TestApps;
  let schedule: DeskWorld['schedule'];
  let coordinator: DeskWorld['coordinator'];
  let partner: DeskWorld['partner'];
  let desk: DeskWorld['desk'];
  let elsewhere: DeskWorld['elsewhere'];

  beforeAll(async () => {
    ({ apps, schedule, coordinator, partner, desk, elsewhere } = await startDeskWorld());
  });

  afterAll(async () => {
    await apps?.close();
  });

  const notificationsOf = async (registrationId: string): Promise<Array<{ kind: string }>> =>
    apps.db.query('SELECT kind FROM notification WHERE registration_id = ? ORDER BY created_at', [registrationId]);
  const closeOnlineRegistration = (sessionId: string) =>
    apps.client.must(
      'mutation($id: ID!, $closes: DateTime) { setRegistrationWindow(sessionId: $id, opensAt: null, closesAt: $closes) { registrationOpen } }',
      { id: sessionId, closes: new Date(Date.now() - 60_000).toISOString() },
      coordinator.token,
    );

  it('registers a patron with an e-mail address after online registration closed; the confirmation goes once', async () => {
    const session = await schedule(10);
    expect((await closeOnlineRegistration(session.id)).setRegistrationWindow.registrationOpen).toBe(false);
    const online = await apps.client.request('mutation($input: RegisterInput!) { registerForSession(input: $input) { manageToken } }', {
      input: { sessionId: session.id, name: 'Online', email: `online-${unique()}@mail.test` },
    });
    expect(codeOf(online)).toBe('REGISTRATION_CLOSED');

    const email = `walk-up-${unique()}@mail.test`;
    const input = {
      sessionId: session.id,
      name: 'Rosa',
      partySize: 2,
      contactChannel: 'EMAIL',
      email,
      source: 'PHONE',
      accessibilityNeeds: 'Uses a wheelchair',
    };
    const receipt = (await apps.client.must(DESK, { input }, desk.token)).registerAtDesk;
    expect(receipt.registration).toMatchObject({
      status: 'CONFIRMED',
      name: 'Rosa',
      email,
      phone: null,
      contactChannel: 'EMAIL',
      source: 'PHONE',
      registeredBy: { id: desk.id },
      accessibilityNeeds: 'Uses a wheelchair',
    });
    await apps.smtp.waitForMail(email, /registered/i);
    await outboxSettled(apps.db);
    expect(apps.smtp.to(email)).toHaveLength(1);

    // The same patron again: already registered, with the registration to open, and nothing sent.
    const again = await apps.client.request(DESK, { input }, desk.token);
    expect(codeOf(again)).toBe('ALREADY_REGISTERED');
    expect(errorOf(again).extensions).toMatchObject({
      registrationId: receipt.registration.id,
      fields: { 'input.email': expect.any(String) },
    });
    await outboxSettled(apps.db);
    expect(apps.smtp.to(email)).toHaveLength(1);
    expect(await notificationsOf(receipt.registration.id)).toEqual([{ kind: 'REGISTRATION_CONFIRMED' }]);
  });

  it('registers a patron who gets no messages at all, keeps their call-back number, and promotes them silently', async () => {
    const session = await schedule(1);
    const first = await register(apps.client, session.id);
    expect(first.registration.status).toBe('CONFIRMED');
    const receipt = (
      await apps.client.must(
        DESK,
        { input: { sessionId: session.id, name: 'Abdi', contactChannel: 'NONE', phone: '(312) 555-0142' } },
        desk.token,
      )
    ).registerAtDesk;
    expect(receipt.registration).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
      email: null,
      phone: '+13125550142',
      contactChannel: 'NONE',
      source: 'DESK',
    });
    // The number is the desk's: the patron's own page shows it masked, the agency never sees it.
    const mine = (await apps.client.must(BY_TOKEN, { t: receipt.manageToken })).registrationByToken;
    expect(mine).toMatchObject({ status: 'WAITLISTED', phone: '+1******0142', contactChannel: 'NONE' });
    const roster = await apps.client.must(
      'query($id: ID!) { session(id: $id) { registrations { id phone } } }',
      { id: session.id },
      partner.token,
    );
    expect(roster.session.registrations.find((r: { id: string }) => r.id === receipt.registration.id)).toBeUndefined();

    // The seat frees: the NONE patron is promoted like anyone, and told nothing.
    await apps.client.must(CANCEL, { t: first.manageToken });
    const promoted = (await apps.client.must(BY_TOKEN, { t: receipt.manageToken })).registrationByToken;
    expect(promoted).toMatchObject({ status: 'CONFIRMED', promotedAt: null });
    // The desk sees when, in its roster, to call the patron.
    const atDesk = (await apps.client.must(ROSTER, { id: session.id }, desk.token)).session.registrations;
    expect(atDesk.find((r: { id: string }) => r.id === receipt.registration.id)).toMatchObject({
      status: 'CONFIRMED',
      phone: '+13125550142',
      promotedAt: expect.any(String),
    });
    await outboxSettled(apps.db);
    expect(await notificationsOf(receipt.registration.id)).toEqual([]);
    expect(await notificationsOf(first.registration.id)).toEqual([{ kind: 'REGISTRATION_CONFIRMED' }, { kind: 'REGISTRATION_CANCELLED' }]);

    // The same number again is the same patron.
    const again = await apps.client.request(
      DESK,
      { input: { sessionId: session.id, name: 'Abdi', contactChannel: 'NONE', phone: '+1 312 555 0142' } },
      desk.token,
    );
    expect(codeOf(again)).toBe('ALREADY_REGISTERED');
    expect(errorOf(again).extensions).toMatchObject({
      registrationId: receipt.registration.id,
      fields: { 'input.phone': expect.any(String) },
    });
  });

  it('answers a request sent many times at once with one registration, and its seats taken once', async () => {
    const session = await schedule(10);
    const input = { sessionId: session.id, name: 'Mei', partySize: 3, contactChannel: 'NONE', idempotencyKey: `click-${unique()}` };
    const answers = await Promise.all(Array.from({ length: 6 }, () => apps.client.request(DESK, { input }, desk.token)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => (a.data as any).registerAtDesk.registration.id));
    const tokens = new Set(answers.map((a) => (a.data as any).registerAtDesk.manageToken));
    expect(ids.size).toBe(1);
    expect(tokens.size).toBe(1);
    const [seats] = await apps.db.query('SELECT seats_taken AS taken FROM session_seats WHERE session_id = ?', [session.id]);
    expect(Number(seats.taken)).toBe(3);
    const [rows] = await apps.db.query('SELECT COUNT(*) AS n FROM registration WHERE session_id = ?', [session.id]);
    expect(Number(rows.n)).toBe(1);
    // Another staff user's key of the same text is theirs alone.
    const mine = await apps.client.must(DESK, { input }, coordinator.token);
    expect(ids.has(mine.registerAtDesk.registration.id)).toBe(false);
    // The key answers for its own session only.
    const other = await schedule(10);
    const reused = await apps.client.request(DESK, { input: { ...input, sessionId: other.id } }, desk.token);
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(reused).extensions?.fields ?? {})).toEqual(['input.idempotencyKey']);
  });

  it('is for desk staff of the session’s branch, and refuses what it cannot do with the field named', async () => {
    const session = await schedule(10);
    const valid = { sessionId: session.id, name: 'Lena', contactChannel: 'NONE' };
    const fieldOf = (answer: Awaited<ReturnType<typeof apps.client.request>>) => Object.keys(errorOf(answer).extensions?.fields ?? {});
    expect(codeOf(await apps.client.request(DESK, { input: valid }, elsewhere.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(DESK, { input: valid }, partner.token))).toBe('FORBIDDEN');
    expect(codeOf(await apps.client.request(DESK, { input: valid }))).toBe('UNAUTHENTICATED');
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ contactChannel: 'SMS', phone: '(312) 555-0150' }, 'input.contactChannel'],
      [{ contactChannel: 'EMAIL' }, 'input.email'],
      [{ contactChannel: 'EMAIL', email: `x-${unique()}@mail.test`, phone: '(312) 555-0150' }, 'input.phone'],
      [{ contactChannel: 'NONE', email: `x-${unique()}@mail.test` }, 'input.email'],
      [{ phone: '555' }, 'input.phone'],
      [{ source: 'ONLINE' }, 'input.source'],
      [{ partySize: 7 }, 'input.partySize'],
    ];
    for (const [patch, field] of refusals) {
      const answer = await apps.client.request(DESK, { input: { ...valid, ...patch } }, desk.token);
      expect({ patch, code: codeOf(answer), fields: fieldOf(answer) }).toEqual({ patch, code: 'BAD_USER_INPUT', fields: [field] });
    }
    const [rows] = await apps.db.query('SELECT COUNT(*) AS n FROM registration WHERE session_id = ?', [session.id]);
    expect(Number(rows.n)).toBe(0);
  });

  it('prints a slip in the patron’s language from a short-lived signed link, which cannot be forged', async () => {
    const session = await schedule(2);
    await register(apps.client, session.id, { partySize: 2 });
    const input = { sessionId: session.id, name: 'Amara', partySize: 2, contactChannel: 'NONE', phone: '(312) 555-0177', language: 'es' };
    const receipt = (
      await apps.client.must(
        'mutation($input: DeskRegistrationInput!) { registerAtDesk(input: $input) { manageToken registration { id slipUrl } } }',
        { input },
        desk.token,
      )
    ).registerAtDesk;
    const slipUrl: string = receipt.registration.slipUrl;
    expect(slipUrl).toMatch(/\/slips\/[\w-]+\?expires=\d+&signature=[\w-]+$/);
    const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, apps.baseUrl);
    const page = await fetch(local(slipUrl));
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Amara');
    expect(html).toContain('Tiene el número 1 en la lista de espera');
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toMatch(/\/r\/[\w-]{12}/);
    // The patron's own page gets a link too; the agency's members never.
    const mine = await apps.client.must('query($t: String!) { registrationByToken(token: $t) { slipUrl } }', { t: receipt.manageToken });
    expect(mine.registrationByToken.slipUrl).toMatch(/\/slips\//);
    const roster = await apps.client.must(
      'query($id: ID!) { session(id: $id) { registrations { id slipUrl } } }',
      { id: session.id },
      coordinator.token,
    );
    expect(roster.session.registrations.find((r: { id: string }) => r.id === receipt.registration.id).slipUrl).toMatch(/\/slips\//);

    // Altered, forged or expired links open nothing.
    const url = new URL(local(slipUrl));
    const altered = new URL(url);
    altered.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 60_000));
    expect((await fetch(altered)).status).toBe(403);
    const forged = new URL(url);
    forged.searchParams.set('signature', 'x'.repeat(43));
    expect((await fetch(forged)).status).toBe(403);
    const past = Date.now() - 1000;
    const expired = new URL(url);
    expired.searchParams.set('expires', String(past));
    expired.searchParams.set('signature', new SecretKeys(apps.config).sign('signed-link', `slip:${receipt.registration.id}:${past}`));
    const answer = await fetch(expired);
    expect(answer.status).toBe(403);
    expect(await answer.text()).toMatch(/expired/);

    // Cancelled: no slip any more, and the old link shows nothing.
    await apps.client.must('mutation($t: String!) { cancelRegistration(token: $t) { status } }', { t: receipt.manageToken });
    expect(
      (await apps.client.must('query($t: String!) { registrationByToken(token: $t) { slipUrl } }', { t: receipt.manageToken }))
        .registrationByToken.slipUrl,
    ).toBeNull();
    expect((await fetch(local(slipUrl))).status).toBe(404);
  });
});
