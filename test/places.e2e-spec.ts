import { allWeek, createBranch, createCoordinator, createRoom, unique } from './support/factories';
import { codeOf, errorOf, type GqlResult } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const CREATE_BRANCH = 'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }';
const CREATE_ROOM = 'mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }';
const ADD_CLOSURE = 'mutation($b: ID!, $input: ClosureInput!) { addClosure(branchId: $b, input: $input) { id startsOn endsOn reason } }';

describe('places: branches, rooms and closures', () => {
  let apps: TestApps;
  let admin: string;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    admin = await apps.adminToken();
  });

  afterAll(async () => {
    await apps?.close();
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await apps.db.query(sql, params))[0].n);

  function expectBadInput(result: GqlResult<unknown>, field: string): void {
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(errorOf(result).extensions?.fields ?? {})).toContain(field);
    // A nullable root field that fails reads null; a non-null one nulls the whole data.
    expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
  }

  describe('bad input changes nothing', () => {
    it('refuses an unknown time zone', async () => {
      const name = `Bad Zone ${unique()}`;
      const result = await apps.client.request(
        CREATE_BRANCH,
        { input: { name, timeZone: 'Mars/Olympus_Mons', openingHours: allWeek() } },
        admin,
      );
      expectBadInput(result, 'input.timeZone');
      expect(await count('SELECT COUNT(*) n FROM branch WHERE name = ?', [name])).toBe(0);
    });

    it('refuses opening hours where closes is not after opens, and overlapping intervals', async () => {
      const name = `Bad Hours ${unique()}`;
      const equal = await apps.client.request(
        CREATE_BRANCH,
        { input: { name, timeZone: 'Europe/Paris', openingHours: [{ weekday: 'MONDAY', opens: '10:00', closes: '10:00' }] } },
        admin,
      );
      expectBadInput(equal, 'input.openingHours.0.closes');
      const overlap = await apps.client.request(
        CREATE_BRANCH,
        {
          input: {
            name,
            timeZone: 'Europe/Paris',
            openingHours: [
              { weekday: 'MONDAY', opens: '09:00', closes: '13:00' },
              { weekday: 'MONDAY', opens: '12:00', closes: '17:00' },
            ],
          },
        },
        admin,
      );
      expect(codeOf(overlap)).toBe('BAD_USER_INPUT');
      const malformed = await apps.client.request(
        CREATE_BRANCH,
        { input: { name, timeZone: 'Europe/Paris', openingHours: [{ weekday: 'MONDAY', opens: '9am', closes: '25:00' }] } },
        admin,
      );
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(await count('SELECT COUNT(*) n FROM branch WHERE name = ?', [name])).toBe(0);
    });

    it('refuses a negative or zero capacity and out-of-range buffers', async () => {
      const branch = await createBranch(apps.client, admin);
      for (const [input, field] of [
        [{ capacity: -5 }, 'input.capacity'],
        [{ capacity: 0 }, 'input.capacity'],
        [{ capacity: 20, setupMinutes: -1 }, 'input.setupMinutes'],
        [{ capacity: 20, cleanupMinutes: 100000 }, 'input.cleanupMinutes'],
      ] as const) {
        expectBadInput(await apps.client.request(CREATE_ROOM, { input: { branchId: branch.id, name: 'Room', ...input } }, admin), field);
      }
      expect(await count('SELECT COUNT(*) n FROM room WHERE branch_id = ?', [branch.id])).toBe(0);
    });

    it('refuses a closure that ends before it starts, and impossible dates', async () => {
      const branch = await createBranch(apps.client, admin);
      expectBadInput(
        await apps.client.request(ADD_CLOSURE, { b: branch.id, input: { startsOn: '2031-05-10', endsOn: '2031-05-09' } }, admin),
        'input.endsOn',
      );
      expect(
        codeOf(await apps.client.request(ADD_CLOSURE, { b: branch.id, input: { startsOn: '2031-02-30', endsOn: '2031-03-01' } }, admin)),
      ).toBe('BAD_USER_INPUT');
      expect(await count('SELECT COUNT(*) n FROM closure WHERE branch_id = ?', [branch.id])).toBe(0);
    });

    it('answers NOT_FOUND for an unknown branch and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = await apps.client.request(
        CREATE_ROOM,
        { input: { branchId: '00000000-0000-4000-8000-000000000000', name: 'X', capacity: 5 } },
        admin,
      );
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expectBadInput(
        await apps.client.request(CREATE_ROOM, { input: { branchId: 'branch-1', name: 'X', capacity: 5 } }, admin),
        'input.branchId',
      );
      expectBadInput(await apps.client.request('query($id: ID!) { branch(id: $id) { id } }', { id: "1' OR '1'='1" }), 'id');
      const none = await apps.client.must('query($id: ID!) { branch(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' });
      expect(none.branch).toBeNull();
    });

    it('refuses a second branch with the same name, and clearing a required field', async () => {
      const branch = await createBranch(apps.client, admin);
      const dup = await apps.client.request(CREATE_BRANCH, { input: { name: branch.name, timeZone: 'UTC', openingHours: [] } }, admin);
      expect(errorOf(dup).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { 'input.name': 'is already the name of another branch' },
      });
      const cleared = await apps.client.request(
        'mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { name } }',
        { id: branch.id, input: { name: null } },
        admin,
      );
      expectBadInput(cleared, 'input.name');
      expect(await count('SELECT COUNT(*) n FROM branch WHERE name = ?', [branch.name])).toBe(1);
    });

    it('refuses a phone number that cannot exist in the branch’s country, and a country code that is not one', async () => {
      const name = `Bad Phone ${unique()}`;
      const phone = await apps.client.request(
        CREATE_BRANCH,
        { input: { name, timeZone: 'UTC', openingHours: [], phone: '555-0100' } },
        admin,
      );
      expectBadInput(phone, 'input.phone');
      const country = await apps.client.request(
        CREATE_BRANCH,
        { input: { name, timeZone: 'UTC', openingHours: [], country: 'XX' } },
        admin,
      );
      expectBadInput(country, 'input.country');
      expect(await count('SELECT COUNT(*) n FROM branch WHERE name = ?', [name])).toBe(0);
      // A branch always has a country: null does not clear it, and changes nothing.
      const branch = await createBranch(apps.client, admin, { phone: '(312) 555-0100' });
      const moved = await apps.client.request(
        'mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { country } }',
        { id: branch.id, input: { country: null } },
        admin,
      );
      expectBadInput(moved, 'input.country');
      expect((await apps.db.query('SELECT country, phone FROM branch WHERE id = ?', [branch.id]))[0]).toEqual({
        country: 'US',
        phone: '+13125550100',
      });
    });
  });

  it('keeps a branch’s phone number in E.164, read in its country, and clears it with null', async () => {
    const branch = await createBranch(apps.client, admin, { phone: '(312) 555-0100' });
    const FIELDS = 'country phone';
    const read = async () =>
      (
        await apps.client.must<{ branch: { country: string; phone: string | null } }>(`query($id: ID!) { branch(id: $id) { ${FIELDS} } }`, {
          id: branch.id,
        })
      ).branch;
    expect(await read()).toEqual({ country: 'US', phone: '+13125550100' });
    const update = (input: Record<string, unknown>) =>
      apps.client.must<{ updateBranch: { country: string; phone: string | null } }>(
        `mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { ${FIELDS} } }`,
        { id: branch.id, input },
        admin,
      );
    // A Mexico City number as people there write it, with the country that reads it.
    expect((await update({ country: 'mx', phone: '55 5128 4444' })).updateBranch).toEqual({ country: 'MX', phone: '+525551284444' });
    expect((await update({ phone: null })).updateBranch).toEqual({ country: 'MX', phone: null });
  });

  it('keeps opening hours sorted, updates limits as a whole, and clears the address with null', async () => {
    const branch = await createBranch(apps.client, admin, {
      address: '1 Main St',
      openingHours: [
        { weekday: 'WEDNESDAY', opens: '13:00', closes: '17:00' },
        { weekday: 'MONDAY', opens: '09:00', closes: '12:00' },
        { weekday: 'WEDNESDAY', opens: '09:00', closes: '12:00' },
      ],
      programmingLimits: { maxSessionsPerDay: 3, maxEveningSessionsPerWeek: 2, eveningStartsAt: '17:30' },
    });
    const updated = await apps.client.must(
      `mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) {
        address openingHours { weekday opens closes } programmingLimits { maxSessionsPerDay maxEveningSessionsPerWeek eveningStartsAt } } }`,
      { id: branch.id, input: { address: null, programmingLimits: { maxSessionsPerDay: 5 } } },
      admin,
    );
    expect(updated.updateBranch).toEqual({
      address: null,
      openingHours: [
        { weekday: 'MONDAY', opens: '09:00', closes: '12:00' },
        { weekday: 'WEDNESDAY', opens: '09:00', closes: '12:00' },
        { weekday: 'WEDNESDAY', opens: '13:00', closes: '17:00' },
      ],
      programmingLimits: { maxSessionsPerDay: 5, maxEveningSessionsPerWeek: null, eveningStartsAt: '18:00' },
    });
  });

  it('lists closures by window, lets coordinators add and remove them, and hides inactive rooms unless asked', async () => {
    const branch = await createBranch(apps.client, admin);
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const first = await apps.client.must(
      ADD_CLOSURE,
      { b: branch.id, input: { startsOn: '2031-12-24', endsOn: '2031-12-26', reason: 'Holidays' } },
      coordinator.token,
    );
    await apps.client.must(ADD_CLOSURE, { b: branch.id, input: { startsOn: '2032-01-01', endsOn: '2032-01-01' } }, coordinator.token);
    const query = `query($id: ID!, $from: Date, $to: Date) { branch(id: $id) { closures(from: $from, to: $to) { startsOn reason } } }`;
    const december = await apps.client.must(query, { id: branch.id, from: '2031-12-01', to: '2031-12-31' });
    expect(december.branch.closures).toEqual([{ startsOn: '2031-12-24', reason: 'Holidays' }]);
    const all = await apps.client.must(query, { id: branch.id });
    expect(all.branch.closures).toHaveLength(2);
    await apps.client.must('mutation($id: ID!) { removeClosure(id: $id) }', { id: first.addClosure.id }, coordinator.token);
    expect((await apps.client.must(query, { id: branch.id })).branch.closures).toEqual([{ startsOn: '2032-01-01', reason: null }]);

    const room = await createRoom(apps.client, admin, branch.id, { name: 'Old Annex' });
    await apps.client.must('mutation($id: ID!) { updateRoom(id: $id, input: { active: false }) { active } }', { id: room.id }, admin);
    const rooms = `query($id: ID!, $all: Boolean) { branch(id: $id) { rooms(includeInactive: $all) { name active } } }`;
    expect((await apps.client.must(rooms, { id: branch.id })).branch.rooms).toEqual([]);
    expect((await apps.client.must(rooms, { id: branch.id, all: true })).branch.rooms).toEqual([{ name: 'Old Annex', active: false }]);
  });
});
