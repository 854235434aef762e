import { applyAsPartner, createCoordinator, unique } from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const AGENCY = `query($id: ID!) { agency(id: $id) { id name status contactEmail statusReason members { email } } }`;

describe('partner agencies', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string };

  beforeAll(async () => {
    apps = await TestApps.start();
    admin = await apps.adminToken();
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('refuses an application with an address already in use, creating no agency', async () => {
    const first = await applyAsPartner(apps.client);
    const name = `Second Agency ${unique()}`;
    const result = await apps.client.request(
      `mutation($input: PartnerApplicationInput!) { applyAsPartner(input: $input) { accessToken } }`,
      {
        input: {
          agency: { name, kind: 'OTHER', contactEmail: `x-${unique()}@agency.test` },
          email: first.email,
          displayName: 'Dup',
          password: 'some-password-1',
        },
      },
    );
    expect(errorOf(result).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { 'input.email': 'is already in use' } });
    const [{ n }] = await apps.db.query('SELECT COUNT(*) n FROM agency WHERE name = ?', [name]);
    expect(Number(n)).toBe(0);
  });

  it('validates the application field by field', async () => {
    const result = await apps.client.request(
      `mutation($input: PartnerApplicationInput!) { applyAsPartner(input: $input) { accessToken } }`,
      {
        input: {
          agency: { name: '   ', kind: 'OTHER', contactEmail: 'not-an-address', website: 'javascript:alert(1)' },
          email: 'member@agency.test',
          displayName: 'A'.repeat(10_000),
          password: 'short',
        },
      },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(result).extensions?.fields ?? {}).sort()).toEqual(
      ['input.agency.contactEmail', 'input.agency.name', 'input.agency.website', 'input.displayName'].sort(),
    );
  });

  it('shows contact, status reason and members to staff and members only; others get nulls, not errors', async () => {
    const agency = await applyAsPartner(apps.client);
    const stranger = await applyAsPartner(apps.client);

    const own = await apps.client.must(AGENCY, { id: agency.agencyId }, agency.token);
    expect(own.agency).toMatchObject({ contactEmail: agency.contactEmail, members: [{ email: agency.email }], status: 'PENDING' });
    const staff = await apps.client.must(AGENCY, { id: agency.agencyId }, coordinator.token);
    expect(staff.agency.contactEmail).toBe(agency.contactEmail);
    expect((await apps.client.must(AGENCY, { id: agency.agencyId }, stranger.token)).agency).toBeNull();
    expect((await apps.client.must(AGENCY, { id: agency.agencyId })).agency).toBeNull();

    // Through another path (a user's agency), a stranger sees the public fields only.
    const colleague = await apps.client.must<{ me: { agency: { contactEmail: string | null; members: unknown[] } } }>(
      '{ me { agency { contactEmail members { email } } } }',
      {},
      stranger.token,
    );
    expect(colleague.me.agency.contactEmail).toBe(stranger.contactEmail);
    expect(codeOf(await apps.client.request('{ agencies { id } }', {}, stranger.token))).toBe('FORBIDDEN');
  });

  it('suspends with a reason (e-mailed), verifies again, and refuses illegal transitions', async () => {
    const agency = await applyAsPartner(apps.client);
    const suspend = 'mutation($id: ID!, $r: String!) { suspendAgency(id: $id, reason: $r) { status statusReason } }';
    const verify = 'mutation($id: ID!) { verifyAgency(id: $id) { status statusReason } }';

    const suspended = await apps.client.must(suspend, { id: agency.agencyId, r: 'Missing proof of insurance' }, coordinator.token);
    expect(suspended.suspendAgency).toEqual({ status: 'SUSPENDED', statusReason: 'Missing proof of insurance' });
    const mail = await apps.smtp.waitForMail(agency.contactEmail, /suspended/);
    expect(mail.text).toContain('Missing proof of insurance');
    expect(mail.html).toContain(agency.agencyName);

    const again = await apps.client.request(suspend, { id: agency.agencyId, r: 'Twice' }, coordinator.token);
    expect(codeOf(again)).toBe('INVALID_STATE');
    expect((await apps.client.must(AGENCY, { id: agency.agencyId }, coordinator.token)).agency.statusReason).toBe(
      'Missing proof of insurance',
    );

    expect((await apps.client.must(verify, { id: agency.agencyId }, coordinator.token)).verifyAgency).toEqual({
      status: 'VERIFIED',
      statusReason: null,
    });
    expect(codeOf(await apps.client.request(verify, { id: agency.agencyId }, coordinator.token))).toBe('INVALID_STATE');
    expect(codeOf(await apps.client.request(verify, { id: agency.agencyId }, agency.token))).toBe('FORBIDDEN');
    await apps.smtp.waitForMail(agency.contactEmail, /verified/);
  });

  it('lets members update their agency but not another one', async () => {
    const agency = await applyAsPartner(apps.client);
    const stranger = await applyAsPartner(apps.client);
    const update = 'mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { name description website } }';
    const updated = await apps.client.must(
      update,
      { id: agency.agencyId, input: { description: 'Free clinics', website: 'https://example.org' } },
      agency.token,
    );
    expect(updated.updateAgency).toEqual({ name: agency.agencyName, description: 'Free clinics', website: 'https://example.org' });
    expect(codeOf(await apps.client.request(update, { id: agency.agencyId, input: { name: 'Hijacked' } }, stranger.token))).toBe(
      'FORBIDDEN',
    );
    const cleared = await apps.client.must(update, { id: agency.agencyId, input: { description: null } }, agency.token);
    expect(cleared.updateAgency.description).toBeNull();
  });

  it('keeps at least one active member', async () => {
    const agency = await applyAsPartner(apps.client);
    const remove = 'mutation($id: ID!) { removeAgencyMember(userId: $id) { active } }';
    expect(codeOf(await apps.client.request(remove, { id: agency.userId }, agency.token))).toBe('INVALID_STATE');
    const added = await apps.client.must(
      `mutation($input: AgencyMemberInput!) { addAgencyMember(input: $input) { id } }`,
      { input: { agencyId: agency.agencyId, email: `second-${unique()}@agency.test`, displayName: 'Second' } },
      coordinator.token,
    );
    expect((await apps.client.must(remove, { id: added.addAgencyMember.id }, agency.token)).removeAgencyMember.active).toBe(false);
  });
});
