import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { forbidden, invalidState, notFound } from '@app/errors';
import {
  assertPasswordAcceptable,
  AuthService,
  isCoordinatorPlus,
  isCoordinatorPlusOrMemberOf,
  PasswordHasher,
  Role,
  UsersService,
  type AuthResult,
  type User,
  type Viewer,
} from '@app/identity';
import { NotificationKind, OutboxService } from '@app/notifications';
import { AgencyEntity } from './agency.entity';
import { AgencyKind, AgencyStatus } from './agency.enums';
import { AgencyRepository } from './agency.repository';

export interface AgencyDetails {
  name: string;
  kind: AgencyKind;
  description?: string | null;
  contactEmail: string;
  phone?: string | null;
  website?: string | null;
}

export interface PartnerApplication {
  agency: AgencyDetails;
  email: string;
  displayName: string;
  password: string;
}

export type AgencyChanges = Partial<AgencyDetails>;

export interface NewMember {
  agencyId: string;
  email: string;
  displayName: string;
}

/** Who sees an agency's contact details, status reason and members: staff and its own members. */
export const canSeeAgencyInternals = (viewer: Viewer | null, agency: Pick<AgencyEntity, 'id'>): boolean =>
  isCoordinatorPlusOrMemberOf(viewer, agency.id);

@Injectable()
export class PartnersService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    return this.agencies.findByIds(ids);
  }

  /** An agency that must exist (a workshop's, a member's): NOT_FOUND otherwise. */
  async getById(id: string): Promise<AgencyEntity> {
    const agency = await this.agencies.findById(id);
    if (!agency) throw notFound('Agency');
    return agency;
  }

  list(statuses: AgencyStatus[] | null): Promise<AgencyEntity[]> {
    return this.agencies.findByStatuses(statuses);
  }

  /** COORDINATOR+, or a member of the agency; null for anyone else. */
  async findVisible(viewer: Viewer | null, id: string): Promise<AgencyEntity | null> {
    if (!isCoordinatorPlusOrMemberOf(viewer, id)) return null;
    return this.agencies.findById(id);
  }

  /** An agency applies: it starts PENDING, with its first member, who is logged in at once. */
  async apply(application: PartnerApplication): Promise<AuthResult> {
    assertPasswordAcceptable(application.password, 'input.password');
    const passwordHash = await this.hasher.hash(application.password);
    const user = await this.tx.run(async () => {
      const now = this.clock.now();
      const agency = Object.assign(new AgencyEntity(), {
        id: randomUUID(),
        ...this.details(application.agency),
        status: AgencyStatus.PENDING,
        statusReason: null,
        verifiedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.agencies.insert(agency);
      return this.users.insertUser(
        { email: application.email, displayName: application.displayName, role: Role.PARTNER, agencyId: agency.id, passwordHash },
        'input.email',
      );
    });
    return this.auth.issue(user);
  }

  async update(viewer: Viewer, id: string, changes: AgencyChanges): Promise<AgencyEntity> {
    if (!isCoordinatorPlusOrMemberOf(viewer, id)) throw forbidden();
    return this.tx.run(async () => {
      const agency = await this.agencies.findByIdForUpdate(id);
      if (!agency) throw notFound('Agency');
      const merged = this.details({ ...agency, ...stripUndefined(changes) });
      Object.assign(agency, merged, { updatedAt: this.clock.now() });
      await this.agencies.save(agency);
      return agency;
    });
  }

  /** PENDING or SUSPENDED → VERIFIED; the agency's contact is told. */
  verify(id: string): Promise<AgencyEntity> {
    return this.changeStatus(id, AgencyStatus.VERIFIED, [AgencyStatus.PENDING, AgencyStatus.SUSPENDED], null);
  }

  /** PENDING (an application refused) or VERIFIED → SUSPENDED, with the reason; the contact is told. */
  suspend(id: string, reason: string): Promise<AgencyEntity> {
    return this.changeStatus(id, AgencyStatus.SUSPENDED, [AgencyStatus.PENDING, AgencyStatus.VERIFIED], reason.trim());
  }

  private changeStatus(id: string, to: AgencyStatus, from: AgencyStatus[], reason: string | null): Promise<AgencyEntity> {
    return this.tx.run(async () => {
      const agency = await this.agencies.findByIdForUpdate(id);
      if (!agency) throw notFound('Agency');
      if (!from.includes(agency.status)) throw invalidState(`A ${agency.status} agency cannot become ${to}`);
      const now = this.clock.now();
      const previous = agency.status;
      Object.assign(agency, {
        status: to,
        statusReason: reason,
        verifiedAt: to === AgencyStatus.VERIFIED ? now : agency.verifiedAt,
        updatedAt: now,
      });
      await this.agencies.save(agency);
      await this.outbox.add([
        {
          kind: NotificationKind.AGENCY_STATUS_CHANGED,
          recipient: agency.contactEmail,
          agencyId: agency.id,
          params: { agencyName: agency.name, status: to, previousStatus: previous, reason },
        },
      ]);
      return agency;
    });
  }

  /** COORDINATOR+ or a member: a new member, e-mailed an invitation to set a password. */
  async addMember(viewer: Viewer, input: NewMember): Promise<User> {
    if (!isCoordinatorPlusOrMemberOf(viewer, input.agencyId)) throw forbidden();
    const inviter = await this.users.findById(viewer.userId);
    return this.tx.run(async () => {
      const agency = await this.agencies.findById(input.agencyId);
      if (!agency) throw notFound('Agency');
      const user = await this.users.insertUser(
        { email: input.email, displayName: input.displayName, role: Role.PARTNER, agencyId: agency.id, passwordHash: null },
        'input.email',
      );
      await this.users.invite(user, { agencyName: agency.name, invitedBy: inviter?.displayName ?? agency.name });
      return user;
    });
  }

  /** Deactivates a member; an agency keeps at least one active member. */
  async removeMember(viewer: Viewer, userId: string): Promise<User> {
    return this.tx.run(async () => {
      const user = await this.users.findByIdForUpdate(userId);
      if (!user || user.role !== Role.PARTNER || !user.agencyId) throw notFound('Agency member');
      if (!isCoordinatorPlus(viewer) && viewer.agencyId !== user.agencyId) throw forbidden();
      if (!user.active) return user;
      const active = await this.users.findActiveMembersForUpdate(user.agencyId);
      if (active.length <= 1) throw invalidState('An agency keeps at least one active member');
      return this.users.deactivateLocked(user);
    });
  }

  private details(input: AgencyDetails): AgencyDetails {
    return {
      name: input.name.trim(),
      kind: input.kind,
      description: input.description?.trim() || null,
      contactEmail: input.contactEmail.trim().toLowerCase(),
      phone: input.phone?.trim() || null,
      website: input.website?.trim() || null,
    };
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
