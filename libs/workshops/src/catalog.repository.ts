import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { managerOf } from '@app/database';
import { SessionEntity } from './session.entity';
import { SessionStatus, type Audience, type WorkshopStatus } from './workshop.enums';

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
  text?: string;
  after: { startsAt: Date; id: string } | null;
  limit: number;
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The catalog: sessions in start order, filtered in SQL (the (status, starts_at, id) index leads). */
@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The page, and its total as a function: counting is a second query, run only when asked for. */
  async list(query: CatalogQuery): Promise<{ rows: SessionEntity[]; total: () => Promise<number> }> {
    const qb = managerOf(this.dataSource)
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin('workshop', 'w', 'w.id = s.workshop_id');
    if ('agencyId' in query.scope) {
      const { agencyId, publicWorkshopStatuses } = query.scope;
      qb.andWhere(
        new Brackets((w) => {
          w.where(
            new Brackets((p) =>
              p.where('w.status IN (:...publicWorkshopStatuses)', { publicWorkshopStatuses }).andWhere("s.status <> 'PROPOSED'"),
            ),
          );
          if (agencyId) w.orWhere('w.agency_id = :scopeAgency', { scopeAgency: agencyId });
        }),
      );
    }
    // COMPLETED is derived: a SCHEDULED session whose end has passed.
    qb.andWhere(
      new Brackets((w) => {
        for (const status of query.statuses) {
          if (status === SessionStatus.SCHEDULED) w.orWhere("(s.status = 'SCHEDULED' AND s.ends_at > :now)", { now: query.now });
          else if (status === SessionStatus.COMPLETED) w.orWhere("(s.status = 'SCHEDULED' AND s.ends_at <= :now)", { now: query.now });
          else w.orWhere(`s.status = '${status === SessionStatus.CANCELLED ? 'CANCELLED' : 'PROPOSED'}'`);
        }
      }),
    );
    if (query.from) qb.andWhere('s.starts_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('s.starts_at < :to', { to: query.to });
    if (query.branchIds?.length) qb.andWhere('s.branch_id IN (:...branchIds)', { branchIds: query.branchIds });
    if (query.agencyId) qb.andWhere('w.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.tags?.length) qb.andWhere('JSON_OVERLAPS(w.tags, :tags)', { tags: JSON.stringify(query.tags) });
    if (query.audience?.length) qb.andWhere('JSON_OVERLAPS(w.audience, :audience)', { audience: JSON.stringify(query.audience) });
    if (query.language) qb.andWhere('JSON_CONTAINS(w.languages, :language)', { language: JSON.stringify(query.language) });
    if (query.hasSeats) qb.andWhere('s.capacity > s.seats_taken');
    if (query.text) {
      const pattern = likePattern(query.text);
      qb.andWhere(
        new Brackets((w) =>
          w.where('w.title LIKE :pattern', { pattern }).orWhere('w.summary LIKE :pattern').orWhere('CAST(w.tags AS CHAR) LIKE :pattern'),
        ),
      );
    }
    const counter = qb.clone();
    const total = () => counter.getCount();
    if (query.after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('s.starts_at > :afterAt', { afterAt: query.after!.startsAt })
            .orWhere('s.starts_at = :afterAt AND s.id > :afterId', { afterId: query.after!.id }),
        ),
      );
    }
    const rows = await qb.orderBy('s.starts_at', 'ASC').addOrderBy('s.id', 'ASC').limit(query.limit).getMany();
    return { rows, total };
  }
}
