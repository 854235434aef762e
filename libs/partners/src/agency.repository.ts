import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import type { AgencyStatus } from './agency.enums';
import { managerOf } from '@app/database';

@Injectable()
export class AgencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(AgencyEntity);
  }

  findById(id: string, em?: EntityManager): Promise<AgencyEntity | null> {
    return this.repo(em).findOneBy({ id });
  }

  findByIdForUpdate(id: string, em: EntityManager): Promise<AgencyEntity | null> {
    return this.repo(em).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
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

  async insert(agency: AgencyEntity, em: EntityManager): Promise<void> {
    await this.repo(em).insert(agency);
  }

  async save(agency: AgencyEntity, em: EntityManager): Promise<void> {
    await this.repo(em).save(agency);
  }
}
