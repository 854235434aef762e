import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '@app/clock';
import { decodeCursor, encodeCursor, pageOf, pageSize, type Page } from '@app/database';
import { badInput, forbidden, notFound } from '@app/errors';
import { isCoordinatorPlus, isLibraryStaffAt, Role, type Viewer } from '@app/identity';
import { PlacesService } from '@app/places';
import { SessionsService } from '@app/workshops';
import { PatronFollowUpRepository, type BranchWindow, type RegistrationQuery } from './patron-follow-up.repository';
import type { RegistrationEntity } from './registration.entity';
import type { RegistrationStatus } from './registration.enums';
import { RegistrationRepository } from './registration.repository';

export interface RegistrationSearch {
  branchIds?: readonly string[] | null;
  sessionId?: string | null;
  from?: Date | null;
  to?: Date | null;
  text?: string | null;
  statuses?: readonly RegistrationStatus[] | null;
  notNotifiedOnly?: boolean | null;
}

/**
 * What the desk needs to follow up with patrons: registrations across the day's sessions, found
 * by name, address or number, and whether each patron knows where they stand. A patron the
 * library cannot reach by message (NONE, a stopped number, a message that failed) stays "not
 * notified" after a promotion, a move or a cancellation until staff tell them and say so.
 */
@Injectable()
export class PatronFollowUp {
  constructor(
    private readonly followUps: PatronFollowUpRepository,
    private readonly registrations: RegistrationRepository,
    private readonly sessions: SessionsService,
    private readonly places: PlacesService,
    private readonly clock: Clock,
  ) {}

  /** registration id → whether its patron knows their news. */
  notified(ids: readonly string[]): Promise<Map<string, boolean>> {
    return this.followUps.notified(ids);
  }

  /** STAFF of the session's branch and COORDINATOR+: the desk told the patron (called them, or they came by). */
  async markNotified(viewer: Viewer, id: string): Promise<RegistrationEntity> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw notFound('Registration');
    const session = await this.sessions.getById(registration.sessionId);
    if (!isLibraryStaffAt(viewer, session.branchId)) throw forbidden('Desk staff follow up with patrons of their own branches');
    const now = this.clock.now();
    await this.followUps.markTold(id, now);
    return Object.assign(registration, { patronToldAt: now, updatedAt: now });
  }

  /** STAFF (within their branches) and COORDINATOR+: by the session's start, then arrival. */
  async search(viewer: Viewer, filter: RegistrationSearch, first?: number, after?: string | null): Promise<Page<RegistrationEntity>> {
    if (!isCoordinatorPlus(viewer) && viewer.role !== Role.STAFF) throw forbidden('Only library staff list registrations');
    if (filter.from && filter.to && filter.to <= filter.from) throw badInput('filter.to', 'must be after filter.from');
    const limit = pageSize(first, 50);
    const query: RegistrationQuery = {
      ...(await this.window(viewer, filter)),
      to: filter.to ?? null,
      sessionId: filter.sessionId ?? null,
      text: filter.text?.trim() || null,
      statuses: filter.statuses?.length ? [...filter.statuses] : null,
      notNotifiedOnly: filter.notNotifiedOnly ?? false,
      after: after ? this.position(after) : null,
      limit,
    };
    const { rows, count } = await this.followUps.find(query);
    const startsAt = new Map(rows.map((row) => [row.registration.id, row.sessionStartsAt]));
    return pageOf(
      rows.map((row) => row.registration),
      limit,
      count,
      (r) => encodeCursor([startsAt.get(r.id) ?? null, r.seq]),
    );
  }

  /**
   * Which branches, from when: STAFF see their own desks' branches (those of the filter among
   * them), COORDINATOR+ any. Without `from`, each branch's sessions count from the start of its
   * own day.
   */
  private async window(viewer: Viewer, filter: RegistrationSearch): Promise<Pick<RegistrationQuery, 'branches' | 'from'>> {
    const desk = viewer.role === Role.STAFF ? (viewer.deskBranchIds ?? []) : null;
    const asked = filter.branchIds?.length ? filter.branchIds : null;
    const ids = desk ? desk.filter((id) => !asked || asked.includes(id)) : asked;
    if (filter.from) {
      return { branches: ids ? ids.map((branchId) => ({ branchId, from: filter.from as Date })) : null, from: filter.from };
    }
    const branches = ids ? await this.places.findBranchesByIds(ids) : await this.places.listBranches();
    const now = DateTime.fromJSDate(this.clock.now());
    const windows: BranchWindow[] = branches.map((b) => ({ branchId: b.id, from: now.setZone(b.timeZone).startOf('day').toJSDate() }));
    return { branches: windows, from: null };
  }

  private position(after: string): RegistrationQuery['after'] {
    const [startsAt, seq] = decodeCursor(after, 2);
    const at = new Date(String(startsAt));
    if (Number.isNaN(at.getTime()) || !/^\d+$/.test(String(seq))) throw badInput('after', 'is not a cursor from this list');
    return { startsAt: at, seq: String(seq) };
  }
}
