import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf } from '../auth/access.decorators';
import { RateLimiter } from './rate-limiter.service';

const RATE_LIMIT_KEY = 'commonroom:rate-limit';

/**
 * Counts calls of this operation per client address (RATE_LIMIT_PER_MINUTE): for the operations
 * that guess or flood (log-in, applications, registrations, manage-token look-ups).
 */
export const RateLimited = (action: string): MethodDecorator => SetMetadata(RATE_LIMIT_KEY, action);

/** Applies @RateLimited(); runs before input validation, so malformed attempts count too. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<string | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!action || !this.limiter.enabled) return true;
    const req = requestOf(context);
    await this.limiter.consume(action, req.ip ?? req.socket?.remoteAddress ?? 'unknown');
    return true;
  }
}
