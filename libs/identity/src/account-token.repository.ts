import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AccountTokenEntity } from './account-token.entity';
import { managerOf } from '@app/database';

@Injectable()
export class AccountTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return managerOf(this.dataSource, em).getRepository(AccountTokenEntity);
  }

  async insert(row: AccountTokenEntity, em: EntityManager): Promise<void> {
    await this.repo(em).insert(row);
  }

  findById(id: string): Promise<AccountTokenEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Locks the row, so two uses of one token are decided one after the other. */
  findByHashForUpdate(tokenHash: string, em: EntityManager): Promise<AccountTokenEntity | null> {
    return this.repo(em).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** Marks every unused token of the user as used (after a password was set). */
  async useAllOf(userId: string, now: Date, em: EntityManager): Promise<void> {
    await this.repo(em).update({ userId, usedAt: IsNull() }, { usedAt: now });
  }
}
