import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, type Viewer } from '@app/identity';
import { SchedulingService } from '@app/workshops';
import { AppConfig } from '@app/config';
import { PlacesService, type BranchEntity } from '@app/places';
import { Public, RequireRole, SignedIn } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { IdPipe } from '../validation/id.pipe';
import { BranchModel, ClosureModel, ProgrammingLimitsModel } from './branch.model';
import { AddClosureArgs, CreateBranchInput, UpdateBranchInput } from './places.inputs';
import { RoomModel } from './room.model';
import { LIST_SIZES, listCost } from '../abuse/document-cost';

@Resolver(() => BranchModel)
export class BranchesResolver {
  constructor(
    private readonly places: PlacesService,
    private readonly scheduling: SchedulingService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => [BranchModel], { complexity: listCost(LIST_SIZES.branches) })
  @Public()
  branches() {
    return this.places.listBranches();
  }

  @Query(() => BranchModel, { nullable: true })
  @Public()
  branch(@Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.places.findBranch(id);
  }

  @Mutation(() => BranchModel, { description: 'ADMIN.' })
  @RequireRole(Role.ADMIN)
  createBranch(@Args('input') input: CreateBranchInput) {
    return this.places.createBranch(input);
  }

  @Mutation(() => BranchModel, { description: 'ADMIN.' })
  @RequireRole(Role.ADMIN)
  updateBranch(@Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateBranchInput) {
    return this.places.updateBranch(id, input);
  }

  @Mutation(() => ClosureModel, {
    description:
      'COORDINATOR+. Fails with CONFLICT listing every live booking inside it, unless cancelSessions is true: then its scheduled sessions are cancelled (registrants notified) and its other bookings released; proposals holding rooms inside it go back to CHANGES_REQUESTED.',
  })
  @RequireRole(Role.COORDINATOR)
  addClosure(@SignedIn() viewer: Viewer, @Args() args: AddClosureArgs) {
    return this.scheduling.addClosure(viewer, args.branchId, args.input, args.cancelSessions ?? false);
  }

  @Mutation(() => Boolean, { description: 'COORDINATOR+.' })
  @RequireRole(Role.COORDINATOR)
  async removeClosure(@Args('id', { type: () => ID }, IdPipe) id: string) {
    await this.places.removeClosure(id);
    return true;
  }

  @ResolveField(() => [ClosureModel], { complexity: listCost(LIST_SIZES.closuresPerBranch) })
  closures(
    @Parent() branch: BranchEntity,
    @Context() ctx: GraphqlContext,
    @Args('from', { type: () => DateScalar, nullable: true }) from: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to: string | null,
  ) {
    return ctx.loaders.branchClosures(from ?? null, to ?? null).load(branch.id);
  }

  @ResolveField(() => [RoomModel], { complexity: listCost(LIST_SIZES.roomsPerBranch) })
  async rooms(
    @Parent() branch: BranchEntity,
    @Context() ctx: GraphqlContext,
    @Args('includeInactive', { type: () => Boolean, nullable: true, defaultValue: false }) includeInactive: boolean,
  ) {
    const rooms = await ctx.loaders.branchRooms.load(branch.id);
    return includeInactive ? rooms : rooms.filter((room) => room.active);
  }

  @ResolveField(() => String, { description: "Public iCalendar feed of the branch's scheduled sessions." })
  calendarUrl(branch: BranchEntity) {
    return `${this.config.publicUrl}/calendar/branches/${branch.id}.ics`;
  }

  @ResolveField(() => ProgrammingLimitsModel)
  programmingLimits(branch: BranchEntity): ProgrammingLimitsModel {
    return {
      maxSessionsPerDay: branch.maxSessionsPerDay,
      maxEveningSessionsPerWeek: branch.maxEveningSessionsPerWeek,
      eveningStartsAt: branch.eveningStartsAt,
    };
  }
}
