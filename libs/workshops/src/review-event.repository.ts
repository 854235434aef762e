import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ReviewEventEntity } from './review-event.entity';
import { ReviewAction } from './workshop.enums';
import { managerOf } from '@app/database';

@Injectable()
export class ReviewEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(ReviewEventEntity);
  }

  findByWorkshopIds(workshopIds: readonly string[]): Promise<ReviewEventEntity[]> {
    if (workshopIds.length === 0) return Promise.resolve([]);
    return this.repo().find({ where: { workshopId: In([...workshopIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The member who submitted last (they hear about the decision). */
  findLastSubmission(workshopId: string): Promise<ReviewEventEntity | null> {
    return this.repo().findOne({ where: { workshopId, action: ReviewAction.SUBMITTED }, order: { at: 'DESC' } });
  }

  async insert(event: ReviewEventEntity): Promise<void> {
    await this.repo().insert(event);
  }
}
