import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/identity';
import { SchedulingService } from '@app/workshops';
import { PlacesService, type RoomEntity } from '@app/places';
import { Public, RequireRole } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { IdPipe } from '../validation/id.pipe';
import { BranchModel } from './branch.model';
import { CreateRoomInput, UpdateRoomInput } from './places.inputs';
import { RoomModel } from './room.model';

@Resolver(() => RoomModel)
export class RoomsResolver {
  constructor(
    private readonly places: PlacesService,
    private readonly scheduling: SchedulingService,
  ) {}

  @Query(() => RoomModel, { nullable: true })
  @Public()
  room(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.places.findRoom(id);
  }

  @Mutation(() => RoomModel, { description: 'ADMIN.' })
  @RequireRole(Role.ADMIN)
  createRoom(@Args('input') input: CreateRoomInput) {
    return this.places.createRoom(input);
  }

  @Mutation(() => RoomModel, {
    description:
      "ADMIN. Lowering capacity lowers future sessions' capacity to fit, or fails with CONFLICT (SEATS_TAKEN); longer buffers that would make live bookings overlap, or deactivating a room with future live bookings, fail with CONFLICT listing them.",
  })
  @RequireRole(Role.ADMIN)
  updateRoom(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateRoomInput) {
    return this.scheduling.updateRoom(id, input);
  }

  @ResolveField(() => BranchModel)
  branch(room: RoomEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.branch.get(room.branchId);
  }
}
