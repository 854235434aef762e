import { Injectable } from '@nestjs/common';
import { BookingKind, BookingsService, BookingStatus, ConflictReason, conflict, type Placement, type RoomBooking } from '@app/bookings';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, conflict as conflictError, invalidState, notFound, type ConflictDetail } from '@app/errors';
import { UsersService, type Viewer } from '@app/identity';
import { NotificationKind, OutboxService } from '@app/notifications';
import { PartnersService } from '@app/partners';
import { PlacesService } from '@app/places';
import { ReviewEventRepository } from './review-event.repository';
import { SessionEvents } from './session-events.service';
import type { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import type { WorkshopEntity } from './workshop.entity';
import { ReviewAction, SessionStatus, WorkshopStatus } from './workshop.enums';
import { WorkshopRecords } from './workshop-records.service';
import { WorkshopRepository } from './workshop.repository';

export interface Approval {
  workshopId: string;
  placements?: Array<{ sessionId: string; roomId: string }> | null;
  excludeSessionIds?: string[] | null;
  overrideLoadLimits?: boolean | null;
  comment?: string | null;
}

/**
 * A coordinator's side of a proposal: changes requested, declined, or approved with every session
 * placed and booked at once, each in one transaction with its review event and the agency told.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly sessions: SessionRepository,
    private readonly reviews: ReviewEventRepository,
    private readonly records: WorkshopRecords,
    private readonly bookings: BookingsService,
    private readonly places: PlacesService,
    private readonly partners: PartnersService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly events: SessionEvents,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** COORDINATOR+: SUBMITTED → CHANGES_REQUESTED, holds released, the agency told why. */
  async requestChanges(viewer: Viewer, id: string, comment: string): Promise<WorkshopEntity> {
    return this.tx.run(async () => {
      const workshop = await this.lockSubmitted(id);
      await this.returnForChanges(workshop, viewer, comment);
      return workshop;
    });
  }

  /** SUBMITTED → CHANGES_REQUESTED inside the caller's transaction (a coordinator, or a new closure). */
  async returnForChanges(workshop: WorkshopEntity, actor: Viewer | null, comment: string): Promise<void> {
    await this.bookings.release((await this.bookings.liveBySessions(await this.records.sessionIdsOf(workshop.id))).map((b) => b.id));
    Object.assign(workshop, { status: WorkshopStatus.CHANGES_REQUESTED, updatedAt: this.clock.now() });
    await this.workshops.save(workshop);
    await this.records.record(workshop, ReviewAction.CHANGES_REQUESTED, actor, comment);
    await this.notifyDecided(workshop, ReviewAction.CHANGES_REQUESTED, comment, 0, 0);
  }

  /** COORDINATOR+: SUBMITTED → DECLINED. */
  async decline(viewer: Viewer, id: string, reason: string): Promise<WorkshopEntity> {
    return this.tx.run(async () => {
      const workshop = await this.lockSubmitted(id);
      await this.records.closeProposal(workshop, WorkshopStatus.DECLINED, reason);
      await this.records.record(workshop, ReviewAction.DECLINED, viewer, reason);
      await this.notifyDecided(workshop, ReviewAction.DECLINED, reason, 0, 0);
      return workshop;
    });
  }

  /**
   * COORDINATOR+: SUBMITTED → APPROVED. Every session not excluded is placed (its hold's room, or
   * the coordinator's placement) and booked, all at once or not at all: on any conflict nothing
   * changes and the answer lists every conflict. Branch limits count unless overridden.
   */
  async approve(viewer: Viewer, approval: Approval): Promise<WorkshopEntity> {
    const excluded = new Set(approval.excludeSessionIds ?? []);
    const override = approval.overrideLoadLimits ?? false;
    const comment = approval.comment?.trim() || null;
    return this.tx.run(async () => {
      const workshop = await this.lockSubmitted(approval.workshopId);
      const plan = await this.plan(workshop, approval, true);
      if (plan.conflicts.length)
        throw conflictError(`${plan.conflicts.length} conflict(s) stop this approval; nothing was changed`, plan.conflicts);

      const { sessions, approved, holds, wanted } = plan;
      await this.bookings.release(holds.map((b) => b.id));
      await this.bookings.place(wanted, plan.rooms, {
        kind: BookingKind.SESSION,
        status: BookingStatus.CONFIRMED,
        createdById: viewer.userId,
      });
      await this.schedule(workshop, sessions, excluded, wanted, comment);
      await this.records.record(workshop, ReviewAction.APPROVED, viewer, comment, override);
      await this.notifyDecided(workshop, ReviewAction.APPROVED, comment, approved.length, excluded.size);
      await this.events.scheduled(approved);
      return workshop;
    });
  }

  /**
   * COORDINATOR+: every conflict the same approval would meet now (rooms, closures, opening hours,
   * and the branches' limits unless overridden), changing nothing: what the review page shows
   * before the coordinator decides. Empty when the approval would go through.
   */
  async checkApproval(approval: Approval): Promise<ConflictDetail[]> {
    const workshop = await this.workshops.findById(approval.workshopId);
    if (!workshop) throw notFound('Workshop');
    if (workshop.status !== WorkshopStatus.SUBMITTED) throw invalidState(`A ${workshop.status} workshop is not waiting for a decision`);
    return (await this.plan(workshop, approval, false)).conflicts;
  }

  /** The sessions an approval schedules, where, and what stands in the way (with `lock`, the rooms locked for the writer). */
  private async plan(workshop: WorkshopEntity, approval: Approval, lock: boolean) {
    const excluded = new Set(approval.excludeSessionIds ?? []);
    const sessions = (await this.sessions.findByWorkshopIds([workshop.id])).filter((s) => s.status === SessionStatus.PROPOSED);
    const approved = this.chooseSessions(sessions, approval, excluded);
    const holds = await this.bookings.liveBySessions(sessions.map((s) => s.id));
    const { wanted, conflicts } = await this.placementsOf(workshop, approved, approval.placements ?? [], holds);
    const check = await this.bookings.check(wanted, { lock, checkLoad: !(approval.overrideLoadLimits ?? false) });
    return { sessions, approved, holds, wanted, rooms: check.rooms, conflicts: [...conflicts, ...check.conflicts] };
  }

  // ——— helpers ———

  /** The proposed sessions to approve: the approval's exclusions and placements must name them. */
  private chooseSessions(sessions: SessionEntity[], approval: Approval, excluded: ReadonlySet<string>): SessionEntity[] {
    const ids = new Set(sessions.map((s) => s.id));
    excluded.forEach((sessionId) => {
      if (!ids.has(sessionId)) throw badInput('input.excludeSessionIds', `${sessionId} is not a session of this workshop`);
    });
    (approval.placements ?? []).forEach((p, i) => {
      if (!ids.has(p.sessionId)) throw badInput(`input.placements.${i}.sessionId`, 'is not a session of this workshop');
      if (excluded.has(p.sessionId)) throw badInput(`input.placements.${i}.sessionId`, 'is excluded from this approval');
    });
    const approved = sessions.filter((s) => !excluded.has(s.id));
    if (approved.length === 0) throw badInput('input.excludeSessionIds', 'leaves no session to approve; decline the workshop instead');
    if (approved.some((s) => s.startsAt.getTime() <= this.clock.now().getTime()))
      throw invalidState('A session to approve has already started; exclude it');
    return approved;
  }

  /**
   * Where each approved session goes: the coordinator's placement, else its hold's room, else its
   * preferred room (NO_ROOM when it has none). Each booking replaces the proposal's holds.
   */
  private async placementsOf(
    workshop: WorkshopEntity,
    approved: SessionEntity[],
    chosenList: ReadonlyArray<{ sessionId: string; roomId: string }>,
    holds: ReadonlyArray<RoomBooking>,
  ): Promise<{ wanted: Placement[]; conflicts: ConflictDetail[] }> {
    const chosen = new Map(chosenList.map((p) => [p.sessionId, p.roomId]));
    const holdOf = new Map(holds.map((b) => [b.sessionId as string, b]));
    const chosenRooms = new Map((await this.places.findRoomsByIds([...new Set(chosen.values())])).map((r) => [r.id, r]));
    const conflicts: ConflictDetail[] = [];
    const wanted: Placement[] = [];
    for (const session of approved) {
      const roomId = chosen.get(session.id) ?? holdOf.get(session.id)?.roomId ?? session.roomId;
      if (!roomId) {
        const at = { roomId: null, startsAt: session.startsAt, endsAt: session.endsAt, sessionId: session.id };
        conflicts.push(conflict(ConflictReason.NO_ROOM, at, 'This session has no room: give it a placement or exclude it'));
        continue;
      }
      if (chosen.has(session.id)) {
        const room = chosenRooms.get(roomId);
        const index = chosenList.findIndex((p) => p.sessionId === session.id);
        if (!room) throw notFound('Room');
        if (room.branchId !== session.branchId) throw badInput(`input.placements.${index}.roomId`, 'is not a room of the session’s branch');
      }
      const { startsAt, endsAt } = session;
      const replaces = holds.map((b) => b.id);
      wanted.push({
        roomId,
        startsAt,
        endsAt,
        sessionId: session.id,
        replaces,
        requiredFeatures: workshop.requiredFeatures,
        capacity: workshop.capacity,
      });
    }
    return { wanted, conflicts };
  }

  /** The approved sessions scheduled in their rooms, the excluded ones cancelled, the workshop APPROVED. */
  private async schedule(
    workshop: WorkshopEntity,
    sessions: SessionEntity[],
    excluded: ReadonlySet<string>,
    placed: readonly Placement[],
    comment: string | null,
  ): Promise<void> {
    const now = this.clock.now();
    const roomOf = new Map(placed.map((p) => [p.sessionId as string, p.roomId]));
    for (const session of sessions) {
      if (excluded.has(session.id))
        Object.assign(session, {
          status: SessionStatus.CANCELLED,
          cancellationReason: comment ?? 'Not hosted by the library',
          updatedAt: now,
        });
      else
        Object.assign(session, {
          status: SessionStatus.SCHEDULED,
          roomId: roomOf.get(session.id),
          capacity: workshop.capacity,
          updatedAt: now,
        });
    }
    await this.sessions.save(sessions);
    Object.assign(workshop, { status: WorkshopStatus.APPROVED, updatedAt: now });
    await this.workshops.save(workshop);
  }

  private async lockSubmitted(id: string): Promise<WorkshopEntity> {
    const workshop = await this.workshops.findByIdForUpdate(id);
    if (!workshop) throw notFound('Workshop');
    if (workshop.status !== WorkshopStatus.SUBMITTED) throw invalidState(`A ${workshop.status} workshop is not waiting for a decision`);
    return workshop;
  }

  /** PROPOSAL_DECIDED to the agency's contact and the member who submitted. */
  private async notifyDecided(
    workshop: WorkshopEntity,
    decision: ReviewAction,
    comment: string | null,
    scheduled: number,
    excluded: number,
  ): Promise<void> {
    const agency = await this.partners.getById(workshop.agencyId);
    const submission = await this.reviews.findLastSubmission(workshop.id);
    const submitter = submission?.actorId ? await this.users.findById(submission.actorId) : null;
    const recipients = new Map<string, string | null>([[agency.contactEmail.toLowerCase(), null]]);
    if (submitter?.active) recipients.set(submitter.email, submitter.id);
    await this.outbox.add(
      [...recipients].map(([recipient, userId]) => ({
        kind: NotificationKind.PROPOSAL_DECIDED,
        recipient,
        recipientUserId: userId,
        agencyId: agency.id,
        params: {
          workshopId: workshop.id,
          workshopTitle: workshop.title,
          agencyName: agency.name,
          decision,
          comment,
          scheduledCount: scheduled,
          excludedCount: excluded,
        },
      })),
    );
  }
}
