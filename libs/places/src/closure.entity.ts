import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';

/** Days a branch is closed, in its own calendar; both ends inclusive. */
@Entity('closure')
@Index('ix_closure_branch_dates', ['branchId', 'startsOn'])
export class ClosureEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  branchId!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  startsOn!: string;

  /** YYYY-MM-DD, inclusive. */
  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @InstantColumn()
  createdAt!: Date;
}
