import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import { likePattern, managerOf, RawHydrator } from '@app/database';
import type { Agency } from '@app/partners';
import type { Branch, Room, RoomFeature } from '@app/places';
import { SessionEntity } from './session.entity';
import { WorkshopEntity } from './workshop.entity';
import { PUBLIC_WORKSHOP_STATUSES, SessionStatus, type Audience, type WorkshopStatus } from './workshop.enums';

export interface CatalogQuery {
  /** Who may see what: everything, or their agency's plus public sessions of public workshops. */
  scope: { all: true } | { agencyId: string | null; publicWorkshopStatuses: WorkshopStatus[] };
  statuses: SessionStatus[];
  now: Date;
  from?: Date;
  to?: Date;
  branchIds?: string[];
  agencyId?: string;
  tags?: string[];
  audience?: Audience[];
  language?: string;
  hasSeats?: boolean;
  roomFeatures?: RoomFeature[];
  text?: string;
  after: { startsAt: Date; id: string } | null;
  limit: number;
}

/**
 * A session's seat counts as the page reads them from the registrations library's ledger (the
 * same shape as its SeatCounts); none for a session never scheduled.
 */
export interface CatalogSeats {
  sessionId: string;
  capacity: number;
  seatsTaken: number;
  waitlistLength: number;
  waitlistedSeats: number;
  checkedInSeats: number;
  walkInCount: number;
}

/** What a catalog page shows besides its sessions, read in the same query: each once, by id. */
export interface CatalogRelated {
  workshops: WorkshopEntity[];
  agencies: Agency[];
  branches: Branch[];
  rooms: Room[];
  seats: CatalogSeats[];
}

/**
 * The other libraries' entities the page joins, by the names their owners register (a read model
 * reads their published shapes — Agency, Branch, Room — and never writes them).
 */
const OTHER_ENTITIES = { agency: 'AgencyEntity', branch: 'BranchEntity', room: 'RoomEntity' } as const;

/** The seat ledger's columns the page reads, and their fields. */
const SEAT_COLUMNS = [
  ['capacity', 'capacity'],
  ['seats_taken', 'seatsTaken'],
  ['waitlist_length', 'waitlistLength'],
  ['waitlisted_seats', 'waitlistedSeats'],
  ['checked_in_seats', 'checkedInSeats'],
  ['walk_in_count', 'walkInCount'],
] as const;

/**
 * The catalog: sessions in start order, filtered in SQL (the (status, starts_at, id) index leads),
 * with their workshop, agency, branch and room in the same query, so that a page is one round
 * trip. This is the one read that joins other libraries' tables, the seat ledger included (a read
 * model for the public page); it writes nothing.
 */
