import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
  type DefinitionNode,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { DOCUMENT_COST_LIMIT, documentCost } from '../apps/api/src/abuse/document-cost';
import { encodeCursor } from '@app/database';
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
} from './support/factories';
import { codeOf, errorOf, type GqlResult } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const unwrap = (type: GraphQLOutputType): GraphQLOutputType => (isNonNullType(type) ? type.ofType : type);

/** Neither INTERNAL nor a blank answer: one BAD_USER_INPUT naming `field`. */
function expectRefusal(result: GqlResult<unknown>, field: string): void {
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(Object.keys(errorOf(result).extensions?.fields ?? {})).toEqual([field]);
}

describe('document limits: list arguments at every depth, list lengths, costs, and the execution budget', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: string;
  let partner: { token: string; agencyId: string };
  let branchId: string;
  let roomId: string;
  let draftId: string;
  let sessionIds: string[];

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false, env: { TEST_EXECUTION_MAX_VALUES: '200' } });
    const { client } = apps;
    admin = await apps.adminToken();
    coordinator = (await createCoordinator(client, admin, (e, p) => apps.login(e, p))).token;
    partner = await verifiedPartner(client, coordinator);
    const branch = await createBranch(client, admin, { openingHours: allWeek('06:00', '23:00') });
    branchId = branch.id;
    roomId = (await createRoom(client, admin, branch.id, { capacity: 40 })).id;
    const workshop = await scheduledWorkshop(client, partner.token, coordinator, {
      capacity: 40,
      sessions: [{ startsAt: localAt(3, '10:00'), endsAt: localAt(3, '11:00'), branchId, roomId, recurrence: 'FREQ=DAILY;COUNT=30' }],
    });
    sessionIds = workshop.sessions.map((s) => s.id);
    await register(apps.client, sessionIds[0]);
    draftId = (
      await createWorkshop(client, partner.token, {
        sessions: [{ startsAt: localAt(60, '10:00'), endsAt: localAt(60, '11:00'), branchId }],
      })
    ).id;
  }, 120_000);

  afterAll(() => apps?.close());

  describe('arguments of nested fields are checked before anything runs, with the field path', () => {
    it.each([
      [
        'a cursor that is none',
        '{ workshops { nodes { agency { workshops(after: "x") { totalCount } } } } }',
        'workshops.nodes.agency.workshops.after',
      ],
      [
        'a negative first',
        '{ workshops { nodes { agency { workshops(first: -1) { totalCount } } } } }',
        'workshops.nodes.agency.workshops.first',
      ],
      [
        'a first over 100',
        '{ w: workshops { nodes { agency { workshops(first: 101) { totalCount } } } } }',
        'w.nodes.agency.workshops.first',
      ],
    ])('%s, anonymously', async (_what, query, field) => {
      expectRefusal(await apps.client.request(query), field);
    });

    it.each([
      ['a window of two years', '2027-01-01T00:00:00Z', '2029-01-01T00:00:00Z', 'the window is at most 400 days'],
      ['a window that ends before it starts', '2028-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'must be after from'],
    ])('%s, for a room', async (_what, from, to, reason) => {
      const result = await apps.client.request(
        'query($id: ID!, $from: DateTime!, $to: DateTime!) { room(id: $id) { name bookings(from: $from, to: $to) { id } } }',
        { id: roomId, from, to },
        coordinator,
      );
      expectRefusal(result, 'room.bookings.to');
      expect(errorOf(result).extensions?.fields?.['room.bookings.to']).toBe(reason);
    });

    it('the same arguments at the top level are BAD_USER_INPUT too', async () => {
      expect(codeOf(await apps.client.request('{ workshops(after: "x") { totalCount } }'))).toBe('BAD_USER_INPUT');
      expect(codeOf(await apps.client.request('{ sessions(first: -1) { totalCount } }'))).toBe('BAD_USER_INPUT');
    });

    it('a cursor of another list, found only when it runs, keeps its code and path', async () => {
      const foreign = encodeCursor(['a', 'b', 'c']);
      const result = await apps.client.request(`{ workshops { nodes { agency { workshops(after: "${foreign}") { totalCount } } } } }`);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].path).toEqual(['workshops', 'nodes', 0, 'agency', 'workshops']);
      expect(result.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL');
    });
  });

  describe('lists in inputs are bounded before GraphQL coerces their items', () => {
    const nope = (n: number) => Array.from({ length: n }, () => 'NOPE');
    // [what, the request for n items, the list's name, how many items: past its bound, and many past]
    const cases: Array<[string, (n: number) => [string, Record<string, unknown>, () => string], string, number[]?]> = [
      [
        'createRoom features',
        (n) => [
          'mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }',
          { input: { branchId, name: 'R', capacity: 5, features: nope(n) } },
          () => admin,
        ],
        'input.features',
      ],
      [
        'updateRoom features',
        (n) => [
          'mutation($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { id } }',
          { id: roomId, input: { features: nope(n) } },
          () => admin,
        ],
        'input.features',
      ],
      [
        'createBranch openingHours',
        (n) => [
          'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }',
          {
            input: {
              name: 'B',
              timeZone: 'America/Chicago',
              openingHours: Array.from({ length: n }, () => ({ weekday: 'NOPE', opens: '9', closes: 'x' })),
            },
          },
          () => admin,
        ],
        'input.openingHours',
      ],
      [
        'updateBranch openingHours',
        (n) => [
          'mutation($id: ID!, $input: UpdateBranchInput!) { updateBranch(id: $id, input: $input) { id } }',
          { id: branchId, input: { openingHours: Array.from({ length: n }, () => ({ weekday: 'NOPE', opens: '9', closes: 'x' })) } },
          () => admin,
        ],
        'input.openingHours',
      ],
      [
        'updateWorkshop requiredFeatures',
        (n) => [
          'mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id } }',
          { id: draftId, input: { requiredFeatures: nope(n) } },
          () => partner.token,
        ],
        'input.requiredFeatures',
      ],
      [
        'updateWorkshop sessions',
        (n) => [
          'mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id } }',
          { id: draftId, input: { sessions: Array.from({ length: n }, () => ({ startsAt: 'soon', endsAt: 'later', branchId: 7 })) } },
          () => partner.token,
        ],
        'input.sessions',
        [53, 10_000],
      ],
    ];

    it.each(
      cases.flatMap(([name, make, field, counts = [51, 10_000]]) =>
        counts.map((n) => [`${name}: ${n} invalid items`, make(n), field] as const),
      ),
    )('%s', async (_name, [query, variables, as], field) => {
      const result = await apps.client.request(query, variables, as());
      expect(result.status).toBe(400);
      expectRefusal(result, field);
    });

    it('within its bound, a list with more invalid items than GraphQL reports is BAD_USER_INPUT, not INTERNAL', async () => {
      const result = await apps.client.request('query($s: [SessionStatus!]) { sessions(filter: { statuses: $s }) { totalCount } }', {
        s: Array.from({ length: 90 }, () => 'NOPE'),
      });
      expect(result.errors?.length).toBeGreaterThan(1);
      expect(new Set(result.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(result.errors?.at(-1)?.extensions?.fields).toEqual({ variables: expect.stringContaining('Too many invalid values') });
    });
  });

  it('a recurrence the parser cannot read is refused in our words, naming the field', async () => {
    const result = await apps.client.request(
      'mutation($id: ID!, $input: UpdateWorkshopInput!) { updateWorkshop(id: $id, input: $input) { id } }',
      {
        id: draftId,
        input: {
          sessions: [
            { startsAt: localAt(60, '10:00'), endsAt: localAt(60, '11:00'), branchId, recurrence: 'FREQ=WEEKLY;BYDAY=XX;COUNT=3' },
          ],
        },
      },
      partner.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(errorOf(result).extensions?.fields).toEqual({
      'input.sessions.0.recurrence': 'is not a valid RRULE; write it like FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6',
    });
    expect(JSON.stringify(result.errors)).not.toMatch(/Cannot read|undefined/);
  });

  describe('the cost of a document', () => {
    const schema = () => apps.api.get(GraphQLSchemaHost).schema;
    const cost = (query: string, variables?: Record<string, unknown>) => {
      const document = parse(query);
      const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
      if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
      return documentCost(schema(), document, operation, variables);
    };

    it('every document of the web app costs at most a tenth of the limit, with lists at their largest', () => {
      // The documents exactly as the app sends them: the generated map of each area's gql/.
      const areas = readdirSync('apps/web/src').filter((area) => existsSync(`apps/web/src/${area}/gql/gql.ts`));
      expect(areas.length).toBeGreaterThan(4);
      const texts = areas.flatMap((area) => {
        const source = readFileSync(`apps/web/src/${area}/gql/gql.ts`, 'utf8');
        const block = source.slice(source.indexOf('const documents: Documents = {'));
        return [...block.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\./gm)].map((m) => JSON.parse(m[1]) as string);
      });
      // A borrowed fragment is in two areas' maps; each definition counts once.
      const definitions = [...new Set(texts)].flatMap((text) => parse(text).definitions);
      const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations.length).toBeGreaterThan(30);
      const costs = operations.map((operation) => {
        const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] as DefinitionNode[] } as const;
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((v) => [
            v.variable.name.value,
            sampleOf(schema(), typeFromAST(schema(), v.type as never) as GraphQLInputType, v.variable.name.value),
          ]),
        );
        return { name: operation.name?.value, cost: documentCost(schema(), document, operation, variables) };
      });
      expect(costs.filter((c) => c.cost > DOCUMENT_COST_LIMIT / 10)).toEqual([]);
    });

    it('every list of objects and every connection has a cost of its own', () => {
      const missing: string[] = [];
      for (const type of Object.values(schema().getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__')) continue;
        for (const field of Object.values(type.getFields())) {
          const bare = unwrap(field.type);
          const listOfObjects = isListType(bare) && isCompositeType(getNamedType(bare));
          const connection = getNamedType(bare).name.endsWith('Connection');
          // A connection's own edges and nodes are multiplied by the field that returns the connection.
          if (type.name.endsWith('Connection')) continue;
          if ((listOfObjects || connection) && field.extensions.complexity === undefined) missing.push(`${type.name}.${field.name}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('multiplies by first and by the lists’ sizes', () => {
      const page = cost('{ sessions(first: 50) { nodes { id title startsAt } } }');
      expect(cost('{ sessions(first: 100) { nodes { id title startsAt } } }')).toBeGreaterThan(1.9 * page);
      expect(cost('{ sessions(first: 20) { nodes { id workshop { sessions { id } } } } }')).toBeGreaterThan(20 * 52);
      const week = cost('query($from: DateTime!, $to: DateTime!) { branches { rooms { bookings(from: $from, to: $to) { id } } } }', {
        from: '2027-01-04T00:00:00Z',
        to: '2027-01-11T00:00:00Z',
      });
      const year = cost('query($from: DateTime!, $to: DateTime!) { branches { rooms { bookings(from: $from, to: $to) { id } } } }', {
        from: '2027-01-04T00:00:00Z',
        to: '2028-01-04T00:00:00Z',
      });
      expect(year).toBeGreaterThan(50 * week);
    });

    it('keeps the pages a client of the contract reads well under the limit', () => {
      const catalog = `{ sessions(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes {
        id startsAt endsAt status capacity seatsRemaining waitlistLength registrationOpen calendarUrl
        workshop { id title summary tags audience languages agency { id name kind website } }
        room { id name features } branch { id name address timeZone } } } }`;
      expect(cost(catalog)).toBeLessThan(DOCUMENT_COST_LIMIT / 10);
      const quarter = cost(
        'query($id: ID!, $from: DateTime!, $to: DateTime!) { branch(id: $id) { rooms { id name bookings(from: $from, to: $to) { id kind status startsAt endsAt blockedFrom blockedUntil session { id workshop { title } } } } } }',
        { id: branchId, from: '2027-01-01T00:00:00Z', to: '2027-04-01T00:00:00Z' },
      );
      expect(quarter).toBeLessThan(DOCUMENT_COST_LIMIT / 2);
    });
  });

  describe('the execution budget stops what the estimate misses', () => {
    // This file's API allows 200 values per answer (TEST_EXECUTION_MAX_VALUES).
    const PAGE = '{ sessions(first: 30) { nodes { id startsAt endsAt capacity seatsTaken status workshop { id title summary } } } }';

    it('an answer over the values limit is one clear error, with no partial data', async () => {
      const result = await apps.client.request(PAGE);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'values', max: 200 } }),
      ]);
      expect(result.errors?.[0].message).toMatch(/more than 200 values/);
    });

    it('smaller answers and mutations are unaffected', async () => {
      const small = await apps.client.request<{ sessions: { nodes: unknown[] } }>('{ sessions(first: 5) { nodes { id status } } }');
      expect(small.errors).toBeUndefined();
      expect(small.data?.sessions.nodes).toHaveLength(5);
      const big = await apps.client.request(
        'mutation($id: ID!) { verifyAgency(id: $id) { id workshops(first: 50) { nodes { id sessions { id startsAt endsAt capacity status } } } } }',
        { id: partner.agencyId },
        coordinator,
      );
      // Already verified: the answer is the domain's, not the budget's.
      expect(big.errors?.map((e) => e.extensions?.code) ?? ['ok']).not.toContain('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it('a query over its time is stopped with one clear error', async () => {
    const slow = await TestApps.start({ worker: false, env: { TEST_EXECUTION_MAX_MS: '1' } });
    try {
      const admin2 = await slow.adminToken();
      const coordinator2 = (await createCoordinator(slow.client, admin2, (e, p) => slow.login(e, p))).token;
      const partner2 = await verifiedPartner(slow.client, coordinator2);
      const branch = await createBranch(slow.client, admin2);
      const room = await createRoom(slow.client, admin2, branch.id);
      await scheduledWorkshop(slow.client, partner2.token, coordinator2, {
        sessions: [
          {
            startsAt: localAt(3, '10:00'),
            endsAt: localAt(3, '11:00'),
            branchId: branch.id,
            roomId: room.id,
            recurrence: 'FREQ=DAILY;COUNT=40',
          },
        ],
      });
      const result = await slow.client.request(
        '{ sessions(first: 40) { nodes { id startsAt endsAt capacity seatsTaken workshop { id title summary description agency { name } } branch { name } } } }',
      );
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'duration', max: 1 } }),
      ]);
    } finally {
      await slow.close();
    }
  }, 60_000);
});

/** A valid value of an input type, lists and page sizes at the largest the app asks for. */
function sampleOf(schema: GraphQLSchema, type: GraphQLInputType, name: string): unknown {
  const bare = isNonNullType(type) ? type.ofType : type;
  // Optional text (a cursor, a search) is left out, as the app does on a first page.
  if (!isNonNullType(type) && !isListType(bare) && !isInputObjectType(bare) && bare.name === 'String') return null;
  if (isListType(bare)) return [sampleOf(schema, bare.ofType, name)];
  if (isEnumType(bare)) return bare.getValues()[0].value;
  if (isInputObjectType(bare)) {
    return Object.fromEntries(Object.values(bare.getFields()).map((f) => [f.name, sampleOf(schema, f.type, f.name)]));
  }
  // The end of a window a week and a day after its start: the widest the app asks for (the branch calendar's week).
  const end = /^(to|toDay|endsAt|until)$/.test(name);
  const scalars: Record<string, unknown> = {
    ID: '5b0e7c52-0000-4000-8000-000000000000',
    String: 'x',
    Int: name === 'first' ? 50 : 1,
    Float: 1,
    Boolean: true,
    DateTime: end ? '2026-12-09T10:00:00.000Z' : '2026-12-01T10:00:00.000Z',
    Date: end ? '2026-12-09' : '2026-12-01',
    LocalTime: '10:00',
  };
  return scalars[bare.name] ?? 'x';
}
