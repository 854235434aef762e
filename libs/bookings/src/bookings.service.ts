import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, conflict as conflictError, invalidState, notFound, type ConflictDetail } from '@app/errors';
import type { Viewer } from '@app/identity';
import { PlacesService, type Branch, type Room, type RoomFeature } from '@app/places';
import { BookingKind, BookingStatus, LIVE_BOOKING_STATUSES } from './booking.enums';
import { BookingRepository } from './booking.repository';
import {
  hasLoadLimits,
  loadRules,
  overlapRules,
  placementConflicts,
  roomRules,
  unionWindow,
  weekLoad,
  type BranchLoadDay,
  type NewSessionLoad,
  type Placement,
} from './booking-rules';
import { RoomBookingEntity, type RoomBooking } from './room-booking.entity';
import { blockedInterval, isoWeekDays, localDaysToInterval, MAX_BOOKING_MS, type Interval } from './time-rules';

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
  rooms: Map<string, Room>;
  branches: Map<string, Branch>;
}

export interface BranchLoad {
  branch: Branch;
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
    private readonly places: PlacesService,
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

  /**
   * Every reason the placements cannot be made, against the bookings already there and each other.
   * Loads (and with `lock`, locks) what the rules read, then applies them (see booking-rules.ts).
   */
  async check(placements: readonly Placement[], options: PlacementOptions): Promise<PlacementCheck> {
    const roomIds = [...new Set(placements.map((p) => p.roomId))].sort();
    let rooms = await this.places.findRoomsByIds(roomIds);
    const branchIds = [...new Set(rooms.map((r) => r.branchId))].sort();
    let branches: Branch[];
    if (options.lock) ({ branches, rooms } = await this.places.lockBranchesAndRooms(branchIds, roomIds));
    else branches = await this.places.findBranchesByIds(branchIds);
    const roomById = new Map(rooms.map((r) => [r.id, r]));
    const branchById = new Map(branches.map((b) => [b.id, b]));
    for (const placement of placements) if (!roomById.has(placement.roomId)) throw notFound('Room');
    if (placements.length === 0) return { conflicts: [], perPlacement: [], rooms: roomById, branches: branchById };

    const window = unionWindow(placements, roomById);
    const replaced = new Set(placements.flatMap((p) => p.replaces ?? []));
    const existing = (await this.bookings.findLiveOverlapping(roomIds, window.from, window.until)).filter((b) => !replaced.has(b.id));
    const closures = await this.places.closuresOf(
      branchIds,
      dayBefore(window.from),
      dayBefore(new Date(window.until.getTime() + 2 * DAY_MS)),
    );
    const perPlacement = placementConflicts(placements, { rooms: roomById, branches: branchById, existing, closures });

    if (options.checkLoad) {
      const load = placements.map((p) => ({
        branchId: (roomById.get(p.roomId) as Room).branchId,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        sessionId: p.sessionId,
        roomId: p.roomId,
      }));
      for (const { index, detail } of await this.loadConflicts(load, replaced, branchById)) perPlacement[index].push(detail);
    }
    return { conflicts: perPlacement.flat(), perPlacement, rooms: roomById, branches: branchById };
  }

  /**
   * BRANCH_LOAD_LIMIT for the new sessions that would take a branch over its sessions per local day
   * or its evening sessions per ISO week, counting the sessions already scheduled. Each conflict
   * names the index of its item.
   */
  async loadConflicts(
    items: readonly NewSessionLoad[],
    replaced: ReadonlySet<string>,
    branches: ReadonlyMap<string, Branch>,
  ): Promise<Array<{ index: number; detail: ConflictDetail }>> {
    const conflicts: Array<{ index: number; detail: ConflictDetail }> = [];
    const byBranch = new Map<string, number[]>();
    items.forEach((item, index) => byBranch.set(item.branchId, [...(byBranch.get(item.branchId) ?? []), index]));
    for (const [branchId, indexes] of byBranch) {
      const branch = branches.get(branchId) ?? (await this.places.findBranch(branchId));
      if (!branch || !hasLoadLimits(branch)) continue;
      const mine = indexes.map((i) => items[i]);
      const first = Math.min(...mine.map((m) => m.startsAt.getTime()));
      const last = Math.max(...mine.map((m) => m.startsAt.getTime()));
      const scheduled = (
        await this.bookings.findScheduledSessionBookings([branchId], new Date(first - 8 * DAY_MS), new Date(last + 8 * DAY_MS))
      ).filter((b) => !replaced.has(b.id));
      for (const { index, detail } of loadRules(branch, scheduled, mine)) conflicts.push({ index: indexes[index], detail });
    }
    return conflicts;
  }

