import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, conflict as conflictError, invalidState, notFound, type ConflictDetail } from '@app/errors';
import type { Viewer } from '@app/identity';
import {
  BranchRepository,
  ClosureRepository,
  RoomRepository,
  type BranchEntity,
  type ClosureEntity,
  type RoomEntity,
  type RoomFeature,
} from '@app/places';
import { BookingKind, BookingStatus, ConflictReason, LIVE_BOOKING_STATUSES } from './booking.enums';
import { BookingRepository } from './booking.repository';
import { conflict, localLabel, roomLabel } from './conflicts';
import { RoomBookingEntity } from './room-booking.entity';
import {
  blockedInterval,
  isEvening,
  isoWeekDays,
  loadDay,
  loadWeek,
  localDays,
  localDaysToInterval,
  MAX_BOOKING_MS,
  overlaps,
  withinOpeningHours,
  type Interval,
} from './time-rules';

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

export interface PlacementOptions {
  /** Lock the rows (inside a transaction that will write): branches, then rooms, in id order. */
  lock: boolean;
  /** Count the branches' programming limits for these placements as scheduled sessions. */
  checkLoad: boolean;
}

export interface PlacementCheck {
  /** Every conflict, in the order of the placements. */
  conflicts: ConflictDetail[];
  /** The conflicts of each placement (same index as the placements). */
  perPlacement: ConflictDetail[][];
  rooms: Map<string, RoomEntity>;
  branches: Map<string, BranchEntity>;
}

export interface NewSessionLoad {
  branchId: string;
  startsAt: Date;
  endsAt: Date;
  sessionId: string | null;
  roomId: string | null;
}

export interface BranchLoadDay {
  date: string;
  sessions: number;
  eveningSessions: number;
}

export interface BranchLoad {
  branch: BranchEntity;
  days: BranchLoadDay[];
  eveningSessions: number;
  overLimit: boolean;
}

export interface DirectBooking {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  kind: BookingKind;
  note?: string | null;
}

