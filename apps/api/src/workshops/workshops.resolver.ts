import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, type Viewer } from '@app/identity';
import {
  canSeeSession,
  canSeeWorkshopInternals,
  ProposalsService,
  ReviewService,
  WorkshopOrder,
  WorkshopsService,
  type WorkshopEntity,
} from '@app/workshops';
import { CurrentViewer, Public, RequireRole, SignedIn } from '../auth/access.decorators';
import { toConnection } from '../graphql/connection';
import type { GraphqlContext } from '../graphql/context';
import { AgencyModel } from '../partners/agency.model';
import { BookingConflictModel } from '../bookings/booking.model';
import { UserModel } from '../users/user.model';
import { IdPipe } from '../validation/id.pipe';
import { SessionModel } from './session.model';
import {
  ApproveWorkshopInput,
  CommentArgs,
  OptionalReasonArgs,
  ReasonArgs,
  UpdateWorkshopInput,
  WorkshopInput,
  WorkshopsArgs,
} from './workshop.inputs';
import { ReviewEventModel, SessionRequestModel, WorkshopConnection, WorkshopModel } from './workshop.model';
import { connectionCost, LIST_SIZES, listCost } from '../abuse/document-cost';

@Resolver(() => WorkshopModel)
export class WorkshopsResolver {
  constructor(
    private readonly workshopsService: WorkshopsService,
    private readonly proposals: ProposalsService,
    private readonly review: ReviewService,
  ) {}

  @Query(() => WorkshopConnection, {
    complexity: connectionCost,
    description:
      "COORDINATOR+ see all; PARTNER sees its agency's in every status and others' APPROVED and CANCELLED ones; the public sees APPROVED and CANCELLED ones.",
  })
  @Public()
  async workshops(@CurrentViewer() viewer: Viewer | null, @Args() args: WorkshopsArgs) {
    return toConnection(
      await this.workshopsService.list(viewer, args.filter ?? {}, args.orderBy ?? WorkshopOrder.UPDATED_AT_DESC, args.first, args.after),
    );
  }

  @Query(() => WorkshopModel, {
    nullable: true,
    description: "Anyone for an APPROVED or CANCELLED workshop; otherwise COORDINATOR+ or its agency's members (null for others).",
  })
  @Public()
  workshop(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.workshopsService.findVisible(viewer, id);
  }

  @Mutation(() => WorkshopModel, { description: 'PARTNER of a PENDING or VERIFIED agency: a DRAFT.' })
  @RequireRole(Role.PARTNER)
  createWorkshop(@SignedIn() viewer: Viewer, @Args('input') input: WorkshopInput) {
    return this.proposals.create(viewer, input);
  }

  @Mutation(() => WorkshopModel, {
    description:
      "The agency's members: any field while DRAFT or CHANGES_REQUESTED; once APPROVED only the descriptive ones (title, summary, description, tags, audience, languages, accessibilityNotes, followUpResources, minAttendance); otherwise INVALID_STATE.",
  })
  @RequireRole(Role.PARTNER)
  updateWorkshop(
    @SignedIn() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateWorkshopInput,
  ) {
    return this.proposals.update(viewer, id, input);
  }

  @Mutation(() => WorkshopModel, {
    description:
      "The agency's members, VERIFIED agency only: DRAFT or CHANGES_REQUESTED to SUBMITTED; holds free preferred rooms TENTATIVE.",
  })
  @RequireRole(Role.PARTNER)
  submitWorkshop(@SignedIn() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.proposals.submit(viewer, id);
  }

  @Mutation(() => WorkshopModel, { description: "The agency's members, before approval: releases every hold." })
  @RequireRole(Role.PARTNER)
  withdrawWorkshop(@SignedIn() viewer: Viewer, @Args() args: OptionalReasonArgs) {
    return this.proposals.withdraw(viewer, args.id, args.reason ?? null);
  }

