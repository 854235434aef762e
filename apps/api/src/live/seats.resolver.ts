import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { notFound } from '@app/errors';
import type { Viewer } from '@app/identity';
import { SchedulingService } from '@app/workshops';
import { CurrentViewer, Public } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { IdPipe } from '../validation/id.pipe';
import { SeatAvailabilityModel } from './seat-availability.model';
import { SeatFeed } from './seat-feed.service';

@Resolver(() => SeatAvailabilityModel)
export class SeatsResolver {
  constructor(
    private readonly feed: SeatFeed,
    private readonly scheduling: SchedulingService,
  ) {}

  @Subscription(() => SeatAvailabilityModel, {
    description: 'Live seat counts for a session of an approved workshop, across every API instance.',
    resolve: (payload: SeatAvailabilityModel) => payload,
  })
  @Public()
  async seatAvailabilityChanged(
    @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphqlContext,
  ) {
    const session = await this.scheduling.findVisibleSession(viewer, sessionId);
    const workshop = session ? await ctx.loaders.workshopOf(session) : null;
    if (!session || !workshop || !SeatFeed.publicWorkshop(workshop.status)) throw notFound('Session');
    return this.feed.iterator(sessionId);
  }
}
