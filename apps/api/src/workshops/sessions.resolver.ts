import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { isLibraryStaffAt, isMemberOf, Role, type Viewer } from '@app/identity';
import { listFor, sessionListFor, RegistrationStatus } from '@app/registrations';
import {
  CatalogService,
  canSeeWorkshopInternals,
  effectiveStatus,
  isRegistrationOpen,
  registrationWindow,
  SchedulingService,
  SessionStatus,
  type SessionEntity,
} from '@app/workshops';
import { CurrentViewer, Public, RequireRole, SignedIn } from '../auth/access.decorators';
import { RoomBookingModel } from '../bookings/booking.model';
import { toConnection } from '../graphql/connection';
import type { GraphqlContext } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import { RegistrationModel } from '../registrations/registration.model';
import { BranchModel } from '../places/branch.model';
import { RoomModel } from '../places/room.model';
import { IdPipe } from '../validation/id.pipe';
import { CatalogFacetsModel } from './catalog-facets.model';
import { SessionConnection, SessionModel } from './session.model';
import { AddSessionsInput, RescheduleSessionInput, SessionsArgs } from './session.inputs';
import { ReasonArgs } from './workshop.inputs';
import { WorkshopModel } from './workshop.model';
import { connectionCost, LIST_SIZES, listCost } from '../abuse/document-cost';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly scheduling: SchedulingService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  @Query(() => SessionConnection, { description: 'The public catalog, ordered by startsAt, then id.', complexity: connectionCost })
  @Public()
  async sessions(@CurrentViewer() viewer: Viewer | null, @Args() args: SessionsArgs, @Context() ctx: GraphqlContext) {
    const page = await this.catalog.sessions(viewer, args.filter ?? {}, args.first, args.after);
    // The page's workshops, agencies, branches and rooms came in the same query: no loader asks again.
    ctx.loaders.prime(page.related);
    return toConnection(page);
  }

  @Query(() => CatalogFacetsModel)
  @Public()
  catalogFacets() {
    return this.catalog.facets();
  }

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
      'COORDINATOR+: moves a scheduled session that has not started (time and/or room); registrations follow, registrants get an updated calendar entry, reminders move. A smaller room lowers the capacity (SEATS_TAKEN when the seats taken would not fit); a bigger one keeps it.',
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
  status(session: SessionEntity) {
    return effectiveStatus(session, this.clock.now());
  }

  @ResolveField(() => WorkshopModel)
  workshop(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.workshop.get(session.workshopId);
  }

  @ResolveField(() => BranchModel)
  branch(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.branch.get(session.branchId);
  }

  @ResolveField(() => RoomModel, { nullable: true, description: 'Null until placed in a room.' })
  room(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return session.roomId && session.status !== SessionStatus.PROPOSED ? ctx.loaders.room.get(session.roomId) : null;
  }

  @ResolveField(() => Int, { description: 'Seats held by confirmed registrations.' })
  async seatsTaken(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return (await ctx.loaders.seats.load(session.id))?.seatsTaken ?? 0;
  }

  @ResolveField(() => Int, { description: 'Waitlisted registrations (parties).' })
  async waitlistLength(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return (await ctx.loaders.seats.load(session.id))?.waitlistLength ?? 0;
  }

  @ResolveField(() => Int, { description: 'Seats the waitlisted parties ask for.' })
  async waitlistedSeats(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return (await ctx.loaders.seats.load(session.id))?.waitlistedSeats ?? 0;
  }

  @ResolveField(() => Int, { description: 'People who came without registering.' })
  async walkInCount(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return (await ctx.loaders.seats.load(session.id))?.walkInCount ?? 0;
  }

  @ResolveField(() => Int)
  async seatsRemaining(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return Math.max(0, session.capacity - ((await ctx.loaders.seats.load(session.id))?.seatsTaken ?? 0));
  }

  @ResolveField(() => Int, { description: 'Seats of checked-in registrations.' })
  async checkedInCount(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return (await ctx.loaders.seats.load(session.id))?.checkedInSeats ?? 0;
  }

  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description: 'When registration opens; null: as soon as the session is scheduled.',
  })
  async registrationOpensAt(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return registrationWindow(session, await ctx.loaders.settings()).opensAt;
  }

  @ResolveField(() => DateTimeScalar, { description: 'When registration closes; never after the start.' })
  async registrationClosesAt(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    return registrationWindow(session, await ctx.loaders.settings()).closesAt;
  }

  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description: "The session's own opening time (setRegistrationWindow); null: registrationOpensAt follows the settings.",
  })
  ownRegistrationOpensAt(session: SessionEntity) {
    return session.registrationOpensAt;
  }

  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description: "The session's own closing time (setRegistrationWindow); null: registrationClosesAt follows the settings.",
  })
  ownRegistrationClosesAt(session: SessionEntity) {
    return session.registrationClosesAt;
  }

  @ResolveField(() => Boolean, { description: 'True while SCHEDULED and inside the registration window.' })
  async registrationOpen(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    const workshop = await ctx.loaders.workshopOf(session);
    return (
      workshop.status === 'APPROVED' &&
      isRegistrationOpen(session, registrationWindow(session, await ctx.loaders.settings()), this.clock.now())
    );
  }

  @ResolveField(() => [RegistrationModel], {
    complexity: listCost(LIST_SIZES.registrationsPerSession),
    description:
      "COORDINATOR+ and STAFF of the session's branch see all; the agency's members see the registrations that agreed to share their contact; others see none. Ordered: confirmed by time, then waitlisted by position.",
  })
  async registrations(
    @Parent() session: SessionEntity,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
    @Args('statuses', { type: () => [RegistrationStatus], nullable: true }) statuses: RegistrationStatus[] | null,
  ) {
    const wanted = statuses?.length ? statuses : Object.values(RegistrationStatus);
    const staff = isLibraryStaffAt(viewer, session.branchId);
    // The workshop is read only when membership could matter (not for the library's staff).
    const agencyMember = !staff && isMemberOf(viewer, (await ctx.loaders.workshopOf(session)).agencyId);
    if (sessionListFor({ staff, agencyMember }) === 'none') return [];
    return listFor(await ctx.loaders.sessionRegistrations(wanted).load(session.id), { staff, agencyMember });
  }

  @ResolveField(() => String, { description: 'iCalendar file of this one session.' })
  calendarUrl(session: SessionEntity) {
    return `${this.config.publicUrl}/calendar/sessions/${session.id}.ics`;
  }

  @ResolveField(() => RoomBookingModel, { nullable: true, description: "COORDINATOR+ and the agency's members; null for others." })
  async booking(session: SessionEntity, _args: unknown, ctx: GraphqlContext) {
    const workshop = await ctx.loaders.workshopOf(session);
    return canSeeWorkshopInternals(ctx.viewer, workshop) ? ctx.loaders.sessionBooking.load(session.id) : null;
  }
}
