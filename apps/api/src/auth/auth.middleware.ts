import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { DomainError, unauthenticated } from '@app/errors';
import { AuthService } from '@app/identity';
import type { AuthenticatedRequest } from '../graphql/context';

/**
 * Resolves `Authorization: Bearer <token>` into the request's viewer. A bad token is remembered,
 * not thrown here: the guard reports it as UNAUTHENTICATED in the answer's own format.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction): Promise<void> {
    req.viewer = null;
    req.authError = null;
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
      if (!match) {
        req.authError = unauthenticated('The Authorization header must be "Bearer <token>"');
      } else {
        try {
          req.viewer = await this.auth.authenticate(match[1]);
        } catch (error) {
          req.authError = error instanceof DomainError ? error : unauthenticated();
          if (!(error instanceof DomainError)) return next(error);
        }
      }
    }
    next();
  }
}
