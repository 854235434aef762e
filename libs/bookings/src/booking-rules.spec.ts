import { RoomFeature, WEEKDAYS, type Branch, type Closure, type OpeningHours, type Room } from '@app/places';
import { ConflictReason } from './booking.enums';
import {
  loadRules,
  overlapRules,
  placementConflicts,
  roomRules,
  unionWindow,
  weekLoad,
  type BlockingBooking,
  type NewSessionLoad,
  type Placement,
} from './booking-rules';

const at = (iso: string) => new Date(iso);
const everyDay = (opens: string, closes: string): OpeningHours[] => WEEKDAYS.map((weekday) => ({ weekday, opens, closes }));

// Chicago: UTC−6 in winter, UTC−5 from 14 March 2027 (02:00 local) to 7 November 2027.
const branch: Branch = {
  id: 'branch-1',
  name: 'Riverside',
  timeZone: 'America/Chicago',
  address: null,
  country: 'US',
  phone: null,
  openingHours: everyDay('09:00', '21:00'),
  maxSessionsPerDay: null,
  maxEveningSessionsPerWeek: null,
  eveningStartsAt: '17:00',
  createdAt: at('2027-01-01T00:00:00Z'),
  updatedAt: at('2027-01-01T00:00:00Z'),
};

const room: Room = {
  id: 'room-1',
  branchId: branch.id,
  name: 'Study Room',
  capacity: 20,
  features: [RoomFeature.PROJECTOR],
  setupMinutes: 10,
  cleanupMinutes: 15,
  active: true,
  createdAt: branch.createdAt,
  updatedAt: branch.createdAt,
};

const closure = (startsOn: string, endsOn: string, reason: string | null = null): Closure => ({
  id: `closure-${startsOn}`,
  branchId: branch.id,
  startsOn,
  endsOn,
  reason,
  createdAt: branch.createdAt,
});

/** A placement in `room`, from and to UTC instants. */
const place = (startsAt: string, endsAt: string, more: Partial<Placement> = {}): Placement => ({
  roomId: room.id,
  startsAt: at(startsAt),
  endsAt: at(endsAt),
  sessionId: 'session-new',
  ...more,
});

const reasons = (found: Array<{ reason: string }>) => found.map((c) => c.reason);

// Wednesday 5 May 2027 in Chicago (UTC−5): 10:00 local is 15:00Z.
const MAY_5_10H = '2027-05-05T15:00:00Z';
const MAY_5_11H = '2027-05-05T16:00:00Z';

