import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { SessionRequestEntity } from './session-request.entity';
import { managerOf } from '@app/database';

@Injectable()
export class SessionRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(SessionRequestEntity);
  }

  findByWorkshopIds(workshopIds: readonly string[]): Promise<SessionRequestEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { workshopId: In([...workshopIds]) }, order: { position: 'ASC' } });
  }

  async replace(workshopId: string, requests: SessionRequestEntity[], em: EntityManager): Promise<void> {
    await this.repo(em).delete({ workshopId });
    if (requests.length) await this.repo(em).insert(requests);
  }
}
