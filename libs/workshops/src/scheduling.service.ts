import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BookingKind,
  BookingsService,
  BookingStatus,
  ConflictReason,
  conflict,
  localDaysToInterval,
  localLabel,
  overlaps,
  type Placement,
  type RoomBooking,
} from '@app/bookings';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, conflict as conflictError, forbidden, invalidState, notFound, type ConflictDetail } from '@app/errors';
import { isCoordinatorPlusOrMemberOf, type Viewer } from '@app/identity';
import { PlacesService, type Closure, type NewClosure, type Room, type RoomChanges } from '@app/places';
import { expandRequests, type SessionRequestInput } from './proposal';
import { SessionEvents } from './session-events.service';
import { effectiveStatus, newSession, SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { canSeeSession } from './workshop.policy';
import type { WorkshopEntity } from './workshop.entity';
import { SessionStatus, WorkshopStatus } from './workshop.enums';
import { WorkshopRepository } from './workshop.repository';
import { ReviewService } from './review.service';
import { WorkshopsService } from './workshops.service';

export interface AddedSessions {
  workshopId: string;
  sessions: SessionRequestInput[];
  overrideLoadLimits?: boolean | null;
}

export interface Reschedule {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  roomId?: string | null;
  overrideLoadLimits?: boolean | null;
  reason?: string | null;
}

/**
 * Scheduled sessions and the places they use: sessions added to an approved workshop, moved or
 * cancelled; closures and room changes that meet live bookings; availability questions.
 */
@Injectable()
export class SchedulingService {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly sessions: SessionRepository,
    private readonly proposals: WorkshopsService,
    private readonly review: ReviewService,
    private readonly bookings: BookingsService,
    private readonly places: PlacesService,
    private readonly events: SessionEvents,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  findSessionsByIds(ids: readonly string[]): Promise<SessionEntity[]> {
    return this.sessions.findByIds(ids);
  }

  /** A session the viewer may see, with its workshop; null otherwise. */
  async findVisibleSession(viewer: Viewer | null, id: string): Promise<SessionEntity | null> {
    const session = await this.sessions.findById(id);
    if (!session) return null;
    const workshop = await this.workshops.getById(session.workshopId);
    return canSeeSession(viewer, session, workshop) ? session : null;
  }

  /** sessionId → its live booking (hold or confirmed). */
  async liveBookingBySession(sessionIds: readonly string[]): Promise<Map<string, RoomBooking>> {
    return new Map((await this.bookings.liveBySessions(sessionIds)).map((b) => [b.sessionId as string, b]));
  }

  /** COORDINATOR+: more placed, scheduled sessions for an approved workshop, all or none. */
  async addSessions(viewer: Viewer, input: AddedSessions): Promise<WorkshopEntity> {
    input.sessions.forEach((s, i) => {
      if (!s.roomId) throw badInput(`input.sessions.${i}.roomId`, 'is required: added sessions are placed at once');
    });
    return this.tx.run(async () => {
      const workshop = await this.workshops.findByIdForUpdate(input.workshopId);
      if (!workshop) throw notFound('Workshop');
      if (workshop.status !== WorkshopStatus.APPROVED) throw invalidState('Sessions are added to approved workshops only');
      const branches = new Map((await this.places.findBranchesByIds(input.sessions.map((s) => s.branchId))).map((b) => [b.id, b]));
      const rooms = new Map((await this.places.findRoomsByIds(input.sessions.map((s) => s.roomId as string))).map((r) => [r.id, r]));
      // The workshop's capacity is checked per room as a conflict (OVER_ROOM_CAPACITY), not as bad input.
      const expanded = expandRequests(
        input.sessions,
        { branches, rooms, now: this.clock.now(), capacity: 0, requiredFeatures: [] },
        'input.sessions',
      );
      const now = this.clock.now();
      const sessions = expanded.map((s) =>
        newSession({
          id: randomUUID(),
          workshopId: workshop.id,
          requestId: null,
          branchId: s.branchId,
          roomId: s.roomId,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          status: SessionStatus.SCHEDULED,
          capacity: workshop.capacity,
          createdAt: now,
        }),
      );
      const wanted: Placement[] = sessions.map((s) => ({
        roomId: s.roomId as string,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        sessionId: s.id,
        requiredFeatures: workshop.requiredFeatures,
        capacity: workshop.capacity,
      }));
      const check = await this.bookings.check(wanted, { lock: true, checkLoad: !input.overrideLoadLimits });
      if (check.conflicts.length) throw conflictError(`${check.conflicts.length} conflict(s); no session was added`, check.conflicts);
      await this.sessions.insert(sessions);
      await this.bookings.place(wanted, check.rooms, {
        kind: BookingKind.SESSION,
        status: BookingStatus.CONFIRMED,
        createdById: viewer.userId,
      });
      workshop.updatedAt = now;
      await this.workshops.save(workshop);
      await this.events.scheduled(sessions);
      return workshop;
    });
  }

  /**
   * COORDINATOR+: moves a scheduled session that has not started, in time and/or room, under the
   * same checks as a new booking (its own booking aside). A smaller room lowers the capacity; a
   * bigger one keeps it.
   */
  async reschedule(viewer: Viewer, input: Reschedule): Promise<SessionEntity> {
    this.bookings.assertTimes(input.startsAt, input.endsAt, 'input');
    return this.tx.run(async () => {
      const session = await this.sessions.findByIdForUpdate(input.sessionId);
      if (!session) throw notFound('Session');
      const workshop = await this.workshops.getById(session.workshopId);
      this.assertChangeable(session);
      const roomId = input.roomId ?? session.roomId;
      if (!roomId) throw badInput('input.roomId', 'is required: the session has no room');
      const room = await this.places.findRoom(roomId);
      if (!room) throw notFound('Room');
      if (room.branchId !== session.branchId) throw badInput('input.roomId', 'is not a room of the session’s branch');
      const current = await this.bookings.liveBySessions([session.id]);
      const placement: Placement = {
        roomId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        sessionId: session.id,
        replaces: current.map((b) => b.id),
        requiredFeatures: workshop.requiredFeatures,
      };
      const check = await this.bookings.check([placement], { lock: true, checkLoad: !input.overrideLoadLimits });
      // A smaller room lowers the seats; a bigger one keeps them: the session's capacity may have
      // been set on purpose (setSessionCapacity), and a move must not silently open seats.
      const capacity = Math.min(session.capacity, room.capacity);
      const taken = (await this.events.lockSeatsTaken([session.id])).get(session.id) ?? 0;
      const conflicts = [...check.conflicts, ...seatConflicts(session, taken, room, capacity)];
      if (conflicts.length) throw conflictError('The session cannot move there', conflicts);
      await this.bookings.release(current.map((b) => b.id));
      await this.bookings.place([placement], check.rooms, {
        kind: BookingKind.SESSION,
        status: BookingStatus.CONFIRMED,
        createdById: viewer.userId,
      });
      const previous = { startsAt: session.startsAt, endsAt: session.endsAt, roomId: session.roomId, capacity: session.capacity };
      Object.assign(session, {
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        roomId,
        capacity,
        revision: session.revision + 1,
        updatedAt: this.clock.now(),
      });
      await this.sessions.save([session]);
      await this.events.rescheduled(session, previous);
      return session;
    });
  }

  /** COORDINATOR+ or the agency: cancels a scheduled session that has not started. */
  async cancelSession(viewer: Viewer, id: string, reason: string): Promise<SessionEntity> {
    return this.tx.run(async () => {
      const session = await this.sessions.findByIdForUpdate(id);
      if (!session) throw notFound('Session');
      const workshop = await this.workshops.getById(session.workshopId);
      if (!canSeeSession(viewer, session, workshop)) throw notFound('Session');
      if (!isCoordinatorPlusOrMemberOf(viewer, workshop.agencyId)) throw forbidden();
      this.assertChangeable(session);
      await this.proposals.cancelSessions([session], reason.trim());
      return session;
    });
  }

  /**
   * COORDINATOR+: a closure. Live bookings inside it make it fail with CONFLICT listing them, unless
   * `cancelSessions`: then scheduled sessions are cancelled, staff bookings released, and proposals
   * holding rooms inside it go back to CHANGES_REQUESTED.
   */
  async addClosure(viewer: Viewer, branchId: string, input: NewClosure, cancelSessions: boolean): Promise<Closure> {
    const closure = this.places.newClosure(branchId, input);
    return this.tx.run(async () => {
      const {
        branches: [branch],
      } = await this.places.lockBranchesAndRooms([branchId], []);
      if (!branch) throw notFound('Branch');
      const inside = await this.bookings.liveInBranch(branch.id, localDaysToInterval(branch.timeZone, closure.startsOn, closure.endsOn));
      if (inside.length && !cancelSessions) {
        throw conflictError(
          `${inside.length} live booking(s) fall inside the closure; cancel them or pass cancelSessions`,
          inside.map((b) =>
            conflict(
              ConflictReason.BRANCH_CLOSED,
              { roomId: b.roomId, startsAt: b.startsAt, endsAt: b.endsAt, sessionId: b.sessionId },
              `${b.kind} booking ${localLabel(b.startsAt, branch.timeZone)}–${localLabel(b.endsAt, branch.timeZone)}`,
              b.id,
            ),
          ),
        );
      }
      const reason = `The branch is closed ${closure.startsOn === closure.endsOn ? `on ${closure.startsOn}` : `from ${closure.startsOn} to ${closure.endsOn}`}${closure.reason ? `: ${closure.reason}` : ''}`;
      const now = this.clock.now();
      const sessionIds = inside.map((b) => b.sessionId).filter((id): id is string => !!id);
      const sessions = await this.sessions.findByIds(sessionIds);
      const scheduled = sessions.filter((s) => s.status === SessionStatus.SCHEDULED && s.startsAt > now);
      await this.proposals.cancelSessions(scheduled, reason);
      // Holds: their proposals go back to the agency.
      const heldWorkshops = [...new Set(sessions.filter((s) => s.status === SessionStatus.PROPOSED).map((s) => s.workshopId))];
      for (const workshopId of heldWorkshops) {
        const workshop = await this.workshops.findByIdForUpdate(workshopId);
        if (workshop?.status === WorkshopStatus.SUBMITTED) await this.review.returnForChanges(workshop, viewer, reason);
      }
      await this.bookings.release(inside.map((b) => b.id));
      await this.places.insertClosure(closure);
      return closure;
    });
  }

  /**
   * ADMIN: room changes that keep every live booking valid. Lower capacity lowers future sessions'
   * capacity; longer buffers that would make live bookings overlap, or deactivating a room with
   * future live bookings, fail with CONFLICT listing them.
   */
  async updateRoom(id: string, changes: RoomChanges): Promise<Room> {
    return this.tx.run(async () => {
      const current = await this.places.findRoom(id);
      if (!current) throw notFound('Room');
      const {
        branches: [branch],
      } = await this.places.lockBranchesAndRooms([current.branchId], []);
      const room = await this.places.lockRoom(id);
      const before = { setup: room.setupMinutes, cleanup: room.cleanupMinutes };
      this.places.applyRoomChanges(room, changes);
      const now = this.clock.now();
      const { live, blocked, apply: applyBuffers } = await this.bookings.reblocked(room.id, now, room.setupMinutes, room.cleanupMinutes);
      const conflicts: ConflictDetail[] = [];
      const at = (b: RoomBooking) => ({ roomId: room.id, startsAt: b.startsAt, endsAt: b.endsAt, sessionId: b.sessionId });
      if (!room.active) {
        for (const b of live)
          conflicts.push(
            conflict(
              ConflictReason.ROOM_INACTIVE,
              at(b),
              `A ${b.kind} booking on ${localLabel(b.startsAt, branch.timeZone)} uses this room`,
              b.id,
            ),
          );
      }
      const buffersChanged = before.setup !== room.setupMinutes || before.cleanup !== room.cleanupMinutes;
      if (buffersChanged) {
        blocked.forEach((a, i) =>
          blocked.slice(i + 1).forEach((b, j) => {
            if (!overlaps(a, b)) return;
            const [earlier, later] = [live[i], live[i + 1 + j]];
            conflicts.push(
              conflict(
                ConflictReason.OVERLAPS_BOOKING,
                at(later),
                `With the new buffers it would overlap the booking of ${localLabel(earlier.startsAt, branch.timeZone)}`,
                earlier.id,
              ),
            );
          }),
        );
      }
      const upcoming = await this.sessions.findUpcomingInRoomForUpdate(room.id, now);
      const lowered = upcoming.filter((s) => s.capacity > room.capacity);
      const taken = await this.events.lockSeatsTaken(lowered.map((s) => s.id));
      for (const session of lowered) conflicts.push(...seatConflicts(session, taken.get(session.id) ?? 0, room, room.capacity));
      if (conflicts.length) throw conflictError('The change would break live bookings', conflicts);

      if (buffersChanged) await applyBuffers();
      for (const session of lowered) Object.assign(session, { capacity: room.capacity, updatedAt: now });
      await this.sessions.save(lowered);
      await this.events.capacityLowered(lowered);
      await this.places.saveRoom(room);
      return room;
    });
  }

  /**
   * PARTNER+: every reason the room cannot take [startsAt, endsAt) as a scheduled session; with
   * `ignoreSessionId`, that session's own booking is left out (to check a move).
   */
  async checkAvailability(
    viewer: Viewer,
    roomId: string,
    startsAt: Date,
    endsAt: Date,
    ignoreSessionId: string | null,
  ): Promise<ConflictDetail[]> {
    if (endsAt.getTime() <= startsAt.getTime()) throw badInput('endsAt', 'must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > 24 * 3600 * 1000) throw badInput('endsAt', 'a session lasts at most 24 hours');
    const room = await this.places.findRoom(roomId);
    if (!room) throw notFound('Room');
    let replaces: string[] = [];
    let session: SessionEntity | null = null;
    if (ignoreSessionId) {
      session = await this.findVisibleSession(viewer, ignoreSessionId);
      if (!session) throw notFound('Session');
      replaces = (await this.bookings.liveBySessions([session.id])).map((b) => b.id);
    }
    const { conflicts } = await this.bookings.check([{ roomId, startsAt, endsAt, sessionId: session?.id ?? null, replaces }], {
      lock: false,
      checkLoad: true,
    });
    return conflicts;
  }

  private assertChangeable(session: SessionEntity): void {
    const status = effectiveStatus(session, this.clock.now());
    if (status !== SessionStatus.SCHEDULED) throw invalidState(`A ${status} session cannot be changed`);
    if (session.startsAt.getTime() <= this.clock.now().getTime()) throw invalidState('The session has already started');
  }
}

/** SEATS_TAKEN when the seats already taken would not fit a new capacity. */
function seatConflicts(session: SessionEntity, taken: number, room: Room, capacity: number): ConflictDetail[] {
  if (taken <= capacity) return [];
  return [
    conflict(
      ConflictReason.SEATS_TAKEN,
      { roomId: room.id, startsAt: session.startsAt, endsAt: session.endsAt, sessionId: session.id },
      `${taken} seats are taken; ${room.name} would leave ${capacity}`,
    ),
  ];
}
