import { randomUUID } from 'node:crypto';
import { DomainError } from '@app/errors';
import { TransactionRunner } from '@app/database';
import { ProposalsService, ReviewService, SchedulingService, WorkshopsModule, WorkshopsService } from '@app/workshops';
import { chicagoAt, IntModule, scheduledSessions, type World } from '../support/int-world';

describe('placement and approval (workshops and bookings libraries)', () => {
  let int: IntModule;
  let world: World;
  let workshops: WorkshopsService;

  beforeAll(async () => {
    int = await IntModule.create([WorkshopsModule]);
    world = await int.world();
    workshops = int.get(WorkshopsService);
  });

  afterAll(async () => {
    await int?.close();
  });

  /** A submitted proposal of one session with no preferred room (so nothing holds a room yet). */
  async function proposal(startsAt: Date, minutes = 60): Promise<{ workshopId: string; sessionId: string }> {
    const workshop = await int.get(ProposalsService).create(world.partner, {
      title: `Proposal ${randomUUID().slice(0, 8)}`,
      summary: 'Competing for a room',
      description: 'Two coordinators approve at once.',
      capacity: 8,
      sessions: [{ startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), branchId: world.branch.id }],
    });
    await int.get(ProposalsService).submit(world.partner, workshop.id);
    const sessions = (await workshops.sessionsByWorkshop([workshop.id])).get(workshop.id) ?? [];
    return { workshopId: workshop.id, sessionId: sessions[0].id };
  }

  const liveBookingsIn = async (roomId: string): Promise<Array<{ sessionId: string }>> =>
    int.db.query("SELECT session_id AS sessionId FROM room_booking WHERE room_id = ? AND status <> 'CANCELLED'", [roomId]);

  it('of eight approvals racing for one room at one time, exactly one places its session', async () => {
    const room = world.rooms[1];
    const startsAt = chicagoAt(int.clock, 5, '14:00');
    const proposals = await Promise.all(Array.from({ length: 8 }, () => proposal(startsAt)));
    const results = await Promise.allSettled(
      proposals.map((p) =>
        int
          .get(ReviewService)
          .approve(world.coordinator, { workshopId: p.workshopId, placements: [{ sessionId: p.sessionId, roomId: room.id }] }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === 'rejected')) {
      expect((lost as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
      expect(((lost as PromiseRejectedResult).reason as DomainError).code).toBe('CONFLICT');
    }
    const booked = await liveBookingsIn(room.id);
    expect(booked).toHaveLength(1);
    const winner = proposals[results.findIndex((r) => r.status === 'fulfilled')];
    expect(booked[0].sessionId).toBe(winner.sessionId);
  });

  it('keeps the study room’s buffers: back to back is refused a minute too early, allowed at the edge', async () => {
    const room = world.rooms[1]; // 10 minutes set-up, 15 minutes clean-up
    const first = await proposal(chicagoAt(int.clock, 6, '10:00'));
    await int.get(ReviewService).approve(world.coordinator, {
      workshopId: first.workshopId,
      placements: [{ sessionId: first.sessionId, roomId: room.id }],
    });
    // 11:00 + 15 clean-up + 10 set-up: the next may start at 11:25, not 11:24.
    const early = await proposal(chicagoAt(int.clock, 6, '11:24'));
    await expect(
      int
        .get(ReviewService)
        .approve(world.coordinator, { workshopId: early.workshopId, placements: [{ sessionId: early.sessionId, roomId: room.id }] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { conflicts: [expect.objectContaining({ reason: 'OVERLAPS_BOOKING' })] } });
    const edge = await proposal(chicagoAt(int.clock, 6, '11:25'));
    await int.get(ReviewService).approve(world.coordinator, {
      workshopId: edge.workshopId,
      placements: [{ sessionId: edge.sessionId, roomId: room.id }],
    });
    expect((await liveBookingsIn(room.id)).map((b) => b.sessionId)).toEqual(expect.arrayContaining([first.sessionId, edge.sessionId]));
  });

  it('refuses to approve once the clock has passed the session’s start', async () => {
    const startsAt = chicagoAt(int.clock, 7, '09:00');
    const late = await proposal(startsAt);
    const now = int.clock.now();
    int.clock.set(new Date(startsAt.getTime() + 60_000));
    try {
      await expect(int.get(ReviewService).approve(world.coordinator, { workshopId: late.workshopId })).rejects.toMatchObject({
        code: 'INVALID_STATE',
      });
    } finally {
      int.clock.set(now);
    }
  });

  it('cancels only the sessions still scheduled once their rows are locked', async () => {
    // Read before another cancellation commits, as a workshop's or a closure's list of sessions is.
    const [stale] = await scheduledSessions(int, world, { capacity: 8, starts: [chicagoAt(int.clock, 8, '10:00')] });
    await int.get(SchedulingService).cancelSession(world.coordinator, stale.id, 'The presenter is ill');
    const [before] = await int.db.query('SELECT revision FROM session WHERE id = ?', [stale.id]);
    await int.get(TransactionRunner).run(() => workshops.cancelSessions([stale], 'The branch is closed'));
    const [after] = await int.db.query('SELECT status, cancellation_reason AS reason, revision FROM session WHERE id = ?', [stale.id]);
    expect(after).toEqual({ status: 'CANCELLED', reason: 'The presenter is ill', revision: before.revision });
  });
});
