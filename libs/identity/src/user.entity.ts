import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';
import { Role } from './role';

@Entity('app_user')
export class UserEntity {
  @IdColumn()
  id!: string;

  /** Stored lower-cased; one account per address. */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** Set for PARTNER users. */
  @Index('ix_app_user_agency')
  @RefColumn({ nullable: true })
  agencyId!: string | null;

  /** argon2id; null until an invited user sets a password. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Part of every access token; raising it revokes the tokens issued before. */
  @Column({ type: 'int', default: 0 })
  tokenVersion!: number;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
