import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn } from '@app/database';
import type { AgencyKind, AgencyStatus } from './agency.enums';

@Entity('agency')
export class AgencyEntity {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: AgencyKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Where the agency receives notices. */
  @Column({ type: 'varchar', length: 254 })
  contactEmail!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;

  @Index('ix_agency_status')
  @Column({ type: 'varchar', length: 16 })
  status!: AgencyStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  statusReason!: string | null;

  @InstantColumn({ nullable: true })
  verifiedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
