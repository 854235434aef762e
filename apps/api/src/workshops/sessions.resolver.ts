import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@app/clock';
import { Role, type Viewer } from '@app/identity';
import {
  canSeeWorkshopInternals,
  effectiveStatus,
  SchedulingService,
  SessionStatus,
  type SessionEntity,
  type WorkshopEntity,
} from '@app/workshops';
import { CurrentViewer, Public, RequireRole, SignedIn } from '../auth/access.decorators';
import { RoomBookingModel } from '../bookings/booking.model';
import type { GraphqlContext } from '../graphql/context';
import { BranchModel } from '../places/branch.model';
import { RoomModel } from '../places/room.model';
import { IdPipe } from '../validation/id.pipe';
import { SessionModel } from './session.model';
import { AddSessionsInput, ReasonArgs, RescheduleSessionInput } from './workshop.inputs';
import { WorkshopModel } from './workshop.model';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly scheduling: SchedulingService,
    private readonly clock: Clock,
  ) {}

  @Query(() => SessionModel, {
    nullable: true,
    description:
      "Anyone for a SCHEDULED, COMPLETED or CANCELLED session of an APPROVED or CANCELLED workshop; other sessions for COORDINATOR+ and the agency's members (null for others).",
  })
  @Public()
  session(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.scheduling.findVisibleSession(viewer, id);
  }

  @Mutation(() => WorkshopModel, { description: 'COORDINATOR+: more sessions for an approved workshop (a repeat for a long waitlist).' })
  @RequireRole(Role.COORDINATOR)
  addSessions(@SignedIn() viewer: Viewer, @Args('input') input: AddSessionsInput) {
    return this.scheduling.addSessions(viewer, input);
  }

  @Mutation(() => SessionModel, {
    description:
      'COORDINATOR+: moves a scheduled session that has not started (time and/or room); registrations follow, registrants get an updated calendar entry, reminders move.',
  })
  @RequireRole(Role.COORDINATOR)
  rescheduleSession(@SignedIn() viewer: Viewer, @Args('input') input: RescheduleSessionInput) {
    return this.scheduling.reschedule(viewer, input);
  }

  @Mutation(() => SessionModel, {
    description:
      "COORDINATOR+, or the agency's members: cancels a scheduled session that has not started; every confirmed and waitlisted registration becomes CANCELLED and its patron is notified.",
  })
  @RequireRole(Role.PARTNER)
  cancelSession(@SignedIn() viewer: Viewer, @Args() args: ReasonArgs) {
    return this.scheduling.cancelSession(viewer, args.id, args.reason);
  }

  @ResolveField(() => SessionStatus, {
    description: 'COMPLETED is derived: a SCHEDULED session whose end has passed reads COMPLETED everywhere, filters included.',
  })
  status(@Parent() session: SessionEntity) {
    return effectiveStatus(session, this.clock.now());
  }

  @ResolveField(() => WorkshopModel)
  workshop(@Parent() session: SessionEntity, @Context() ctx: GraphqlContext) {
    return ctx.loaders.workshop.load(session.workshopId);
  }

  @ResolveField(() => BranchModel)
  branch(@Parent() session: SessionEntity, @Context() ctx: GraphqlContext) {
    return ctx.loaders.branch.load(session.branchId);
  }

  @ResolveField(() => RoomModel, { nullable: true, description: 'Null until placed in a room.' })
  room(@Parent() session: SessionEntity, @Context() ctx: GraphqlContext) {
    return session.roomId && session.status !== SessionStatus.PROPOSED ? ctx.loaders.room.load(session.roomId) : null;
  }

  @ResolveField(() => RoomBookingModel, { nullable: true, description: "COORDINATOR+ and the agency's members; null for others." })
  async booking(@Parent() session: SessionEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GraphqlContext) {
    const workshop = (await ctx.loaders.workshop.load(session.workshopId)) as WorkshopEntity;
    return canSeeWorkshopInternals(viewer, workshop) ? ctx.loaders.sessionBooking.load(session.id) : null;
  }
}
