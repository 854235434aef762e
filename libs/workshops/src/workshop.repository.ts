import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { WorkshopEntity } from './workshop.entity';
import { WorkshopOrder, type WorkshopStatus } from './workshop.enums';
import { likePattern, managerOf, transactionManagerOf } from '@app/database';
import { notFound } from '@app/errors';

export interface WorkshopQuery {
  statuses?: WorkshopStatus[];
  agencyId?: string;
  branchIds?: string[];
  text?: string;
  /** What the viewer may see: every workshop, or their agency's plus the public statuses. */
  scope: { all: true } | { agencyId: string | null; publicStatuses: WorkshopStatus[] };
  order: WorkshopOrder;
  after: Array<string | number | null> | null;
  limit: number;
}

@Injectable()
export class WorkshopRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(WorkshopEntity);
  }

  /** For locking reads: the transaction's manager (outside one, they fail loudly). */
  private locked() {
    return transactionManagerOf().getRepository(WorkshopEntity);
  }

  findById(id: string): Promise<WorkshopEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** A workshop that must exist: NOT_FOUND otherwise. */
  async getById(id: string): Promise<WorkshopEntity> {
    const workshop = await this.findById(id);
    if (!workshop) throw notFound('Workshop');
    return workshop;
  }

  findByIds(ids: readonly string[]): Promise<WorkshopEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the workshop's row: its transitions happen one at a time. */
  findByIdForUpdate(id: string): Promise<WorkshopEntity | null> {
    return this.locked().findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(workshop: WorkshopEntity): Promise<void> {
    await this.repo().insert(workshop);
  }

  async save(workshop: WorkshopEntity): Promise<void> {
    await this.repo().save(workshop);
  }

  /** One page of workshops in the chosen order, and the total of the filter. */
  async list(query: WorkshopQuery): Promise<{ rows: WorkshopEntity[]; total: number }> {
    const qb = this.repo().createQueryBuilder('w');
    if ('agencyId' in query.scope) {
      const { agencyId, publicStatuses } = query.scope;
      qb.andWhere(
        new Brackets((w) => {
          w.where('w.status IN (:...publicStatuses)', { publicStatuses });
          if (agencyId) w.orWhere('w.agencyId = :scopeAgency', { scopeAgency: agencyId });
        }),
      );
    }
    if (query.statuses?.length) qb.andWhere('w.status IN (:...statuses)', { statuses: query.statuses });
    if (query.agencyId) qb.andWhere('w.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.branchIds?.length) {
      qb.andWhere('EXISTS (SELECT 1 FROM session s WHERE s.workshop_id = w.id AND s.branch_id IN (:...branchIds))', {
        branchIds: query.branchIds,
      });
    }
    if (query.text) {
      const pattern = likePattern(query.text);
      qb.andWhere(new Brackets((w) => w.where('w.title LIKE :pattern', { pattern }).orWhere('w.summary LIKE :pattern', { pattern })));
    }
    const total = await qb.clone().getCount();
    this.orderAndSeek(qb, query.order, query.after);
    return { rows: await qb.limit(query.limit).getMany(), total };
  }

  private orderAndSeek(qb: SelectQueryBuilder<WorkshopEntity>, order: WorkshopOrder, after: Array<string | number | null> | null): void {
    switch (order) {
      case WorkshopOrder.SUBMITTED_AT_ASC: {
        // Oldest submission first; never-submitted ones last.
        if (after) {
          const [submittedAt, id] = after;
          if (submittedAt === null) qb.andWhere('w.submittedAt IS NULL AND w.id > :afterId', { afterId: id });
          else {
            qb.andWhere(
              new Brackets((w) =>
                w
                  .where('w.submittedAt > :afterAt', { afterAt: new Date(String(submittedAt)) })
                  .orWhere('w.submittedAt = :afterAt AND w.id > :afterId', { afterId: id })
                  .orWhere('w.submittedAt IS NULL'),
              ),
            );
          }
        }
        qb.orderBy('w.submittedAt IS NULL', 'ASC').addOrderBy('w.submittedAt', 'ASC').addOrderBy('w.id', 'ASC');
        return;
      }
      case WorkshopOrder.TITLE_ASC:
        if (after) {
          qb.andWhere(
            new Brackets((w) =>
              w
                .where('w.title > :afterTitle', { afterTitle: after[0] })
                .orWhere('w.title = :afterTitle AND w.id > :afterId', { afterId: after[1] }),
            ),
          );
        }
        qb.orderBy('w.title', 'ASC').addOrderBy('w.id', 'ASC');
        return;
      case WorkshopOrder.UPDATED_AT_DESC:
        if (after) {
          qb.andWhere(
            new Brackets((w) =>
              w
                .where('w.updatedAt < :afterAt', { afterAt: new Date(String(after[0])) })
                .orWhere('w.updatedAt = :afterAt AND w.id < :afterId', { afterId: after[1] }),
            ),
          );
        }
        qb.orderBy('w.updatedAt', 'DESC').addOrderBy('w.id', 'DESC');
        return;
    }
  }
}
