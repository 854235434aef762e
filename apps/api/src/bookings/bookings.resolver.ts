import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BookingKind, BookingsService, checkWindow, type BranchLoad, type RoomBookingEntity } from '@app/bookings';
import { isStaff, Role, type Viewer } from '@app/identity';
import { type BranchEntity, type RoomEntity } from '@app/places';
import { canSeeSession, SchedulingService, type WorkshopEntity } from '@app/workshops';
import { CurrentViewer, RequireRole, SignedIn } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { BranchModel } from '../places/branch.model';
import { RoomModel } from '../places/room.model';
import { UserModel } from '../users/user.model';
import { IdPipe } from '../validation/id.pipe';
import { SessionModel } from '../workshops/session.model';
import { AvailableRoomsInput, BookRoomInput, CheckAvailabilityArgs, WindowArgs } from './booking.inputs';
import { BookingConflictModel, BranchLoadModel, RoomBookingModel } from './booking.model';
import { LIST_SIZES, listCost, roomBookingsCost } from '../abuse/document-cost';

@Resolver(() => RoomBookingModel)
export class BookingsResolver {
  constructor(
    private readonly bookings: BookingsService,
    private readonly scheduling: SchedulingService,
  ) {}

  @Query(() => [RoomModel], {
    complexity: listCost(LIST_SIZES.roomsPerBranch * LIST_SIZES.branches),
    description:
      'PARTNER+. Active rooms free for the whole window (set-up and clean-up included), open and not closed then, with the capacity and features asked for.',
  })
  @RequireRole(Role.PARTNER)
  availableRooms(@Args('input') input: AvailableRoomsInput) {
    return this.bookings.availableRooms(input);
  }

  @Query(() => [BookingConflictModel], {
    complexity: listCost(LIST_SIZES.conflictsPerCheck),
    description:
      "PARTNER+. Every reason the room cannot be booked for [startsAt, endsAt); empty when it can. ignoreSessionId leaves that session's own booking out (to check a reschedule).",
  })
  @RequireRole(Role.PARTNER)
  checkAvailability(@SignedIn() viewer: Viewer, @Args() args: CheckAvailabilityArgs) {
    return this.scheduling.checkAvailability(viewer, args.roomId, args.startsAt, args.endsAt, args.ignoreSessionId ?? null);
  }

  @Mutation(() => RoomBookingModel, { description: 'COORDINATOR+: a booking that is not a partner session (staff meeting, maintenance).' })
  @RequireRole(Role.COORDINATOR)
  bookRoom(@SignedIn() viewer: Viewer, @Args('input') input: BookRoomInput) {
    return this.bookings.bookRoom(viewer, { ...input, kind: input.kind ?? BookingKind.INTERNAL });
  }

  @Mutation(() => RoomBookingModel, {
    description: "COORDINATOR+: INTERNAL and MAINTENANCE bookings (a session's booking goes with cancelSession).",
  })
  @RequireRole(Role.COORDINATOR)
  cancelBooking(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.bookings.cancelBooking(id);
  }

  @ResolveField(() => RoomModel)
  room(booking: RoomBookingEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.room.get(booking.roomId);
  }

  @ResolveField(() => SessionModel, { nullable: true })
  async session(booking: RoomBookingEntity, _args: unknown, ctx: GraphqlContext) {
    if (!booking.sessionId) return null;
    const session = await ctx.loaders.session.load(booking.sessionId);
    if (!session) return null;
    const workshop = (await ctx.loaders.workshop.load(session.workshopId)) as WorkshopEntity;
    return canSeeSession(ctx.viewer, session, workshop) ? session : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'COORDINATOR+.' })
  note(booking: RoomBookingEntity, _args: unknown, { viewer }: GraphqlContext) {
    return isStaff(viewer) ? booking.note : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'COORDINATOR+.' })
  createdBy(booking: RoomBookingEntity, _args: unknown, ctx: GraphqlContext) {
    return isStaff(ctx.viewer) && booking.createdById ? ctx.loaders.user.load(booking.createdById) : null;
  }
}

/** The booking-related fields of Room and Branch. */
@Resolver(() => RoomModel)
export class RoomBookingsResolver {
  @ResolveField('bookings', () => [RoomBookingModel], {
    complexity: roomBookingsCost,
    description:
      'Bookings that overlap [from, to), tentative and confirmed. Partners see times and kinds (no notes, no creators); the public sees none.',
  })
  roomBookings(
    @Parent() room: RoomEntity,
    @Args() window: WindowArgs,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ) {
    if (!viewer) return [];
    checkWindow(window.from, window.to);
    return ctx.loaders.roomBookings(window.from, window.to).load(room.id);
  }
}

@Resolver(() => BranchModel)
export class BranchLoadResolver {
  constructor(private readonly bookings: BookingsService) {}

  @ResolveField(() => BranchLoadModel, {
    nullable: true,
    description: 'Scheduled partner sessions per day for the ISO week holding `weekOf`, against the limits. COORDINATOR+; null for others.',
  })
  load(@Parent() branch: BranchEntity, @Args('weekOf', { type: () => DateScalar }) weekOf: string, @CurrentViewer() viewer: Viewer | null) {
    return isStaff(viewer) ? this.bookings.branchLoad(branch, weekOf) : null;
  }
}

@Resolver(() => BranchLoadModel)
export class BranchLoadFieldsResolver {
  @ResolveField(() => BranchModel)
  branch(load: BranchLoad) {
    return load.branch;
  }
}
