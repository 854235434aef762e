import { ResolveField, Resolver } from '@nestjs/graphql';
import { type SessionRequestEntity } from '@app/workshops';
import type { GraphqlContext } from '../graphql/context';
import { BranchModel } from '../places/branch.model';
import { RoomModel } from '../places/room.model';
import { SessionRequestModel } from './workshop.model';

@Resolver(() => SessionRequestModel)
export class SessionRequestsResolver {
  @ResolveField(() => BranchModel)
  branch(request: SessionRequestEntity, _args: unknown, ctx: GraphqlContext) {
    return ctx.loaders.branch.get(request.branchId);
  }

  @ResolveField(() => RoomModel, { nullable: true })
  room(request: SessionRequestEntity, _args: unknown, ctx: GraphqlContext) {
    return request.roomId ? ctx.loaders.room.get(request.roomId) : null;
  }
}
