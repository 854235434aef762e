import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AccountTokenEntity } from './account-token.entity';
import { managerOf, transactionManagerOf } from '@app/database';

@Injectable()
export class AccountTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo() {
    return managerOf(this.dataSource).getRepository(AccountTokenEntity);
  }

  /** For locking reads: the transaction's manager (outside one, they fail loudly). */
  private locked() {
    return transactionManagerOf().getRepository(AccountTokenEntity);
  }

  async insert(row: AccountTokenEntity): Promise<void> {
    await this.repo().insert(row);
  }

  findById(id: string): Promise<AccountTokenEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Locks the row, so two uses of one token are decided one after the other. */
  findByHashForUpdate(tokenHash: string): Promise<AccountTokenEntity | null> {
    return this.locked().findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** Marks every unused token of the user as used (after a password was set). */
  async useAllOf(userId: string, now: Date): Promise<void> {
    await this.repo().update({ userId, usedAt: IsNull() }, { usedAt: now });
  }
}
