import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import {
  casesFor,
  CONTRACT_CODES,
  label,
  LEAK,
  namesSlot,
  neverAccepted,
  replaced,
  shown,
  slotsOf,
  type Slot,
  type Vars,
} from './support/bad-values';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
} from './support/factories';
import { TestApps } from './support/test-apps';

/**
 * The bad-input sweep of field arguments: every argument of every field of the queries' answers,
 * at whatever depth the field sits (`sessions { nodes { workshop { agency { workshops(after: …) } } } }`),
 * gets each malformed value of the catalogue, through a variable, in a document that reaches the
 * field from the root over data that exists (so the field's resolver runs). Each answer carries
 * only contract codes, no internal detail, and a BAD_USER_INPUT names the argument. Root queries
 * whose arguments are all optional are swept too; those that need an id or an input are the
 * authorization and input suites' (test/authorization.e2e-spec.ts, test/*-input.e2e-spec.ts).
 */

const SCHEMA = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
const QUERY = SCHEMA.getQueryType() as GraphQLObjectType;

/** Valid values for the required arguments on the way to a field (literals, written into the document). */
const REQUIRED: Record<string, string> = {
  'Room.bookings.from': '"2027-01-01T00:00:00Z"',
  'Room.bookings.to': '"2027-02-01T00:00:00Z"',
  'Branch.load.weekOf': '"2027-01-04"',
};

const requiredArgs = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) => field.args.filter((a) => isNonNullType(a.type));
const literalArgs = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, except?: string): string | null => {
  const parts: string[] = [];
  for (const arg of requiredArgs(type, field)) {
    if (arg.name === except) continue;
    const value = REQUIRED[`${type.name}.${field.name}.${arg.name}`];
    if (value === undefined) return null;
    parts.push(`${arg.name}: ${value}`);
  }
  return parts.join(', ');
};

/** The shortest way from the root to each object type: the selections that open it. */
function pathsFromRoot(): Map<string, string[]> {
  const paths = new Map<string, string[]>([[QUERY.name, []]]);
  const queue: GraphQLObjectType[] = [QUERY];
  while (queue.length) {
    const type = queue.shift() as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || paths.has(target.name)) continue;
      const args = literalArgs(type, field);
      if (args === null) continue;
      paths.set(target.name, [...(paths.get(type.name) as string[]), args ? `${field.name}(${args})` : field.name]);
      queue.push(target);
    }
  }
  return paths;
}

interface Target {
  name: string;
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  path: string[];
}

function targets(): Target[] {
  const paths = pathsFromRoot();
  const found: Target[] = [];
  for (const type of Object.values(SCHEMA.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === SCHEMA.getMutationType() || type === SCHEMA.getSubscriptionType())
      continue;
    const path = paths.get(type.name);
    if (!path) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      // Root queries that need an id or an input are swept elsewhere (see above).
      if (type === QUERY && requiredArgs(type, field).length) continue;
      found.push({ name: `${type.name}.${field.name}`, type, field, path });
    }
  }
  return found;
}

/** `query Sweep($after: String) { workshops { nodes { agency { workshops(after: $after) { __typename } } } } }` */
function documentOf({ type, field, path }: Target, argument: string): string {
  const arg = field.args.find((a) => a.name === argument)!;
  const others = literalArgs(type, field, argument);
  const args = [`${argument}: $${argument}`, ...(others ? [others] : [])].join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const inner = `${field.name}(${args})${selection}`;
  const body = path.reduceRight((acc, step) => `${step} { ${acc} }`, inner);
  return `query Sweep($${argument}: ${String(arg.type)}) { ${body} }`;
}

/** The argument's valid starting value, into which a bad value is put: an empty input object, or nothing. */
const startingValue = (slot: Slot, target: Target): Vars => {
  const arg = target.field.args.find((a) => a.name === slot.path[0])!;
  return slot.path.length > 1 ? { [arg.name]: {} } : {};
};

