import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { SecretKeys } from '@app/config';
import { badInput } from '@app/errors';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';
import { AccountTokenRepository } from './account-token.repository';

const TTL_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.PASSWORD_RESET]: 60 * 60 * 1000,
  [AccountTokenPurpose.INVITATION]: 7 * 24 * 60 * 60 * 1000,
};

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/**
 * Single-use, expiring links to set a password. The token (256 bits) is an HMAC of the row's id
 * and random salt under a key derived from APP_SECRET: the database holds only its hash, and the
 * worker can derive it again to put it in the e-mail.
 */
@Injectable()
export class AccountTokenService {
  constructor(
    private readonly tokens: AccountTokenRepository,
    private readonly keys: SecretKeys,
    private readonly clock: Clock,
  ) {}

  tokenOf(row: Pick<AccountTokenEntity, 'id' | 'salt'>): string {
    return this.keys.sign('account-token', `${row.id}.${row.salt}`);
  }

  async issue(userId: string, purpose: AccountTokenPurpose): Promise<AccountTokenEntity> {
    const now = this.clock.now();
    const row = Object.assign(new AccountTokenEntity(), {
      id: randomUUID(),
      userId,
      purpose,
      salt: randomBytes(16).toString('hex'),
      expiresAt: new Date(now.getTime() + TTL_MS[purpose]),
      usedAt: null,
      createdAt: now,
    });
    row.tokenHash = sha256(this.tokenOf(row));
    await this.tokens.insert(row);
    return row;
  }

  /** The token's row when it is valid, unused and unexpired; it is then used up (in `em`). */
  async consume(token: string): Promise<AccountTokenEntity> {
    const invalid = badInput('token', 'is invalid or has expired; ask for a new link');
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw invalid;
    const row = await this.tokens.findByHashForUpdate(sha256(token));
    if (!row) throw invalid;
    const expected = Buffer.from(this.tokenOf(row));
    if (expected.length !== token.length || !timingSafeEqual(expected, Buffer.from(token))) throw invalid;
    const now = this.clock.now();
    if (row.usedAt || row.expiresAt <= now) throw invalid;
    await this.tokens.useAllOf(row.userId, now);
    return row;
  }

  /** Whether a link from this row would still work (the worker skips mail for dead links). */
  isUsable(row: AccountTokenEntity): boolean {
    return !row.usedAt && row.expiresAt > this.clock.now();
  }

  findById(id: string): Promise<AccountTokenEntity | null> {
    return this.tokens.findById(id);
  }
}
