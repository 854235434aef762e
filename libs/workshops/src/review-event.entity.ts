import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import type { ReviewAction } from './workshop.enums';

/** Every transition of a workshop, with who made it and why. */
@Entity('review_event')
@Index('ix_review_event_workshop', ['workshopId', 'at'])
export class ReviewEventEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  workshopId!: string;

  @Column({ type: 'varchar', length: 24 })
  action!: ReviewAction;

  @RefColumn({ nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment!: string | null;

  /** An approval that went over a branch's programming limits on purpose. */
  @Column({ type: 'boolean', default: false })
  overrodeLoadLimits!: boolean;

  @InstantColumn()
  at!: Date;
}
