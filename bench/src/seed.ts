import { DateTime } from 'luxon';
import type { BenchEnv } from './harness';

export interface WorkshopSeed {
  name: string;
  /** Seats per session. */
  capacity: number;
  roomCapacity: number;
  /** Daily sessions from three days ahead at 10:00 in the branch's zone; past 50, more workshops at 12:00, 14:00... (at most 300). */
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
  // A workshop has at most 52 sessions: more sessions are more workshops, daily, two hours apart.
  const ids: string[] = [];
  for (let k = 0; k * 50 < seed.sessions; k += 1) {
    const start = first.plus({ hours: 2 * k });
    const workshop = (
      await env.graphql(
        'mutation($i: WorkshopInput!) { createWorkshop(input: $i) { id } }',
        {
          i: {
            title: k === 0 ? seed.name : `${seed.name} ${k + 1}`,
            summary: 'S',
            description: 'D',
            capacity: seed.capacity,
            sessions: [
              {
                startsAt: start.toUTC().toISO(),
                endsAt: start.plus({ hours: 1 }).toUTC().toISO(),
                branchId: branch,
                roomId: room,
                recurrence: `FREQ=DAILY;COUNT=${Math.min(50, seed.sessions - 50 * k)}`,
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
    ids.push(...approved.approveWorkshop.sessions.map((s) => s.id));
  }
  return ids;
}
