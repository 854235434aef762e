import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@app/database';

export enum AccountTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
}

/**
 * A single-use link to set a password. The token itself is never stored: it is derived from the
 * row's id and salt with a key held only by the apps (so the worker can put it in the e-mail),
 * and looked up by its SHA-256 hash.
 */
@Entity('account_token')
export class AccountTokenEntity {
  @IdColumn()
  id!: string;

  @Index('ix_account_token_user')
  @RefColumn()
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: AccountTokenPurpose;

  @Column({ type: 'char', length: 32, charset: 'ascii', collation: 'ascii_bin' })
  salt!: string;

  @Index('uq_account_token_hash', { unique: true })
  @Column({ type: 'char', length: 64, charset: 'ascii', collation: 'ascii_bin' })
  tokenHash!: string;

  @InstantColumn()
  expiresAt!: Date;

  @InstantColumn({ nullable: true })
  usedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;
}
