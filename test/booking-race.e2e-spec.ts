import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  createWorkshop,
  localAt,
  scheduledWorkshop,
  verifiedPartner,
  type Partner,
} from './support/factories';
import type { GqlResult } from './support/graphql-client';
import { TestApps } from './support/test-apps';

/** Rounds of the race; the issue asks for at least five per CI run. */
const ROUNDS = 5;

type Attempt = { kind: 'bookRoom' | 'submit' | 'approve' | 'reschedule'; ref: string; result: GqlResult<Record<string, any>> };

const minutes = (n: number) => n * 60_000;

/**
 * At least 50 simultaneous attempts per round to put bookings in one room over overlapping
 * windows: staff bookings, submissions that try to hold it, approvals placing sessions in it, and
 * reschedules moving sessions into it. Afterwards no two live bookings of the room overlap,
 * buffers included, and every refusal is CONFLICT or INVALID_STATE.
 */
describe('no double booking under concurrency', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string };
  let partner: Partner;
  let branch: { id: string };

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    admin = await apps.adminToken();
    branch = await createBranch(apps.client, admin, { timeZone: 'America/Chicago', openingHours: allWeek('06:00', '23:00') });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token);
  });

  afterAll(async () => {
    await apps?.close();
  });

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: 60 simultaneous attempts on one room leave no overlap`, async () => {
      const day = 10 + round;
      const room = await createRoom(apps.client, admin, branch.id, { name: `Contested ${round}`, setupMinutes: 10, cleanupMinutes: 10 });
      const elsewhere = await createRoom(apps.client, admin, branch.id, { name: `Elsewhere ${round}` });
      // A window starting `offset` minutes after 09:00 on the round's day, lasting an hour.
      const at = (offset: number, length = 60, onDay = day) => {
        const start = Date.parse(localAt(onDay, '09:00')) + minutes(offset);
        return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + minutes(length)).toISOString() };
      };
      const offset = (i: number) => (i * 37) % 360;

      // Proposals that will try to hold the room when submitted.
      const toSubmit = [];
      for (let i = 0; i < 12; i++)
        toSubmit.push(
          await createWorkshop(apps.client, partner.token, { sessions: [{ ...at(offset(i)), branchId: branch.id, roomId: room.id }] }),
        );
      // Submitted proposals without a room, to be approved into it (two of them twice, and one declined at once).
      const toApprove = [];
      for (let i = 0; i < 12; i++) {
        const w = await createWorkshop(apps.client, partner.token, { sessions: [{ ...at(offset(i + 12)), branchId: branch.id }] });
        await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: w.id }, partner.token);
        toApprove.push(w);
      }
      // Two submitted proposals that a coordinator declines while the agency withdraws them: one wins.
      const contested = [];
      for (let i = 0; i < 2; i++) {
        const w = await createWorkshop(apps.client, partner.token, { sessions: [{ ...at(offset(i + 50)), branchId: branch.id }] });
        await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: w.id }, partner.token);
        contested.push(w);
      }
      // Scheduled sessions elsewhere (each on a later day of its own), to be moved into the room.
      const toMove = [];
      for (let i = 0; i < 10; i++) {
        const w = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
          sessions: [{ ...at(60, 60, 30 + round * 10 + i), branchId: branch.id, roomId: elsewhere.id }],
        });
        toMove.push({ session: w.sessions[0], window: at(offset(i + 24)) });
      }

      const attempts: Array<Promise<Attempt>> = [];
      const fire = (kind: Attempt['kind'], ref: string, query: string, variables: Record<string, unknown>, token: string) =>
        attempts.push(apps.client.request(query, variables, token).then((result) => ({ kind, ref, result })));
      for (let i = 0; i < 18; i++) {
        fire(
          'bookRoom',
          `booking ${i}`,
          'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id } }',
          { input: { roomId: room.id, ...at(offset(i + 40), 45) } },
          coordinator.token,
        );
      }
      for (const w of toSubmit) fire('submit', w.id, 'mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: w.id }, partner.token);
      toApprove.forEach((w, i) => {
        const approve = 'mutation($input: ApproveWorkshopInput!) { approveWorkshop(input: $input) { id } }';
        const input = { workshopId: w.id, placements: [{ sessionId: w.sessions[0].id, roomId: room.id }] };
        fire('approve', w.id, approve, { input }, coordinator.token);
        if (i < 2) fire('approve', w.id, approve, { input }, coordinator.token);
        if (i === 2)
          fire('approve', w.id, 'mutation($id: ID!) { declineWorkshop(id: $id, reason: "Full") { id } }', { id: w.id }, coordinator.token);
      });
      for (const w of contested) {
        fire('approve', w.id, 'mutation($id: ID!) { declineWorkshop(id: $id, reason: "Full") { id } }', { id: w.id }, coordinator.token);
        fire('approve', w.id, 'mutation($id: ID!) { withdrawWorkshop(id: $id) { id } }', { id: w.id }, partner.token);
      }
      for (const { session, window } of toMove) {
        fire(
          'reschedule',
          session.id,
          'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }',
          { input: { sessionId: session.id, ...window, roomId: room.id } },
          coordinator.token,
        );
      }
      expect(attempts.length).toBeGreaterThanOrEqual(50);
      const results = await Promise.all(attempts);

      // Every refusal is CONFLICT, or INVALID_STATE for a workshop another attempt moved on; never anything else.
      const codes = results.filter((a) => a.result.errors).map((a) => a.result.errors![0].extensions?.code);
      expect(codes.filter((code) => code !== 'CONFLICT' && code !== 'INVALID_STATE')).toEqual([]);
      expect(results.filter((a) => a.kind === 'submit').every((a) => !a.result.errors)).toBe(true);
      expect(results.some((a) => !a.result.errors && a.kind !== 'submit')).toBe(true);
      expect(codes).toContain('CONFLICT');
      // Of two moves on one proposal, exactly one happens; the other finds it moved on.
      for (const w of contested) {
        const outcomes = results.filter((a) => a.ref === w.id).map((a) => a.result.errors?.[0].extensions?.code ?? 'OK');
        expect(outcomes.sort()).toEqual(['INVALID_STATE', 'OK']);
      }
      for (const w of toApprove) expect(results.filter((a) => a.ref === w.id && !a.result.errors).length).toBeLessThanOrEqual(1);

      // The invariant, in the database: live bookings of the room never overlap, buffers included.
      const live: Array<{
        id: string;
        session_id: string | null;
        starts_at: Date;
        ends_at: Date;
        blocked_from: Date;
        blocked_until: Date;
      }> = await apps.db.query(
        `SELECT id, session_id, starts_at, ends_at, blocked_from, blocked_until FROM room_booking WHERE room_id = ? AND status IN ('TENTATIVE', 'CONFIRMED') ORDER BY blocked_from`,
        [room.id],
      );
      expect(live.length).toBeGreaterThan(1);
      for (const booking of live) {
        expect(booking.blocked_from.getTime()).toBe(booking.starts_at.getTime() - minutes(10));
        expect(booking.blocked_until.getTime()).toBe(booking.ends_at.getTime() + minutes(10));
      }
      for (let i = 1; i < live.length; i++)
        expect(live[i].blocked_from.getTime()).toBeGreaterThanOrEqual(live[i - 1].blocked_until.getTime());

      // A submission that found the room taken went through without a hold: something live is in its way.
      const held = new Set(live.map((b) => b.session_id));
      for (const w of toSubmit) {
        const [session] = w.sessions;
        if (held.has(session.id)) continue;
        const from = Date.parse(session.startsAt) - minutes(10);
        const until = Date.parse(session.endsAt) + minutes(10);
        expect(live.some((b) => b.blocked_from.getTime() < until && from < b.blocked_until.getTime())).toBe(true);
      }
      // Each session approved or moved into the room has exactly one live booking, and it is there.
      const scheduled = await apps.db.query(
        `SELECT s.id, COUNT(b.id) n, MIN(b.room_id) room FROM session s JOIN room_booking b ON b.session_id = s.id AND b.status = 'CONFIRMED' WHERE s.status = 'SCHEDULED' AND s.room_id = ? GROUP BY s.id`,
        [room.id],
      );
      for (const row of scheduled) expect([Number(row.n), row.room]).toEqual([1, room.id]);
    });
  }
});
