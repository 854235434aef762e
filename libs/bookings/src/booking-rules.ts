import type { ConflictDetail } from '@app/errors';
import type { Branch, Closure, Room, RoomFeature } from '@app/places';
import { ConflictReason } from './booking.enums';
import { conflict, localLabel, roomLabel } from './conflicts';
import {
  blockedInterval,
  isEvening,
  isoWeekDays,
  loadDay,
  loadWeek,
  localDays,
  overlaps,
  withinOpeningHours,
  type Interval,
} from './time-rules';

/**
 * The booking rules, as pure functions over facts the service has already loaded (and locked):
 * whether a room can take a time, and whether a branch can carry another session. Every reason a
 * placement is refused comes from here, so each can be tested without a database.
 */

/** A booking someone wants to place. */
export interface Placement {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  /** The session it is for (null for staff bookings). */
  sessionId: string | null;
  /** Bookings this one takes the place of (a session's own hold or booking): not in the way. */
  replaces?: readonly string[];
  requiredFeatures?: readonly RoomFeature[];
  /** Seats the room must hold, when the placement fixes a capacity. */
  capacity?: number | null;
  /** Maintenance ignores opening hours, closures and inactive rooms; everything else checks them. */
  overlapOnly?: boolean;
}

/** What the overlap rule reads of a live booking already in a room. */
export interface BlockingBooking {
  id: string;
  roomId: string;
  sessionId: string | null;
  blockedFrom: Date;
  blockedUntil: Date;
}

/** What the load rule reads of a session already scheduled at a branch. */
export interface ScheduledTimes {
  startsAt: Date;
  endsAt: Date;
}

/** A session that would count against its branch's programming limits. */
export interface NewSessionLoad {
  branchId: string;
  startsAt: Date;
  endsAt: Date;
  sessionId: string | null;
  roomId: string | null;
}

export interface PlacementFacts {
  rooms: ReadonlyMap<string, Room>;
  branches: ReadonlyMap<string, Branch>;
  /** Live bookings that could be in the way (those the placements replace already left out). */
  existing: readonly BlockingBooking[];
  closures: readonly Closure[];
}

/** The rules about the room and its branch: in use, equipped, big enough, open, not closed. */
export function roomRules(placement: Placement, room: Room, branch: Branch, closures: readonly Closure[]): ConflictDetail[] {
  if (placement.overlapOnly) return [];
  const at = { roomId: room.id, startsAt: placement.startsAt, endsAt: placement.endsAt, sessionId: placement.sessionId };
  const found: ConflictDetail[] = [];
  const label = roomLabel(room, branch);
  if (!room.active) found.push(conflict(ConflictReason.ROOM_INACTIVE, at, `${label} is not in use`));
  const missing = (placement.requiredFeatures ?? []).filter((f) => !room.features.includes(f));
  if (missing.length) found.push(conflict(ConflictReason.MISSING_FEATURES, at, `${label} lacks ${missing.join(', ')}`));
  if (placement.capacity != null && room.capacity < placement.capacity) {
    found.push(conflict(ConflictReason.OVER_ROOM_CAPACITY, at, `${label} holds ${room.capacity}, not ${placement.capacity}`));
  }
  if (!withinOpeningHours(branch.openingHours, branch.timeZone, placement.startsAt, placement.endsAt)) {
    const when = `${localLabel(placement.startsAt, branch.timeZone)}–${localLabel(placement.endsAt, branch.timeZone)}`;
    found.push(conflict(ConflictReason.OUTSIDE_OPENING_HOURS, at, `${branch.name} is not open for all of ${when}`));
  }
  const days = localDays(branch.timeZone, placement.startsAt, placement.endsAt);
  for (const closure of closures) {
    if (closure.branchId !== branch.id || closure.startsOn > days.last || closure.endsOn < days.first) continue;
    const why = closure.reason ? ` (${closure.reason})` : '';
    found.push(conflict(ConflictReason.BRANCH_CLOSED, at, `${branch.name} is closed ${closure.startsOn} to ${closure.endsOn}${why}`));
  }
  return found;
}

/**
 * OVERLAPS_BOOKING against the bookings already in the room and against the placements before
 * this one in the same request. Buffers count: touching blocked times are fine.
 */
export function overlapRules(
  placement: Placement,
  earlier: readonly Placement[],
  room: Room,
  branch: Branch,
  existing: readonly BlockingBooking[],
): ConflictDetail[] {
  const found: ConflictDetail[] = [];
  const blocked = blockedInterval(placement.startsAt, placement.endsAt, room.setupMinutes, room.cleanupMinutes);
  const at = (sessionId: string | null) => ({ roomId: room.id, startsAt: placement.startsAt, endsAt: placement.endsAt, sessionId });
  for (const booking of existing) {
    if (booking.roomId !== room.id || !overlaps(blocked, { from: booking.blockedFrom, until: booking.blockedUntil })) continue;
    const kept = `${localLabel(booking.blockedFrom, branch.timeZone)}–${localLabel(booking.blockedUntil, branch.timeZone)}`;
    found.push(
      conflict(
        ConflictReason.OVERLAPS_BOOKING,
        at(booking.sessionId ?? placement.sessionId),
        `${roomLabel(room, branch)} is kept ${kept} (set-up and clean-up included)`,
        booking.id,
      ),
    );
  }
  for (const other of earlier) {
    if (other.roomId !== room.id) continue;
    if (!overlaps(blocked, blockedInterval(other.startsAt, other.endsAt, room.setupMinutes, room.cleanupMinutes))) continue;
    found.push(
      conflict(
        ConflictReason.OVERLAPS_BOOKING,
        at(other.sessionId ?? placement.sessionId),
        `${roomLabel(room, branch)} would be needed twice at ${localLabel(placement.startsAt, branch.timeZone)}`,
      ),
    );
  }
  return found;
}