describe('room rules', () => {
  it('finds nothing for an open, active, equipped room big enough', () => {
    expect(roomRules(place(MAY_5_10H, MAY_5_11H, { requiredFeatures: [RoomFeature.PROJECTOR], capacity: 20 }), room, branch, [])).toEqual(
      [],
    );
  });

  it('ROOM_INACTIVE when the room is out of use', () => {
    const found = roomRules(place(MAY_5_10H, MAY_5_11H), { ...room, active: false }, branch, []);
    expect(reasons(found)).toEqual([ConflictReason.ROOM_INACTIVE]);
    expect(found[0]).toMatchObject({ roomId: room.id, sessionId: 'session-new', conflictingBookingId: null });
  });

  it('MISSING_FEATURES names only the features the room lacks', () => {
    const found = roomRules(
      place(MAY_5_10H, MAY_5_11H, { requiredFeatures: [RoomFeature.PROJECTOR, RoomFeature.WHEELCHAIR_ACCESSIBLE] }),
      room,
      branch,
      [],
    );
    expect(reasons(found)).toEqual([ConflictReason.MISSING_FEATURES]);
    expect(found[0].message).toBe('Study Room (Riverside) lacks WHEELCHAIR_ACCESSIBLE');
  });

  it('OVER_ROOM_CAPACITY one seat over what the room holds, not at it', () => {
    expect(reasons(roomRules(place(MAY_5_10H, MAY_5_11H, { capacity: 21 }), room, branch, []))).toEqual([
      ConflictReason.OVER_ROOM_CAPACITY,
    ]);
    expect(roomRules(place(MAY_5_10H, MAY_5_11H, { capacity: 20 }), room, branch, [])).toEqual([]);
  });

  it('OUTSIDE_OPENING_HOURS when the session runs past closing, read on the branch’s clock', () => {
    // 20:30–21:30 local is 01:30–02:30Z the next UTC day.
    const found = roomRules(place('2027-05-06T01:30:00Z', '2027-05-06T02:30:00Z'), room, branch, []);
    expect(reasons(found)).toEqual([ConflictReason.OUTSIDE_OPENING_HOURS]);
    expect(found[0].message).toContain('Wed 5 May 2027, 20:30–Wed 5 May 2027, 21:30');
    // Ending exactly at closing is fine.
    expect(roomRules(place('2027-05-06T01:00:00Z', '2027-05-06T02:00:00Z'), room, branch, [])).toEqual([]);
  });

  it('reads opening hours on the day the clocks go forward with the new offset', () => {
    // Sunday 14 March 2027: 09:00 CDT is 14:00Z; the day before, 09:00 CST was 15:00Z.
    expect(roomRules(place('2027-03-14T14:00:00Z', '2027-03-14T15:00:00Z'), room, branch, [])).toEqual([]);
    expect(reasons(roomRules(place('2027-03-13T14:00:00Z', '2027-03-13T15:00:00Z'), room, branch, []))).toEqual([
      ConflictReason.OUTSIDE_OPENING_HOURS,
    ]);
  });

  it('BRANCH_CLOSED on a closure’s first and last local day, with its reason', () => {
    const closed = [closure('2027-05-05', '2027-05-07', 'staff training')];
    const found = roomRules(place(MAY_5_10H, MAY_5_11H), room, branch, closed);
    expect(reasons(found)).toEqual([ConflictReason.BRANCH_CLOSED]);
    expect(found[0].message).toBe('Riverside is closed 2027-05-05 to 2027-05-07 (staff training)');
    expect(reasons(roomRules(place('2027-05-07T15:00:00Z', '2027-05-07T16:00:00Z'), room, branch, closed))).toEqual([
      ConflictReason.BRANCH_CLOSED,
    ]);
    expect(roomRules(place('2027-05-08T15:00:00Z', '2027-05-08T16:00:00Z'), room, branch, closed)).toEqual([]);
    expect(roomRules(place('2027-05-04T15:00:00Z', '2027-05-04T16:00:00Z'), room, branch, closed)).toEqual([]);
  });

  it('counts closures on local days, not UTC days, when the clocks go back', () => {
    // Sunday 7 November 2027, 22:00–23:00 CST (UTC−6) is 04:00–05:00Z on 8 November.
    const late = { ...branch, openingHours: everyDay('09:00', '00:00') };
    const evening = place('2027-11-08T04:00:00Z', '2027-11-08T05:00:00Z');
    expect(reasons(roomRules(evening, room, late, [closure('2027-11-07', '2027-11-07')]))).toEqual([ConflictReason.BRANCH_CLOSED]);
    expect(roomRules(evening, room, late, [closure('2027-11-08', '2027-11-08')])).toEqual([]);
  });

  it('ignores another branch’s closures', () => {
    expect(roomRules(place(MAY_5_10H, MAY_5_11H), room, branch, [{ ...closure('2027-05-05', '2027-05-05'), branchId: 'other' }])).toEqual(
      [],
    );
  });

  it('reports every reason at once, and none for maintenance (overlap only)', () => {
    const closedInactive = { ...room, active: false, capacity: 5 };
    const night = place('2027-05-05T05:00:00Z', '2027-05-05T06:00:00Z', {
      capacity: 10,
      requiredFeatures: [RoomFeature.KITCHEN],
    });
    expect(reasons(roomRules(night, closedInactive, branch, [closure('2027-05-05', '2027-05-05')]))).toEqual([
      ConflictReason.ROOM_INACTIVE,
      ConflictReason.MISSING_FEATURES,
      ConflictReason.OVER_ROOM_CAPACITY,
      ConflictReason.OUTSIDE_OPENING_HOURS,
      ConflictReason.BRANCH_CLOSED,
    ]);
    expect(roomRules({ ...night, overlapOnly: true }, closedInactive, branch, [closure('2027-05-05', '2027-05-05')])).toEqual([]);
  });
});