  /** Inserts the bookings of checked placements (the caller holds the room locks). */
  async place(
    placements: readonly Placement[],
    rooms: ReadonlyMap<string, Room>,
    fields: { kind: BookingKind; status: BookingStatus; createdById: string | null; note?: string | null },
  ): Promise<RoomBookingEntity[]> {
    const now = this.clock.now();
    const rows = placements.map((p) => {
      const room = rooms.get(p.roomId) as Room;
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
    await this.bookings.insert(rows);
    return rows;
  }

  /** Cancels live bookings (releasing holds or a cancelled session's booking). */
  release(bookingIds: readonly string[]): Promise<void> {
    return this.bookings.setStatus(bookingIds, LIVE_BOOKING_STATUSES, BookingStatus.CANCELLED, this.clock.now());
  }

  liveBySessions(sessionIds: readonly string[]): Promise<RoomBookingEntity[]> {
    return this.bookings.findLiveBySessionIds(sessionIds);
  }

  findByIds(ids: readonly string[]): Promise<RoomBookingEntity[]> {
    return this.bookings.findByIds(ids);
  }

  liveInBranch(branchId: string, interval: Interval): Promise<RoomBookingEntity[]> {
    return this.bookings.findLiveInBranch(branchId, interval.from, interval.until);
  }

  /**
   * The room's live bookings ending after `after`, with what each would block under new buffers,
   * and a write that applies them (for a room change checked against them first).
   */
  async reblocked(
    roomId: string,
    after: Date,
    setupMinutes: number,
    cleanupMinutes: number,
  ): Promise<{ live: RoomBooking[]; blocked: Interval[]; apply: () => Promise<void> }> {
    const live = await this.bookings.findLiveEndingAfter(roomId, after);
    const blocked = live.map((b) => blockedInterval(b.startsAt, b.endsAt, setupMinutes, cleanupMinutes));
    const apply = async () => {
      const now = this.clock.now();
      for (const [i, booking] of live.entries()) {
        Object.assign(booking, { blockedFrom: blocked[i].from, blockedUntil: blocked[i].until, updatedAt: now });
        await this.bookings.save(booking);
      }
    };
    return { live, blocked, apply };
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
    return this.tx.run(async () => {
      const { conflicts, rooms } = await this.check([placement], { lock: true, checkLoad: false });
      if (conflicts.length) throw conflictError('The room cannot be booked then', conflicts);
      const [booking] = await this.place([placement], rooms, {
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
    return this.tx.run(async () => {
      const booking = await this.bookings.findByIdForUpdate(id);
      if (!booking) throw notFound('Booking');
      if (booking.kind === BookingKind.SESSION) throw invalidState('A session’s booking is cancelled with the session (cancelSession)');
      if (booking.status === BookingStatus.CANCELLED) throw invalidState('This booking is already cancelled');
      booking.status = BookingStatus.CANCELLED;
      booking.updatedAt = this.clock.now();
      await this.bookings.save(booking);
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
  async availableRooms(query: AvailableRoomsQuery): Promise<Room[]> {
    if (query.endsAt.getTime() <= query.startsAt.getTime()) throw badInput('input.endsAt', 'must be after startsAt');
    if (query.endsAt.getTime() - query.startsAt.getTime() > MAX_BOOKING_MS)
      throw badInput('input.endsAt', 'a session lasts at most 24 hours');
    const wanted = query.features ?? [];
    const candidates = (await this.places.activeRoomsHolding(query.branchId ?? null, query.minCapacity ?? 1)).filter((room) =>
      wanted.every((f) => room.features.includes(f)),
    );
    if (candidates.length === 0) return [];
    const branches = new Map((await this.places.findBranchesByIds([...new Set(candidates.map((r) => r.branchId))])).map((b) => [b.id, b]));
    const maxSetup = Math.max(...candidates.map((r) => r.setupMinutes));
    const maxCleanup = Math.max(...candidates.map((r) => r.cleanupMinutes));
    const widest = blockedInterval(query.startsAt, query.endsAt, maxSetup, maxCleanup);
    const busy = await this.bookings.findLiveOverlapping(
      candidates.map((r) => r.id),
      widest.from,
      widest.until,
    );
    const closures = await this.places.closuresOf(
      [...branches.keys()],
      dayBefore(query.startsAt),
      dayBefore(new Date(query.endsAt.getTime() + 2 * DAY_MS)),
    );
    return candidates.filter((room) => {
      const branch = branches.get(room.branchId) as Branch;
      const placement: Placement = { roomId: room.id, startsAt: query.startsAt, endsAt: query.endsAt, sessionId: null };
      return roomRules(placement, room, branch, closures).length === 0 && overlapRules(placement, [], room, branch, busy).length === 0;
    });
  }

  /** Scheduled sessions per local day of the ISO week holding `weekOf`, against the branch's limits. */
  async branchLoad(branch: Branch, weekOf: string): Promise<BranchLoad> {
    const days = isoWeekDays(weekOf);
    const week = localDaysToInterval(branch.timeZone, days[0], days[6]);
    const sessions = await this.bookings.findScheduledSessionBookings([branch.id], week.from, week.until);
    return { branch, ...weekLoad(branch, weekOf, sessions) };
  }
}

/** The UTC day before an instant: closures are fetched with a day's margin, then checked exactly on local days. */
const dayBefore = (instant: Date): string => new Date(instant.getTime() - DAY_MS).toISOString().slice(0, 10);
