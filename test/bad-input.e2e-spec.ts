import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { SecretKeys } from '@app/config';
import {
  allWeek,
  applyAsPartner,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  register,
  scheduledWorkshop,
  unique,
  verifiedPartner,
  zoneWhereHourIsBetween,
} from './support/factories';
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
import { ADMIN } from './support/test-config';
import { TestApps } from './support/test-apps';

/**
 * The bad-input sweep. Every mutation of the generated schema gets, in every argument and input
 * field (found by walking the schema, so new ones are swept without changing this file), one
 * malformed value at a time, on top of variables that are valid and sent by a viewer who may call
 * the mutation (so that authorization does not hide the input handling). Each answer must be
 * either a refusal with a contract code (never INTERNAL, never a stack trace) that changed nothing
 * in the database, or a success: some values of the catalogue are legitimate somewhere (other
 * scripts in a name, HTML in a description is text).
 *
 * Set BAD_INPUT_SWEEP_OUT=<file> to get every (mutation, field, value) → code as JSON.
 */

const SCHEMA = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
const MUTATIONS = Object.values(SCHEMA.getMutationType()?.getFields() ?? {});

/** `mutation Sweep($id: ID!, $input: X!) { name(id: $id, input: $input) { __typename } }` */
function documentOf(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Sweep${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

// ---------------------------------------------------------------------------------------------
// Fixtures: a viewer and valid variables per mutation.

/**
 * Fixture state that a success uses up (a cancelled session, a spent token): filled on demand,
 * a few at a time; `renew` moves on to the next one.
 */
function supply<T>(fill: () => Promise<T[]>) {
  let items: T[] = [];
  let current: T | undefined;
  return {
    async get(): Promise<T> {
      if (current === undefined) {
        if (!items.length) items = await fill();
        current = items.shift();
      }
      return current as T;
    },
    renew(): void {
      current = undefined;
    },
  };
}

interface Fixture {
  /** The token of a viewer allowed to call the mutation (undefined: anonymous) and valid variables. */
  valid: () => Promise<{ as?: string; vars: Vars }>;
  /** After each success, with the variables that succeeded: renews what they used up, or restores what they changed. */
  used?: (vars: Vars) => unknown;
}

/** Requests sent at once; the database checksums are taken around each batch. */
const BATCH = 8;

interface Outcome {
  mutation: string;
  field: string;
  value: string;
  code: string;
}

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> } | null;
}

const isSuccess = (answer: Answer, mutation: string): boolean => !answer.body?.errors?.length && answer.body?.data?.[mutation] != null;

const changedTables = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after.keys()].filter((table) => before.get(table) !== after.get(table));

