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
import { codeOf, errorOf } from './support/graphql-client';
import { TestApps } from './support/test-apps';

const CHECK = `query($r: ID!, $s: DateTime!, $e: DateTime!, $ignore: ID) {
  checkAvailability(roomId: $r, startsAt: $s, endsAt: $e, ignoreSessionId: $ignore) { reason roomId conflictingBookingId sessionId message } }`;
const BOOK = 'mutation($input: BookRoomInput!) { bookRoom(input: $input) { id kind status startsAt blockedFrom blockedUntil note } }';
const RESCHEDULE =
  'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id status startsAt endsAt capacity room { id } booking { status room { id } } } }';

const reasons = (result: { checkAvailability: Array<{ reason: string }> }) => result.checkAvailability.map((c) => c.reason).sort();

describe('room bookings, availability and the schedule', () => {
  let apps: TestApps;
  let admin: string;
  let coordinator: { token: string };
  let partner: Partner;
  let branch: { id: string };
  const room = (name: string, extra: Record<string, unknown> = {}) => createRoom(apps.client, admin, branch.id, { name, ...extra });

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    admin = await apps.adminToken();
    branch = await createBranch(apps.client, admin, { timeZone: 'America/Chicago', openingHours: allWeek('09:00', '17:00') });
    coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    partner = await verifiedPartner(apps.client, coordinator.token);
  });

  afterAll(async () => {
    await apps?.close();
  });

  it('counts both bookings’ set-up and clean-up: touching is fine, a minute earlier is not', async () => {
    const studio = await room('Studio', { setupMinutes: 15, cleanupMinutes: 15 });
    const booked = await apps.client.must(
      BOOK,
      { input: { roomId: studio.id, startsAt: localAt(3, '10:00'), endsAt: localAt(3, '11:00'), note: 'Board meeting' } },
      coordinator.token,
    );
    expect(booked.bookRoom).toMatchObject({
      kind: 'INTERNAL',
      status: 'CONFIRMED',
      blockedFrom: localAt(3, '09:45').replace('Z', '.000Z').replace('.000.000Z', '.000Z'),
    });
    // Clean-up ends 11:15; the next set-up (15 min) may start exactly then: the session starts 11:30.
    expect(reasons(await apps.client.must(CHECK, { r: studio.id, s: localAt(3, '11:30'), e: localAt(3, '12:00') }, partner.token))).toEqual(
      [],
    );
    const clash = await apps.client.must(CHECK, { r: studio.id, s: localAt(3, '11:29'), e: localAt(3, '12:00') }, partner.token);
    expect(clash.checkAvailability).toEqual([
      expect.objectContaining({ reason: 'OVERLAPS_BOOKING', conflictingBookingId: booked.bookRoom.id, roomId: studio.id }),
    ]);
    const second = await apps.client.request(
      BOOK,
      { input: { roomId: studio.id, startsAt: localAt(3, '11:29'), endsAt: localAt(3, '12:00') } },
      coordinator.token,
    );
    expect(codeOf(second)).toBe('CONFLICT');
    expect(errorOf(second).extensions?.conflicts?.[0]).toMatchObject({
      reason: 'OVERLAPS_BOOKING',
      conflictingBookingId: booked.bookRoom.id,
    });
  });

  it('reports every reason at once: hours in the branch’s zone, closures, inactive rooms, load limits', async () => {
    const limited = await createBranch(apps.client, admin, {
      timeZone: 'America/Chicago',
      openingHours: allWeek('09:00', '17:00'),
      programmingLimits: { maxSessionsPerDay: 1 },
    });
    const a = await createRoom(apps.client, admin, limited.id, { name: 'A' });
    const b = await createRoom(apps.client, admin, limited.id, { name: 'B' });
    await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [{ startsAt: localAt(5, '10:00'), endsAt: localAt(5, '11:00'), branchId: limited.id, roomId: a.id }],
    });
    await apps.client.must(
      'mutation($b: ID!) { addClosure(branchId: $b, input: { startsOn: "2030-01-01", endsOn: "2030-01-01" }) { id } }',
      { b: limited.id },
      coordinator.token,
    );
    await apps.client.must('mutation($id: ID!) { updateRoom(id: $id, input: { active: false }) { active } }', { id: b.id }, admin);

    // 16:30–17:30 local runs past closing; it is also the second session that day.
    expect(reasons(await apps.client.must(CHECK, { r: a.id, s: localAt(5, '16:30'), e: localAt(5, '17:30') }, partner.token))).toEqual([
      'BRANCH_LOAD_LIMIT',
      'OUTSIDE_OPENING_HOURS',
    ]);
    expect(reasons(await apps.client.must(CHECK, { r: b.id, s: localAt(6, '10:00'), e: localAt(6, '11:00') }, partner.token))).toEqual([
      'ROOM_INACTIVE',
    ]);
    expect(
      reasons(await apps.client.must(CHECK, { r: a.id, s: '2030-01-01T16:00:00Z', e: '2030-01-01T17:00:00Z' }, partner.token)),
    ).toEqual(['BRANCH_CLOSED']);
    const load = await apps.client.must(
      'query($id: ID!, $w: Date!) { branch(id: $id) { load(weekOf: $w) { overLimit eveningSessions days { date sessions } } } }',
      { id: limited.id, w: localAt(5, '10:00').slice(0, 10) },
      coordinator.token,
    );
    expect(load.branch.load.days).toHaveLength(7);
    expect(load.branch.load.days.reduce((n: number, d: { sessions: number }) => n + d.sessions, 0)).toBe(1);
    expect(load.branch.load.overLimit).toBe(false);
    expect(
      (
        await apps.client.must(
          'query($id: ID!) { branch(id: $id) { load(weekOf: "2030-01-01") { overLimit } } }',
          { id: limited.id },
          partner.token,
        )
      ).branch.load,
    ).toBeNull();
  });

  it('lists free rooms with the capacity and features asked for', async () => {
    const spot = await createBranch(apps.client, admin, { timeZone: 'America/Chicago', openingHours: allWeek('09:00', '17:00') });
    const big = await createRoom(apps.client, admin, spot.id, { name: 'Big', capacity: 50, features: ['PROJECTOR', 'HEARING_LOOP'] });
    const small = await createRoom(apps.client, admin, spot.id, { name: 'Small', capacity: 8, features: ['PROJECTOR'] });
    const taken = await createRoom(apps.client, admin, spot.id, {
      name: 'Taken',
      capacity: 50,
      features: ['PROJECTOR'],
      cleanupMinutes: 30,
    });
    await apps.client.must(
      BOOK,
      { input: { roomId: taken.id, startsAt: localAt(8, '09:00'), endsAt: localAt(8, '09:45') } },
      coordinator.token,
    );
    const query = 'query($input: AvailableRoomsInput!) { availableRooms(input: $input) { name } }';
    const window = { branchId: spot.id, startsAt: localAt(8, '10:00'), endsAt: localAt(8, '11:00') };
    // Taken's clean-up runs until 10:15.
    expect((await apps.client.must(query, { input: window }, partner.token)).availableRooms).toEqual([{ name: 'Big' }, { name: 'Small' }]);
    expect((await apps.client.must(query, { input: { ...window, minCapacity: 20 } }, partner.token)).availableRooms).toEqual([
      { name: 'Big' },
    ]);
    expect((await apps.client.must(query, { input: { ...window, features: ['HEARING_LOOP'] } }, partner.token)).availableRooms).toEqual([
      { name: 'Big' },
    ]);
    expect(
      (await apps.client.must(query, { input: { ...window, startsAt: localAt(8, '16:30'), endsAt: localAt(8, '17:30') } }, partner.token))
        .availableRooms,
    ).toEqual([]);
    expect(codeOf(await apps.client.request(query, { input: window }))).toBe('UNAUTHENTICATED');
    expect([big.id, small.id]).toHaveLength(2);
  });

  it('shows bookings to staff in full, to partners without notes, to the public not at all', async () => {
    const hall = await room('Visibility Hall');
    await apps.client.must(
      BOOK,
      {
        input: { roomId: hall.id, startsAt: localAt(9, '10:00'), endsAt: localAt(9, '11:00'), note: 'Budget meeting', kind: 'MAINTENANCE' },
      },
      coordinator.token,
    );
    const query = `query($id: ID!, $f: DateTime!, $t: DateTime!) { room(id: $id) { bookings(from: $f, to: $t) { kind status note createdBy { displayName } } } }`;
    const vars = { id: hall.id, f: localAt(9, '00:00'), t: localAt(10, '00:00') };
    expect((await apps.client.must(query, vars, coordinator.token)).room.bookings).toEqual([
      { kind: 'MAINTENANCE', status: 'CONFIRMED', note: 'Budget meeting', createdBy: { displayName: 'Casey Coordinator' } },
    ]);
    expect((await apps.client.must(query, vars, partner.token)).room.bookings).toEqual([
      { kind: 'MAINTENANCE', status: 'CONFIRMED', note: null, createdBy: null },
    ]);
    expect((await apps.client.must(query, vars)).room.bookings).toEqual([]);
  });

  it('books maintenance outside opening hours, refuses SESSION bookings, and cancels only staff bookings once', async () => {
    const hall = await room('Maintenance Hall');
    const night = await apps.client.must(
      BOOK,
      { input: { roomId: hall.id, startsAt: localAt(11, '20:00'), endsAt: localAt(11, '23:00'), kind: 'MAINTENANCE' } },
      coordinator.token,
    );
    expect(night.bookRoom.kind).toBe('MAINTENANCE');
    const internal = await apps.client.request(
      BOOK,
      { input: { roomId: hall.id, startsAt: localAt(12, '20:00'), endsAt: localAt(12, '21:00') } },
      coordinator.token,
    );
    expect(errorOf(internal).extensions?.conflicts?.map((c) => c.reason)).toEqual(['OUTSIDE_OPENING_HOURS']);
    const session = await apps.client.request(
      BOOK,
      { input: { roomId: hall.id, startsAt: localAt(12, '10:00'), endsAt: localAt(12, '11:00'), kind: 'SESSION' } },
      coordinator.token,
    );
    expect(errorOf(session).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'input.kind': expect.any(String) } });
    const cancel = 'mutation($id: ID!) { cancelBooking(id: $id) { status } }';
    expect((await apps.client.must(cancel, { id: night.bookRoom.id }, coordinator.token)).cancelBooking.status).toBe('CANCELLED');
    expect(codeOf(await apps.client.request(cancel, { id: night.bookRoom.id }, coordinator.token))).toBe('INVALID_STATE');
    expect(codeOf(await apps.client.request(cancel, { id: night.bookRoom.id }, partner.token))).toBe('FORBIDDEN');

    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [{ startsAt: localAt(13, '10:00'), endsAt: localAt(13, '11:00'), branchId: branch.id, roomId: hall.id }],
    });
    expect(codeOf(await apps.client.request(cancel, { id: workshop.sessions[0].booking.id }, coordinator.token))).toBe('INVALID_STATE');
  });

  it('moves a session (same checks, own booking aside), lowers capacity for a smaller room and keeps it for a bigger one, and cancels it once', async () => {
    const roomy = await room('Roomy', { capacity: 40 });
    const cosy = await room('Cosy', { capacity: 12 });
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: 30,
      sessions: [{ startsAt: localAt(14, '10:00'), endsAt: localAt(14, '11:00'), branchId: branch.id, roomId: roomy.id }],
    });
    const session = workshop.sessions[0];
    const blocker = await apps.client.must(
      BOOK,
      { input: { roomId: cosy.id, startsAt: localAt(15, '13:00'), endsAt: localAt(15, '14:00') } },
      coordinator.token,
    );

    // Moving within its own slot is fine: its own booking is not in the way.
    expect(
      reasons(
        await apps.client.must(
          CHECK,
          { r: roomy.id, s: localAt(14, '10:30'), e: localAt(14, '11:30'), ignore: session.id },
          coordinator.token,
        ),
      ),
    ).toEqual([]);
    const clash = await apps.client.request(
      RESCHEDULE,
      { input: { sessionId: session.id, startsAt: localAt(15, '13:30'), endsAt: localAt(15, '14:30'), roomId: cosy.id } },
      coordinator.token,
    );
    expect(errorOf(clash).extensions?.conflicts).toEqual([
      expect.objectContaining({ reason: 'OVERLAPS_BOOKING', conflictingBookingId: blocker.bookRoom.id }),
    ]);

    const moved = await apps.client.must(
      RESCHEDULE,
      {
        input: {
          sessionId: session.id,
          startsAt: localAt(15, '15:00'),
          endsAt: localAt(15, '16:00'),
          roomId: cosy.id,
          reason: 'Hall repairs',
        },
      },
      coordinator.token,
    );
    expect(moved.rescheduleSession).toMatchObject({
      status: 'SCHEDULED',
      capacity: 12,
      room: { id: cosy.id },
      booking: { status: 'CONFIRMED', room: { id: cosy.id } },
    });
    // Back to a bigger room, the capacity stays: a move never opens seats on its own.
    const back = await apps.client.must(
      RESCHEDULE,
      { input: { sessionId: session.id, startsAt: localAt(15, '15:00'), endsAt: localAt(15, '16:00'), roomId: roomy.id } },
      coordinator.token,
    );
    expect(back.rescheduleSession).toMatchObject({ capacity: 12, room: { id: roomy.id } });
    const limited = await apps.client.must(
      'mutation($id: ID!) { setSessionCapacity(id: $id, capacity: 35) { capacity } }',
      { id: session.id },
      coordinator.token,
    );
    expect(limited.setSessionCapacity.capacity).toBe(35);
    const later = await apps.client.must(
      RESCHEDULE,
      { input: { sessionId: session.id, startsAt: localAt(15, '10:00'), endsAt: localAt(15, '11:00') } },
      coordinator.token,
    );
    expect(later.rescheduleSession.capacity).toBe(35);
    await apps.client.must(
      RESCHEDULE,
      { input: { sessionId: session.id, startsAt: localAt(15, '15:00'), endsAt: localAt(15, '16:00'), roomId: cosy.id } },
      coordinator.token,
    );
    // Its hold (released at approval), a booking per place it was in (released when it moved on), its new booking.
    const rows: Array<{ status: string; room_id: string }> = await apps.db.query(
      'SELECT status, room_id FROM room_booking WHERE session_id = ?',
      [session.id],
    );
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.status !== 'CANCELLED')).toEqual([{ status: 'CONFIRMED', room_id: cosy.id }]);

    const cancel = 'mutation($id: ID!) { cancelSession(id: $id, reason: "Presenter ill") { status cancellationReason booking { id } } }';
    expect((await apps.client.must(cancel, { id: session.id }, partner.token)).cancelSession).toEqual({
      status: 'CANCELLED',
      cancellationReason: 'Presenter ill',
      booking: null,
    });
    expect(codeOf(await apps.client.request(cancel, { id: session.id }, coordinator.token))).toBe('INVALID_STATE');
    expect(
      codeOf(
        await apps.client.request(
          RESCHEDULE,
          { input: { sessionId: session.id, startsAt: localAt(16, '10:00'), endsAt: localAt(16, '11:00') } },
          coordinator.token,
        ),
      ),
    ).toBe('INVALID_STATE');
  });

  it('keeps branch limits at approval and reschedule unless overridden, and records the override', async () => {
    const busy = await createBranch(apps.client, admin, {
      timeZone: 'America/Chicago',
      openingHours: allWeek('09:00', '21:00'),
      programmingLimits: { maxSessionsPerDay: 1, maxEveningSessionsPerWeek: 1, eveningStartsAt: '18:00' },
    });
    const r = await createRoom(apps.client, admin, busy.id, { name: 'Only room' });
    const draft = await createWorkshop(apps.client, partner.token, {
      sessions: [
        { startsAt: localAt(20, '10:00'), endsAt: localAt(20, '11:00'), branchId: busy.id, roomId: r.id },
        { startsAt: localAt(20, '13:00'), endsAt: localAt(20, '14:00'), branchId: busy.id, roomId: r.id },
      ],
    });
    await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: draft.id }, partner.token);
    const approve =
      'mutation($input: ApproveWorkshopInput!) { approveWorkshop(input: $input) { status reviewHistory { action overrodeLoadLimits } } }';
    // Checked first, as the review page does: the same conflicts, and nothing changes.
    const check = 'query($input: ApproveWorkshopInput!) { checkApproval(input: $input) { reason sessionId startsAt } }';
    type Checked = { checkApproval: Array<{ reason: string; sessionId: string | null; startsAt: string }> };
    const impact = (await apps.client.must<Checked>(check, { input: { workshopId: draft.id } }, coordinator.token)).checkApproval;
    expect(impact.map((c) => c.reason)).toEqual(['BRANCH_LOAD_LIMIT', 'BRANCH_LOAD_LIMIT']);
    expect(impact.every((c) => draft.sessions.some((s) => s.id === c.sessionId))).toBe(true);
    expect(
      (await apps.client.must(check, { input: { workshopId: draft.id, overrideLoadLimits: true } }, coordinator.token)).checkApproval,
    ).toEqual([]);
    const excluded = { workshopId: draft.id, excludeSessionIds: [draft.sessions[1].id], comment: 'One is enough' };
    expect((await apps.client.must(check, { input: excluded }, coordinator.token)).checkApproval).toEqual([]);
    const unchanged = 'query($id: ID!) { workshop(id: $id) { status sessions { status booking { status } } } }';
    expect((await apps.client.must(unchanged, { id: draft.id }, coordinator.token)).workshop).toEqual({
      status: 'SUBMITTED',
      sessions: [
        { status: 'PROPOSED', booking: { status: 'TENTATIVE' } },
        { status: 'PROPOSED', booking: { status: 'TENTATIVE' } },
      ],
    });
    const refused = await apps.client.request(approve, { input: { workshopId: draft.id } }, coordinator.token);
    expect(errorOf(refused).extensions?.conflicts?.map((c) => c.reason)).toEqual(['BRANCH_LOAD_LIMIT', 'BRANCH_LOAD_LIMIT']);
    const approved = await apps.client.must(approve, { input: { workshopId: draft.id, overrideLoadLimits: true } }, coordinator.token);
    expect(approved.approveWorkshop.reviewHistory.at(-1)).toEqual({ action: 'APPROVED', overrodeLoadLimits: true });

    const evening = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [{ startsAt: localAt(27, '18:00'), endsAt: localAt(27, '19:00'), branchId: busy.id, roomId: r.id }],
    });
    const other = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [{ startsAt: localAt(28, '10:00'), endsAt: localAt(28, '11:00'), branchId: busy.id, roomId: r.id }],
    });
    // The same ISO week (27 and 28 days ahead may straddle a Monday; pick the evening's week).
    const toEvening = { sessionId: other.sessions[0].id, startsAt: localAt(27, '19:30'), endsAt: localAt(27, '20:30') };
    const tooMany = await apps.client.request(RESCHEDULE, { input: toEvening }, coordinator.token);
    expect(
      errorOf(tooMany)
        .extensions?.conflicts?.map((c) => c.reason)
        .sort(),
    ).toEqual(['BRANCH_LOAD_LIMIT', 'BRANCH_LOAD_LIMIT']);
    expect(
      (await apps.client.must(RESCHEDULE, { input: { ...toEvening, overrideLoadLimits: true } }, coordinator.token)).rescheduleSession
        .startsAt,
    ).toBe(new Date(toEvening.startsAt).toISOString());
    expect(evening.sessions).toHaveLength(1);
  });

  it('refuses a closure over live bookings unless told to cancel them; then sessions and holds make way', async () => {
    const place = await createBranch(apps.client, admin, { timeZone: 'America/Chicago', openingHours: allWeek('09:00', '17:00') });
    const r = await createRoom(apps.client, admin, place.id, { name: 'Main' });
    const scheduled = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [{ startsAt: localAt(33, '10:00'), endsAt: localAt(33, '11:00'), branchId: place.id, roomId: r.id }],
    });
    const internal = await apps.client.must(
      BOOK,
      { input: { roomId: r.id, startsAt: localAt(33, '14:00'), endsAt: localAt(33, '15:00') } },
      coordinator.token,
    );
    const held = await createWorkshop(apps.client, partner.token, {
      sessions: [{ startsAt: localAt(33, '12:00'), endsAt: localAt(33, '13:00'), branchId: place.id, roomId: r.id }],
    });
    await apps.client.must('mutation($id: ID!) { submitWorkshop(id: $id) { id } }', { id: held.id }, partner.token);

    const day = localAt(33, '12:00').slice(0, 10);
    const add =
      'mutation($b: ID!, $input: ClosureInput!, $cancel: Boolean) { addClosure(branchId: $b, input: $input, cancelSessions: $cancel) { id } }';
    const refused = await apps.client.request(
      add,
      { b: place.id, input: { startsOn: day, endsOn: day, reason: 'Flooding' } },
      coordinator.token,
    );
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(
      errorOf(refused)
        .extensions?.conflicts?.map((c) => c.conflictingBookingId)
        .sort(),
    ).toHaveLength(3);
    expect(Number((await apps.db.query('SELECT COUNT(*) n FROM closure WHERE branch_id = ?', [place.id]))[0].n)).toBe(0);

    await apps.client.must(
      add,
      { b: place.id, input: { startsOn: day, endsOn: day, reason: 'Flooding' }, cancel: true },
      coordinator.token,
    );
    const session = await apps.client.must(
      'query($id: ID!) { session(id: $id) { status cancellationReason } }',
      { id: scheduled.sessions[0].id },
      coordinator.token,
    );
    expect(session.session).toEqual({ status: 'CANCELLED', cancellationReason: `The branch is closed on ${day}: Flooding` });
    const proposal = await apps.client.must(
      'query($id: ID!) { workshop(id: $id) { status reviewHistory { action } } }',
      { id: held.id },
      partner.token,
    );
    expect(proposal.workshop).toEqual({
      status: 'CHANGES_REQUESTED',
      reviewHistory: [{ action: 'SUBMITTED' }, { action: 'CHANGES_REQUESTED' }],
    });
    const [{ status }] = await apps.db.query('SELECT status FROM room_booking WHERE id = ?', [internal.bookRoom.id]);
    expect(status).toBe('CANCELLED');
  });

  it('refuses room changes that would break live bookings, and lowers session capacity to fit', async () => {
    const r = await room('Flexible', { capacity: 30 });
    await apps.client.must(
      BOOK,
      { input: { roomId: r.id, startsAt: localAt(35, '10:00'), endsAt: localAt(35, '11:00') } },
      coordinator.token,
    );
    await apps.client.must(
      BOOK,
      { input: { roomId: r.id, startsAt: localAt(35, '11:20'), endsAt: localAt(35, '12:00') } },
      coordinator.token,
    );
    const update = 'mutation($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { active capacity setupMinutes } }';
    const inactive = await apps.client.request(update, { id: r.id, input: { active: false } }, admin);
    expect(errorOf(inactive).extensions?.conflicts?.map((c) => c.reason)).toEqual(['ROOM_INACTIVE', 'ROOM_INACTIVE']);
    const buffers = await apps.client.request(update, { id: r.id, input: { setupMinutes: 15, cleanupMinutes: 10 } }, admin);
    expect(errorOf(buffers).extensions?.conflicts?.map((c) => c.reason)).toEqual(['OVERLAPS_BOOKING']);
    expect(
      (await apps.client.must(update, { id: r.id, input: { setupMinutes: 10, cleanupMinutes: 10 } }, admin)).updateRoom.setupMinutes,
    ).toBe(10);

    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: 25,
      sessions: [{ startsAt: localAt(36, '10:00'), endsAt: localAt(36, '11:00'), branchId: branch.id, roomId: r.id }],
    });
    await apps.client.must(update, { id: r.id, input: { capacity: 18 } }, admin);
    expect(
      (await apps.client.must('query($id: ID!) { session(id: $id) { capacity } }', { id: workshop.sessions[0].id })).session.capacity,
    ).toBe(18);
  });

  it('adds placed sessions to an approved workshop, all or none', async () => {
    const r = await room('Repeat Room');
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      sessions: [{ startsAt: localAt(40, '10:00'), endsAt: localAt(40, '11:00'), branchId: branch.id, roomId: r.id }],
    });
    const add = 'mutation($input: AddSessionsInput!) { addSessions(input: $input) { sessions { status startsAt room { id } } } }';
    const noRoom = await apps.client.request(
      add,
      {
        input: {
          workshopId: workshop.id,
          sessions: [{ startsAt: localAt(41, '10:00'), endsAt: localAt(41, '11:00'), branchId: branch.id }],
        },
      },
      coordinator.token,
    );
    expect(errorOf(noRoom).extensions?.fields).toHaveProperty(['input.sessions.0.roomId']);
    const clash = await apps.client.request(
      add,
      {
        input: {
          workshopId: workshop.id,
          sessions: [
            {
              startsAt: localAt(40, '10:30'),
              endsAt: localAt(40, '11:30'),
              branchId: branch.id,
              roomId: r.id,
              recurrence: 'FREQ=DAILY;COUNT=2',
            },
          ],
        },
      },
      coordinator.token,
    );
    expect(codeOf(clash)).toBe('CONFLICT');
    const added = await apps.client.must(
      add,
      {
        input: {
          workshopId: workshop.id,
          sessions: [
            {
              startsAt: localAt(42, '10:00'),
              endsAt: localAt(42, '11:00'),
              branchId: branch.id,
              roomId: r.id,
              recurrence: 'FREQ=DAILY;COUNT=2',
            },
          ],
        },
      },
      coordinator.token,
    );
    expect(added.addSessions.sessions.map((s: { status: string }) => s.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
  });
});
