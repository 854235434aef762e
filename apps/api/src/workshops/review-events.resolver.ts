import { ResolveField, Resolver } from '@nestjs/graphql';
import { type ReviewEventEntity } from '@app/workshops';
import type { GraphqlContext } from '../graphql/context';
import { UserModel } from '../users/user.model';
import { ReviewEventModel } from './workshop.model';

@Resolver(() => ReviewEventModel)
export class ReviewEventsResolver {
  @ResolveField(() => UserModel, { nullable: true })
  actor(event: ReviewEventEntity, _args: unknown, ctx: GraphqlContext) {
    return event.actorId ? ctx.loaders.user.load(event.actorId) : null;
  }
}
