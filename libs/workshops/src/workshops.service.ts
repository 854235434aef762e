import { Injectable } from '@nestjs/common';
import { BookingsService } from '@app/bookings';
import { Clock } from '@app/clock';
import { decodeCursor, encodeCursor, pageOf, pageSize, TransactionRunner, type Page } from '@app/database';
import { forbidden, invalidState, notFound } from '@app/errors';
import { isCoordinatorPlus, isCoordinatorPlusOrMemberOf, type Viewer } from '@app/identity';
import type { ReviewEventEntity } from './review-event.entity';
import { ReviewEventRepository } from './review-event.repository';
import { SessionEvents } from './session-events.service';
import type { SessionRequestEntity } from './session-request.entity';
import { SessionRequestRepository } from './session-request.repository';
import type { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import { canSeeWorkshop } from './workshop.policy';
import type { WorkshopEntity } from './workshop.entity';
import { PUBLIC_WORKSHOP_STATUSES, ReviewAction, SessionStatus, WorkshopOrder, WorkshopStatus } from './workshop.enums';
import { WorkshopRecords } from './workshop-records.service';
import { WorkshopRepository } from './workshop.repository';

export interface WorkshopFilter {
  statuses?: WorkshopStatus[] | null;
  agencyId?: string | null;
  branchIds?: string[] | null;
  text?: string | null;
}

/**
 * Workshops as they are read (lists, their sessions, requests and review history), and their
 * cancellation once approved. Proposing is ProposalsService's; deciding is ReviewService's.
 */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly sessions: SessionRepository,
    private readonly requests: SessionRequestRepository,
    private readonly reviews: ReviewEventRepository,
    private readonly records: WorkshopRecords,
    private readonly bookings: BookingsService,
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
      scope: isCoordinatorPlus(viewer) ? { all: true } : { agencyId: viewer?.agencyId ?? null, publicStatuses: PUBLIC_WORKSHOP_STATUSES },
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
    return pageOf(rows, limit, total, cursorOf);
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

  /** COORDINATOR+ or the agency: APPROVED → CANCELLED; every session that has not started is cancelled. */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<WorkshopEntity> {
    return this.tx.run(async () => {
      const workshop = await this.workshops.findByIdForUpdate(id);
      if (!workshop || !canSeeWorkshop(viewer, workshop)) throw notFound('Workshop');
      if (!isCoordinatorPlusOrMemberOf(viewer, workshop.agencyId)) throw forbidden();
      if (workshop.status !== WorkshopStatus.APPROVED) throw invalidState(`A ${workshop.status} workshop cannot be cancelled`);
      const now = this.clock.now();
      const upcoming = (await this.sessions.findByWorkshopIds([workshop.id])).filter(
        (s) => s.status === SessionStatus.SCHEDULED && s.startsAt.getTime() > now.getTime(),
      );
      await this.cancelSessions(upcoming, reason);
      Object.assign(workshop, { status: WorkshopStatus.CANCELLED, updatedAt: now });
      await this.workshops.save(workshop);
      await this.records.record(workshop, ReviewAction.CANCELLED, viewer, reason);
      return workshop;
    });
  }

  /**
   * Cancels sessions in the caller's transaction: their bookings are released and listeners told.
   * The rows are locked and read again first, so that what was written meanwhile stands: a session
   * another request cancelled (or moved into the past) keeps its reason and is not told twice.
   */
  async cancelSessions(given: SessionEntity[], reason: string): Promise<void> {
    if (given.length === 0) return;
    const now = this.clock.now();
    const locked = await this.sessions.findByIdsForUpdate(given.map((s) => s.id));
    // The callers' objects reflect the rows as they are, changed here or not.
    const reflect = () => {
      for (const session of given)
        Object.assign(
          session,
          locked.find((s) => s.id === session.id),
        );
    };
    const sessions = locked.filter((s) => s.status === SessionStatus.SCHEDULED && s.startsAt.getTime() > now.getTime());
    if (sessions.length === 0) return reflect();
    const bookings = await this.bookings.liveBySessions(sessions.map((s) => s.id));
    await this.bookings.release(bookings.map((b) => b.id));
    for (const session of sessions)
      Object.assign(session, {
        status: SessionStatus.CANCELLED,
        cancellationReason: reason,
        revision: session.revision + 1,
        updatedAt: now,
      });
    await this.sessions.save(sessions);
    await this.events.cancelled(sessions, reason);
    reflect();
  }
}
