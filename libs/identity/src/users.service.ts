import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { decodeCursor, encodeCursor, pageOf, pageSize, TransactionRunner, type Page } from '@app/database';
import { badInput, forbidden, invalidState, notFound } from '@app/errors';
import { NotificationKind, OutboxService } from '@app/notifications';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import { mapUserWriteError } from './identity.errors';
import { PasswordHasher } from './password-hasher.service';
import { assertPasswordAcceptable } from './password-policy';
import { Role } from './role';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';
import { isCoordinatorPlus, type Viewer } from './viewer';

export interface NewUser {
  email: string;
  displayName: string;
  password?: string | null;
  role: Role;
  agencyId?: string | null;
  branchIds?: string[] | null;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  branchIds?: string[];
}

export interface UserFilter {
  roles?: Role[] | null;
  agencyId?: string | null;
  active?: boolean | null;
  text?: string | null;
}

/** What an invitation e-mail says besides the link. */
export interface InvitationDetails {
  agencyName: string | null;
  invitedBy: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenService,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findByIds(ids);
  }

  /** Active coordinators who handle one of these branches, or every branch. */
  coordinatorsFor(branchIds: readonly string[]): Promise<UserEntity[]> {
    return this.users.findCoordinatorsFor(branchIds);
  }

  /** userId → the branch ids a coordinator handles. */
  async branchIdsByUser(userIds: readonly string[]): Promise<Map<string, string[]>> {
    const links = await this.users.findBranchLinks(userIds);
    const byUser = new Map<string, string[]>(userIds.map((id) => [id, []]));
    for (const link of links) byUser.get(link.userId)?.push(link.branchId);
    return byUser;
  }

  /** agencyId → its users, oldest first. */
  async membersByAgency(agencyIds: readonly string[]): Promise<Map<string, UserEntity[]>> {
    const members = await this.users.findByAgencyIds(agencyIds);
    const byAgency = new Map<string, UserEntity[]>(agencyIds.map((id) => [id, []]));
    for (const user of members) if (user.agencyId) byAgency.get(user.agencyId)?.push(user);
    return byAgency;
  }

  /** ADMIN: a staff or partner user, with a password or an e-mailed invitation to set one. */
  async create(actor: Viewer, input: NewUser): Promise<UserEntity> {
    if (input.role === Role.PARTNER && !input.agencyId) throw badInput('input.agencyId', 'is required for PARTNER users');
    if (input.role !== Role.PARTNER && input.agencyId) throw badInput('input.agencyId', 'is only for PARTNER users');
    checkBranches(input.role, input.branchIds ?? []);
    if (input.password != null) assertPasswordAcceptable(input.password, 'input.password');
    const passwordHash = input.password != null ? await this.hasher.hash(input.password) : null;
    const inviter = await this.users.findById(actor.userId);
    try {
      return await this.tx.run(async () => {
        const user = await this.insertUser({ ...input, passwordHash }, 'input.email');
        if (input.branchIds?.length) await this.users.replaceBranches(user.id, [...new Set(input.branchIds)]);
        if (!passwordHash) await this.invite(user, { agencyName: null, invitedBy: inviter?.displayName ?? 'The library' });
        return user;
      });
    } catch (error) {
      throw mapUserWriteError(error, 'input.email');
    }
  }

  /**
   * Inserts a user inside the caller's transaction. With no password hash the user cannot log in
   * until they set one through an invitation.
   */
  async insertUser(
    input: Omit<NewUser, 'password' | 'branchIds'> & { passwordHash: string | null },
    emailField: string,
  ): Promise<UserEntity> {
    const now = this.clock.now();
    const user = Object.assign(new UserEntity(), {
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName.trim(),
      role: input.role,
      agencyId: input.agencyId ?? null,
      passwordHash: input.passwordHash,
      active: true,
      tokenVersion: 0,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      throw mapUserWriteError(error, emailField);
    }
    return user;
  }

  /** Writes an ACCOUNT_INVITATION with a fresh link, in the caller's transaction. */
  async invite(user: UserEntity, details: InvitationDetails): Promise<void> {
    const token = await this.tokens.issue(user.id, AccountTokenPurpose.INVITATION);
    await this.outbox.add([
      {
        kind: NotificationKind.ACCOUNT_INVITATION,
        recipient: user.email,
        recipientUserId: user.id,
        agencyId: user.agencyId,
        params: {
          displayName: user.displayName,
          role: user.role,
          agencyName: details.agencyName,
          invitedBy: details.invitedBy,
          accountTokenId: token.id,
          expiresAt: token.expiresAt.toISOString(),
        },
      },
    ]);
  }

  /** ADMIN: display name, role among staff roles, and a coordinator's or desk staff's branches. */
  async update(actor: Viewer, id: string, changes: UserChanges): Promise<UserEntity> {
    return this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(id);
      if (!user) throw notFound('User');
      const patch: Partial<UserEntity> = { updatedAt: this.clock.now() };
      if (changes.displayName !== undefined) patch.displayName = changes.displayName.trim();
      if (changes.role !== undefined && changes.role !== user.role) {
        if (changes.role === Role.PARTNER || user.role === Role.PARTNER) {
          throw badInput('input.role', 'a partner account cannot become a staff account or the reverse; create a new user');
        }
        if (user.role === Role.ADMIN && user.active && (await this.users.countActiveAdmins()) <= 1) {
          throw invalidState('This is the last active administrator');
        }
        patch.role = changes.role;
      }
      const role = patch.role ?? user.role;
      if (changes.branchIds !== undefined) {
        checkBranches(role, changes.branchIds);
        try {
          await this.users.replaceBranches(id, [...new Set(changes.branchIds)]);
        } catch (error) {
          throw mapUserWriteError(error, 'input.email');
        }
      } else if (role === Role.STAFF && user.role !== Role.STAFF) {
        checkBranches(
          role,
          (await this.users.findBranchLinks([id])).map((link) => link.branchId),
        );
      } else if (!BRANCH_ROLES.has(role)) {
        await this.users.replaceBranches(id, []);
      }
      await this.users.update(id, patch);
      return Object.assign(user, patch);
    });
  }

  /** The user can no longer log in, and every token issued to them stops working. */
  async deactivate(actor: Viewer, id: string): Promise<UserEntity> {
    if (actor.userId === id) throw invalidState('You cannot deactivate your own account');
    return this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(id);
      if (!user) throw notFound('User');
      return this.deactivateLocked(user);
    });
  }

  /** Deactivates a user whose row the caller's transaction has locked. */
  async deactivateLocked(user: UserEntity): Promise<UserEntity> {
    if (!user.active) return user;
    if (user.role === Role.ADMIN && (await this.users.countActiveAdmins()) <= 1) {
      throw invalidState('This is the last active administrator');
    }
    const patch = { active: false, tokenVersion: user.tokenVersion + 1, updatedAt: this.clock.now() };
    await this.users.update(user.id, patch);
    return Object.assign(user, patch);
  }

  findByIdForUpdate(id: string): Promise<UserEntity | null> {
    return this.users.findByIdForUpdate(id);
  }

  findActiveMembersForUpdate(agencyId: string): Promise<UserEntity[]> {
    return this.users.findActiveMembersForUpdate(agencyId);
  }

  /** ADMIN and COORDINATOR see every user; a partner sees the members of their agency. */
  async list(viewer: Viewer, filter: UserFilter, first: number | undefined, after: string | null | undefined): Promise<Page<UserEntity>> {
    if (!isCoordinatorPlus(viewer) && !viewer.agencyId) throw forbidden();
    const limit = pageSize(first, 50);
    const position = after ? decodeCursor(after, 2) : null;
    const agencyId = isCoordinatorPlus(viewer) ? (filter.agencyId ?? undefined) : (viewer.agencyId as string);
    if (!isCoordinatorPlus(viewer) && filter.agencyId && filter.agencyId !== viewer.agencyId) {
      return { rows: [], hasNextPage: false, totalCount: 0, cursorOf: () => '' };
    }
    const { rows, total } = await this.users.list({
      roles: filter.roles ?? undefined,
      agencyId,
      active: filter.active ?? undefined,
      text: filter.text?.trim() || undefined,
      after: position ? { createdAt: new Date(String(position[0])), id: String(position[1]) } : undefined,
      limit: limit + 1,
    });
    return pageOf(rows, limit, total, (u) => encodeCursor([u.createdAt, u.id]));
  }

  /** Whether `viewer` may see `user`'s e-mail address: themselves, staff, agency colleagues. */
  static canSeeEmail(viewer: Viewer | null, user: UserEntity): boolean {
    if (!viewer) return false;
    return viewer.userId === user.id || isCoordinatorPlus(viewer) || (!!user.agencyId && viewer.agencyId === user.agencyId);
  }
}

/** The roles whose users have branches: coordinators (none means every branch) and desk staff. */
const BRANCH_ROLES: ReadonlySet<Role> = new Set([Role.COORDINATOR, Role.STAFF]);

/** Branches are for coordinators (optional) and desk staff (at least one). */
function checkBranches(role: Role, branchIds: readonly string[]): void {
  if (!BRANCH_ROLES.has(role) && branchIds.length) throw badInput('input.branchIds', 'is only for COORDINATOR and STAFF users');
  if (role === Role.STAFF && !branchIds.length)
    throw badInput('input.branchIds', 'desk staff work at one branch at least: name their branches');
}
