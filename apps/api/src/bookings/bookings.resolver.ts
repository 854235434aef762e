import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BookingKind, BookingsService, type RoomBookingEntity } from '@app/bookings';
import { isCoordinatorPlus, Role, type Viewer } from '@app/identity';
import { canSeeSession, SchedulingService } from '@app/workshops';
import { RequireRole, SignedIn } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { RoomModel } from '../places/room.model';
import { UserModel } from '../users/user.model';
import { IdPipe } from '../validation/id.pipe';
import { SessionModel } from '../workshops/session.model';
import { AvailableRoomsInput, BookRoomInput, CheckAvailabilityArgs } from './booking.inputs';
import { BookingConflictModel, RoomBookingModel } from './booking.model';
import { LIST_SIZES, listCost } from '../abuse/document-cost';

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
    const workshop = await ctx.loaders.workshopOf(session);
    return canSeeSession(ctx.viewer, session, workshop) ? session : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'COORDINATOR+.' })
  note(booking: RoomBookingEntity, _args: unknown, { viewer }: GraphqlContext) {
    return isCoordinatorPlus(viewer) ? booking.note : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'COORDINATOR+.' })
  createdBy(booking: RoomBookingEntity, _args: unknown, ctx: GraphqlContext) {
    return isCoordinatorPlus(ctx.viewer) && booking.createdById ? ctx.loaders.user.load(booking.createdById) : null;
  }
}