describe('overlap with buffers', () => {
  // A booking 10:00–11:00 local in the room keeps it 09:50–11:15 (10 min set-up, 15 min clean-up).
  const existing: BlockingBooking = {
    id: 'booking-1',
    roomId: room.id,
    sessionId: 'session-old',
    blockedFrom: at('2027-05-05T14:50:00Z'),
    blockedUntil: at('2027-05-05T16:15:00Z'),
  };

  it('allows a session whose set-up starts exactly when the clean-up ends', () => {
    // 11:25 start − 10 min set-up = 11:15, the end of the clean-up.
    expect(overlapRules(place('2027-05-05T16:25:00Z', '2027-05-05T17:00:00Z'), [], room, branch, [existing])).toEqual([]);
  });

  it('OVERLAPS_BOOKING one minute earlier, naming the booking and its session', () => {
    const found = overlapRules(place('2027-05-05T16:24:00Z', '2027-05-05T17:00:00Z'), [], room, branch, [existing]);
    expect(found).toEqual([
      expect.objectContaining({ reason: ConflictReason.OVERLAPS_BOOKING, conflictingBookingId: 'booking-1', sessionId: 'session-old' }),
    ]);
    expect(found[0].message).toBe(
      'Study Room (Riverside) is kept Wed 5 May 2027, 09:50–Wed 5 May 2027, 11:15 (set-up and clean-up included)',
    );
  });

  it('allows a session ending where the next set-up begins, and refuses one a minute longer', () => {
    // Ends 09:35 + 15 min clean-up = 09:50, the start of the set-up.
    expect(overlapRules(place('2027-05-05T14:00:00Z', '2027-05-05T14:35:00Z'), [], room, branch, [existing])).toEqual([]);
    expect(reasons(overlapRules(place('2027-05-05T14:00:00Z', '2027-05-05T14:36:00Z'), [], room, branch, [existing]))).toEqual([
      ConflictReason.OVERLAPS_BOOKING,
    ]);
  });

  it('ignores bookings in other rooms', () => {
    expect(overlapRules(place(MAY_5_10H, MAY_5_11H), [], room, branch, [{ ...existing, roomId: 'room-2' }])).toEqual([]);
  });

  it('refuses a room needed twice in one request, and allows back-to-back with buffers', () => {
    const first = place(MAY_5_10H, MAY_5_11H, { sessionId: 'a' });
    const twice = overlapRules(place('2027-05-05T16:20:00Z', '2027-05-05T17:00:00Z', { sessionId: 'b' }), [first], room, branch, []);
    expect(twice).toEqual([
      expect.objectContaining({ reason: ConflictReason.OVERLAPS_BOOKING, sessionId: 'a', conflictingBookingId: null }),
    ]);
    expect(twice[0].message).toBe('Study Room (Riverside) would be needed twice at Wed 5 May 2027, 11:20');
    expect(overlapRules(place('2027-05-05T16:25:00Z', '2027-05-05T17:00:00Z', { sessionId: 'b' }), [first], room, branch, [])).toEqual([]);
  });

  it('placementConflicts checks each placement against the ones before it only', () => {
    const rooms = new Map([[room.id, room]]);
    const branches = new Map([[branch.id, branch]]);
    const a = place(MAY_5_10H, MAY_5_11H, { sessionId: 'a' });
    const b = place(MAY_5_10H, MAY_5_11H, { sessionId: 'b' });
    const per = placementConflicts([a, b], { rooms, branches, existing: [], closures: [] });
    expect(per.map(reasons)).toEqual([[], [ConflictReason.OVERLAPS_BOOKING]]);
  });

  it('unionWindow spans every placement with its buffers', () => {
    const window = unionWindow(
      [place(MAY_5_10H, MAY_5_11H), place('2027-05-06T15:00:00Z', '2027-05-06T16:00:00Z')],
      new Map([[room.id, room]]),
    );
    expect(window).toEqual({ from: at('2027-05-05T14:50:00Z'), until: at('2027-05-06T16:15:00Z') });
  });
});