describe('bad input to every field argument, at any depth: contract codes, no internals', () => {
  let apps: TestApps;
  let admin: string;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    const { client } = apps;
    admin = await apps.adminToken();
    // A world in which every field on the way has data, so that every resolver runs.
    const coordinator = await createCoordinator(client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(client, coordinator.token);
    const branch = await createBranch(client, admin, { openingHours: allWeek('06:00', '23:00') });
    const room = await createRoom(client, admin, branch.id);
    const workshop = await scheduledWorkshop(client, partner.token, coordinator.token, {
      sessions: [
        {
          startsAt: localAt(3, '10:00'),
          endsAt: localAt(3, '11:00'),
          branchId: branch.id,
          roomId: room.id,
          recurrence: 'FREQ=DAILY;COUNT=2',
        },
      ],
    });
    await register(client, workshop.sessions[0].id);
    await client.must(
      'mutation($b: ID!, $input: ClosureInput!) { addClosure(branchId: $b, input: $input) { id } }',
      { b: branch.id, input: { startsOn: localAt(40, '12:00').slice(0, 10), endsOn: localAt(40, '12:00').slice(0, 10) } },
      coordinator.token,
    );
  }, 120_000);

  afterAll(() => apps?.close());

  const all = targets();

  it('reaches the nested fields with arguments', () => {
    const names = all.map((t) => t.name);
    for (const name of [
      'PartnerAgency.workshops',
      'Session.registrations',
      'Room.bookings',
      'Branch.rooms',
      'Branch.closures',
      'Branch.load',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(all.map((t) => [t.name, t] as const))(
    '%s',
    async (name, target) => {
      const problems: string[] = [];
      const attempts = slotsOf(target.field).flatMap((slot) =>
        casesFor(slot.type, slot.element).map(([what, value]) => ({ slot, what, value })),
      );
      const BATCH = 8;
      for (let i = 0; i < attempts.length; i += BATCH) {
        const batch = attempts.slice(i, i + BATCH).flatMap((attempt) => {
          const vars = replaced(startingValue(attempt.slot, target), attempt.slot.path, attempt.value);
          return vars ? [{ ...attempt, vars, query: documentOf(target, String(attempt.slot.path[0])) }] : [];
        });
        const answers = await Promise.all(
          batch.map(async ({ query, vars }) => {
            const response = await fetch(apps.client.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
              body: JSON.stringify({ query, variables: vars }),
            });
            const text = await response.text();
            return {
              status: response.status,
              text,
              body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, any> }> },
            };
          }),
        );
        for (const [k, { slot, what, value }] of batch.entries()) {
          const answer = answers[k];
          const where = `${name}(${label(slot.path)} = ${what} (${shown(value)}))`;
          if (LEAK.test(answer.text)) problems.push(`${where}: internal details: ${answer.text.slice(0, 300)}`);
          const errors = answer.body.errors ?? [];
          for (const error of errors) {
            const code = String(error.extensions?.code);
            if (!CONTRACT_CODES.has(code)) problems.push(`${where}: ${code} (${error.message})`);
          }
          if (!errors.length) {
            if (neverAccepted(slot.path, what)) problems.push(`${where}: accepted`);
            continue;
          }
          const named = errors.flatMap((e) => (e.extensions?.code === 'BAD_USER_INPUT' ? Object.keys(e.extensions.fields ?? {}) : []));
          // Refused before it ran, a field is named by its path in the document: `sessions.nodes.registrations.statuses`.
          const arg = label(slot.path);
          const names = named.map((n) => (n.endsWith(`.${arg}`) || n.includes(`.${arg}.`) ? n.slice(n.indexOf(`.${arg}`) + 1) : n));
          if (named.length && !namesSlot(names, slot) && !named.includes('variables')) {
            problems.push(`${where}: BAD_USER_INPUT names ${named.join(', ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
