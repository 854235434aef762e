import { DateTime } from 'luxon';
import type { BenchEnv } from './harness';

export interface WorkshopSeed {
  name: string;
  /** Seats per session. */
  capacity: number;
  roomCapacity: number;
  /** Daily sessions, the first three days from now at 10:00 in the branch's zone. */
  sessions: number;
}

/**
 * A branch, a room, a coordinator, a verified partner and an approved workshop, made through the
 * API as a library would; returns the ids of the workshop's sessions.
 */
export async function seedWorkshop(env: BenchEnv, seed: WorkshopSeed): Promise<string[]> {
  const admin = (
    await env.graphql<{ login: { accessToken: string } }>(
      'mutation { login(email: "admin@bench.local", password: "bench-admin-password") { accessToken } }',
    )
  ).login.accessToken;
  const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({
    weekday,
    opens: '07:00',
    closes: '22:00',
  }));
  const branch = (
    await env.graphql(
      'mutation($i: CreateBranchInput!) { createBranch(input: $i) { id } }',
      { i: { name: `${seed.name} branch`, timeZone: 'America/Chicago', openingHours: week } },
      admin,
    )
  ).createBranch.id;
  const room = (
    await env.graphql(
      'mutation($i: CreateRoomInput!) { createRoom(input: $i) { id } }',
      { i: { branchId: branch, name: 'Hall', capacity: seed.roomCapacity } },
      admin,
    )
  ).createRoom.id;
  await env.graphql(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email: 'coordinator@bench.local', displayName: 'C', password: 'bench-password-1', role: 'COORDINATOR' } },
    admin,
  );
  const coordinator = (
    await env.graphql('mutation { login(email: "coordinator@bench.local", password: "bench-password-1") { accessToken } }')
  ).login.accessToken;
  const partner = (
    await env.graphql('mutation($i: PartnerApplicationInput!) { applyAsPartner(input: $i) { accessToken user { agency { id } } } }', {
      i: {
        agency: { name: `${seed.name} agency`, kind: 'OTHER', contactEmail: 'agency@bench.local' },
        email: 'partner@bench.local',
        displayName: 'P',
        password: 'bench-password-1',
      },
    })
  ).applyAsPartner;
  await env.graphql('mutation($id: ID!) { verifyAgency(id: $id) { id } }', { id: partner.user.agency.id }, coordinator);
  const first = DateTime.now().setZone('America/Chicago').plus({ days: 3 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  const workshop = (
    await env.graphql(
      'mutation($i: WorkshopInput!) { createWorkshop(input: $i) { id } }',
      {
        i: {
          title: seed.name,
          summary: 'S',
          description: 'D',
          capacity: seed.capacity,
          sessions: [
            {
              startsAt: first.toUTC().toISO(),
              endsAt: first.plus({ hours: 1 }).toUTC().toISO(),
              branchId: branch,
              roomId: room,
              recurrence: `FREQ=DAILY;COUNT=${seed.sessions}`,
            },
          ],
        },
      },
      partner.accessToken,
    )
  ).createWorkshop.id;
  await env.graphql('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: workshop }, partner.accessToken);
  const approved = await env.graphql<{ approveWorkshop: { sessions: Array<{ id: string }> } }>(
    'mutation($i: ApproveWorkshopInput!) { approveWorkshop(input: $i) { sessions { id } } }',
    { i: { workshopId: workshop, overrideLoadLimits: true } },
    coordinator,
  );
  return approved.approveWorkshop.sessions.map((s) => s.id);
}