  @Mutation(() => WorkshopModel, { description: 'COORDINATOR+: SUBMITTED to CHANGES_REQUESTED; releases holds.' })
  @RequireRole(Role.COORDINATOR)
  requestWorkshopChanges(@SignedIn() viewer: Viewer, @Args() args: CommentArgs) {
    return this.review.requestChanges(viewer, args.id, args.comment);
  }

  @Mutation(() => WorkshopModel, {
    description:
      "COORDINATOR+: SUBMITTED to APPROVED. Books every session's room at once, or none (CONFLICT with every conflict listed); sessions become SCHEDULED.",
  })
  @RequireRole(Role.COORDINATOR)
  approveWorkshop(@SignedIn() viewer: Viewer, @Args('input') input: ApproveWorkshopInput) {
    return this.review.approve(viewer, input);
  }

  @Query(() => [BookingConflictModel], {
    complexity: listCost(LIST_SIZES.conflictsPerCheck),
    description:
      'COORDINATOR+: every conflict approveWorkshop would meet with this input now (rooms, closures, opening hours, and the programming limits unless overrideLoadLimits); empty when it would go through. Changes nothing.',
  })
  @RequireRole(Role.COORDINATOR)
  checkApproval(@Args('input') input: ApproveWorkshopInput) {
    return this.review.checkApproval(input);
  }

  @Mutation(() => WorkshopModel, { description: 'COORDINATOR+: SUBMITTED to DECLINED; releases holds.' })
  @RequireRole(Role.COORDINATOR)
  declineWorkshop(@SignedIn() viewer: Viewer, @Args() args: ReasonArgs) {
    return this.review.decline(viewer, args.id, args.reason);
  }

  @Mutation(() => WorkshopModel, {
    description: "COORDINATOR+, or the agency's members: APPROVED to CANCELLED; cancels every future session and notifies its registrants.",
  })
  @RequireRole(Role.PARTNER)
  cancelWorkshop(@SignedIn() viewer: Viewer, @Args() args: ReasonArgs) {
    return this.workshopsService.cancel(viewer, args.id, args.reason);
  }

  @ResolveField(() => AgencyModel)
  agency(workshop: WorkshopEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.agency.get(workshop.agencyId);
  }

  @ResolveField(() => [SessionModel], {
    complexity: listCost(LIST_SIZES.sessionsPerWorkshop),
    description: 'Ordered by start. Others than COORDINATOR+ and the agency see scheduled, cancelled and completed sessions only.',
  })
  async sessions(workshop: WorkshopEntity, _args: unknown, ctx: GraphqlContext) {
    const sessions = await ctx.loaders.workshopSessions.load(workshop.id);
    return sessions.filter((session) => canSeeSession(ctx.viewer, session, workshop));
  }

  @ResolveField(() => [SessionRequestModel], {
    description: 'What the agency asked for, recurrence rules included, as last submitted.',
    complexity: listCost(LIST_SIZES.sessionsPerWorkshop),
  })
  sessionRequests(workshop: WorkshopEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.workshopRequests.load(workshop.id);
  }

  @ResolveField(() => [ReviewEventModel], {
    description: "COORDINATOR+ and the agency's members; empty for others.",
    complexity: listCost(LIST_SIZES.reviewEventsPerWorkshop),
  })
  reviewHistory(workshop: WorkshopEntity, _args: unknown, ctx: GraphqlContext) {
    return canSeeWorkshopInternals(ctx.viewer, workshop) ? ctx.loaders.workshopReviews.load(workshop.id) : [];
  }

  @ResolveField(() => UserModel, { nullable: true, description: "COORDINATOR+ and the agency's members; null for others." })
  createdBy(workshop: WorkshopEntity, _args: unknown, ctx: GraphqlContext) {
    return workshop.createdById && canSeeWorkshopInternals(ctx.viewer, workshop) ? ctx.loaders.user.load(workshop.createdById) : null;
  }
}
