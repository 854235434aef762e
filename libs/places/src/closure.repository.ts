import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClosureEntity } from './closure.entity';
import { managerOf } from '@app/database';

@Injectable()
export class ClosureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(ClosureEntity);
  }

  findById(id: string): Promise<ClosureEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Closures of these branches that touch [from, to] (both YYYY-MM-DD, inclusive; null: open-ended). */
  findForBranches(branchIds: readonly string[], from: string | null, to: string | null): Promise<ClosureEntity[]> {
    if (branchIds.length === 0) return Promise.resolve([]);
    const qb = this.repo()
      .createQueryBuilder('c')
      .where('c.branchId IN (:...branchIds)', { branchIds: [...branchIds] });
    if (from) qb.andWhere('c.endsOn >= :from', { from });
    if (to) qb.andWhere('c.startsOn <= :to', { to });
    return qb.orderBy('c.startsOn', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }

  async insert(closure: ClosureEntity): Promise<void> {
    await this.repo().insert(closure);
  }

  async delete(id: string): Promise<void> {
    await this.repo().delete({ id });
  }
}
