import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from './support/factories';
import { codeOf } from './support/graphql-client';
import { countQueries } from './support/query-counter';
import { TestApps } from './support/test-apps';

const CATALOG = `query($f: SessionFilter, $first: Int, $after: String) { sessions(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id status startsAt seatsRemaining registrationOpen workshop { title agency { name } } room { name } branch { name } } } }`;

describe('the catalog', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string };
  let health: Partner;
  let legal: Partner;
  let central: { id: string };
  let eastside: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    admin = await apps.adminToken();
    central = await createBranch(apps.client, admin, { timeZone: 'America/Chicago', openingHours: allWeek('07:00', '22:00') });
    eastside = await createBranch(apps.client, admin, { timeZone: 'America/Chicago', openingHours: allWeek('07:00', '22:00') });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    health = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Riverside Public Health' } });
    legal = await verifiedPartner(apps.client, coordinator.token, { agency: { name: 'Lakeshore Legal Aid' } });
    const roomA = await createRoom(apps.client, admin, central.id, { name: 'A' });
    const roomB = await createRoom(apps.client, admin, eastside.id, { name: 'B', features: ['HEARING_LOOP', 'QUIET_ROOM'] });
    const stress = await scheduledWorkshop(apps.client, health.token, coordinator.token, {
      title: 'Stress management',
      tags: ['health', 'stress-management'],
      audience: ['ADULTS'],
      languages: ['en', 'es'],
      capacity: 2,
      sessions: [
        {
          startsAt: localAt(5, '10:00'),
          endsAt: localAt(5, '11:00'),
          branchId: central.id,
          roomId: roomA.id,
          recurrence: 'FREQ=WEEKLY;COUNT=3',
        },
      ],
    });
    const tenants = await scheduledWorkshop(apps.client, legal.token, coordinator.token, {
      title: 'Tenant rights',
      tags: ['housing'],
      audience: ['SENIORS'],
      languages: ['en'],
      sessions: [
        {
          startsAt: localAt(6, '10:00'),
          endsAt: localAt(6, '11:00'),
          branchId: eastside.id,
          roomId: roomB.id,
          recurrence: 'FREQ=WEEKLY;COUNT=3',
        },
      ],
    });
    ids.stress1 = stress.sessions[0].id;
    ids.tenants = tenants.sessions[0].id;
    await register(apps.client, ids.stress1, { partySize: 2 });
    await apps.client.must(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "Snow") { id } }',
      { id: tenants.sessions[2].id },
      coordinator.token,
    );
    const draft = await createWorkshop(apps.client, health.token, {
      title: 'Draft idea',
      sessions: [{ startsAt: localAt(7, '12:00'), endsAt: localAt(7, '13:00'), branchId: central.id }],
    });
    ids.draftSession = draft.sessions[0].id;
  });

  afterAll(async () => {
    await apps?.close();
  });

  const titles = async (filter: Record<string, unknown>, token?: string) =>
    (await apps.client.must(CATALOG, { f: filter, first: 100 }, token)).sessions.nodes.map(
      (n: { workshop: { title: string } }) => n.workshop.title,
    );

  it('lists scheduled sessions by start, with seats and the nested objects', async () => {
    const page = (await apps.client.must(CATALOG, { first: 100 })).sessions;
    expect(page.totalCount).toBe(5);
    const starts = page.nodes.map((n: { startsAt: string }) => n.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(page.nodes[0]).toMatchObject({
      id: ids.stress1,
      status: 'SCHEDULED',
      seatsRemaining: 0,
      registrationOpen: true,
      workshop: { title: 'Stress management', agency: { name: 'Riverside Public Health' } },
    });
  });

  it('filters by branch, agency, tags, audience, language, free seats, text and status', async () => {
    expect(await titles({ branchIds: [eastside.id] })).toEqual(['Tenant rights', 'Tenant rights']);
    expect(await titles({ agencyId: health.agencyId })).toEqual(['Stress management', 'Stress management', 'Stress management']);
    expect(new Set(await titles({ tags: ['Housing', 'nothing'] }))).toEqual(new Set(['Tenant rights']));
    expect(new Set(await titles({ audience: ['ADULTS'] }))).toEqual(new Set(['Stress management']));
    expect(new Set(await titles({ language: 'es' }))).toEqual(new Set(['Stress management']));
    expect(await titles({ hasSeats: true, agencyId: health.agencyId })).toHaveLength(2);
    expect(new Set(await titles({ text: 'TENANT' }))).toEqual(new Set(['Tenant rights']));
    expect(await titles({ statuses: ['CANCELLED'] })).toEqual(['Tenant rights']);
    expect(await titles({ from: localAt(12, '00:00') })).toHaveLength(3);
  });

  it('filters by the room’s accessibility features: every one asked for', async () => {
    expect(await titles({ roomFeatures: ['HEARING_LOOP'] })).toEqual(['Tenant rights', 'Tenant rights']);
    expect(await titles({ roomFeatures: ['HEARING_LOOP', 'QUIET_ROOM'] })).toEqual(['Tenant rights', 'Tenant rights']);
    expect(await titles({ roomFeatures: ['HEARING_LOOP', 'KITCHEN'] })).toEqual([]);
    expect(await titles({ roomFeatures: [] })).toHaveLength(5);
  });

  it('shows proposed sessions only to staff and their agency', async () => {
    expect(await titles({ statuses: ['PROPOSED'] })).toEqual([]);
    expect(await titles({ statuses: ['PROPOSED'] }, legal.token)).toEqual([]);
    expect(await titles({ statuses: ['PROPOSED'] }, health.token)).toEqual(['Draft idea']);
    expect(await titles({ statuses: ['PROPOSED'] }, coordinator.token)).toEqual(['Draft idea']);
    expect((await apps.client.must('query($id: ID!) { session(id: $id) { id } }', { id: ids.draftSession })).session).toBeNull();
  });

  it('pages with cursors and refuses foreign ones', async () => {
    const first = (await apps.client.must(CATALOG, { first: 2 })).sessions;
    const second = (await apps.client.must(CATALOG, { first: 2, after: first.pageInfo.endCursor })).sessions;
    const all = (await apps.client.must(CATALOG, { first: 100 })).sessions.nodes.map((n: { id: string }) => n.id);
    expect([...first.nodes, ...second.nodes].map((n: { id: string }) => n.id)).toEqual(all.slice(0, 4));
    expect(codeOf(await apps.client.request(CATALOG, { first: 2, after: 'bogus' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await apps.client.request(CATALOG, { first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('reads a page with its workshops, agencies, rooms and branches in one query, whatever its length', async () => {
    // Signed in: never answered from the public cache, so every read goes to the database.
    const one = await countQueries(apps.api, () => apps.client.must(CATALOG, { first: 1 }, coordinator.token));
    const five = await countQueries(apps.api, () => apps.client.must(CATALOG, { first: 5 }, coordinator.token));
    expect(five.count).toBe(one.count);
    // The page itself, plus the viewer's account (its token is checked) and what the document
    // selects besides: its total and the settings behind registrationOpen.
    expect(five.queries.filter((q) => /FROM `session` `s`/.test(q) && !/COUNT\(/.test(q))).toHaveLength(1);
    expect(five.queries.filter((q) => /FROM `(workshop|agency|room|branch)` /.test(q))).toEqual([]);
    expect(five.count).toBe(4);
  });

  it('offers as filters the tags and languages of what is coming, not of drafts', async () => {
    await createWorkshop(apps.client, health.token, {
      title: 'Another draft',
      tags: ['draft-only'],
      languages: ['fr'],
      sessions: [{ startsAt: localAt(8, '12:00'), endsAt: localAt(8, '13:00'), branchId: central.id }],
    });
    const { catalogFacets } = await apps.client.must('{ catalogFacets { tags languages } }');
    expect(catalogFacets).toEqual({ tags: ['health', 'housing', 'stress-management'], languages: ['en', 'es'] });
  });
});
