import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingKind, BookingsService, BookingStatus, ConflictReason, conflict, type Placement } from '@app/bookings';
import { Clock } from '@app/clock';
import { decodeCursor, encodeCursor, pageSize, TransactionRunner, type Page } from '@app/database';
import { badInput, conflict as conflictError, forbidden, invalidState, notFound, type ConflictDetail } from '@app/errors';
import { isMemberOf, isStaff, isStaffOrMemberOf, Role, UsersService, type Viewer } from '@app/identity';
import { NotificationKind, OutboxService } from '@app/notifications';
import { AgencyStatus, PartnersService, type Agency } from '@app/partners';
import { PlacesService, type RoomFeature } from '@app/places';
import { expandRequests, type ExpandedSession, type SessionRequestInput } from './proposal';
import { ReviewEventEntity } from './review-event.entity';
import { ReviewEventRepository } from './review-event.repository';
import { SessionEvents } from './session-events';
import { SessionRequestEntity } from './session-request.entity';
import { SessionRequestRepository } from './session-request.repository';
import { newSession, SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { canSeeWorkshop } from './workshop.policy';
import { WorkshopEntity } from './workshop.entity';
import { PUBLIC_WORKSHOP_STATUSES, ReviewAction, SessionStatus, WorkshopOrder, WorkshopStatus, type Audience } from './workshop.enums';
import { WorkshopRepository } from './workshop.repository';

export interface WorkshopDetails {
  title: string;
  summary: string;
  description: string;
  tags?: string[] | null;
  audience?: Audience[] | null;
  languages?: string[] | null;
  accessibilityNotes?: string | null;
  capacity: number;
  minAttendance?: number | null;
  requiredFeatures?: RoomFeature[] | null;
  followUpResources?: string | null;
}

export interface NewWorkshop extends WorkshopDetails {
  sessions: SessionRequestInput[];
}

/** Omitted fields stay; null clears an optional one; lists replace the whole value. */
export type WorkshopChanges = Partial<NewWorkshop>;

export interface Approval {
  workshopId: string;
  placements?: Array<{ sessionId: string; roomId: string }> | null;
  excludeSessionIds?: string[] | null;
  overrideLoadLimits?: boolean | null;
  comment?: string | null;
}

export interface WorkshopFilter {
  statuses?: WorkshopStatus[] | null;
  agencyId?: string | null;
  branchIds?: string[] | null;
  text?: string | null;
}

/** The fields an agency may still change once its workshop is approved. */
const DESCRIPTIVE_FIELDS: ReadonlyArray<keyof WorkshopChanges> = [
  'title',
  'summary',
  'description',
  'tags',
  'audience',
  'languages',
  'accessibilityNotes',
  'followUpResources',
  'minAttendance',
];

const EDITABLE = [WorkshopStatus.DRAFT, WorkshopStatus.CHANGES_REQUESTED];

/**
 * A partner's proposal from draft to decision: every transition of DESIGN.md's life cycle, each
 * in one transaction with its review event, its holds and its notifications.
 */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly sessions: SessionRepository,
    private readonly requests: SessionRequestRepository,
    private readonly reviews: ReviewEventRepository,
    private readonly bookings: BookingsService,
    private readonly places: PlacesService,
    private readonly partners: PartnersService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly events: SessionEvents,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  // ——— reading ———

  findByIds(ids: readonly string[]): Promise<WorkshopEntity[]> {
    return this.workshops.findByIds(ids);
  }

  async findVisible(viewer: Viewer | null, id: string): Promise<WorkshopEntity | null> {
    const workshop = await this.workshops.findById(id);
    return workshop && canSeeWorkshop(viewer, workshop) ? workshop : null;
  }

  async list(
    viewer: Viewer | null,
    filter: WorkshopFilter,
    order: WorkshopOrder,
    first: number | undefined,
    after: string | null | undefined,
  ): Promise<Page<WorkshopEntity>> {
    const limit = pageSize(first, 20);
    const position = after ? decodeCursor(after, 2) : null;
    const { rows, total } = await this.workshops.list({
      statuses: filter.statuses ?? undefined,
      agencyId: filter.agencyId ?? undefined,
      branchIds: filter.branchIds ?? undefined,
      text: filter.text?.trim() || undefined,
      scope: isStaff(viewer) ? { all: true } : { agencyId: viewer?.agencyId ?? null, publicStatuses: PUBLIC_WORKSHOP_STATUSES },
      order,
      after: position,
      limit: limit + 1,
    });
    const cursorOf = (w: WorkshopEntity): string =>
      encodeCursor(
        order === WorkshopOrder.TITLE_ASC
          ? [w.title, w.id]
          : order === WorkshopOrder.UPDATED_AT_DESC
            ? [w.updatedAt, w.id]
            : [w.submittedAt, w.id],
      );
    return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit, totalCount: total, cursorOf };
  }

  async sessionsByWorkshop(workshopIds: readonly string[]): Promise<Map<string, SessionEntity[]>> {
    const byWorkshop = new Map<string, SessionEntity[]>(workshopIds.map((id) => [id, []]));
    for (const session of await this.sessions.findByWorkshopIds(workshopIds)) byWorkshop.get(session.workshopId)?.push(session);
    return byWorkshop;
  }

  async requestsByWorkshop(workshopIds: readonly string[]): Promise<Map<string, SessionRequestEntity[]>> {
    const byWorkshop = new Map<string, SessionRequestEntity[]>(workshopIds.map((id) => [id, []]));
    for (const request of await this.requests.findByWorkshopIds(workshopIds)) byWorkshop.get(request.workshopId)?.push(request);
    return byWorkshop;
  }

  async reviewsByWorkshop(workshopIds: readonly string[]): Promise<Map<string, ReviewEventEntity[]>> {
    const byWorkshop = new Map<string, ReviewEventEntity[]>(workshopIds.map((id) => [id, []]));
    for (const event of await this.reviews.findByWorkshopIds(workshopIds)) byWorkshop.get(event.workshopId)?.push(event);
    return byWorkshop;
  }

  // ——— proposing ———

  /** A member of a PENDING or VERIFIED agency drafts a workshop. */
  async create(viewer: Viewer, input: NewWorkshop): Promise<WorkshopEntity> {
    if (viewer.role !== Role.PARTNER || !viewer.agencyId) throw forbidden('Workshops are proposed by partner agencies');
    const agency = await this.partners.findById(viewer.agencyId);
    if (!agency || agency.status === AgencyStatus.SUSPENDED) throw forbidden('Your agency is suspended and cannot propose workshops');
    const details = this.details(input);
    const expanded = await this.expand(input.sessions, details, 'input.sessions');
    return this.tx.run(async (em) => {
      const now = this.clock.now();
      const workshop = Object.assign(new WorkshopEntity(), {
        id: randomUUID(),
        agencyId: agency.id,
        ...details,
        status: WorkshopStatus.DRAFT,
        createdById: viewer.userId,
        submittedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.workshops.insert(workshop, em);
      await this.writeProposal(em, workshop, input.sessions, expanded);
      return workshop;
    });
  }

  /** DRAFT or CHANGES_REQUESTED: anything; APPROVED: the descriptive fields only. */
  async update(viewer: Viewer, id: string, changes: WorkshopChanges): Promise<WorkshopEntity> {
    const given = (Object.keys(changes) as Array<keyof WorkshopChanges>).filter((k) => changes[k] !== undefined);
    return this.tx.run(async (em) => {
      const workshop = await this.lockOwn(viewer, id, em);
      if (workshop.status === WorkshopStatus.APPROVED) {
        const locked = given.filter((k) => !DESCRIPTIVE_FIELDS.includes(k));
        if (locked.length) throw invalidState(`Once approved, only the description can change (not ${locked.join(', ')})`);
      } else if (!EDITABLE.includes(workshop.status)) {
        throw invalidState(`A ${workshop.status} workshop cannot be changed`);
      }
      const details = this.details({ ...workshop, ...Object.fromEntries(given.map((k) => [k, changes[k]])) } as WorkshopDetails);
      if (details.minAttendance != null && details.minAttendance > details.capacity)
        throw badInput('input.minAttendance', 'must not be more than capacity');
      Object.assign(workshop, details, { updatedAt: this.clock.now() });
      if (changes.sessions || changes.capacity !== undefined || changes.requiredFeatures !== undefined) {
        const requests = changes.sessions ?? (await this.requests.findByWorkshopIds([workshop.id])).map((r) => ({ ...r }));
        const expanded = await this.expand(requests, details, 'input.sessions');
        await this.sessions.deleteProposed(workshop.id, em);
        await this.writeProposal(em, workshop, requests, expanded);
      }
      await this.workshops.save(workshop, em);
      return workshop;
    });
  }

  /**
   * A member of a VERIFIED agency submits: DRAFT or CHANGES_REQUESTED → SUBMITTED. Each session
   * whose preferred room is free right now gets a TENTATIVE hold; the others wait for a placement.
   */
  async submit(viewer: Viewer, id: string): Promise<WorkshopEntity> {
    return this.tx.run(async (em) => {
      const workshop = await this.lockOwn(viewer, id, em);
      if (!EDITABLE.includes(workshop.status)) throw invalidState(`A ${workshop.status} workshop cannot be submitted`);
      const agency = await this.partners.getById(workshop.agencyId);
      if (agency.status !== AgencyStatus.VERIFIED) throw invalidState('Only a verified agency can submit workshops');
      const now = this.clock.now();
      const sessions = (await this.sessions.findByWorkshopIds([workshop.id], em)).filter((s) => s.status === SessionStatus.PROPOSED);
      const started = sessions.find((s) => s.startsAt.getTime() <= now.getTime());
      if (started) throw invalidState('A session of this proposal is in the past; update the proposal first');
      const wanted: Placement[] = sessions
        .filter((s) => s.roomId)
        .map((s) => ({
          roomId: s.roomId as string,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          sessionId: s.id,
          requiredFeatures: workshop.requiredFeatures,
        }));
      const { perPlacement, rooms } = await this.bookings.check(em, wanted, { lock: true, checkLoad: false });
      // A session is held only when nothing stands in its way; the others wait for the coordinator's placement.
      const held = wanted.filter((_, i) => perPlacement[i].length === 0);
      await this.bookings.place(em, held, rooms, {
        kind: BookingKind.SESSION,
        status: BookingStatus.TENTATIVE,
        createdById: viewer.userId,
      });
      Object.assign(workshop, { status: WorkshopStatus.SUBMITTED, submittedAt: now, updatedAt: now });
      await this.workshops.save(workshop, em);
      await this.record(em, workshop, ReviewAction.SUBMITTED, viewer, null);
      await this.notifySubmitted(em, workshop, agency, sessions, held.length);
      return workshop;
    });
  }

  /** The agency withdraws a proposal before approval: holds released, sessions cancelled. */
  async withdraw(viewer: Viewer, id: string, reason: string | null): Promise<WorkshopEntity> {
    return this.tx.run(async (em) => {
      const workshop = await this.lockOwn(viewer, id, em);
      if (![...EDITABLE, WorkshopStatus.SUBMITTED].includes(workshop.status))
        throw invalidState(`A ${workshop.status} workshop cannot be withdrawn`);
      await this.closeProposal(em, workshop, WorkshopStatus.WITHDRAWN, reason ?? 'Withdrawn by the agency');
      await this.record(em, workshop, ReviewAction.WITHDRAWN, viewer, reason);
      return workshop;
    });
  }

  /** COORDINATOR+: SUBMITTED → CHANGES_REQUESTED, holds released, the agency told why. */
  async requestChanges(viewer: Viewer, id: string, comment: string): Promise<WorkshopEntity> {
    return this.tx.run(async (em) => {
      const workshop = await this.lockSubmitted(id, em);
      await this.returnForChanges(em, workshop, viewer, comment);
      return workshop;
    });
  }

  /** SUBMITTED → CHANGES_REQUESTED inside the caller's transaction (a coordinator, or a new closure). */
  async returnForChanges(em: EntityManager, workshop: WorkshopEntity, actor: Viewer | null, comment: string): Promise<void> {
    await this.bookings.release(
      em,
      (await this.bookings.liveBySessions(await this.sessionIdsOf(workshop.id, em), em)).map((b) => b.id),
    );
    Object.assign(workshop, { status: WorkshopStatus.CHANGES_REQUESTED, updatedAt: this.clock.now() });
    await this.workshops.save(workshop, em);
    await this.record(em, workshop, ReviewAction.CHANGES_REQUESTED, actor, comment);
    await this.notifyDecided(em, workshop, ReviewAction.CHANGES_REQUESTED, comment, 0, 0);
  }

  /** COORDINATOR+: SUBMITTED → DECLINED. */
  async decline(viewer: Viewer, id: string, reason: string): Promise<WorkshopEntity> {
    return this.tx.run(async (em) => {
      const workshop = await this.lockSubmitted(id, em);
      await this.closeProposal(em, workshop, WorkshopStatus.DECLINED, reason);
      await this.record(em, workshop, ReviewAction.DECLINED, viewer, reason);
      await this.notifyDecided(em, workshop, ReviewAction.DECLINED, reason, 0, 0);
      return workshop;
    });
  }

  /**
   * COORDINATOR+: SUBMITTED → APPROVED. Every session not excluded is placed (its hold's room, or
   * the coordinator's placement) and booked, all at once or not at all: on any conflict nothing
   * changes and the answer lists every conflict. Branch limits count unless overridden.
   */
  async approve(viewer: Viewer, approval: Approval): Promise<WorkshopEntity> {
    const placements = approval.placements ?? [];
    const excluded = new Set(approval.excludeSessionIds ?? []);
    const override = approval.overrideLoadLimits ?? false;
    const comment = approval.comment?.trim() || null;
    return this.tx.run(async (em) => {
      const workshop = await this.lockSubmitted(approval.workshopId, em);
      const now = this.clock.now();
      const sessions = (await this.sessions.findByWorkshopIds([workshop.id], em)).filter((s) => s.status === SessionStatus.PROPOSED);
      const ids = new Set(sessions.map((s) => s.id));
      excluded.forEach((sessionId) => {
        if (!ids.has(sessionId)) throw badInput('input.excludeSessionIds', `${sessionId} is not a session of this workshop`);
      });
      const chosen = new Map<string, string>();
      placements.forEach((p, i) => {
        if (!ids.has(p.sessionId)) throw badInput(`input.placements.${i}.sessionId`, 'is not a session of this workshop');
        if (excluded.has(p.sessionId)) throw badInput(`input.placements.${i}.sessionId`, 'is excluded from this approval');
        chosen.set(p.sessionId, p.roomId);
      });
      const approved = sessions.filter((s) => !excluded.has(s.id));
      if (approved.length === 0) throw badInput('input.excludeSessionIds', 'leaves no session to approve; decline the workshop instead');
      if (approved.some((s) => s.startsAt.getTime() <= now.getTime()))
        throw invalidState('A session to approve has already started; exclude it');

      const holds = await this.bookings.liveBySessions([...ids], em);
      const holdOf = new Map(holds.map((b) => [b.sessionId as string, b]));
      const chosenRooms = new Map((await this.places.findRoomsByIds([...new Set(chosen.values())])).map((r) => [r.id, r]));
      const conflicts: ConflictDetail[] = [];
      const wanted: Placement[] = [];
      for (const session of approved) {
        const roomId = chosen.get(session.id) ?? holdOf.get(session.id)?.roomId ?? session.roomId;
        if (!roomId) {
          conflicts.push(
            conflict(
              ConflictReason.NO_ROOM,
              { roomId: null, startsAt: session.startsAt, endsAt: session.endsAt, sessionId: session.id },
              'This session has no room: give it a placement or exclude it',
            ),
          );
          continue;
        }
        if (chosen.has(session.id)) {
          const room = chosenRooms.get(roomId);
          const index = placements.findIndex((p) => p.sessionId === session.id);
          if (!room) throw notFound('Room');
          if (room.branchId !== session.branchId)
            throw badInput(`input.placements.${index}.roomId`, 'is not a room of the session’s branch');
        }
        wanted.push({
          roomId,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          sessionId: session.id,
          replaces: holds.map((b) => b.id),
          requiredFeatures: workshop.requiredFeatures,
          capacity: workshop.capacity,
        });
      }
      const check = await this.bookings.check(em, wanted, { lock: true, checkLoad: !override });
      conflicts.push(...check.conflicts);
      if (conflicts.length) throw conflictError(`${conflicts.length} conflict(s) stop this approval; nothing was changed`, conflicts);

      await this.bookings.release(
        em,
        holds.map((b) => b.id),
      );
      await this.bookings.place(em, wanted, check.rooms, {
        kind: BookingKind.SESSION,
        status: BookingStatus.CONFIRMED,
        createdById: viewer.userId,
      });
      const roomOf = new Map(wanted.map((p) => [p.sessionId as string, p.roomId]));
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
      await this.sessions.save(sessions, em);
      Object.assign(workshop, { status: WorkshopStatus.APPROVED, updatedAt: now });
      await this.workshops.save(workshop, em);
      await this.record(em, workshop, ReviewAction.APPROVED, viewer, comment, override);
      await this.notifyDecided(em, workshop, ReviewAction.APPROVED, comment, approved.length, excluded.size);
      await this.events.scheduled(em, approved);
      return workshop;
    });
  }

  /** COORDINATOR+ or the agency: APPROVED → CANCELLED; every session that has not started is cancelled. */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<WorkshopEntity> {
    return this.tx.run(async (em) => {
      const workshop = await this.workshops.findByIdForUpdate(id, em);
      if (!workshop || !canSeeWorkshop(viewer, workshop)) throw notFound('Workshop');
      if (!isStaffOrMemberOf(viewer, workshop.agencyId)) throw forbidden();
      if (workshop.status !== WorkshopStatus.APPROVED) throw invalidState(`A ${workshop.status} workshop cannot be cancelled`);
      const now = this.clock.now();
      const upcoming = (await this.sessions.findByWorkshopIds([workshop.id], em)).filter(
        (s) => s.status === SessionStatus.SCHEDULED && s.startsAt.getTime() > now.getTime(),
      );
      await this.cancelSessions(em, upcoming, reason);
      Object.assign(workshop, { status: WorkshopStatus.CANCELLED, updatedAt: now });
      await this.workshops.save(workshop, em);
      await this.record(em, workshop, ReviewAction.CANCELLED, viewer, reason);
      return workshop;
    });
  }

  /**
   * Cancels sessions in the caller's transaction: their bookings are released and listeners told.
   * The rows are locked and read again first, so seat counts written meanwhile are not overwritten.
   */
  async cancelSessions(em: EntityManager, given: SessionEntity[], reason: string): Promise<void> {
    if (given.length === 0) return;
    const sessions = await this.sessions.findByIdsForUpdate(
      given.map((s) => s.id),
      em,
    );
    const now = this.clock.now();
    const bookings = await this.bookings.liveBySessions(
      sessions.map((s) => s.id),
      em,
    );
    await this.bookings.release(
      em,
      bookings.map((b) => b.id),
    );
    for (const session of sessions)
      Object.assign(session, {
        status: SessionStatus.CANCELLED,
        cancellationReason: reason,
        revision: session.revision + 1,
        updatedAt: now,
      });
    await this.sessions.save(sessions, em);
    await this.events.cancelled(em, sessions, reason);
    // The callers' objects reflect the change too.
    for (const session of given)
      Object.assign(
        session,
        sessions.find((s) => s.id === session.id),
      );
  }

  // ——— helpers ———

  private details(input: WorkshopDetails): WorkshopDetails {
    const details: WorkshopDetails = {
      title: input.title.trim(),
      summary: input.summary.trim(),
      description: input.description.trim(),
      tags: [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))],
      audience: [...new Set(input.audience ?? [])],
      languages: [...new Set(input.languages ?? ['en'])],
      accessibilityNotes: input.accessibilityNotes?.trim() || null,
      capacity: input.capacity,
      minAttendance: input.minAttendance ?? null,
      requiredFeatures: [...new Set(input.requiredFeatures ?? [])],
      followUpResources: input.followUpResources?.trim() || null,
    };
    if (details.minAttendance != null && details.minAttendance > details.capacity)
      throw badInput('input.minAttendance', 'must not be more than capacity');
    return details;
  }

  private async expand(requests: readonly SessionRequestInput[], details: WorkshopDetails, field: string): Promise<ExpandedSession[]> {
    const branches = new Map((await this.places.findBranchesByIds([...new Set(requests.map((r) => r.branchId))])).map((b) => [b.id, b]));
    const roomIds = requests.map((r) => r.roomId).filter((id): id is string => !!id);
    const rooms = new Map((await this.places.findRoomsByIds([...new Set(roomIds)])).map((r) => [r.id, r]));
    return expandRequests(
      requests,
      { branches, rooms, now: this.clock.now(), capacity: details.capacity, requiredFeatures: details.requiredFeatures ?? [] },
      field,
    );
  }

  private async writeProposal(
    em: EntityManager,
    workshop: WorkshopEntity,
    requests: readonly SessionRequestInput[],
    expanded: ExpandedSession[],
  ): Promise<void> {
    const now = this.clock.now();
    const requestRows = requests.map((r, position) =>
      Object.assign(new SessionRequestEntity(), {
        id: randomUUID(),
        workshopId: workshop.id,
        position,
        startsAt: r.startsAt,
        endsAt: r.endsAt,
        branchId: r.branchId,
        roomId: r.roomId ?? null,
        recurrence: r.recurrence?.trim() || null,
      }),
    );
    await this.requests.replace(workshop.id, requestRows, em);
    await this.sessions.insert(
      expanded.map((s) =>
        newSession({
          id: randomUUID(),
          workshopId: workshop.id,
          requestId: requestRows[s.requestIndex].id,
          branchId: s.branchId,
          roomId: s.roomId,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          status: SessionStatus.PROPOSED,
          capacity: workshop.capacity,
          createdAt: now,
        }),
      ),
      em,
    );
  }

  /** Locks a workshop the viewer's agency owns (staff get FORBIDDEN: these are the agency's actions). */
  private async lockOwn(viewer: Viewer, id: string, em: EntityManager): Promise<WorkshopEntity> {
    const workshop = await this.workshops.findByIdForUpdate(id, em);
    if (!workshop || !canSeeWorkshop(viewer, workshop)) throw notFound('Workshop');
    if (!isMemberOf(viewer, workshop.agencyId)) throw forbidden('Only the agency’s members can do this');
    return workshop;
  }

  private async lockSubmitted(id: string, em: EntityManager): Promise<WorkshopEntity> {
    const workshop = await this.workshops.findByIdForUpdate(id, em);
    if (!workshop) throw notFound('Workshop');
    if (workshop.status !== WorkshopStatus.SUBMITTED) throw invalidState(`A ${workshop.status} workshop is not waiting for a decision`);
    return workshop;
  }

  private async sessionIdsOf(workshopId: string, em: EntityManager): Promise<string[]> {
    return (await this.sessions.findByWorkshopIds([workshopId], em)).map((s) => s.id);
  }

  /** Ends a proposal (withdrawn or declined): holds released, proposed sessions cancelled. */
  private async closeProposal(em: EntityManager, workshop: WorkshopEntity, status: WorkshopStatus, reason: string): Promise<void> {
    const now = this.clock.now();
    const sessions = await this.sessions.findByWorkshopIds([workshop.id], em);
    await this.bookings.release(
      em,
      (
        await this.bookings.liveBySessions(
          sessions.map((s) => s.id),
          em,
        )
      ).map((b) => b.id),
    );
    const proposed = sessions.filter((s) => s.status === SessionStatus.PROPOSED);
    for (const session of proposed) Object.assign(session, { status: SessionStatus.CANCELLED, cancellationReason: reason, updatedAt: now });
    await this.sessions.save(proposed, em);
    Object.assign(workshop, { status, updatedAt: now });
    await this.workshops.save(workshop, em);
  }

  private async record(
    em: EntityManager,
    workshop: WorkshopEntity,
    action: ReviewAction,
    actor: Viewer | null,
    comment: string | null,
    overrode = false,
  ): Promise<void> {
    await this.reviews.insert(
      Object.assign(new ReviewEventEntity(), {
        id: randomUUID(),
        workshopId: workshop.id,
        action,
        actorId: actor?.userId ?? null,
        comment: comment?.trim() || null,
        overrodeLoadLimits: overrode,
        at: this.clock.now(),
      }),
      em,
    );
  }

  private async notifySubmitted(
    em: EntityManager,
    workshop: WorkshopEntity,
    agency: Agency,
    sessions: SessionEntity[],
    held: number,
  ): Promise<void> {
    const branchIds = [...new Set(sessions.map((s) => s.branchId))];
    const branches = await this.places.findBranchesByIds(branchIds);
    const coordinators = await this.users.coordinatorsFor(branchIds);
    const first = sessions[0];
    await this.outbox.add(
      coordinators.map((coordinator) => ({
        kind: NotificationKind.PROPOSAL_SUBMITTED,
        recipient: coordinator.email,
        recipientUserId: coordinator.id,
        agencyId: agency.id,
        params: {
          workshopId: workshop.id,
          workshopTitle: workshop.title,
          agencyName: agency.name,
          sessionCount: sessions.length,
          heldCount: held,
          firstStartsAt: first ? first.startsAt.toISOString() : null,
          timeZone: branches.find((b) => b.id === first?.branchId)?.timeZone ?? 'UTC',
          branchNames: branches.map((b) => b.name).join(', '),
        },
      })),
    );
  }

  /** PROPOSAL_DECIDED to the agency's contact and the member who submitted. */
  private async notifyDecided(
    em: EntityManager,
    workshop: WorkshopEntity,
    decision: ReviewAction,
    comment: string | null,
    scheduled: number,
    excluded: number,
  ): Promise<void> {
    const agency = await this.partners.getById(workshop.agencyId);
    const submission = await this.reviews.findLastSubmission(workshop.id, em);
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