describe('programming load', () => {
  const limited: Branch = { ...branch, maxSessionsPerDay: 2, maxEveningSessionsPerWeek: 1 };
  const session = (startsAt: string, endsAt: string): NewSessionLoad => ({
    branchId: branch.id,
    roomId: room.id,
    sessionId: null,
    startsAt: at(startsAt),
    endsAt: at(endsAt),
  });

  it('BRANCH_LOAD_LIMIT for the session that would be one too many on a local day', () => {
    const scheduled = [session('2027-05-05T14:00:00Z', '2027-05-05T15:00:00Z'), session('2027-05-05T16:00:00Z', '2027-05-05T17:00:00Z')];
    const found = loadRules(limited, scheduled, [session('2027-05-05T18:00:00Z', '2027-05-05T19:00:00Z')]);
    expect(found).toEqual([{ index: 0, detail: expect.objectContaining({ reason: ConflictReason.BRANCH_LOAD_LIMIT }) }]);
    expect(found[0].detail.message).toBe('Riverside hosts at most 2 sessions on 2027-05-05; this would make 3');
    expect(loadRules(limited, scheduled.slice(1), [session('2027-05-05T18:00:00Z', '2027-05-05T19:00:00Z')])).toEqual([]);
  });

  it('counts a late session on its local day, not its UTC day', () => {
    // 20:00–20:30 local on 5 May is 01:00Z on 6 May: it counts on the 5th.
    const late = session('2027-05-06T01:00:00Z', '2027-05-06T01:30:00Z');
    const onThe6th = [session('2027-05-06T14:00:00Z', '2027-05-06T15:00:00Z'), session('2027-05-06T16:00:00Z', '2027-05-06T16:30:00Z')];
    const unlimitedEvenings = { ...limited, maxEveningSessionsPerWeek: null };
    expect(loadRules(unlimitedEvenings, onThe6th, [late])).toEqual([]);
    const onThe5th = [session('2027-05-05T14:00:00Z', '2027-05-05T15:00:00Z'), session('2027-05-05T16:00:00Z', '2027-05-05T16:30:00Z')];
    expect(reasons(loadRules(unlimitedEvenings, onThe5th, [late]).map((f) => f.detail))).toEqual([ConflictReason.BRANCH_LOAD_LIMIT]);
  });

  it('counts the new sessions of one request against each other', () => {
    const three = [
      session('2027-05-05T14:00:00Z', '2027-05-05T15:00:00Z'),
      session('2027-05-05T15:00:00Z', '2027-05-05T16:00:00Z'),
      session('2027-05-05T16:00:00Z', '2027-05-05T17:00:00Z'),
    ];
    // Each of them makes the day's three: every one is named.
    expect(loadRules({ ...limited, maxEveningSessionsPerWeek: null }, [], three).map((f) => f.index)).toEqual([0, 1, 2]);
  });

  it('evening sessions per ISO week: ending after the evening starts counts, ending at it does not', () => {
    // One evening already on Monday 3 May (18:00–19:00 local).
    const scheduled = [session('2027-05-03T23:00:00Z', '2027-05-04T00:00:00Z')];
    const evening = session('2027-05-05T22:00:00Z', '2027-05-05T23:00:00Z');
    const found = loadRules({ ...limited, maxSessionsPerDay: null }, scheduled, [evening]);
    expect(found.map((f) => f.detail.message)).toEqual(['Riverside hosts at most 1 evening sessions in week 2027-W18; this would make 2']);
    // 16:00–17:00 local ends at 17:00: not an evening session.
    expect(
      loadRules({ ...limited, maxSessionsPerDay: null }, scheduled, [session('2027-05-05T21:00:00Z', '2027-05-05T22:00:00Z')]),
    ).toEqual([]);
    // The next ISO week starts on Monday 10 May.
    expect(
      loadRules({ ...limited, maxSessionsPerDay: null }, scheduled, [session('2027-05-10T22:00:00Z', '2027-05-10T23:00:00Z')]),
    ).toEqual([]);
  });

  it('counts the day the clocks go forward as one local day', () => {
    // 00:30 CST (06:30Z) and 23:00 CDT (04:00Z next UTC day) are both Sunday 14 March, locally.
    const dayOnly = { ...limited, maxSessionsPerDay: 1, maxEveningSessionsPerWeek: null };
    const found = loadRules(
      dayOnly,
      [session('2027-03-14T06:30:00Z', '2027-03-14T07:00:00Z')],
      [session('2027-03-15T04:00:00Z', '2027-03-15T04:30:00Z')],
    );
    expect(found.map((f) => f.detail.message)).toEqual(['Riverside hosts at most 1 sessions on 2027-03-14; this would make 2']);
  });

  it('finds nothing for a branch without limits', () => {
    const many = Array.from({ length: 10 }, () => session('2027-05-05T22:00:00Z', '2027-05-05T23:00:00Z'));
    expect(loadRules(branch, many, many)).toEqual([]);
  });

  it('weekLoad counts a week’s sessions and evenings per local day against the limits', () => {
    const scheduled = [
      session('2027-05-03T15:00:00Z', '2027-05-03T16:00:00Z'),
      session('2027-05-03T23:00:00Z', '2027-05-04T00:00:00Z'),
      session('2027-05-09T23:00:00Z', '2027-05-10T00:00:00Z'),
      session('2027-05-10T15:00:00Z', '2027-05-10T16:00:00Z'),
    ];
    const load = weekLoad(limited, '2027-05-05', scheduled);
    expect(load.days.map((d) => [d.date, d.sessions, d.eveningSessions])).toEqual([
      ['2027-05-03', 2, 1],
      ['2027-05-04', 0, 0],
      ['2027-05-05', 0, 0],
      ['2027-05-06', 0, 0],
      ['2027-05-07', 0, 0],
      ['2027-05-08', 0, 0],
      ['2027-05-09', 1, 1],
    ]);
    expect(load.eveningSessions).toBe(2);
    expect(load.overLimit).toBe(true);
    expect(weekLoad({ ...limited, maxEveningSessionsPerWeek: 2 }, '2027-05-05', scheduled).overLimit).toBe(false);
  });
});
