import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics } from '@app/metrics';

/**
 * Times every HTTP request. The route label is the matched pattern (`/calendar/sessions/:id.ics`),
 * never the raw path, so that clients cannot make up new series.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.metrics.httpRequests.startTimer();
    res.on('finish', () => {
      stop({ method: req.method, route: routeOf(req), status: String(res.statusCode) });
    });
    next();
  }
}

/** The controller route that answered; GraphQL and the dashboard by their mount; the rest (static pages, 404s) as one. */
function routeOf(req: Request): string {
  const path = req.originalUrl.split('?')[0];
  if (path === '/graphql') return '/graphql';
  if (path.startsWith('/admin/queues')) return '/admin/queues';
  const pattern = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : '';
  // Middleware registered for every path leaves its catch-all pattern behind: not a route.
  return pattern && !pattern.includes('*') ? pattern : 'other';
}
