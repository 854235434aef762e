import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { isDuplicateKey, TransactionRunner } from '@app/database';
import { badInput, unauthenticated } from '@app/errors';
import { NotificationKind, OutboxService } from '@app/notifications';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import { PasswordHasher } from './password-hasher.service';
import { assertPasswordAcceptable } from './password-policy';
import { Role } from './role';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';
import type { Viewer } from './viewer';

export interface AuthResult {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
}

interface AccessClaims {
  sub: string;
  ver: number;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UserRepository,
    private readonly usersService: UsersService,
    private readonly tokens: AccountTokenService,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The same answer for an unknown address, a wrong password and a deactivated account. */
  async login(email: string, password: string): Promise<AuthResult> {
    const user = await this.users.findByEmail(email.trim());
    const matches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !user.active || !user.passwordHash || !matches) throw unauthenticated('Wrong e-mail address or password');
    return this.issue(user);
  }

  issue(user: UserEntity): AuthResult {
    const ttlSeconds = this.config.accessTokenTtlMinutes * 60;
    const claims: AccessClaims = { sub: user.id, ver: user.tokenVersion };
    const accessToken = this.jwt.sign(claims, { expiresIn: ttlSeconds });
    return { accessToken, expiresAt: new Date(this.clock.now().getTime() + ttlSeconds * 1000), user };
  }

  /** The viewer behind an access token; UNAUTHENTICATED when it is invalid, expired or revoked. */
  async authenticate(token: string): Promise<Viewer> {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(token);
    } catch {
      throw unauthenticated('The access token is invalid or has expired; log in again');
    }
    const user = typeof claims.sub === 'string' ? await this.users.findById(claims.sub) : null;
    if (!user || !user.active || user.tokenVersion !== claims.ver) {
      throw unauthenticated('The access token is no longer valid; log in again');
    }
    return this.viewerOf(user);
  }

  /** The viewer a user signs in as: desk staff carry their branches, which decide what they may do. */
  async viewerOf(user: UserEntity): Promise<Viewer> {
    const viewer: Viewer = { userId: user.id, role: user.role, agencyId: user.agencyId };
    if (user.role === Role.STAFF) viewer.deskBranchIds = (await this.users.findBranchLinks([user.id])).map((link) => link.branchId);
    return viewer;
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<AuthResult> {
    const user = await this.users.findById(viewer.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw badInput('currentPassword', 'is not your current password');
    }
    assertPasswordAcceptable(newPassword, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    // A new password ends every session (someone may have learnt the old one); the caller may go on with the one issued here.
    const changed = await this.tx.run(async () => {
      const found = await this.users.findByIdForUpdate(user.id);
      if (!found || !found.active) throw unauthenticated('The access token is no longer valid; log in again');
      const patch = { passwordHash, tokenVersion: found.tokenVersion + 1, updatedAt: this.clock.now() };
      await this.users.update(found.id, patch);
      return Object.assign(found, patch);
    });
    return this.issue(changed);
  }

  /** E-mails a reset link when the address belongs to an active user; silent otherwise. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email.trim());
    if (!user || !user.active) return;
    await this.tx.run(async () => {
      const token = await this.tokens.issue(user.id, AccountTokenPurpose.PASSWORD_RESET);
      await this.outbox.add([
        {
          kind: NotificationKind.PASSWORD_RESET,
          recipient: user.email,
          recipientUserId: user.id,
          params: { displayName: user.displayName, accountTokenId: token.id, expiresAt: token.expiresAt.toISOString() },
        },
      ]);
    });
  }

  /**
   * Sets a password with a reset or invitation token. Every other outstanding link of the user is
   * used up and tokens issued before stop working.
   */
  async resetPassword(token: string, newPassword: string): Promise<AuthResult> {
    assertPasswordAcceptable(newPassword, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    const user = await this.tx.run(async () => {
      const row = await this.tokens.consume(token);
      const found = await this.users.findByIdForUpdate(row.userId);
      if (!found || !found.active) throw badInput('token', 'is invalid or has expired; ask for a new link');
      const patch = { passwordHash, tokenVersion: found.tokenVersion + 1, updatedAt: this.clock.now() };
      await this.users.update(found.id, patch);
      return Object.assign(found, patch);
    });
    return this.issue(user);
  }

  /**
   * Creates the first administrator when there is no active one. Without ADMIN_PASSWORD a password
   * is generated and printed once, on the console (not in the logs).
   */
  async ensureFirstAdmin(): Promise<void> {
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    let created = false;
    try {
      created = await this.tx.run(async () => {
        if ((await this.users.countActiveAdmins()) > 0) return false;
        if (await this.users.findByEmail(this.config.adminEmail)) {
          this.logger.warn('No active administrator, and ADMIN_EMAIL belongs to another account: none created');
          return false;
        }
        await this.usersService.insertUser(
          { email: this.config.adminEmail, displayName: 'Administrator', role: Role.ADMIN, passwordHash },
          'ADMIN_EMAIL',
        );
        return true;
      });
    } catch (error) {
      // Another instance starting at the same moment created it.
      if (!isDuplicateKey(error) && !(error instanceof Error && error.message.includes('already in use'))) throw error;
    }
    if (created) {
      const shown = this.config.adminPassword ? '(the password from ADMIN_PASSWORD)' : `password: ${password}`;
      process.stdout.write(`\nCreated the first administrator: ${this.config.adminEmail}, ${shown}\n\n`);
    }
  }
}
