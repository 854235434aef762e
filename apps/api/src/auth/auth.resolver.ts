import { RateLimited } from '../abuse/rate-limit.guard';
import { RateLimiter } from '../abuse/rate-limiter.service';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService, Role, UsersService, type Viewer } from '@app/identity';
import { AuthPayloadModel, UserModel } from '../users/user.model';
import type { GraphqlContext } from '../graphql/context';
import { CurrentViewer, Public, RequireRole, SignedIn, signedInAs } from './access.decorators';
import { ChangePasswordArgs, LoginArgs, RequestPasswordResetArgs, ResetPasswordArgs } from './auth.args';
import { SessionCookie } from './session-cookie.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly cookie: SessionCookie,
    private readonly limiter: RateLimiter,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  @Public()
  me(@CurrentViewer() viewer: Viewer | null) {
    return viewer ? this.users.findById(viewer.userId) : null;
  }

  @Mutation(() => AuthPayloadModel)
  @Public()
  @RateLimited('login')
  async login(@Args() args: LoginArgs, @Context() ctx: GraphqlContext) {
    return signedInAs(ctx.req, await this.auth.login(args.email, args.password), args.useCookie ? this.cookie : undefined);
  }

  @Mutation(() => Boolean, {
    description: "Anyone: ends the browser's session (clears its cookie). Bearer tokens stay valid until they expire.",
  })
  @Public()
  logout(@Context() ctx: GraphqlContext) {
    if (ctx.req.res) this.cookie.clear(ctx.req.res);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'The signed-in user. Every session of the user ends, as after a reset: a token client signs in again with the new password; a browser passing useCookie gets a new session cookie.',
  })
  @RequireRole(Role.PARTNER)
  // Each call checks a guess of the current password: it counts with the address's log-ins, and
  // per account too (a stolen session can change addresses).
  @RateLimited('login')
  async changePassword(@SignedIn() viewer: Viewer, @Args() args: ChangePasswordArgs, @Context() ctx: GraphqlContext) {
    await this.limiter.consume('change-password', viewer.userId);
    const signedIn = await this.auth.changePassword(viewer, args.currentPassword, args.newPassword);
    if (args.useCookie) signedInAs(ctx.req, signedIn, this.cookie);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Anyone. Always true, whether or not the address is known (no enumeration); e-mails a reset link when it is.',
  })
  @Public()
  @RateLimited('password-reset')
  async requestPasswordReset(@Args() args: RequestPasswordResetArgs) {
    await this.auth.requestPasswordReset(args.email);
    return true;
  }

  @Mutation(() => AuthPayloadModel)
  @Public()
  @RateLimited('password-reset')
  async resetPassword(@Args() args: ResetPasswordArgs, @Context() ctx: GraphqlContext) {
    return signedInAs(ctx.req, await this.auth.resetPassword(args.token, args.newPassword), args.useCookie ? this.cookie : undefined);
  }
}
