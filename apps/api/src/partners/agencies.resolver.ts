import { RateLimited } from '../abuse/rate-limit.guard';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageSize } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { NotificationModel } from '../notifications/notification.model';
import { Role, type Viewer } from '@app/identity';
import { canSeeAgencyInternals, PartnersService, type AgencyEntity } from '@app/partners';
import { CurrentViewer, Public, RequireRole, SignedIn, signedInAs } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { AuthPayloadModel, UserModel } from '../users/user.model';
import { IdPipe } from '../validation/id.pipe';
import { USE_COOKIE } from '../auth/auth.args';
import { SessionCookie } from '../auth/session-cookie.service';
import { AgenciesArgs, AgencyMemberInput, PartnerApplicationInput, SuspendAgencyArgs, UpdateAgencyInput } from './agency.inputs';
import { AgencyModel } from './agency.model';
import { connectionCost, LIST_SIZES, listCost } from '../abuse/document-cost';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(
    private readonly partners: PartnersService,
    private readonly notifications: NotificationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Query(() => [AgencyModel], { description: 'COORDINATOR+.', complexity: listCost(LIST_SIZES.agencies) })
  @RequireRole(Role.COORDINATOR)
  agencies(@Args() args: AgenciesArgs) {
    return this.partners.list(args.statuses ?? null);
  }

  @Query(() => AgencyModel, { nullable: true, description: 'COORDINATOR+, or a member of that agency.' })
  @Public()
  agency(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.partners.findVisible(viewer, id);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Anyone: an agency applies to partner with the library; it starts PENDING.' })
  @Public()
  @RateLimited('apply')
  async applyAsPartner(
    @Args('input') input: PartnerApplicationInput,
    @Context() ctx: GraphqlContext,
    @Args('useCookie', { type: () => Boolean, nullable: true, defaultValue: false, description: USE_COOKIE }) useCookie: boolean | null,
  ) {
    return signedInAs(ctx.req, await this.partners.apply(input), useCookie ? this.cookie : undefined);
  }

  @Mutation(() => AgencyModel, { description: "COORDINATOR+, or the agency's members." })
  @RequireRole(Role.PARTNER)
  updateAgency(@SignedIn() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateAgencyInput) {
    return this.partners.update(viewer, id, input);
  }

  @Mutation(() => AgencyModel, { description: 'COORDINATOR+: PENDING or SUSPENDED to VERIFIED.' })
  @RequireRole(Role.COORDINATOR)
  verifyAgency(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.partners.verify(id);
  }

  @Mutation(() => AgencyModel, { description: 'COORDINATOR+: PENDING (a rejected application) or VERIFIED to SUSPENDED.' })
  @RequireRole(Role.COORDINATOR)
  suspendAgency(@Args() args: SuspendAgencyArgs) {
    return this.partners.suspend(args.id, args.reason);
  }

  @Mutation(() => UserModel, {
    description: 'COORDINATOR+, or a member of that agency: a new member, invited by e-mail to set a password.',
  })
  @RequireRole(Role.PARTNER)
  addAgencyMember(@SignedIn() viewer: Viewer, @Args('input') input: AgencyMemberInput) {
    return this.partners.addMember(viewer, input);
  }

  @Mutation(() => UserModel, {
    description: 'COORDINATOR+, or a member of that agency (not the last active member): deactivates the member.',
  })
  @RequireRole(Role.PARTNER)
  removeAgencyMember(@SignedIn() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string) {
    return this.partners.removeMember(viewer, userId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "Where the agency receives notices. COORDINATOR+ and the agency's members; null for others.",
  })
  contactEmail(agency: AgencyEntity, _args: unknown, { viewer }: GraphqlContext) {
    return canSeeAgencyInternals(viewer, agency) ? agency.contactEmail : null;
  }

  @ResolveField(() => String, { nullable: true, description: "COORDINATOR+ and the agency's members; null for others." })
  statusReason(agency: AgencyEntity, _args: unknown, { viewer }: GraphqlContext) {
    return canSeeAgencyInternals(viewer, agency) ? agency.statusReason : null;
  }

  @ResolveField(() => [UserModel], {
    description: "COORDINATOR+ and the agency's own members; empty for others.",
    complexity: listCost(LIST_SIZES.membersPerAgency),
  })
  members(agency: AgencyEntity, _args: unknown, ctx: GraphqlContext) {
    return canSeeAgencyInternals(ctx.viewer, agency) ? ctx.loaders.agencyMembers.load(agency.id) : [];
  }

  @ResolveField(() => [NotificationModel], {
    description:
      "The notices sent to the agency about its sessions (capacity, waitlist demand, low registration), newest first. COORDINATOR+ and the agency's members; empty for others.",
    complexity: connectionCost,
  })
  notices(
    @Parent() agency: AgencyEntity,
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
  ) {
    return canSeeAgencyInternals(viewer, agency) ? this.notifications.agencyNotices(agency.id, pageSize(first, 10)) : [];
  }
}
