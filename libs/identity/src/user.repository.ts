import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { UserBranchEntity } from './user-branch.entity';
import { UserEntity } from './user.entity';
import { Role } from './role';
import { likePattern, managerOf, transactionManagerOf } from '@app/database';

export interface UserQuery {
  roles?: Role[];
  agencyId?: string;
  active?: boolean;
  text?: string;
  /** Keyset position: the last row's createdAt and id. */
  after?: { createdAt: Date; id: string };
  limit: number;
}

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private users() {
    return managerOf(this.dataSource).getRepository(UserEntity);
  }

  /** For locking reads: the transaction's manager (outside one, they fail loudly). */
  private locked() {
    return transactionManagerOf().getRepository(UserEntity);
  }

  private userBranches() {
    return managerOf(this.dataSource).getRepository(UserBranchEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users().findOneBy({ id });
  }

  /** Locks the user's row until the transaction ends. */
  findByIdForUpdate(id: string): Promise<UserEntity | null> {
    return this.locked().findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.users().findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users().findOneBy({ email: email.toLowerCase() });
  }

  async insert(user: UserEntity): Promise<void> {
    await this.users().insert(user);
  }

  async update(id: string, patch: Partial<UserEntity>): Promise<void> {
    await this.users().update({ id }, patch);
  }

  countActiveAdmins(): Promise<number> {
    return this.users().countBy({ role: Role.ADMIN, active: true });
  }

  /** Active members of an agency, locked, so two removals cannot both leave it empty. */
  findActiveMembersForUpdate(agencyId: string): Promise<UserEntity[]> {
    return this.locked().find({ where: { agencyId, active: true }, lock: { mode: 'pessimistic_write' } });
  }

  findByAgencyIds(agencyIds: readonly string[]): Promise<UserEntity[]> {
    if (agencyIds.length === 0) return Promise.resolve([]);
    return this.users().find({ where: { agencyId: In([...agencyIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One page of users, newest first, plus the total of the filter. */
  async list(query: UserQuery): Promise<{ rows: UserEntity[]; total: number }> {
    const qb = this.users().createQueryBuilder('u');
    if (query.roles?.length) qb.andWhere('u.role IN (:...roles)', { roles: query.roles });
    if (query.agencyId) qb.andWhere('u.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.text) {
      const pattern = likePattern(query.text.toLowerCase());
      qb.andWhere(new Brackets((w) => w.where('u.email LIKE :pattern', { pattern }).orWhere('u.displayName LIKE :pattern', { pattern })));
    }
    const total = await qb.clone().getCount();
    if (query.after) {
      const { createdAt, id } = query.after;
      qb.andWhere(
        new Brackets((w) => w.where('u.createdAt < :createdAt', { createdAt }).orWhere('u.createdAt = :createdAt AND u.id < :id', { id })),
      );
    }
    const rows = await qb.orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'DESC').limit(query.limit).getMany();
    return { rows, total };
  }

  findBranchLinks(userIds: readonly string[]): Promise<UserBranchEntity[]> {
    return userIds.length ? this.userBranches().findBy({ userId: In([...userIds]) }) : Promise.resolve([]);
  }

  async replaceBranches(userId: string, branchIds: string[]): Promise<void> {
    await this.userBranches().delete({ userId });
    if (branchIds.length) await this.userBranches().insert(branchIds.map((branchId) => ({ userId, branchId })));
  }

  /** Active coordinators who handle one of these branches, or every branch (no branch of their own). */
  findCoordinatorsFor(branchIds: readonly string[]): Promise<UserEntity[]> {
    return this.users()
      .createQueryBuilder('u')
      .where('u.role = :role AND u.active = 1', { role: Role.COORDINATOR })
      .andWhere(
        new Brackets((w) => {
          w.where('NOT EXISTS (SELECT 1 FROM user_branch ub WHERE ub.user_id = u.id)');
          if (branchIds.length) {
            w.orWhere('EXISTS (SELECT 1 FROM user_branch ub WHERE ub.user_id = u.id AND ub.branch_id IN (:...branchIds))', {
              branchIds: [...branchIds],
            });
          }
        }),
      )
      .orderBy('u.createdAt', 'ASC')
      .getMany();
  }
}
