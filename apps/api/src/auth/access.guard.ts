import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '@app/errors';
import { hasRole } from '@app/identity';
import { ACCESS_KEY, requestOf, type Access } from './access.decorators';

/**
 * Checks every resolver and route against its @Public() or @RequireRole(). One without either is
 * refused: access is never granted by forgetting a decorator.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
    const req = requestOf(context);
    if (req.authError) throw req.authError;
    if ('public' in access) return true;
    if (!req.viewer) {
      throw req.sessionEnded ? unauthenticated('Your session has ended; sign in again', { sessionEnded: true }) : unauthenticated();
    }
    if (!hasRole(req.viewer.role, access.role)) throw forbidden();
    return true;
  }
}
