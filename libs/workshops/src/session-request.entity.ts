import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';

/** What the agency asked for, recurrence included, as last saved. */
@Entity('session_request')
@Index('ix_session_request_workshop', ['workshopId', 'position'])
export class SessionRequestEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  workshopId!: string;

  @Column({ type: 'int' })
  position!: number;

  @InstantColumn()
  startsAt!: Date;

  @InstantColumn()
  endsAt!: Date;

  @RefColumn()
  branchId!: string;

  @RefColumn({ nullable: true })
  roomId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  recurrence!: string | null;
}
