import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, UsersService, type UserEntity, type Viewer } from '@app/identity';
import { RequireRole, SignedIn } from '../auth/access.decorators';
import type { GraphqlContext } from '../graphql/context';
import { toConnection } from '../graphql/connection';
import { BranchModel } from '../places/branch.model';
import { AgencyModel } from '../partners/agency.model';
import { IdPipe } from '../validation/id.pipe';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs';
import { UserConnection, UserModel } from './user.model';
import { connectionCost, LIST_SIZES, listCost } from '../abuse/document-cost';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserConnection, {
    complexity: connectionCost,
    description: "ADMIN sees all; COORDINATOR sees staff and partner users; PARTNER sees its agency's members.",
  })
  @RequireRole(Role.PARTNER)
  async users(@SignedIn() viewer: Viewer, @Args() args: UsersArgs) {
    return toConnection(await this.usersService.list(viewer, args.filter ?? {}, args.first, args.after));
  }

  @Mutation(() => UserModel, {
    description: 'ADMIN. Staff users, or partner users with agencyId; e-mails ACCOUNT_INVITATION when no password is given.',
  })
  @RequireRole(Role.ADMIN)
  createUser(@SignedIn() viewer: Viewer, @Args('input') input: CreateUserInput) {
    return this.usersService.create(viewer, input);
  }

  @Mutation(() => UserModel, { description: 'ADMIN.' })
  @RequireRole(Role.ADMIN)
  updateUser(@SignedIn() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('input') input: UpdateUserInput) {
    return this.usersService.update(viewer, id, input);
  }

  @Mutation(() => UserModel, { description: 'ADMIN: the user can no longer log in and their tokens stop working; their history stays.' })
  @RequireRole(Role.ADMIN)
  deactivateUser(@SignedIn() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.usersService.deactivate(viewer, id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The user, coordinators and the user's agency colleagues see it; null for others.",
  })
  email(user: UserEntity, _args: unknown, { viewer }: GraphqlContext) {
    return UsersService.canSeeEmail(viewer, user) ? user.email : null;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: 'Set for PARTNER users.' })
  agency(user: UserEntity, _args: unknown, ctx: GraphqlContext) {
    return user.agencyId ? ctx.loaders.agency.get(user.agencyId) : null;
  }

  @ResolveField(() => [BranchModel], {
    complexity: listCost(LIST_SIZES.branchesPerUser),
    description:
      'COORDINATOR users: the branches whose proposals and notices they handle; STAFF users: the branches whose desks they work at; empty means every branch.',
  })
  async branches(user: UserEntity, _args: unknown, ctx: GraphqlContext) {
    if (user.role !== Role.COORDINATOR && user.role !== Role.STAFF) return [];
    const ids = await ctx.loaders.userBranchIds.load(user.id);
    const branches = await ctx.loaders.branch.loadMany(ids);
    return branches.filter((b) => b && !(b instanceof Error));
  }
}
