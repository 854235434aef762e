import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Role, Viewer } from '@app/identity';
import type { AuthenticatedRequest, GraphqlContext } from '../graphql/context';
import type { SessionCookie } from './session-cookie.service';

export const ACCESS_KEY = 'commonroom:access';

/** Who may call a resolver or route: anyone, or a role and the roles above it. */
export type Access = { public: true } | { role: Role };

/** Anyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/** At least this role (ADMIN > COORDINATOR > PARTNER). */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_KEY, { role } satisfies Access);

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in viewer, or null. */
export const CurrentViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => requestOf(context).viewer ?? null,
);

/** The signed-in viewer, on handlers that require a role (never null there). */
export const SignedIn = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => requestOf(context).viewer as Viewer);

/**
 * After log-in (or a password reset, or an application), the rest of the same answer is read as
 * the user who just signed in: they see their own e-mail address in the payload.
 */
export function signedInAs<T extends { accessToken: string; expiresAt: Date; user: { id: string; role: Role; agencyId: string | null } }>(
  req: AuthenticatedRequest,
  result: T,
  cookie?: SessionCookie,
): T {
  req.viewer = { userId: result.user.id, role: result.user.role, agencyId: result.user.agencyId };
  req.authError = null;
  // A browser asked to keep the session in its cookie (useCookie): the web app.
  if (cookie && req.res) cookie.set(req.res, result.accessToken, result.expiresAt);
  return result;
}
