import { ResolveField, Resolver } from '@nestjs/graphql';
import { type BranchLoad } from '@app/bookings';
import { BranchModel } from '../places/branch.model';
import { BranchLoadModel } from './booking.model';

@Resolver(() => BranchLoadModel)
export class BranchLoadFieldsResolver {
  @ResolveField(() => BranchModel)
  branch(load: BranchLoad) {
    return load.branch;
  }
}
