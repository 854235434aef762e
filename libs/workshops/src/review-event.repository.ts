import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ReviewEventEntity } from './review-event.entity';
import { ReviewAction } from './workshop.enums';
import { managerOf } from '@app/database';

@Injectable()
export class ReviewEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(ReviewEventEntity);
  }

  findByWorkshopIds(workshopIds: readonly string[]): Promise<ReviewEventEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { workshopId: In([...workshopIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The member who submitted last (they hear about the decision). */
  findLastSubmission(workshopId: string, em: EntityManager): Promise<ReviewEventEntity | null> {
    return this.repo(em).findOne({ where: { workshopId, action: ReviewAction.SUBMITTED }, order: { at: 'DESC' } });
  }

  async insert(event: ReviewEventEntity, em: EntityManager): Promise<void> {
    await this.repo(em).insert(event);
  }
}
