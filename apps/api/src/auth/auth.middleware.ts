import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { DomainError, unauthenticated } from '@app/errors';
import { AuthService } from '@app/identity';
import type { AuthenticatedRequest } from '../graphql/context';
import { SessionCookie } from './session-cookie.service';

/**
 * Resolves `Authorization: Bearer <token>`, else the browser's session cookie, into the request's
 * viewer. A bad bearer token is remembered, not thrown here: the guard reports it as
 * UNAUTHENTICATED in the answer's own format. A session cookie that no longer works (expired,
 * or the user's tokens were revoked) is cleared, and the request goes on as anonymous: public
 * pages keep working, and what needs a sign-in says that the session ended.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    req.viewer = null;
    req.authError = null;
    const header = req.headers.authorization;
    const fromCookie = header ? null : this.cookie.read(req.headers.cookie);
    if (fromCookie) {
      try {
        req.viewer = await this.auth.authenticate(fromCookie);
      } catch (error) {
        if (!(error instanceof DomainError)) return next(error);
        this.cookie.clear(res);
        req.sessionEnded = true;
      }
    } else if (header) {
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
