import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BranchEntity } from './branch.entity';
import { transactionManagerOf, managerOf } from '@app/database';

@Injectable()
export class BranchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(BranchEntity);
  }

  findAll(): Promise<BranchEntity[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  findById(id: string): Promise<BranchEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Locks the branch's row: writes that check its limits serialise on it. */
  findByIdForUpdate(id: string): Promise<BranchEntity | null> {
    return transactionManagerOf()
      .getRepository(BranchEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<BranchEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks the branches' rows in id order: writes that check programming limits serialise here. */
  findByIdsForUpdate(ids: readonly string[]): Promise<BranchEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return transactionManagerOf()
      .getRepository(BranchEntity)
      .find({ where: { id: In([...ids]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(branch: BranchEntity): Promise<void> {
    await this.repo().insert(branch);
  }

  async save(branch: BranchEntity): Promise<void> {
    await this.repo().save(branch);
  }
}
