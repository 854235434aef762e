import { Injectable } from '@nestjs/common';
import type { RoomFeature } from '@app/places';
import { Clock } from '@app/clock';
import { decodeCursor, encodeCursor, pageOf, pageSize, type Page } from '@app/database';
import { isCoordinatorPlus, type Viewer } from '@app/identity';
import { CatalogRepository, type CatalogRelated } from './catalog.repository';
import type { SessionEntity } from './session.entity';
import { SessionRepository } from './session.repository';
import type { WorkshopEntity } from './workshop.entity';
import { canSeeSession } from './workshop.policy';
import { WorkshopRepository } from './workshop.repository';
import { PUBLIC_WORKSHOP_STATUSES, SessionStatus, type Audience } from './workshop.enums';

export interface SessionFilter {
  from?: Date | null;
  to?: Date | null;
  branchIds?: string[] | null;
  agencyId?: string | null;
  tags?: string[] | null;
  audience?: Audience[] | null;
  language?: string | null;
  hasSeats?: boolean | null;
  roomFeatures?: RoomFeature[] | null;
  text?: string | null;
  statuses?: SessionStatus[] | null;
}

/** The public catalog, and the same list for staff and partners with what they may see besides. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly sessionRows: SessionRepository,
    private readonly workshopRows: WorkshopRepository,
    private readonly clock: Clock,
  ) {}

  /** A session the public may see (scheduled, completed or cancelled, of a public workshop), with its workshop. */
  async publicSession(id: string): Promise<{ session: SessionEntity; workshop: WorkshopEntity } | null> {
    const session = await this.sessionRows.findById(id);
    const workshop = session ? await this.workshopRows.findById(session.workshopId) : null;
    return session && workshop && canSeeSession(null, session, workshop) ? { session, workshop } : null;
  }

  /** A branch's scheduled sessions from `from` on, earliest first (its calendar feed). */
  scheduledAtBranch(branchId: string, from: Date, limit: number): Promise<SessionEntity[]> {
    return this.sessionRows.findScheduledAtBranch(branchId, from, limit);
  }

  /** What the public catalog's filters offer: the tags and languages of what is coming. */
  facets(): Promise<{ tags: string[]; languages: string[] }> {
    return this.catalog.facets(this.clock.now());
  }

  async sessions(
    viewer: Viewer | null,
    filter: SessionFilter,
    first: number | undefined,
    after: string | null | undefined,
  ): Promise<Page<SessionEntity> & { related: CatalogRelated }> {
    const limit = pageSize(first, 20);
    const position = after ? decodeCursor(after, 2) : null;
    const now = this.clock.now();
    const staff = isCoordinatorPlus(viewer);
    const statuses = filter.statuses?.length ? filter.statuses : [SessionStatus.SCHEDULED];
    // The public looks ahead by default; asking for statuses (e.g. COMPLETED) lifts that default.
    const from = filter.from ?? (!staff && !filter.statuses?.length ? now : undefined);
    const { rows, related, total } = await this.catalog.list({
      scope: staff ? { all: true } : { agencyId: viewer?.agencyId ?? null, publicWorkshopStatuses: PUBLIC_WORKSHOP_STATUSES },
      statuses,
      now,
      from: from ?? undefined,
      to: filter.to ?? undefined,
      branchIds: filter.branchIds ?? undefined,
      agencyId: filter.agencyId ?? undefined,
      tags: filter.tags?.map((t) => t.trim().toLowerCase()).filter(Boolean),
      audience: filter.audience ?? undefined,
      language: filter.language?.trim() || undefined,
      hasSeats: filter.hasSeats ?? undefined,
      roomFeatures: filter.roomFeatures?.length ? filter.roomFeatures : undefined,
      text: filter.text?.trim() || undefined,
      after: position ? { startsAt: new Date(String(position[0])), id: String(position[1]) } : null,
      limit: limit + 1,
    });
    return { ...pageOf(rows, limit, total, (s) => encodeCursor([s.startsAt, s.id])), related };
  }
}
