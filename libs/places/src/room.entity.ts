import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import type { RoomFeature } from './room-feature';

@Entity('room')
@Index('uq_room_branch_name', ['branchId', 'name'], { unique: true })
export class RoomEntity {
  @IdColumn()
  id!: string;

  @RefColumn()
  branchId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'json' })
  features!: RoomFeature[];

  @Column({ type: 'smallint', default: 0 })
  setupMinutes!: number;

  @Column({ type: 'smallint', default: 0 })
  cleanupMinutes!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
