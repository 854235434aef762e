import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BookingsService } from '@app/bookings';
import { isCoordinatorPlus, type Viewer } from '@app/identity';
import { type BranchEntity } from '@app/places';
import { CurrentViewer } from '../auth/access.decorators';
import { DateScalar } from '../graphql/scalars';
import { BranchModel } from '../places/branch.model';
import { BranchLoadModel } from './booking.model';

@Resolver(() => BranchModel)
export class BranchLoadResolver {
  constructor(private readonly bookings: BookingsService) {}

  @ResolveField(() => BranchLoadModel, {
    nullable: true,
    description: 'Scheduled partner sessions per day for the ISO week holding `weekOf`, against the limits. COORDINATOR+; null for others.',
  })
  load(@Parent() branch: BranchEntity, @Args('weekOf', { type: () => DateScalar }) weekOf: string, @CurrentViewer() viewer: Viewer | null) {
    return isCoordinatorPlus(viewer) ? this.bookings.branchLoad(branch, weekOf) : null;
  }
}
