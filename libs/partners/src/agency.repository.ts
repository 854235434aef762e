import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import type { AgencyStatus } from './agency.enums';
import { managerOf, transactionManagerOf } from '@app/database';

@Injectable()
export class AgencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(AgencyEntity);
  }

  /** For locking reads: the transaction's manager (outside one, they fail loudly). */
  private locked() {
    return transactionManagerOf().getRepository(AgencyEntity);
  }

  findById(id: string): Promise<AgencyEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByIdForUpdate(id: string): Promise<AgencyEntity | null> {
    return this.locked().findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    return ids.length ? this.repo().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByStatuses(statuses: AgencyStatus[] | null): Promise<AgencyEntity[]> {
    return this.repo().find({
      where: statuses?.length ? { status: In(statuses) } : {},
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  async insert(agency: AgencyEntity): Promise<void> {
    await this.repo().insert(agency);
  }

  async save(agency: AgencyEntity): Promise<void> {
    await this.repo().save(agency);
  }
}
