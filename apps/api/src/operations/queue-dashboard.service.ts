import { createHash } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError, ErrorCode } from '@app/errors';
import { AuthService, Role, UsersService } from '@app/identity';
import { JobQueue, QueueName } from '@app/queue';
import { RateLimitedError, RateLimiter } from '../abuse/rate-limiter.service';

export const DASHBOARD_PATH = '/admin/queues';
/** A checked password is remembered this long (argon2 on every poll of the page would be slow). */
const REMEMBER_MS = 60_000;

/**
 * The queue dashboard (Bull Board) for administrators, behind HTTP Basic authentication checked
 * against ADMIN users. A remembered log-in is re-checked against the user on every request, so a
 * deactivated or demoted administrator is shut out at once.
 */
@Injectable()
export class QueueDashboard {
  private readonly logger = new Logger(QueueDashboard.name);
  private readonly remembered = new Map<string, { userId: string; until: number }>();
  readonly router: RequestHandler;

  constructor(
    jobs: JobQueue,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly limiter: RateLimiter,
  ) {
    const adapter = new ExpressAdapter();
    adapter.setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name))),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'Commonroom queues' } },
    });
    this.router = adapter.getRouter() as RequestHandler;
  }

  readonly authenticate = (req: Request, res: Response, next: NextFunction): void => {
    this.admin(req.headers.authorization, req.ip ?? 'unknown').then(
      (ok) => {
        if (ok) return next();
        res.setHeader('WWW-Authenticate', 'Basic realm="Commonroom queues", charset="UTF-8"');
        res.status(401).type('text/plain').send('An administrator’s e-mail address and password are needed.');
      },
      (error: unknown) => {
        if (!(error instanceof RateLimitedError)) return next(error);
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        res.status(429).type('text/plain').send(error.message);
      },
    );
  };

  private async admin(header: string | undefined, client: string): Promise<boolean> {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header ?? '');
    if (!match) return false;
    const key = createHash('sha256').update(match[1]).digest('hex');
    const known = this.remembered.get(key);
    if (known && known.until > Date.now()) {
      const [user] = await this.users.findByIds([known.userId]);
      if (user?.active && user.role === Role.ADMIN) return true;
      this.remembered.delete(key);
      return false;
    }
    // Password guesses count against the same per-address limit as log-ins.
    await this.limiter.consume('login', client);
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return false;
    try {
      const { user } = await this.auth.login(decoded.slice(0, colon), decoded.slice(colon + 1));
      if (user.role !== Role.ADMIN) return false;
      if (this.remembered.size > 1000) this.remembered.clear();
      this.remembered.set(key, { userId: user.id, until: Date.now() + REMEMBER_MS });
      return true;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === ErrorCode.UNAUTHENTICATED)) throw error;
      this.logger.warn('queue dashboard: a log-in was refused');
      return false;
    }
  }
}
