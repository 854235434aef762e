import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { BranchEntity } from './branch.entity';

@Injectable()
export class BranchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(BranchEntity);
  }

  findAll(): Promise<BranchEntity[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  findById(id: string, em?: EntityManager): Promise<BranchEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  /** Locks the branch's row: writes that check its limits serialise on it. */
  findByIdForUpdate(id: string, em: EntityManager): Promise<BranchEntity | null> {
    return this.repo(em).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<BranchEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async insert(branch: BranchEntity, em?: EntityManager): Promise<void> {
    await this.repo(em).insert(branch);
  }

  async save(branch: BranchEntity, em?: EntityManager): Promise<void> {
    await this.repo(em).save(branch);
  }
}
