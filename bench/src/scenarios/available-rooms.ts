import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { load, type BenchEnv, type ScenarioResult } from '../harness';

const ROOMS = 100;
const BOOKINGS_PER_ROOM = 500;
const FEATURES = ['WHEELCHAIR_ACCESSIBLE', 'HEARING_LOOP', 'PROJECTOR', 'COMPUTERS', 'KITCHEN', 'QUIET_ROOM'];
const ZONE = 'America/Chicago';

/** One branch with 100 rooms and 50,000 bookings over the next 250 days, inserted in bulk. */
async function seed(env: BenchEnv): Promise<string> {
  const now = new Date();
  const branchId = randomUUID();
  const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({
    weekday,
    opens: '07:00',
    closes: '22:00',
  }));
  await env.pool.query(
    'INSERT INTO branch (id, name, time_zone, address, opening_hours, evening_starts_at, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)',
    [branchId, `Bench branch ${branchId.slice(0, 8)}`, ZONE, JSON.stringify(week), '18:00', now, now],
  );
  const rooms = Array.from({ length: ROOMS }, (_, i) => ({
    id: randomUUID(),
    capacity: 10 + (i % 10) * 10,
    features: FEATURES.filter((_, f) => (i + f) % 3 === 0),
    setup: (i % 4) * 5,
    cleanup: (i % 3) * 5,
  }));
  await env.pool.query(
    'INSERT INTO room (id, branch_id, name, capacity, features, setup_minutes, cleanup_minutes, active, created_at, updated_at) VALUES ?',
    [
      rooms.map((r, i) => [
        r.id,
        branchId,
        `Room ${String(i).padStart(3, '0')}`,
        r.capacity,
        JSON.stringify(r.features),
        r.setup,
        r.cleanup,
        1,
        now,
        now,
      ]),
    ],
  );
  const start = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 1 });
  let rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length) {
      await env.pool.query(
        'INSERT INTO room_booking (id, room_id, branch_id, kind, status, starts_at, ends_at, blocked_from, blocked_until, session_id, note, created_by_id, created_at, updated_at) VALUES ?',
        [rows],
      );
    }
    rows = [];
  };
  for (const [i, room] of rooms.entries()) {
    for (let b = 0; b < BOOKINGS_PER_ROOM; b++) {
      // Two bookings a day per room, at times that vary by room: 09:00+ and 14:00+ local.
      const day = start.plus({ days: Math.floor(b / 2) });
      const begins = day.set({ hour: b % 2 === 0 ? 9 : 14, minute: (i % 4) * 15 });
      const startsAt = begins.toJSDate();
      const endsAt = begins.plus({ minutes: 90 }).toJSDate();
      const status = b % 25 === 0 ? 'CANCELLED' : 'CONFIRMED';
      rows.push([
        randomUUID(),
        room.id,
        branchId,
        b % 7 === 0 ? 'MAINTENANCE' : 'INTERNAL',
        status,
        startsAt,
        endsAt,
        new Date(startsAt.getTime() - room.setup * 60_000),
        new Date(endsAt.getTime() + room.cleanup * 60_000),
        null,
        null,
        null,
        now,
        now,
      ]);
      if (rows.length === 2000) await flush();
    }
  }
  await flush();
  return branchId;
}

/** `availableRooms` over a branch with 100 rooms and 50,000 bookings: one client, then eight. */
export async function availableRooms(env: BenchEnv): Promise<ScenarioResult[]> {
  const branchId = await seed(env);
  const token = await env.partnerToken();
  const query = 'query($input: AvailableRoomsInput!) { availableRooms(input: $input) { id name capacity } }';
  let n = 0;
  const body = () => {
    // Windows across the 250 days: mornings (mostly busy) and late mornings (mostly free).
    n += 1;
    const day = DateTime.now()
      .setZone(ZONE)
      .startOf('day')
      .plus({ days: 1 + ((n * 7) % 240) });
    const begins = day.set({ hour: n % 2 ? 9 : 11, minute: 30 });
    return JSON.stringify({
      query,
      variables: {
        input: {
          branchId,
          startsAt: begins.toUTC().toISO(),
          endsAt: begins.plus({ hours: 1 }).toUTC().toISO(),
          minCapacity: 1 + (n % 3) * 20,
        },
      },
    });
  };
  const headers = { authorization: `Bearer ${token}` };
  const results: ScenarioResult[] = [];
  for (const connections of [1, 8]) {
    const memory = env.memory();
    memory.start();
    const measured = await load({ url: env.graphqlUrl, connections, amount: connections === 1 ? 1000 : 4000, headers, body });
    results.push({
      name: `availableRooms (${connections} client${connections > 1 ? 's' : ''})`,
      description: `100 rooms, 50,000 bookings; ${connections} concurrent client(s); a one-hour window, with capacity filters`,
      connections,
      ...measured,
      apiPeakRssMb: memory.stop(),
    });
  }
  return results;
}
