import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { SessionRequestEntity } from './session-request.entity';
import { managerOf } from '@app/database';

@Injectable()
export class SessionRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(SessionRequestEntity);
  }

  findByWorkshopIds(workshopIds: readonly string[]): Promise<SessionRequestEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { workshopId: In([...workshopIds]) }, order: { position: 'ASC' } });
  }

  async replace(workshopId: string, requests: SessionRequestEntity[]): Promise<void> {
    await this.repo().delete({ workshopId });
    if (requests.length) await this.repo().insert(requests);
  }
}
