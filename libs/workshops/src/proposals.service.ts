import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BookingKind, BookingsService, BookingStatus, type Placement } from '@app/bookings';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { badInput, forbidden, invalidState, notFound } from '@app/errors';
import { isMemberOf, Role, UsersService, type Viewer } from '@app/identity';
import { NotificationKind, OutboxService } from '@app/notifications';
import { AgencyStatus, PartnersService, type Agency } from '@app/partners';
import { PlacesService, type RoomFeature } from '@app/places';
import { expandRequests, type ExpandedSession, type SessionRequestInput } from './proposal';
import { SessionRequestEntity } from './session-request.entity';
import { SessionRequestRepository } from './session-request.repository';
import { newSession, type SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { canSeeWorkshop } from './workshop.policy';
import { WorkshopEntity } from './workshop.entity';
import { ReviewAction, SessionStatus, WorkshopStatus, type Audience } from './workshop.enums';
import { WorkshopRecords } from './workshop-records.service';
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

export const EDITABLE = [WorkshopStatus.DRAFT, WorkshopStatus.CHANGES_REQUESTED];

/**
 * A partner agency's side of a proposal: drafting, changing, submitting (with holds on the rooms
 * that are free) and withdrawing, each in one transaction with its review event and messages.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly sessions: SessionRepository,
    private readonly requests: SessionRequestRepository,
    private readonly records: WorkshopRecords,
    private readonly bookings: BookingsService,
    private readonly places: PlacesService,
    private readonly partners: PartnersService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** A member of a PENDING or VERIFIED agency drafts a workshop. */
  async create(viewer: Viewer, input: NewWorkshop): Promise<WorkshopEntity> {
    if (viewer.role !== Role.PARTNER || !viewer.agencyId) throw forbidden('Workshops are proposed by partner agencies');
    const agency = await this.partners.findById(viewer.agencyId);
    if (!agency || agency.status === AgencyStatus.SUSPENDED) throw forbidden('Your agency is suspended and cannot propose workshops');
    const details = this.details(input);
    const expanded = await this.expand(input.sessions, details, 'input.sessions');
    return this.tx.run(async () => {
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
      await this.workshops.insert(workshop);
      await this.writeProposal(workshop, input.sessions, expanded);
      return workshop;
    });
  }

  /** DRAFT or CHANGES_REQUESTED: anything; APPROVED: the descriptive fields only. */
  async update(viewer: Viewer, id: string, changes: WorkshopChanges): Promise<WorkshopEntity> {
    const given = (Object.keys(changes) as Array<keyof WorkshopChanges>).filter((k) => changes[k] !== undefined);
    return this.tx.run(async () => {
      const workshop = await this.lockOwn(viewer, id);
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
        await this.sessions.deleteProposed(workshop.id);
        await this.writeProposal(workshop, requests, expanded);
      }
      await this.workshops.save(workshop);
      return workshop;
    });
  }

  /**
   * A member of a VERIFIED agency submits: DRAFT or CHANGES_REQUESTED → SUBMITTED. Each session
   * whose preferred room is free right now gets a TENTATIVE hold; the others wait for a placement.
   */
  async submit(viewer: Viewer, id: string): Promise<WorkshopEntity> {
    return this.tx.run(async () => {
      const workshop = await this.lockOwn(viewer, id);
      if (!EDITABLE.includes(workshop.status)) throw invalidState(`A ${workshop.status} workshop cannot be submitted`);
      const agency = await this.partners.getById(workshop.agencyId);
      if (agency.status !== AgencyStatus.VERIFIED) throw invalidState('Only a verified agency can submit workshops');
      const now = this.clock.now();
      const sessions = (await this.sessions.findByWorkshopIds([workshop.id])).filter((s) => s.status === SessionStatus.PROPOSED);
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
      const { perPlacement, rooms } = await this.bookings.check(wanted, { lock: true, checkLoad: false });
      // A session is held only when nothing stands in its way; the others wait for the coordinator's placement.
      const held = wanted.filter((_, i) => perPlacement[i].length === 0);
      await this.bookings.place(held, rooms, {
        kind: BookingKind.SESSION,
        status: BookingStatus.TENTATIVE,
        createdById: viewer.userId,
      });
      Object.assign(workshop, { status: WorkshopStatus.SUBMITTED, submittedAt: now, updatedAt: now });
      await this.workshops.save(workshop);
      await this.records.record(workshop, ReviewAction.SUBMITTED, viewer, null);
      await this.notifySubmitted(workshop, agency, sessions, held.length);
      return workshop;
    });
  }

  /** The agency withdraws a proposal before approval: holds released, sessions cancelled. */
  async withdraw(viewer: Viewer, id: string, reason: string | null): Promise<WorkshopEntity> {
    return this.tx.run(async () => {
      const workshop = await this.lockOwn(viewer, id);
      if (![...EDITABLE, WorkshopStatus.SUBMITTED].includes(workshop.status))
        throw invalidState(`A ${workshop.status} workshop cannot be withdrawn`);
      await this.records.closeProposal(workshop, WorkshopStatus.WITHDRAWN, reason ?? 'Withdrawn by the agency');
      await this.records.record(workshop, ReviewAction.WITHDRAWN, viewer, reason);
      return workshop;
    });
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
    await this.requests.replace(workshop.id, requestRows);
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
    );
  }

  /** Locks a workshop the viewer's agency owns (staff get FORBIDDEN: these are the agency's actions). */
  private async lockOwn(viewer: Viewer, id: string): Promise<WorkshopEntity> {
    const workshop = await this.workshops.findByIdForUpdate(id);
    if (!workshop || !canSeeWorkshop(viewer, workshop)) throw notFound('Workshop');
    if (!isMemberOf(viewer, workshop.agencyId)) throw forbidden('Only the agency’s members can do this');
    return workshop;
  }

  private async notifySubmitted(workshop: WorkshopEntity, agency: Agency, sessions: SessionEntity[], held: number): Promise<void> {
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
}