/** Every conflict of each placement (same index), against the facts and each other. */
export function placementConflicts(placements: readonly Placement[], facts: PlacementFacts): ConflictDetail[][] {
  return placements.map((placement, index) => {
    const room = facts.rooms.get(placement.roomId);
    const branch = room && facts.branches.get(room.branchId);
    if (!room || !branch) throw new Error(`placementConflicts: room ${placement.roomId} or its branch was not loaded`);
    return [
      ...roomRules(placement, room, branch, facts.closures),
      ...overlapRules(placement, placements.slice(0, index), room, branch, facts.existing),
    ];
  });
}

/** The span every placement's blocked time falls in, so one query fetches what could be in the way. */
export function unionWindow(placements: readonly Placement[], rooms: ReadonlyMap<string, Room>): Interval {
  let from = Infinity;
  let until = -Infinity;
  for (const p of placements) {
    const room = rooms.get(p.roomId);
    if (!room) throw new Error(`unionWindow: room ${p.roomId} was not loaded`);
    const blocked = blockedInterval(p.startsAt, p.endsAt, room.setupMinutes, room.cleanupMinutes);
    from = Math.min(from, blocked.from.getTime());
    until = Math.max(until, blocked.until.getTime());
  }
  return { from: new Date(from), until: new Date(until) };
}

/** Whether a branch has limits the load rule must count against. */
export const hasLoadLimits = (branch: Branch): boolean => branch.maxSessionsPerDay != null || branch.maxEveningSessionsPerWeek != null;

/**
 * BRANCH_LOAD_LIMIT for the new sessions (all at `branch`) that would take it over its sessions per
 * local day or its evening sessions per ISO week, counting the sessions already scheduled. Each
 * conflict names the index of its item in `mine`.
 */
export function loadRules(
  branch: Branch,
  scheduled: readonly ScheduledTimes[],
  mine: readonly NewSessionLoad[],
): Array<{ index: number; detail: ConflictDetail }> {
  const zone = branch.timeZone;
  const perDay = new Map<string, number>();
  const eveningsPerWeek = new Map<string, number>();
  for (const { startsAt, endsAt } of [...scheduled, ...mine]) {
    const day = loadDay(zone, startsAt);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    if (isEvening(zone, startsAt, endsAt, branch.eveningStartsAt)) {
      const week = loadWeek(zone, startsAt);
      eveningsPerWeek.set(week, (eveningsPerWeek.get(week) ?? 0) + 1);
    }
  }
  const found: Array<{ index: number; detail: ConflictDetail }> = [];
  mine.forEach((item, index) => {
    const at = { roomId: item.roomId, startsAt: item.startsAt, endsAt: item.endsAt, sessionId: item.sessionId };
    const day = loadDay(zone, item.startsAt);
    const onDay = perDay.get(day) ?? 0;
    if (branch.maxSessionsPerDay != null && onDay > branch.maxSessionsPerDay) {
      const message = `${branch.name} hosts at most ${branch.maxSessionsPerDay} sessions on ${day}; this would make ${onDay}`;
      found.push({ index, detail: conflict(ConflictReason.BRANCH_LOAD_LIMIT, at, message) });
    }
    const week = loadWeek(zone, item.startsAt);
    const inWeek = eveningsPerWeek.get(week) ?? 0;
    if (
      branch.maxEveningSessionsPerWeek != null &&
      isEvening(zone, item.startsAt, item.endsAt, branch.eveningStartsAt) &&
      inWeek > branch.maxEveningSessionsPerWeek
    ) {
      const message = `${branch.name} hosts at most ${branch.maxEveningSessionsPerWeek} evening sessions in week ${week}; this would make ${inWeek}`;
      found.push({ index, detail: conflict(ConflictReason.BRANCH_LOAD_LIMIT, at, message) });
    }
  });
  return found;
}

export interface BranchLoadDay {
  date: string;
  sessions: number;
  eveningSessions: number;
}

export interface WeekLoad {
  days: BranchLoadDay[];
  eveningSessions: number;
  overLimit: boolean;
}

/** Scheduled sessions per local day of the ISO week holding `weekOf`, against the branch's limits. */
export function weekLoad(branch: Branch, weekOf: string, scheduled: readonly ScheduledTimes[]): WeekLoad {
  const zone = branch.timeZone;
  const days = isoWeekDays(weekOf).map((date) => ({ date, sessions: 0, eveningSessions: 0 }));
  for (const session of scheduled) {
    const day = days.find((d) => d.date === loadDay(zone, session.startsAt));
    if (!day) continue;
    day.sessions += 1;
    if (isEvening(zone, session.startsAt, session.endsAt, branch.eveningStartsAt)) day.eveningSessions += 1;
  }
  const eveningSessions = days.reduce((n, d) => n + d.eveningSessions, 0);
  const maxPerDay = branch.maxSessionsPerDay;
  const overLimit =
    (maxPerDay != null && days.some((d) => d.sessions > maxPerDay)) ||
    (branch.maxEveningSessionsPerWeek != null && eveningSessions > branch.maxEveningSessionsPerWeek);
  return { days, eveningSessions, overLimit };
}