@Injectable()
export class CatalogRepository {
  private readonly hydrate: {
    session: RawHydrator<SessionEntity>;
    workshop: RawHydrator<WorkshopEntity>;
    agency: RawHydrator<Agency>;
    branch: RawHydrator<Branch>;
    room: RawHydrator<Room>;
  };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.hydrate = {
      session: new RawHydrator(dataSource, SessionEntity, 's'),
      workshop: new RawHydrator(dataSource, WorkshopEntity, 'w'),
      agency: new RawHydrator<Agency>(dataSource, OTHER_ENTITIES.agency, 'a'),
      branch: new RawHydrator<Branch>(dataSource, OTHER_ENTITIES.branch, 'b'),
      room: new RawHydrator<Room>(dataSource, OTHER_ENTITIES.room, 'r'),
    };
  }

  /** The page, and its total as a function: counting is a second query, run only when asked for. */
  async list(query: CatalogQuery): Promise<{ rows: SessionEntity[]; related: CatalogRelated; total: () => Promise<number> }> {
    const sessions = managerOf(this.dataSource).getRepository(SessionEntity);
    const counter = this.filtered(sessions.createQueryBuilder('s'), query);
    const total = () => counter.getCount();
    // The page's ids first, narrow and in index order; then the wide rows joined to them by id.
    // Sorting the wide rows in SQL would put them (long descriptions included) in a temporary
    // table on every read; there are at most 101 of them, sorted here instead.
    const page = this.filtered(sessions.createQueryBuilder('p'), query, 'p', 'pw');
    if (query.after) {
      page.andWhere(
        new Brackets((w) =>
          w
            .where('p.starts_at > :afterAt', { afterAt: query.after!.startsAt })
            .orWhere('p.starts_at = :afterAt AND p.id > :afterId', { afterId: query.after!.id }),
        ),
      );
    }
    page.select('p.id', 'id').orderBy('p.starts_at', 'ASC').addOrderBy('p.id', 'ASC').limit(query.limit);
    // Plain joins and raw rows: a page repeats its workshops, agencies and branches, each built once.
    const wide = sessions
      .createQueryBuilder('s')
      .select('s')
      .innerJoin(`(${page.getQuery()})`, 'page', 'page.id = s.id')
      .setParameters(page.getParameters())
      .innerJoin(WorkshopEntity, 'w', 'w.id = s.workshop_id')
      .innerJoin(OTHER_ENTITIES.agency, 'a', 'a.id = w.agency_id')
      .innerJoin(OTHER_ENTITIES.branch, 'b', 'b.id = s.branch_id')
      .leftJoin(OTHER_ENTITIES.room, 'r', 'r.id = s.room_id')
      .leftJoin('session_seats', 'l', 'l.session_id = s.id')
      .addSelect(['w', 'a', 'b', 'r']);
    for (const [column, field] of SEAT_COLUMNS) wide.addSelect(`l.${column}`, `l_${field}`);
    const raw = await wide.getRawMany<Record<string, unknown>>();
    const related = {
      workshops: new Map<string, WorkshopEntity>(),
      agencies: new Map<string, Agency>(),
      branches: new Map<string, Branch>(),
      rooms: new Map<string, Room>(),
    };
    const seats: CatalogSeats[] = [];
    const rows = raw.map((row) => {
      if (row.l_capacity != null) {
        const counts = Object.fromEntries(SEAT_COLUMNS.map(([, field]) => [field, Number(row[`l_${field}`])]));
        seats.push({ ...(counts as Omit<CatalogSeats, 'sessionId'>), sessionId: String(row.s_id) });
      }
      this.hydrate.workshop.cached(row, related.workshops);
      this.hydrate.agency.cached(row, related.agencies);
      this.hydrate.branch.cached(row, related.branches);
      this.hydrate.room.cached(row, related.rooms);
      return this.hydrate.session.one(row) as SessionEntity;
    });
    rows.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return {
      rows,
      related: {
        workshops: [...related.workshops.values()],
        agencies: [...related.agencies.values()],
        branches: [...related.branches.values()],
        rooms: [...related.rooms.values()],
        seats,
      },
      total,
    };
  }

  /** The tags and languages of public workshops with a session still to come (for the catalog's filters). */
  async facets(now: Date): Promise<{ tags: string[]; languages: string[] }> {
    const rows = await managerOf(this.dataSource)
      .getRepository(WorkshopEntity)
      .createQueryBuilder('w')
      .select(['w.tags AS tags', 'w.languages AS languages'])
      .where('w.status IN (:...statuses)', { statuses: PUBLIC_WORKSHOP_STATUSES })
      .andWhere("EXISTS (SELECT 1 FROM session s WHERE s.workshop_id = w.id AND s.status = 'SCHEDULED' AND s.ends_at > :now)", { now })
      .getRawMany<{ tags: string | string[]; languages: string | string[] }>();
    const list = (value: string | string[]): string[] => (typeof value === 'string' ? (JSON.parse(value) as string[]) : value);
    const tags = new Set(rows.flatMap((r) => list(r.tags)));
    const languages = new Set(rows.flatMap((r) => list(r.languages)));
    return { tags: [...tags].sort(), languages: [...languages].sort() };
  }

  /** Sessions (alias `s`) of the query's scope, statuses and filters, their workshop joined as `w`. */
  private filtered(qb: SelectQueryBuilder<SessionEntity>, query: CatalogQuery, s = 's', w = 'w'): SelectQueryBuilder<SessionEntity> {
    qb.innerJoin('workshop', w, `${w}.id = ${s}.workshop_id`);
    if ('agencyId' in query.scope) {
      const { agencyId, publicWorkshopStatuses } = query.scope;
      qb.andWhere(
        new Brackets((scope) => {
          scope.where(
            new Brackets((p) =>
              p.where(`${w}.status IN (:...publicWorkshopStatuses)`, { publicWorkshopStatuses }).andWhere(`${s}.status <> 'PROPOSED'`),
            ),
          );
          if (agencyId) scope.orWhere(`${w}.agency_id = :scopeAgency`, { scopeAgency: agencyId });
        }),
      );
    }
    // COMPLETED is derived: a SCHEDULED session whose end has passed.
    qb.andWhere(
      new Brackets((any) => {
        for (const status of query.statuses) {
          if (status === SessionStatus.SCHEDULED) any.orWhere(`(${s}.status = 'SCHEDULED' AND ${s}.ends_at > :now)`, { now: query.now });
          else if (status === SessionStatus.COMPLETED)
            any.orWhere(`(${s}.status = 'SCHEDULED' AND ${s}.ends_at <= :now)`, { now: query.now });
          else any.orWhere(`${s}.status = '${status === SessionStatus.CANCELLED ? 'CANCELLED' : 'PROPOSED'}'`);
        }
      }),
    );
    if (query.from) qb.andWhere(`${s}.starts_at >= :from`, { from: query.from });
    if (query.to) qb.andWhere(`${s}.starts_at < :to`, { to: query.to });
    if (query.branchIds?.length) qb.andWhere(`${s}.branch_id IN (:...branchIds)`, { branchIds: query.branchIds });
    if (query.agencyId) qb.andWhere(`${w}.agency_id = :agencyId`, { agencyId: query.agencyId });
    if (query.tags?.length) qb.andWhere(`JSON_OVERLAPS(${w}.tags, :tags)`, { tags: JSON.stringify(query.tags) });
    if (query.audience?.length) qb.andWhere(`JSON_OVERLAPS(${w}.audience, :audience)`, { audience: JSON.stringify(query.audience) });
    if (query.language) qb.andWhere(`JSON_CONTAINS(${w}.languages, :language)`, { language: JSON.stringify(query.language) });
    // The seat ledger is the registrations library's: read here by table name, as a read model may.
    if (query.hasSeats)
      qb.andWhere(`NOT EXISTS (SELECT 1 FROM session_seats hs WHERE hs.session_id = ${s}.id AND hs.seats_taken >= ${s}.capacity)`);
    if (query.roomFeatures?.length) {
      qb.andWhere(`EXISTS (SELECT 1 FROM room fr WHERE fr.id = ${s}.room_id AND JSON_CONTAINS(fr.features, :roomFeatures))`, {
        roomFeatures: JSON.stringify(query.roomFeatures),
      });
    }
    if (query.text) {
      const pattern = likePattern(query.text);
      qb.andWhere(
        new Brackets((any) =>
          any
            .where(`${w}.title LIKE :pattern`, { pattern })
            .orWhere(`${w}.summary LIKE :pattern`)
            .orWhere(`CAST(${w}.tags AS CHAR) LIKE :pattern`),
        ),
      );
    }
    return qb;
  }
}
