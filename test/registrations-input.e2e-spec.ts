import {
  createBranch,
  createCoordinator,
  createRoom,
  localAt,
  register,
  REGISTER,
  scheduledWorkshop,
  verifiedPartner,
} from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { TestApps } from './support/test-apps';

describe('registration: bad input and closed windows change nothing', () => {
  let apps: TestApps;
  let coordinator: { token: string };
  let open: { id: string };
  let cancelled: { id: string };
  let completed: { id: string };

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin);
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const schedule = async (day: number) => {
      const room = await createRoom(apps.client, admin, branch.id);
      return (
        await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
          capacity: 10,
          sessions: [{ startsAt: localAt(day, '10:00'), endsAt: localAt(day, '11:00'), branchId: branch.id, roomId: room.id }],
        })
      ).sessions[0];
    };
    open = await schedule(5);
    cancelled = await schedule(6);
    completed = await schedule(7);
    await apps.client.must(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "Storm") { id } }',
      { id: cancelled.id },
      coordinator.token,
    );
    await apps.db.query('UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?', [
      new Date(Date.now() - 7200_000),
      new Date(Date.now() - 3600_000),
      completed.id,
    ]);
  });

  afterAll(async () => {
    await apps?.close();
  });

  const count = async () => Number((await apps.db.query('SELECT COUNT(*) n FROM registration'))[0].n);
  const attempt = (input: Record<string, unknown>) =>
    apps.client.request(REGISTER, { input: { sessionId: open.id, name: 'Pat', email: 'pat@mail.test', ...input } });

  it.each([
    ['an invalid e-mail address', { email: 'pat at mail' }, 'input.email'],
    ['a party of 0', { partySize: 0 }, 'input.partySize'],
    ['a party of 7', { partySize: 7 }, 'input.partySize'],
    ['a 10,000-character name', { name: 'N'.repeat(10_000) }, 'input.name'],
    ['a blank name', { name: '   ' }, 'input.name'],
    ['control characters in the name', { name: 'Pat\u0000\u0007' }, 'input.name'],
    ['a malformed session id', { sessionId: '1; DROP TABLE session' }, 'input.sessionId'],
    ['needs longer than 2,000 characters', { accessibilityNeeds: 'x'.repeat(2001) }, 'input.accessibilityNeeds'],
  ])('refuses %s with BAD_USER_INPUT on its field', async (_what, input, field) => {
    const before = await count();
    const result = await attempt(input);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(result).extensions?.fields ?? {})).toContain(field);
    expect(await count()).toBe(before);
  });

  it('refuses a party larger than the session, an unknown session, and cancelled or completed ones', async () => {
    const before = await count();
    const small = await apps.client.must(
      'mutation($id: ID!) { setSessionCapacity(id: $id, capacity: 3) { capacity } }',
      { id: open.id },
      coordinator.token,
    );
    expect(small.setSessionCapacity.capacity).toBe(3);
    expect(errorOf(await attempt({ partySize: 4 })).extensions?.fields).toEqual({
      'input.partySize': "is more than the session's 3 seats",
    });
    expect(codeOf(await attempt({ sessionId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(codeOf(await attempt({ sessionId: cancelled.id }))).toBe('REGISTRATION_CLOSED');
    expect(codeOf(await attempt({ sessionId: completed.id }))).toBe('REGISTRATION_CLOSED');
    expect(await count()).toBe(before);
  });

  it('honours the registration window: REGISTRATION_CLOSED outside it, open inside', async () => {
    const window =
      'mutation($id: ID!, $o: DateTime, $c: DateTime) { setRegistrationWindow(sessionId: $id, opensAt: $o, closesAt: $c) { registrationOpen registrationOpensAt registrationClosesAt ownRegistrationOpensAt ownRegistrationClosesAt } }';
    const later = await apps.client.must(window, { id: open.id, o: localAt(2, '09:00') }, coordinator.token);
    expect(later.setRegistrationWindow.registrationOpen).toBe(false);
    // The session's own time is told apart from the one the settings give, so that a form can keep one and not freeze the other.
    expect(later.setRegistrationWindow.ownRegistrationOpensAt).toBe(new Date(localAt(2, '09:00')).toISOString());
    expect(later.setRegistrationWindow.registrationOpensAt).toBe(later.setRegistrationWindow.ownRegistrationOpensAt);
    expect(later.setRegistrationWindow.ownRegistrationClosesAt).toBeNull();
    expect(later.setRegistrationWindow.registrationClosesAt).not.toBeNull();
    expect(codeOf(await attempt({ email: 'early@mail.test' }))).toBe('REGISTRATION_CLOSED');
    expect(codeOf(await apps.client.request(window, { id: open.id, c: localAt(9, '09:00') }, coordinator.token))).toBe('BAD_USER_INPUT');
    const reopened = await apps.client.must(window, { id: open.id, o: null, c: null }, coordinator.token);
    expect(reopened.setRegistrationWindow.registrationOpen).toBe(true);
    expect([reopened.setRegistrationWindow.ownRegistrationOpensAt, reopened.setRegistrationWindow.ownRegistrationClosesAt]).toEqual([
      null,
      null,
    ]);
    expect((await register(apps.client, open.id)).registration.status).toBe('CONFIRMED');
    // The settings decide when the session has no window of its own.
    const admin = await apps.adminToken();
    await apps.client.must(
      'mutation { updateSettings(input: { registrationOpensDaysBefore: 1 }) { registrationOpensDaysBefore } }',
      {},
      admin,
    );
    expect(codeOf(await attempt({ email: 'settings@mail.test' }))).toBe('REGISTRATION_CLOSED');
    await apps.client.must(
      'mutation { updateSettings(input: { registrationOpensDaysBefore: null }) { registrationOpensDaysBefore } }',
      {},
      admin,
    );
  });

  it('answers forged, random and malformed tokens without an error inside, and changes nothing', async () => {
    const byToken = 'query($t: String!) { registrationByToken(token: $t) { id } }';
    expect((await apps.client.must(byToken, { t: 'A'.repeat(43) })).registrationByToken).toBeNull();
    expect((await apps.client.must(byToken, { t: '<script>' })).registrationByToken).toBeNull();
    const cancel = await apps.client.request('mutation($t: String!) { cancelRegistration(token: $t) { id } }', { t: 'B'.repeat(43) });
    expect(codeOf(cancel)).toBe('NOT_FOUND');
    expect(codeOf(await apps.client.request(byToken, { t: 'x'.repeat(10_000) }))).toBe('BAD_USER_INPUT');
  });
});
