import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { BranchEntity } from './branch.entity';
import { transactionManagerOf, managerOf } from '@app/database';

@Injectable()
export class BranchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(BranchEntity);
  }

  findAll(): Promise<BranchEntity[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  findById(id: string, em?: EntityManager): Promise<BranchEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  /** Locks the branch's row: writes that check its limits serialise on it. */
  findByIdForUpdate(id: string, em?: EntityManager): Promise<BranchEntity | null> {
    return transactionManagerOf(em)
      .getRepository(BranchEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[], em?: EntityManager): Promise<BranchEntity[]> {
    return ids.length ? this.repo(em).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the branches' rows in id order: writes that check programming limits serialise here. */
  findByIdsForUpdate(ids: readonly string[], em?: EntityManager): Promise<BranchEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return transactionManagerOf(em)
      .getRepository(BranchEntity)
      .find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(branch: BranchEntity, em?: EntityManager): Promise<void> {
    await this.repo(em).insert(branch);
  }

  async save(branch: BranchEntity, em?: EntityManager): Promise<void> {
    await this.repo(em).save(branch);
  }
}