export interface AvailableRoomsQuery {
  branchId?: string | null;
  startsAt: Date;
  endsAt: Date;
  minCapacity?: number | null;
  features?: readonly RoomFeature[] | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Rooms and their bookings: every rule about whether a room can take [startsAt, endsAt), and the
 * writes that place and release bookings. Writers call `check` with `lock: true` inside their
 * transaction: the branch rows and then the room rows are locked (in id order) before the overlap
 * query runs, so two writers can never both see a room free (MySQL has no exclusion constraint).
 */
@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly rooms: RoomRepository,
    private readonly branches: BranchRepository,
    private readonly closures: ClosureRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Checks the times of a booking: the end after the start, at most a day, not in the past. */
  assertTimes(startsAt: Date, endsAt: Date, field: string): void {
    if (endsAt.getTime() <= startsAt.getTime()) throw badInput(`${field}.endsAt`, 'must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_BOOKING_MS)
      throw badInput(`${field}.endsAt`, 'a session or booking lasts at most 24 hours');
    if (startsAt.getTime() <= this.clock.now().getTime()) throw badInput(`${field}.startsAt`, 'must be in the future');
  }

  /** Every reason the placements cannot be made, against the bookings already there and each other. */
  async check(em: EntityManager | undefined, placements: readonly Placement[], options: PlacementOptions): Promise<PlacementCheck> {
    const roomIds = [...new Set(placements.map((p) => p.roomId))].sort();
    let rooms = await this.rooms.findByIds(roomIds, em);
    const branchIds = [...new Set(rooms.map((r) => r.branchId))].sort();
    let branches: BranchEntity[];
    if (options.lock && em) {
      branches = await this.branches.findByIdsForUpdate(branchIds, em);
      rooms = await this.rooms.findByIdsForUpdate(roomIds, em);
    } else {
      branches = await this.branches.findByIds(branchIds, em);
    }
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    const branchById = new Map(branches.map((b) => [b.id, b]));
    for (const placement of placements) if (!roomById.has(placement.roomId)) throw notFound('Room');

    const perPlacement: ConflictDetail[][] = placements.map(() => []);
    if (placements.length === 0) return { conflicts: [], perPlacement, rooms: roomById, branches: branchById };
    const window = this.unionWindow(placements, roomById);
    const replaced = new Set(placements.flatMap((p) => p.replaces ?? []));
    const existing = (await this.bookings.findLiveOverlapping(roomIds, window.from, window.until, em)).filter((b) => !replaced.has(b.id));
    const closures = await this.closures.findForBranches(
      branchIds,
      dayBefore(window.from),
      dayBefore(new Date(window.until.getTime() + 2 * DAY_MS)),
      em,
    );

    placements.forEach((placement, index) => {
      const conflicts = perPlacement[index];
      const room = roomById.get(placement.roomId) as RoomEntity;
      const branch = branchById.get(room.branchId) as BranchEntity;
      conflicts.push(...this.roomRules(placement, room, branch, closures));
      const blocked = blockedInterval(placement.startsAt, placement.endsAt, room.setupMinutes, room.cleanupMinutes);
      for (const booking of existing) {
        if (booking.roomId !== room.id || !overlaps(blocked, { from: booking.blockedFrom, until: booking.blockedUntil })) continue;
        conflicts.push(
          conflict(
            ConflictReason.OVERLAPS_BOOKING,
            {
              roomId: room.id,
              startsAt: placement.startsAt,
              endsAt: placement.endsAt,
              sessionId: booking.sessionId ?? placement.sessionId,
            },
            `${roomLabel(room, branch)} is kept ${localLabel(booking.blockedFrom, branch.timeZone)}–${localLabel(booking.blockedUntil, branch.timeZone)} (set-up and clean-up included)`,
            booking.id,
          ),
        );
      }
      placements.slice(0, index).forEach((other) => {
        if (other.roomId !== room.id) return;
        const otherBlocked = blockedInterval(other.startsAt, other.endsAt, room.setupMinutes, room.cleanupMinutes);
        if (!overlaps(blocked, otherBlocked)) return;
        conflicts.push(
          conflict(
            ConflictReason.OVERLAPS_BOOKING,
            { roomId: room.id, startsAt: placement.startsAt, endsAt: placement.endsAt, sessionId: other.sessionId ?? placement.sessionId },
            `${roomLabel(room, branch)} would be needed twice at ${localLabel(placement.startsAt, branch.timeZone)}`,
          ),
        );
      });
    });

    if (options.checkLoad) {
      const load = placements.map((p) => ({
        branchId: (roomById.get(p.roomId) as RoomEntity).branchId,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        sessionId: p.sessionId,
        roomId: p.roomId,
      }));
      for (const { index, detail } of await this.loadConflicts(load, replaced, branchById, em)) perPlacement[index].push(detail);
    }
    return { conflicts: perPlacement.flat(), perPlacement, rooms: roomById, branches: branchById };
  }

  private roomRules(placement: Placement, room: RoomEntity, branch: BranchEntity, closures: ClosureEntity[]): ConflictDetail[] {
    const at = { roomId: room.id, startsAt: placement.startsAt, endsAt: placement.endsAt, sessionId: placement.sessionId };
    const found: ConflictDetail[] = [];
    const label = roomLabel(room, branch);
    if (placement.overlapOnly) return found;
    if (!room.active) found.push(conflict(ConflictReason.ROOM_INACTIVE, at, `${label} is not in use`));
    const missing = (placement.requiredFeatures ?? []).filter((f) => !room.features.includes(f));
    if (missing.length) found.push(conflict(ConflictReason.MISSING_FEATURES, at, `${label} lacks ${missing.join(', ')}`));
    if (placement.capacity != null && room.capacity < placement.capacity) {
      found.push(conflict(ConflictReason.OVER_ROOM_CAPACITY, at, `${label} holds ${room.capacity}, not ${placement.capacity}`));
    }
    if (!withinOpeningHours(branch.openingHours, branch.timeZone, placement.startsAt, placement.endsAt)) {
      found.push(
        conflict(
          ConflictReason.OUTSIDE_OPENING_HOURS,
          at,
          `${branch.name} is not open for all of ${localLabel(placement.startsAt, branch.timeZone)}–${localLabel(placement.endsAt, branch.timeZone)}`,
        ),
      );
    }
    const days = localDays(branch.timeZone, placement.startsAt, placement.endsAt);
    for (const closure of closures) {
      if (closure.branchId !== branch.id || closure.startsOn > days.last || closure.endsOn < days.first) continue;
      found.push(
        conflict(
          ConflictReason.BRANCH_CLOSED,
          at,
          `${branch.name} is closed ${closure.startsOn} to ${closure.endsOn}${closure.reason ? ` (${closure.reason})` : ''}`,
        ),
      );
    }
    return found;
  }

  /** The span every placement's blocked time falls in, so one query fetches what could be in the way. */
  private unionWindow(placements: readonly Placement[], rooms: Map<string, RoomEntity>): Interval {
    let from = Infinity;
    let until = -Infinity;
    for (const p of placements) {
      const room = rooms.get(p.roomId) as RoomEntity;
      const blocked = blockedInterval(p.startsAt, p.endsAt, room.setupMinutes, room.cleanupMinutes);
      from = Math.min(from, blocked.from.getTime());
      until = Math.max(until, blocked.until.getTime());
    }
    return { from: new Date(from), until: new Date(until) };
  }

  /**
   * BRANCH_LOAD_LIMIT for the new sessions that would take a branch over its sessions per local day
   * or its evening sessions per ISO week, counting the sessions already scheduled. Each conflict
   * names the index of its item.
   */
  async loadConflicts(
    items: readonly NewSessionLoad[],
    replaced: ReadonlySet<string>,
    branches: Map<string, BranchEntity>,
    em?: EntityManager,
  ): Promise<Array<{ index: number; detail: ConflictDetail }>> {
    const conflicts: Array<{ index: number; detail: ConflictDetail }> = [];
    const add = (item: NewSessionLoad, detail: ConflictDetail) => conflicts.push({ index: items.indexOf(item), detail });
    const byBranch = new Map<string, NewSessionLoad[]>();
    for (const item of items) byBranch.set(item.branchId, [...(byBranch.get(item.branchId) ?? []), item]);
    for (const [branchId, mine] of byBranch) {
      const branch = branches.get(branchId) ?? (await this.branches.findById(branchId, em));
      if (!branch || (branch.maxSessionsPerDay == null && branch.maxEveningSessionsPerWeek == null)) continue;
      const zone = branch.timeZone;
      const first = Math.min(...mine.map((m) => m.startsAt.getTime()));
      const last = Math.max(...mine.map((m) => m.startsAt.getTime()));
      const scheduled = (
        await this.bookings.findScheduledSessionBookings([branchId], new Date(first - 8 * DAY_MS), new Date(last + 8 * DAY_MS), em)
      ).filter((b) => !replaced.has(b.id));
      const perDay = new Map<string, number>();
      const eveningsPerWeek = new Map<string, number>();
      const count = (startsAt: Date, endsAt: Date) => {
        const day = loadDay(zone, startsAt);
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
        if (isEvening(zone, startsAt, endsAt, branch.eveningStartsAt)) {
          const week = loadWeek(zone, startsAt);
          eveningsPerWeek.set(week, (eveningsPerWeek.get(week) ?? 0) + 1);
        }
      };
      for (const booking of scheduled) count(booking.startsAt, booking.endsAt);
      for (const item of mine) count(item.startsAt, item.endsAt);
      for (const item of mine) {
        const at = { roomId: item.roomId, startsAt: item.startsAt, endsAt: item.endsAt, sessionId: item.sessionId };
        const day = loadDay(zone, item.startsAt);
        if (branch.maxSessionsPerDay != null && (perDay.get(day) ?? 0) > branch.maxSessionsPerDay) {
          add(
            item,
            conflict(
              ConflictReason.BRANCH_LOAD_LIMIT,
              at,
              `${branch.name} hosts at most ${branch.maxSessionsPerDay} sessions on ${day}; this would make ${perDay.get(day)}`,
            ),
          );
        }
        const week = loadWeek(zone, item.startsAt);
        if (
          branch.maxEveningSessionsPerWeek != null &&
          isEvening(zone, item.startsAt, item.endsAt, branch.eveningStartsAt) &&
          (eveningsPerWeek.get(week) ?? 0) > branch.maxEveningSessionsPerWeek
        ) {
          add(
            item,
            conflict(
              ConflictReason.BRANCH_LOAD_LIMIT,
              at,
              `${branch.name} hosts at most ${branch.maxEveningSessionsPerWeek} evening sessions in week ${week}; this would make ${eveningsPerWeek.get(week)}`,
            ),
          );
        }
      }
    }
    return conflicts;
  }

  /** Inserts the bookings of checked placements (the caller holds the room locks). */
  async place(
    em: EntityManager,
    placements: readonly Placement[],
    rooms: Map<string, RoomEntity>,
    fields: { kind: BookingKind; status: BookingStatus; createdById: string | null; note?: string | null },
  ): Promise<RoomBookingEntity[]> {
    const now = this.clock.now();
    const rows = placements.map((p) => {
      const room = rooms.get(p.roomId) as RoomEntity;
      const blocked = blockedInterval(p.startsAt, p.endsAt, room.setupMinutes, room.cleanupMinutes);
      return Object.assign(new RoomBookingEntity(), {
        id: randomUUID(),
        roomId: room.id,
        branchId: room.branchId,
        kind: fields.kind,
        status: fields.status,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        blockedFrom: blocked.from,
        blockedUntil: blocked.until,
        sessionId: p.sessionId,
        note: fields.note ?? null,
        createdById: fields.createdById,
        createdAt: now,
        updatedAt: now,
      });
    });
    await this.bookings.insert(rows, em);
    return rows;
  }

  /** Cancels live bookings (releasing holds or a cancelled session's booking). */
  release(em: EntityManager, bookingIds: readonly string[]): Promise<void> {
    return this.bookings.setStatus(bookingIds, LIVE_BOOKING_STATUSES, BookingStatus.CANCELLED, this.clock.now(), em);
  }

  liveBySessions(sessionIds: readonly string[], em?: EntityManager): Promise<RoomBookingEntity[]> {
    return this.bookings.findLiveBySessionIds(sessionIds, em);
  }

  findByIds(ids: readonly string[]): Promise<RoomBookingEntity[]> {
    return this.bookings.findByIds(ids);
  }

  liveInBranch(em: EntityManager, branchId: string, interval: Interval): Promise<RoomBookingEntity[]> {
    return this.bookings.findLiveInBranch(branchId, interval.from, interval.until, em);
  }

  liveEndingAfter(em: EntityManager, roomId: string, after: Date): Promise<RoomBookingEntity[]> {
    return this.bookings.findLiveEndingAfter(roomId, after, em);
  }

  save(em: EntityManager, booking: RoomBookingEntity): Promise<void> {
    return this.bookings.save(booking, em);
  }

  /** COORDINATOR+: a staff meeting or maintenance, under the same rules (maintenance: overlap only). */
  async bookRoom(viewer: Viewer, input: DirectBooking): Promise<RoomBookingEntity> {
    if (input.kind === BookingKind.SESSION) throw badInput('input.kind', 'sessions are booked by approving a workshop');
    this.assertTimes(input.startsAt, input.endsAt, 'input');
    const placement: Placement = {
      roomId: input.roomId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      sessionId: null,
      overlapOnly: input.kind === BookingKind.MAINTENANCE,
    };
    return this.tx.run(async (em) => {
      const { conflicts, rooms } = await this.check(em, [placement], { lock: true, checkLoad: false });
      if (conflicts.length) throw conflictError('The room cannot be booked then', conflicts);
      const [booking] = await this.place(em, [placement], rooms, {
        kind: input.kind,
        status: BookingStatus.CONFIRMED,
        createdById: viewer.userId,
        note: input.note?.trim() || null,
      });
      return booking;
    });
  }

  /** COORDINATOR+: INTERNAL and MAINTENANCE bookings; a session's booking goes with its session. */
  async cancelBooking(id: string): Promise<RoomBookingEntity> {
    return this.tx.run(async (em) => {
      const booking = await this.bookings.findByIdForUpdate(id, em);
      if (!booking) throw notFound('Booking');
      if (booking.kind === BookingKind.SESSION) throw invalidState('A session’s booking is cancelled with the session (cancelSession)');
      if (booking.status === BookingStatus.CANCELLED) throw invalidState('This booking is already cancelled');
      booking.status = BookingStatus.CANCELLED;
      booking.updatedAt = this.clock.now();
      await this.bookings.save(booking, em);
      return booking;
    });
  }

  /** Live bookings of the rooms overlapping [from, to), per room. */
  async roomBookings(roomIds: readonly string[], from: Date, to: Date): Promise<Map<string, RoomBookingEntity[]>> {
    const byRoom = new Map<string, RoomBookingEntity[]>(roomIds.map((id) => [id, []]));
    for (const booking of await this.bookings.findLiveInWindow(roomIds, from, to)) byRoom.get(booking.roomId)?.push(booking);
    return byRoom;
  }

  /** PARTNER+: active rooms that can take the whole window (buffers included), open and not closed. */
  async availableRooms(query: AvailableRoomsQuery): Promise<RoomEntity[]> {
    if (query.endsAt.getTime() <= query.startsAt.getTime()) throw badInput('input.endsAt', 'must be after startsAt');
    if (query.endsAt.getTime() - query.startsAt.getTime() > MAX_BOOKING_MS)
      throw badInput('input.endsAt', 'a session lasts at most 24 hours');
    const wanted = query.features ?? [];
    const candidates = (await this.rooms.findCandidates(query.branchId ?? null, query.minCapacity ?? 1)).filter((room) =>
      wanted.every((f) => room.features.includes(f)),
    );
    if (candidates.length === 0) return [];
    const branches = new Map((await this.branches.findByIds([...new Set(candidates.map((r) => r.branchId))])).map((b) => [b.id, b]));
    const maxSetup = Math.max(...candidates.map((r) => r.setupMinutes));
    const maxCleanup = Math.max(...candidates.map((r) => r.cleanupMinutes));
    const widest = blockedInterval(query.startsAt, query.endsAt, maxSetup, maxCleanup);
    const busy = await this.bookings.findLiveOverlapping(
      candidates.map((r) => r.id),
      widest.from,
      widest.until,
    );
    const closures = await this.closures.findForBranches(
      [...branches.keys()],
      dayBefore(query.startsAt),
      dayBefore(new Date(query.endsAt.getTime() + 2 * DAY_MS)),
    );
    return candidates.filter((room) => {
      const branch = branches.get(room.branchId) as BranchEntity;
      const placement: Placement = { roomId: room.id, startsAt: query.startsAt, endsAt: query.endsAt, sessionId: null };
      if (this.roomRules(placement, room, branch, closures).length) return false;
      const blocked = blockedInterval(query.startsAt, query.endsAt, room.setupMinutes, room.cleanupMinutes);
      return !busy.some((b) => b.roomId === room.id && overlaps(blocked, { from: b.blockedFrom, until: b.blockedUntil }));
    });
  }

  /** Scheduled sessions per local day of the ISO week holding `weekOf`, against the branch's limits. */
  async branchLoad(branch: BranchEntity, weekOf: string): Promise<BranchLoad> {
    const days = isoWeekDays(weekOf);
    const zone = branch.timeZone;
    const week = localDaysToInterval(zone, days[0], days[6]);
    const sessions = await this.bookings.findScheduledSessionBookings([branch.id], week.from, week.until);
    const perDay = days.map((date) => ({ date, sessions: 0, eveningSessions: 0 }));
    for (const booking of sessions) {
      const day = perDay.find((d) => d.date === loadDay(zone, booking.startsAt));
      if (!day) continue;
      day.sessions += 1;
      if (isEvening(zone, booking.startsAt, booking.endsAt, branch.eveningStartsAt)) day.eveningSessions += 1;
    }
    const eveningSessions = perDay.reduce((n, d) => n + d.eveningSessions, 0);
    const overLimit =
      (branch.maxSessionsPerDay != null && perDay.some((d) => d.sessions > (branch.maxSessionsPerDay as number))) ||
      (branch.maxEveningSessionsPerWeek != null && eveningSessions > branch.maxEveningSessionsPerWeek);
    return { branch, days: perDay, eveningSessions, overLimit };
  }
}

/** The UTC day before an instant: closures are fetched with a day's margin, then checked exactly on local days. */
const dayBefore = (instant: Date): string => new Date(instant.getTime() - DAY_MS).toISOString().slice(0, 10);
