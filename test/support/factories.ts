import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { GraphqlClient } from './graphql-client';

/** A suffix that makes names and addresses unique per test. */
export const unique = (): string => randomBytes(4).toString('hex');

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Open every day 08:00–22:00 unless told otherwise. */
export const allWeek = (opens = '08:00', closes = '22:00') => WEEKDAYS.map((weekday) => ({ weekday, opens, closes }));

export async function createBranch(client: GraphqlClient, adminToken: string, input: Record<string, unknown> = {}) {
  const data = await client.must<{ createBranch: { id: string; name: string; timeZone: string } }>(
    `mutation($input: CreateBranchInput!) { createBranch(input: $input) { id name timeZone } }`,
    { input: { name: `Branch ${unique()}`, timeZone: 'America/Chicago', openingHours: allWeek(), ...input } },
    adminToken,
  );
  return data.createBranch;
}

export async function createRoom(client: GraphqlClient, adminToken: string, branchId: string, input: Record<string, unknown> = {}) {
  const data = await client.must<{ createRoom: { id: string; name: string; capacity: number } }>(
    `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id name capacity } }`,
    { input: { branchId, name: `Room ${unique()}`, capacity: 30, ...input } },
    adminToken,
  );
  return data.createRoom;
}

export interface Partner {
  agencyId: string;
  agencyName: string;
  contactEmail: string;
  email: string;
  password: string;
  token: string;
  userId: string;
}

/** An agency applies; it is PENDING and its first member is logged in. */
export async function applyAsPartner(client: GraphqlClient, overrides: Record<string, unknown> = {}): Promise<Partner> {
  const id = unique();
  const { agency, ...rest } = overrides;
  const input = {
    agency: { name: `Agency ${id}`, kind: 'PUBLIC_HEALTH', contactEmail: `contact-${id}@agency.test`, ...((agency as object) ?? {}) },
    email: `member-${id}@agency.test`,
    displayName: `Member ${id}`,
    password: 'partner-password-1',
    ...rest,
  } as { agency: { name: string; contactEmail: string }; email: string; password: string };
  const data = await client.must<{ applyAsPartner: { accessToken: string; user: { id: string; agency: { id: string } } } }>(
    `mutation($input: PartnerApplicationInput!) { applyAsPartner(input: $input) { accessToken user { id agency { id } } } }`,
    { input },
  );
  return {
    agencyId: data.applyAsPartner.user.agency.id,
    agencyName: input.agency.name,
    contactEmail: input.agency.contactEmail,
    email: input.email,
    password: input.password,
    token: data.applyAsPartner.accessToken,
    userId: data.applyAsPartner.user.id,
  };
}

/** A coordinator created by the admin, logged in. */
export function createCoordinator(
  client: GraphqlClient,
  adminToken: string,
  login: (email: string, password: string) => Promise<string>,
  branchIds: string[] = [],
) {
  return createLibraryUser(client, adminToken, login, { role: 'COORDINATOR', displayName: 'Casey Coordinator', branchIds });
}

/** A desk staff user (STAFF) working at these branches, signed in. */
export function createDeskStaff(
  client: GraphqlClient,
  adminToken: string,
  login: (email: string, password: string) => Promise<string>,
  branchIds: string[],
) {
  return createLibraryUser(client, adminToken, login, { role: 'STAFF', displayName: 'Dana Desk', branchIds });
}

async function createLibraryUser(
  client: GraphqlClient,
  adminToken: string,
  login: (email: string, password: string) => Promise<string>,
  user: { role: 'COORDINATOR' | 'STAFF'; displayName: string; branchIds: string[] },
) {
  const email = `${user.role.toLowerCase()}-${unique()}@library.test`;
  const password = `${user.role.toLowerCase()}-password-1`;
  const data = await client.must<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email, password, ...user } },
    adminToken,
  );
  return { id: data.createUser.id, email, password, token: await login(email, password) };
}

/** An instant `days` from today at a local wall-clock time in `zone`, as ISO-8601 (UTC). */
export function localAt(days: number, time: string, zone = 'America/Chicago'): string {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now().setZone(zone).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO() as string;
}

/** A partner whose agency a coordinator has verified. */
export async function verifiedPartner(
  client: GraphqlClient,
  coordinatorToken: string,
  overrides: Record<string, unknown> = {},
): Promise<Partner> {
  const partner = await applyAsPartner(client, overrides);
  await client.must('mutation($id: ID!) { verifyAgency(id: $id) { id } }', { id: partner.agencyId }, coordinatorToken);
  return partner;
}

export const WORKSHOP_FIELDS = `id status submittedAt
  sessions { id status startsAt endsAt capacity room { id name } booking { id status kind room { id } blockedFrom blockedUntil } }
  sessionRequests { startsAt endsAt recurrence branch { id } room { id } }
  reviewHistory { action comment overrodeLoadLimits actor { displayName } }`;

export async function createWorkshop(client: GraphqlClient, token: string, input: Record<string, unknown>) {
  const data = await client.must<{
    createWorkshop: { id: string; status: string; sessions: Array<{ id: string; startsAt: string; endsAt: string }> };
  }>(
    `mutation($input: WorkshopInput!) { createWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`,
    {
      input: {
        title: `Workshop ${unique()}`,
        summary: 'A practical session',
        description: 'What to expect, in detail.',
        capacity: 20,
        ...input,
      },
    },
    token,
  );
  return data.createWorkshop;
}

/** A workshop proposed, submitted and approved: its sessions are SCHEDULED in their preferred rooms. */
export async function scheduledWorkshop(
  client: GraphqlClient,
  partnerToken: string,
  coordinatorToken: string,
  input: Record<string, unknown>,
) {
  const draft = await createWorkshop(client, partnerToken, input);
  await client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: draft.id }, partnerToken);
  const approved = await client.must<{
    approveWorkshop: { id: string; sessions: Array<{ id: string; startsAt: string; endsAt: string; booking: { id: string } }> };
  }>(
    `mutation($input: ApproveWorkshopInput!) { approveWorkshop(input: $input) { id sessions { id startsAt endsAt booking { id } } } }`,
    { input: { workshopId: draft.id, overrideLoadLimits: true } },
    coordinatorToken,
  );
  return approved.approveWorkshop;
}

/**
 * A fixed-offset zone where the local time now is between `from` and `to` hours, so that a session
 * starting "in half an hour" is inside opening hours whenever the test runs.
 */
export function zoneWhereHourIsBetween(from: number, to: number): string {
  for (let offset = -12; offset <= 14; offset++) {
    const zone = offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    const hour = DateTime.now().setZone(zone).hour;
    if (hour >= from && hour < to) return zone;
  }
  throw new Error('no zone found');
}

export const REGISTER = `mutation($input: RegisterInput!) { registerForSession(input: $input) {
  manageToken registration { id status partySize waitlistPosition name email } } }`;

export async function register(client: GraphqlClient, sessionId: string, input: Record<string, unknown> = {}) {
  const id = unique();
  const data = await client.must<{
    registerForSession: { manageToken: string; registration: { id: string; status: string; waitlistPosition: number | null } };
  }>(REGISTER, {
    input: { sessionId, name: `Patron ${id}`, email: `patron-${id}@mail.test`, ...input },
  });
  return { ...data.registerForSession, email: (input.email as string) ?? `patron-${id}@mail.test` };
}
