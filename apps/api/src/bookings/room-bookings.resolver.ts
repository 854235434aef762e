import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { checkWindow } from '@app/bookings';
import { type Viewer } from '@app/identity';
import { type RoomEntity } from '@app/places';
import { CurrentViewer } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { RoomModel } from '../places/room.model';
import { WindowArgs } from './booking.inputs';
import { RoomBookingModel } from './booking.model';
import { roomBookingsCost } from '../abuse/document-cost';

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
