import {
  applyAsPartner,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from './support/factories';
import { codeOf, errorOf } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const CREATE = 'mutation($input: WorkshopInput!) { createWorkshop(input: $input) { id } }';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('workshop proposals: bad input and who sees what', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string };
  let partner: Partner;
  let branch: { id: string };
  let other: { id: string };
  let room: { id: string };
  let otherRoom: { id: string };

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    admin = await apps.adminToken();
    branch = await createBranch(apps.client, admin);
    other = await createBranch(apps.client, admin);
    room = await createRoom(apps.client, admin, branch.id, { capacity: 25 });
    otherRoom = await createRoom(apps.client, admin, other.id);
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token);
  });

  afterAll(async () => {
    await apps?.close();
  });

  const session = (over: Record<string, unknown> = {}) => ({
    startsAt: localAt(10, '10:00'),
    endsAt: localAt(10, '11:00'),
    branchId: branch.id,
    roomId: room.id,
    ...over,
  });
  const workshopCount = async () => Number((await apps.db.query('SELECT COUNT(*) n FROM workshop'))[0].n);

  it.each([
    [
      'an end before the start',
      () => ({ sessions: [session({ endsAt: localAt(10, '09:00') })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.endsAt',
    ],
    [
      'a zero-length session',
      () => ({ sessions: [session({ endsAt: localAt(10, '10:00') })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.endsAt',
    ],
    [
      'a session longer than 24 hours',
      () => ({ sessions: [session({ endsAt: localAt(11, '10:30') })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.endsAt',
    ],
    [
      'a session in the past',
      () => ({ sessions: [session({ startsAt: localAt(-2, '10:00'), endsAt: localAt(-2, '11:00') })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.startsAt',
    ],
    [
      'an unknown branch',
      () => ({ sessions: [session({ branchId: UNKNOWN, roomId: null })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.branchId',
    ],
    ['an unknown room', () => ({ sessions: [session({ roomId: UNKNOWN })] }), 'BAD_USER_INPUT', 'input.sessions.0.roomId'],
    ['a malformed id', () => ({ sessions: [session({ roomId: 'room-1' })] }), 'BAD_USER_INPUT', 'input.sessions.0.roomId'],
    ['a room of another branch', () => ({ sessions: [session({ roomId: otherRoom.id })] }), 'BAD_USER_INPUT', 'input.sessions.0.roomId'],
    [
      'an RRULE with COUNT=500',
      () => ({ sessions: [session({ recurrence: 'FREQ=WEEKLY;COUNT=500' })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.recurrence',
    ],
    [
      'an RRULE with no end',
      () => ({ sessions: [session({ recurrence: 'FREQ=WEEKLY' })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.recurrence',
    ],
    [
      'a malformed RRULE',
      () => ({ sessions: [session({ recurrence: 'EVERY TUESDAY' })] }),
      'BAD_USER_INPUT',
      'input.sessions.0.recurrence',
    ],
    ['a capacity above the room’s', () => ({ capacity: 26, sessions: [session()] }), 'BAD_USER_INPUT', 'input.capacity'],
    ['a negative capacity', () => ({ capacity: -1, sessions: [session()] }), 'BAD_USER_INPUT', 'input.capacity'],
    ['no session', () => ({ sessions: [] }), 'BAD_USER_INPUT', 'input.sessions'],
    [
      'more attendance than seats',
      () => ({ capacity: 10, minAttendance: 11, sessions: [session()] }),
      'BAD_USER_INPUT',
      'input.minAttendance',
    ],
    [
      'a 100,000-character description',
      () => ({ description: 'x'.repeat(100_000), sessions: [session()] }),
      'BAD_USER_INPUT',
      'input.description',
    ],
  ] as Array<[string, () => Record<string, unknown>, string, string]>)(
    'refuses %s, creating nothing',
    async (_what, input, code, field) => {
      const before = await workshopCount();
      const result = await apps.client.request(
        CREATE,
        { input: { title: 'T', summary: 'S', description: 'D', capacity: 20, ...input() } },
        partner.token,
      );
      expect(codeOf(result)).toBe(code);
      expect(Object.keys(errorOf(result).extensions?.fields ?? {})).toContain(field);
      expect(await workshopCount()).toBe(before);
    },
  );

  it('refuses bad dates in the variables with BAD_USER_INPUT naming the field, never INTERNAL', async () => {
    const result = await apps.client.request(
      CREATE,
      { input: { title: 'T', summary: 'S', description: 'D', capacity: 5, sessions: [session({ startsAt: '2031-02-30T10:00:00Z' })] } },
      partner.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(result).extensions?.fields ?? {})[0]).toMatch(/startsAt/);
  });

  it('lets only members of partner agencies propose, and keeps suspended agencies out', async () => {
    expect(
      codeOf(
        await apps.client.request(
          CREATE,
          { input: { title: 'T', summary: 'S', description: 'D', capacity: 5, sessions: [session()] } },
          coordinator.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const suspended = await verifiedPartner(apps.client, coordinator.token);
    await apps.client.must(
      'mutation($id: ID!) { suspendAgency(id: $id, reason: "Lapsed") { id } }',
      { id: suspended.agencyId },
      coordinator.token,
    );
    expect(
      codeOf(
        await apps.client.request(
          CREATE,
          { input: { title: 'T', summary: 'S', description: 'D', capacity: 5, sessions: [session()] } },
          suspended.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('shows drafts only to staff and the agency, and approved workshops to everyone without their internals', async () => {
    const stranger = await applyAsPartner(apps.client);
    const draft = await createWorkshop(apps.client, partner.token, {
      sessions: [session({ startsAt: localAt(20, '10:00'), endsAt: localAt(20, '11:00') })],
    });
    const query = `query($id: ID!) { workshop(id: $id) { status createdBy { id } reviewHistory { action } sessions { status booking { id } } } }`;
    expect((await apps.client.must(query, { id: draft.id }, partner.token)).workshop.sessions).toHaveLength(1);
    expect((await apps.client.must(query, { id: draft.id }, coordinator.token)).workshop.status).toBe('DRAFT');
    expect((await apps.client.must(query, { id: draft.id }, stranger.token)).workshop).toBeNull();
    expect((await apps.client.must(query, { id: draft.id })).workshop).toBeNull();

    const approved = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [session({ startsAt: localAt(21, '10:00'), endsAt: localAt(21, '11:00') })],
    });
    const seen = (await apps.client.must(query, { id: approved.id })).workshop;
    expect(seen).toEqual({ status: 'APPROVED', createdBy: null, reviewHistory: [], sessions: [{ status: 'SCHEDULED', booking: null }] });
    const own = (await apps.client.must(query, { id: approved.id }, partner.token)).workshop;
    expect(own.reviewHistory.map((e: { action: string }) => e.action)).toEqual(['SUBMITTED', 'APPROVED']);
    expect(own.sessions[0].booking).not.toBeNull();

    const list = `query($f: WorkshopFilter) { workshops(filter: $f, first: 100) { totalCount nodes { id status } } }`;
    const publicIds = (await apps.client.must(list, {})).workshops.nodes.map((w: { id: string }) => w.id);
    expect(publicIds).toContain(approved.id);
    expect(publicIds).not.toContain(draft.id);
    const ownIds = (await apps.client.must(list, { f: { agencyId: partner.agencyId } }, partner.token)).workshops.nodes.map(
      (w: { id: string }) => w.id,
    );
    expect(ownIds).toEqual(expect.arrayContaining([approved.id, draft.id]));
    const agencyView = `query($id: ID!) { agency(id: $id) { workshops(statuses: [DRAFT]) { nodes { id } } } }`;
    expect(
      (await apps.client.must(agencyView, { id: partner.agencyId }, partner.token)).agency.workshops.nodes.map((w: { id: string }) => w.id),
    ).toContain(draft.id);
  });

  it('gives coordinators a review queue, oldest submission first, page by page', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const w = await createWorkshop(apps.client, partner.token, {
        title: `Queue ${i}`,
        sessions: [session({ startsAt: localAt(60 + i, '10:00'), endsAt: localAt(60 + i, '11:00'), roomId: null })],
      });
      await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: w.id }, partner.token);
      ids.push(w.id);
    }
    const query = `query($after: String) { workshops(filter: { statuses: [SUBMITTED], agencyId: "${partner.agencyId}" }, orderBy: SUBMITTED_AT_ASC, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const page1 = (await apps.client.must(query, {}, coordinator.token)).workshops;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await apps.client.must(query, { after: page1.pageInfo.endCursor }, coordinator.token)).workshops;
    expect([...page1.nodes, ...page2.nodes].map((w: { id: string }) => w.id)).toEqual(ids);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await apps.client.request(query, { after: 'not-a-cursor' }, coordinator.token))).toBe('BAD_USER_INPUT');
  });
});