describe('bad input to every mutation: a contract error that changes nothing, or a success', () => {
  let apps: TestApps;
  let fixtures: Record<string, Fixture> = {};
  let tables: string[] = [];
  const outcomes: Outcome[] = [];

  /** Per-table checksums of the whole database. */
  async function checksums(): Promise<Map<string, string>> {
    const rows: Array<{ Table: string; Checksum: string | number | null }> = await apps.db.query(
      `CHECKSUM TABLE ${tables.map((t) => `\`${t}\``).join(', ')}`,
    );
    return new Map(rows.map((r) => [r.Table.replace(/^.*\./, ''), String(r.Checksum)]));
  }

  /** The raw answer too: a stack trace would be in the text, whatever the JSON says. */
  async function send(query: string, variables: Vars, token?: string): Promise<Answer> {
    const response = await fetch(apps.client.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return { status: response.status, text, body: JSON.parse(text) };
    } catch {
      return { status: response.status, text, body: null };
    }
  }

  beforeAll(async () => {
    // No worker: nothing may change the database behind the sweep's back.
    apps = await TestApps.start({ worker: false });
    tables = (
      await apps.db.query(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`,
      )
    ).map((r: { t: string }) => r.t);
    const client = apps.client;
    const must = (query: string, variables: Vars, token?: string) => client.must(query, variables, token);
    const login = (email: string, password: string) => apps.login(email, password);

    const admin = await apps.adminToken();
    const coordinator = await createCoordinator(client, admin, login);
    const partner = await verifiedPartner(client, coordinator.token);
    const branch = await createBranch(client, admin);
    const room = await createRoom(client, admin, branch.id, { capacity: 50, features: ['PROJECTOR'] });

    // Whatever books the room takes days of its own, so that no two bookings ever overlap.
    let day = 3;
    const nextDays = (count = 1) => ((day += count), day - count);
    const proposal = (count = 1, capacity = 20) => {
      const first = nextDays(count);
      const recurrence = count > 1 ? `FREQ=DAILY;COUNT=${count}` : null;
      return {
        capacity,
        sessions: [
          { startsAt: localAt(first, '10:00'), endsAt: localAt(first, '11:00'), branchId: branch.id, roomId: room.id, recurrence },
        ],
      };
    };
    const submitted = async (count = 1) => {
      const draft = await createWorkshop(client, partner.token, proposal(count));
      await must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: draft.id }, partner.token);
      return draft;
    };
    const scheduled = (count = 1, capacity = 20) => scheduledWorkshop(client, partner.token, coordinator.token, proposal(count, capacity));
    const email = () => `someone-${unique()}@mail.test`;

    // A session open for registration, and one starting in half an hour (check-in is open).
    const open = (await scheduled(1, 50)).sessions[0];
    const nowBranch = await createBranch(client, admin, {
      timeZone: zoneWhereHourIsBetween(9, 15),
      openingHours: allWeek('06:00', '23:00'),
    });
    const nowRoom = await createRoom(client, admin, nowBranch.id, { capacity: 20 });
    const soon = Date.now() + 30 * 60_000;
    const now = (
      await scheduledWorkshop(client, partner.token, coordinator.token, {
        capacity: 10,
        sessions: [
          {
            startsAt: new Date(soon).toISOString(),
            endsAt: new Date(soon + 3600_000).toISOString(),
            branchId: nowBranch.id,
            roomId: nowRoom.id,
          },
        ],
      })
    ).sessions[0];
    const arrival = await register(client, now.id);

    // What successes use up, renewed on demand.
    const registrations = supply(async () => [await register(client, open.id)]);
    const sessionsToCancel = supply(async () => (await scheduled(10)).sessions.map((s) => s.id));
    const approvedWorkshops = supply(async () => [await scheduled()]);
    const submittedWorkshops = supply(async () => [await submitted()]);
    const twoSessionProposals = supply(async () => [await submitted(2)]);
    const drafts = supply(async () => [await createWorkshop(client, partner.token, proposal())]);
    const freeSlots = supply(async () => {
      const d = nextDays();
      return [{ startsAt: localAt(d, '14:00'), endsAt: localAt(d, '15:00') }];
    });
    const bookings = supply(async () => {
      const d = nextDays();
      const input = { roomId: room.id, startsAt: localAt(d, '14:00'), endsAt: localAt(d, '15:00') };
      return [
        (await must('mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }', { input }, coordinator.token)).bookRoom.id,
      ];
    });
    const closedBranch = await createBranch(client, admin);
    const closureDays = supply(async () => [localAt(nextDays(), '12:00').slice(0, 10)]);
    const closures = supply(async () => {
      const on = localAt(nextDays(), '12:00').slice(0, 10);
      const added = await must(
        'mutation($b: ID!, $input: ClosureInput!) { addClosure(branchId: $b, input: $input) { id } }',
        { b: closedBranch.id, input: { startsOn: on, endsOn: on } },
        coordinator.token,
      );
      return [added.addClosure.id];
    });
    const pendingAgency = await applyAsPartner(client);
    const suspendedAgency = await verifiedPartner(client, coordinator.token);
    const members = supply(async () => {
      const input = { agencyId: partner.agencyId, displayName: 'Member', email: email() };
      return [
        (await must('mutation($input: AgencyMemberInput!) { addAgencyMember(input: $input) { id } }', { input }, partner.token))
          .addAgencyMember.id,
      ];
    });
    const staff = supply(async () => [(await createCoordinator(client, admin, login)).id]);
    // A partner who changes their password.
    const passwordOwner = await applyAsPartner(client);
    const [{ password_hash: passwordHash }] = await apps.db.query('SELECT password_hash FROM app_user WHERE id = ?', [
      passwordOwner.userId,
    ]);
    // Reset links of another partner: the token is derived from its row as the worker would.
    const resetOwner = await applyAsPartner(client);
    const keys = new SecretKeys(apps.config);
    const resetTokens = supply(async () => {
      await must('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: resetOwner.email });
      const [row] = await apps.db.query(
        'SELECT t.id, t.salt FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = ? AND t.used_at IS NULL ORDER BY t.created_at DESC LIMIT 1',
        [resetOwner.email],
      );
      return [keys.sign('account-token', `${row.id}.${row.salt}`)];
    });
    // Notifications stay in the outbox (no worker); one is marked FAILED as the mail worker would.
    const failedNotifications = supply(async () => {
      const { registration } = await register(client, open.id);
      const [row] = await apps.db.query('SELECT id FROM notification WHERE registration_id = ? LIMIT 1', [registration.id]);
      await apps.db.query(`UPDATE notification SET status = 'FAILED', last_error = 'SMTP refused' WHERE id = ?`, [row.id]);
      return [row.id];
    });
    const moved = (await scheduled()).sessions[0];
    const moveTo = nextDays();
    const windowed = (await scheduled()).sessions[0];
    const resized = (await scheduled()).sessions[0];
    const updatedBranch = await createBranch(client, admin);
    const updatedRoom = await createRoom(client, admin, updatedBranch.id);
    const updatedUser = await createCoordinator(client, admin, login);
    const draft = await createWorkshop(client, partner.token, proposal());
    const SETTINGS =
      'reminderLeadMinutes capacityThresholds waitlistDemandThreshold lowRegistrationLeadHours retentionDays registrationOpensDaysBefore registrationClosesMinutesBefore';
    const settings = (await must(`{ settings { ${SETTINGS} } }`, {}, admin)).settings;

    // Drafts book nothing: all of them may ask for the same day.
    const draftDay = nextDays();
    const workshopInput = () => ({
      title: `Workshop ${unique()}`,
      summary: 'A practical session',
      description: 'What to expect, in detail.',
      capacity: 20,
      minAttendance: 5,
      tags: ['health'],
      audience: ['ADULTS'],
      languages: ['en', 'es'],
      requiredFeatures: ['PROJECTOR'],
      accessibilityNotes: 'Step-free entrance.',
      followUpResources: 'Hotline: 555-0100',
      sessions: [
        {
          startsAt: localAt(draftDay, '10:00'),
          endsAt: localAt(draftDay, '11:00'),
          branchId: branch.id,
          roomId: room.id,
          recurrence: 'FREQ=WEEKLY;COUNT=2',
        },
      ],
    });
    const as = (token: string | undefined, vars: Vars) => ({ as: token, vars });

    fixtures = {
      addAgencyMember: {
        valid: async () => as(partner.token, { input: { agencyId: partner.agencyId, displayName: 'New Member', email: email() } }),
      },
      addClosure: {
        valid: async () => {
          const on = await closureDays.get();
          return as(coordinator.token, {
            branchId: closedBranch.id,
            cancelSessions: false,
            input: { startsOn: on, endsOn: on, reason: 'Inventory' },
          });
        },
        used: closureDays.renew,
      },
      addSessions: {
        valid: async () =>
          as(coordinator.token, {
            input: {
              workshopId: (await approvedWorkshops.get()).id,
              overrideLoadLimits: true,
              sessions: [{ branchId: branch.id, roomId: room.id, ...(await freeSlots.get()), recurrence: null }],
            },
          }),
        used: freeSlots.renew,
      },
      applyAsPartner: {
        valid: async () =>
          as(undefined, {
            input: {
              agency: {
                name: `Agency ${unique()}`,
                kind: 'NONPROFIT',
                contactEmail: email(),
                description: 'We help.',
                phone: '+1 555 0100',
                website: 'https://agency.test',
              },
              email: email(),
              displayName: 'First Member',
              password: 'partner-password-1',
            },
          }),
      },
      approveWorkshop: {
        valid: async () => {
          const workshop = await twoSessionProposals.get();
          return as(coordinator.token, {
            input: {
              workshopId: workshop.id,
              placements: [{ sessionId: workshop.sessions[0].id, roomId: room.id }],
              excludeSessionIds: [workshop.sessions[1].id],
              overrideLoadLimits: true,
              comment: 'Welcome aboard',
            },
          });
        },
        used: twoSessionProposals.renew,
      },
      bookRoom: {
        valid: async () =>
          as(coordinator.token, { input: { roomId: room.id, ...(await freeSlots.get()), kind: 'MAINTENANCE', note: 'Repaint' } }),
        used: freeSlots.renew,
      },
      cancelBooking: { valid: async () => as(coordinator.token, { id: await bookings.get() }), used: bookings.renew },
      cancelRegistration: {
        valid: async () => as(undefined, { token: (await registrations.get()).manageToken }),
        used: registrations.renew,
      },
      cancelRegistrationById: {
        valid: async () => as(coordinator.token, { id: (await registrations.get()).registration.id }),
        used: registrations.renew,
      },
      cancelSession: {
        valid: async () => as(coordinator.token, { id: await sessionsToCancel.get(), reason: 'Storm' }),
        used: sessionsToCancel.renew,
      },
      cancelWorkshop: {
        valid: async () => as(partner.token, { id: (await approvedWorkshops.get()).id, reason: 'Presenter ill' }),
        used: approvedWorkshops.renew,
      },
      changePassword: {
        valid: async () => as(passwordOwner.token, { currentPassword: passwordOwner.password, newPassword: 'a-new-password-1' }),
        // Back to the password the fixture knows, whichever success came last.
        used: () => apps.db.query('UPDATE app_user SET password_hash = ? WHERE id = ?', [passwordHash, passwordOwner.userId]),
      },
      checkIn: { valid: async () => as(partner.token, { registrationId: arrival.registration.id }) },
      checkInByToken: { valid: async () => as(partner.token, { token: arrival.manageToken }) },
      createBranch: {
        valid: async () =>
          as(admin, {
            input: {
              name: `Branch ${unique()}`,
              timeZone: 'America/Chicago',
              address: '1 Main St',
              country: 'US',
              phone: '(312) 555-0100',
              openingHours: allWeek(),
              programmingLimits: { maxSessionsPerDay: 4, maxEveningSessionsPerWeek: 3, eveningStartsAt: '18:00' },
            },
          }),
      },
      createRoom: {
        valid: async () =>
          as(admin, {
            input: {
              branchId: branch.id,
              name: `Room ${unique()}`,
              capacity: 12,
              features: ['PROJECTOR'],
              setupMinutes: 5,
              cleanupMinutes: 5,
            },
          }),
      },
      createUser: {
        valid: async () =>
          as(admin, {
            input: {
              email: email(),
              displayName: 'Parker Partner',
              password: 'partner-password-2',
              role: 'PARTNER',
              agencyId: partner.agencyId,
              branchIds: [],
            },
          }),
      },
      createWorkshop: { valid: async () => as(partner.token, { input: workshopInput() }) },
      deactivateUser: { valid: async () => as(admin, { id: await staff.get() }), used: staff.renew },
      declineWorkshop: {
        valid: async () => as(coordinator.token, { id: (await submittedWorkshops.get()).id, reason: 'Out of scope' }),
        used: submittedWorkshops.renew,
      },
      login: { valid: async () => as(undefined, { email: ADMIN.email, password: ADMIN.password }) },
      logout: { valid: async () => as(undefined, {}) },
      recordWalkIns: { valid: async () => as(partner.token, { sessionId: now.id, count: 3 }) },
      registerForSession: {
        valid: async () =>
          as(undefined, {
            input: {
              sessionId: open.id,
              name: 'Pat',
              email: email(),
              partySize: 1,
              accessibilityNeeds: 'Step-free access',
              shareContactWithPartner: false,
              remindersOptIn: true,
              followUpOptIn: false,
            },
          }),
      },
      registerAtDesk: {
        valid: async () =>
          as(coordinator.token, {
            input: {
              sessionId: open.id,
              name: 'Pat',
              partySize: 1,
              contactChannel: 'EMAIL',
              email: email(),
              idempotencyKey: `desk-${unique()}`,
              source: 'PHONE',
              accessibilityNeeds: 'Step-free access',
              shareContactWithPartner: false,
              remindersOptIn: true,
              followUpOptIn: false,
            },
          }),
      },
      markPatronNotified: {
        valid: async () => as(coordinator.token, { registrationId: (await registrations.get()).registration.id }),
      },
      removeAgencyMember: { valid: async () => as(partner.token, { userId: await members.get() }), used: members.renew },
      removeClosure: { valid: async () => as(coordinator.token, { id: await closures.get() }), used: closures.renew },
      requestPasswordReset: { valid: async () => as(undefined, { email: partner.email }) },
      requestWorkshopChanges: {
        valid: async () => as(coordinator.token, { id: (await submittedWorkshops.get()).id, comment: 'Shorter, please' }),
        // The agency submits again: the workshop is back in review.
        used: async (vars) => must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: vars.id }, partner.token),
      },
      rescheduleSession: {
        valid: async () =>
          as(coordinator.token, {
            input: {
              sessionId: moved.id,
              startsAt: localAt(moveTo, '16:00'),
              endsAt: localAt(moveTo, '17:00'),
              roomId: room.id,
              overrideLoadLimits: true,
              reason: 'Brighter room',
            },
          }),
      },
      resetPassword: {
        valid: async () => as(undefined, { token: await resetTokens.get(), newPassword: 'a-reset-password-1' }),
        used: resetTokens.renew,
      },
      retryNotification: {
        valid: async () => as(coordinator.token, { id: await failedNotifications.get() }),
        used: failedNotifications.renew,
      },
      setRegistrationWindow: {
        valid: async () =>
          as(coordinator.token, {
            sessionId: windowed.id,
            opensAt: new Date(Date.now() - 86_400_000).toISOString(),
            closesAt: new Date(new Date(windowed.startsAt).getTime() - 3600_000).toISOString(),
          }),
      },
      setSessionCapacity: { valid: async () => as(coordinator.token, { id: resized.id, capacity: 15 }) },
      submitWorkshop: { valid: async () => as(partner.token, { id: (await drafts.get()).id }), used: drafts.renew },
      suspendAgency: {
        valid: async () => as(coordinator.token, { id: suspendedAgency.agencyId, reason: 'Unresponsive' }),
        used: () => must('mutation($id: ID!) { verifyAgency(id: $id) { id } }', { id: suspendedAgency.agencyId }, coordinator.token),
      },
      undoCheckIn: { valid: async () => as(partner.token, { registrationId: arrival.registration.id }) },
      updateAgency: {
        valid: async () =>
          as(partner.token, {
            id: partner.agencyId,
            input: {
              name: partner.agencyName,
              kind: 'PUBLIC_HEALTH',
              description: 'We help.',
              contactEmail: partner.contactEmail,
              phone: '+1 555 0101',
              website: 'https://agency.test/about',
            },
          }),
      },
      updateBranch: {
        valid: async () =>
          as(admin, {
            id: updatedBranch.id,
            input: {
              name: updatedBranch.name,
              timeZone: 'America/Chicago',
              address: '2 Main St',
              country: 'US',
              phone: '+1 312 555 0101',
              openingHours: allWeek('09:00', '21:00'),
              programmingLimits: { maxSessionsPerDay: 5, maxEveningSessionsPerWeek: 2, eveningStartsAt: '17:30' },
            },
          }),
      },
      updateRegistrationPreferences: {
        valid: async () =>
          as(undefined, {
            token: (await registrations.get()).manageToken,
            input: { shareContactWithPartner: true, remindersOptIn: false, followUpOptIn: true },
          }),
      },
      updateRoom: {
        valid: async () =>
          as(admin, {
            id: updatedRoom.id,
            input: { name: updatedRoom.name, capacity: 25, features: ['PROJECTOR'], setupMinutes: 10, cleanupMinutes: 10, active: true },
          }),
      },
      updateSettings: {
        valid: async () => as(admin, { input: settings }),
        // Other fixtures rely on the settings (e.g. registration windows): put them back.
        used: () => must(`mutation($input: SettingsInput!) { updateSettings(input: $input) { ${SETTINGS} } }`, { input: settings }, admin),
      },
      updateUser: {
        valid: async () => as(admin, { id: updatedUser.id, input: { displayName: 'Casey', role: 'COORDINATOR', branchIds: [branch.id] } }),
      },
      updateWorkshop: { valid: async () => as(partner.token, { id: draft.id, input: workshopInput() }) },
      verifyAgency: {
        valid: async () => as(coordinator.token, { id: pendingAgency.agencyId }),
        // Suspended, it may be verified again.
        used: () =>
          must('mutation($id: ID!) { suspendAgency(id: $id, reason: "Again") { id } }', { id: pendingAgency.agencyId }, coordinator.token),
      },
      withdrawWorkshop: {
        valid: async () => as(partner.token, { id: (await submittedWorkshops.get()).id, reason: 'Changed plans' }),
        used: submittedWorkshops.renew,
      },
    };
  }, 120_000);

  afterAll(async () => {
    // The short summary: per mutation, how the sweep was answered.
    const byMutation = new Map<string, Map<string, number>>();
    for (const o of outcomes) {
      const codes = byMutation.get(o.mutation) ?? new Map<string, number>();
      codes.set(o.code, (codes.get(o.code) ?? 0) + 1);
      byMutation.set(o.mutation, codes);
    }
    const lines = [...byMutation].map(([m, codes]) => `${m}: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    if (lines.length) process.stdout.write(`Bad-input sweep: ${outcomes.length} requests\n  ${lines.join('\n  ')}\n`);
    if (process.env.BAD_INPUT_SWEEP_OUT) writeFileSync(process.env.BAD_INPUT_SWEEP_OUT, JSON.stringify(outcomes, null, 1));
    await apps?.close();
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    '%s',
    async (name, field) => {
      const fixture = fixtures[name];
      if (!fixture) throw new Error(`No valid variables for ${name}: add a fixture so that the sweep covers it`);
      const query = documentOf(field);
      const problems: string[] = [];

      // The valid variables succeed: otherwise every refusal below would prove nothing.
      const control = await fixture.valid();
      const ok = await send(query, control.vars, control.as);
      if (ok.body?.errors?.length || !ok.body?.data?.[name]) problems.push(`the valid variables fail: ${ok.text.slice(0, 300)}`);
      else await fixture.used?.(control.vars);

      interface Attempt {
        slot: Slot;
        what: string;
        value: unknown;
      }
      const attempts: Attempt[] = slotsOf(field).flatMap((slot) =>
        casesFor(slot.type, slot.element).map(([what, value]) => ({ slot, what, value })),
      );
      const unreachable = new Set<string>();

      /** The attempt's variables: the fixture's valid ones with the bad value in its slot. */
      const prepare = async ({ slot, value }: Attempt) => {
        const valid = await fixture.valid();
        const vars = replaced(valid.vars, slot.path, value);
        if (!vars) unreachable.add(label(slot.path));
        return vars && { as: valid.as, vars };
      };

      /** Where the attempt put what, for the messages. */
      const whereOf = ({ slot, what, value }: Attempt) => `${label(slot.path)} = ${what} (${shown(value)})`;

      /** Whatever else happens: no internal details, and only the contract's codes. */
      const inspect = (attempt: Attempt, answer: Answer) => {
        if (LEAK.test(answer.text)) problems.push(`${whereOf(attempt)}: internal details in the answer: ${answer.text.slice(0, 300)}`);
        for (const error of answer.body?.errors ?? []) {
          const code = String(error.extensions?.code);
          if (!CONTRACT_CODES.has(code)) problems.push(`${whereOf(attempt)}: ${code} (${error.message})`);
        }
      };

      /** Judges one answer; `changed` lists the tables whose checksum moved (for a refusal: must be none). */
      const judge = async (attempt: Attempt, vars: Vars, answer: Answer, changed: string[]) => {
        const { slot, what } = attempt;
        const where = whereOf(attempt);
        const record = (code: string) => outcomes.push({ mutation: name, field: label(slot.path), value: what, code });
        inspect(attempt, answer);
        const errors = answer.body?.errors ?? [];
        if (!answer.body || (!errors.length && !answer.body.data?.[name])) {
          problems.push(`${where}: HTTP ${answer.status} with neither data nor errors: ${answer.text.slice(0, 200)}`);
          return;
        }
        if (!errors.length) {
          // Accepted: fine, unless no field may take the value.
          record('accepted');
          if (neverAccepted(slot.path, what)) problems.push(`${where}: accepted`);
          await fixture.used?.(vars);
          return;
        }
        const codes = [...new Set(errors.map((e) => String(e.extensions?.code)))];
        record(codes.join('+'));
        // A body over the size limit is refused whole, before any field is read: it names the request.
        if (answer.status === 413) {
          if (errors[0]?.extensions?.fields?.request === undefined) problems.push(`${where}: 413 without the request named`);
        } else if (codes.includes('BAD_USER_INPUT')) {
          const named = errors.flatMap((e) => (e.extensions?.code === 'BAD_USER_INPUT' ? Object.keys(e.extensions.fields ?? {}) : []));
          if (!namesSlot(named, slot)) problems.push(`${where}: BAD_USER_INPUT names ${named.join(', ') || 'no field'}`);
        }
        if (changed.length) problems.push(`${where}: refused with ${codes.join('+')}, yet ${changed.join(', ')} changed`);
      };

      /** One attempt alone, between two checksums of its own. */
      const alone = async (attempt: Attempt) => {
        const prepared = await prepare(attempt);
        if (!prepared) return;
        const before = await checksums();
        const answer = await send(query, prepared.vars, prepared.as);
        await judge(attempt, prepared.vars, answer, isSuccess(answer, name) ? [] : changedTables(before, await checksums()));
      };

      // BATCH attempts at once, between two checksums of the whole database. When nothing changed,
      // every refusal of the batch is shown harmless at once; when something did (a success, or a
      // bug), each refusal of the batch runs again alone, between checksums of its own.
      for (let i = 0; i < attempts.length; i += BATCH) {
        const batch: Array<Attempt & { as?: string; vars: Vars }> = [];
        for (const attempt of attempts.slice(i, i + BATCH)) {
          const prepared = await prepare(attempt);
          if (prepared) batch.push({ ...attempt, ...prepared });
        }
        const before = await checksums();
        const answers = await Promise.all(batch.map((a) => send(query, a.vars, a.as)));
        const changed = changedTables(before, await checksums());
        const refused = batch.filter((_a, k) => !isSuccess(answers[k], name));
        for (const [k, attempt] of batch.entries()) if (isSuccess(answers[k], name)) await judge(attempt, attempt.vars, answers[k], []);
        if (!changed.length) {
          // Nothing changed, so no refusal changed anything.
          for (const attempt of refused) await judge(attempt, attempt.vars, answers[batch.indexOf(attempt)], []);
        } else {
          // A success changed something (fine), or a refusal did (not fine): each refusal again, alone.
          for (const attempt of refused) {
            inspect(attempt, answers[batch.indexOf(attempt)]);
            await alone(attempt);
          }
        }
      }
      for (const path of unreachable) problems.push(`the valid variables do not reach ${path}'s parent, so it is not swept`);
      expect(problems).toEqual([]);
    },
    180_000,
  );
});
