import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BookingsService } from '@app/bookings';
import { Clock } from '@app/clock';
import type { Viewer } from '@app/identity';
import { ReviewEventEntity } from './review-event.entity';
import { ReviewEventRepository } from './review-event.repository';
import { SessionRepository } from './session.repository';
import type { WorkshopEntity } from './workshop.entity';
import { SessionStatus, type ReviewAction, type WorkshopStatus } from './workshop.enums';
import { WorkshopRepository } from './workshop.repository';

/**
 * The writes every step of a workshop's life cycle shares, inside the step's transaction: its
 * review event, and the end of a proposal (withdrawn or declined).
 */
@Injectable()
export class WorkshopRecords {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly sessions: SessionRepository,
    private readonly reviews: ReviewEventRepository,
    private readonly bookings: BookingsService,
    private readonly clock: Clock,
  ) {}

  /** The review event of a step. */
  async record(
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
    );
  }

  async sessionIdsOf(workshopId: string): Promise<string[]> {
    return (await this.sessions.findByWorkshopIds([workshopId])).map((s) => s.id);
  }

  /** Ends a proposal (withdrawn or declined): holds released, proposed sessions cancelled. */
  async closeProposal(workshop: WorkshopEntity, status: WorkshopStatus, reason: string): Promise<void> {
    const now = this.clock.now();
    const sessions = await this.sessions.findByWorkshopIds([workshop.id]);
    await this.bookings.release((await this.bookings.liveBySessions(sessions.map((s) => s.id))).map((b) => b.id));
    const proposed = sessions.filter((s) => s.status === SessionStatus.PROPOSED);
    for (const session of proposed) Object.assign(session, { status: SessionStatus.CANCELLED, cancellationReason: reason, updatedAt: now });
    await this.sessions.save(proposed);
    Object.assign(workshop, { status, updatedAt: now });
    await this.workshops.save(workshop);
  }
}
