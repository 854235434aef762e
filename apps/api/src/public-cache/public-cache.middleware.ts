import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SessionCookie } from '../auth/session-cookie.service';
import { PublicCache, type CachedAnswer } from './public-cache.service';

interface GraphqlParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** GET carries variables as JSON text in the query string. */
function paramsOf(req: Request): GraphqlParams | null {
  if (req.method === 'POST') return typeof req.body === 'object' && req.body !== null ? (req.body as GraphqlParams) : null;
  if (req.method !== 'GET') return null;
  // The CSRF prevention Apollo applies to GET: a header no simple cross-site request can send.
  if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) return null;
  const { query, operationName, variables } = req.query as Record<string, unknown>;
  try {
    return { query, operationName, variables: typeof variables === 'string' ? JSON.parse(variables) : variables };
  } catch {
    return null;
  }
}

/**
 * Answers anonymous catalog reads from the public cache before GraphQL parses anything: the
 * cheapest page we serve. A miss, a signed-in viewer or anything else goes on to Apollo, whose
 * plugin (public-cache.plugin.ts) stores what may be kept.
 */
@Injectable()
export class PublicCacheMiddleware implements NestMiddleware {
  constructor(
    private readonly cache: PublicCache,
    private readonly cookie: SessionCookie,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    // A session cookie may be a signed-in viewer's: never answered from the cache.
    if (!this.cache.enabled || req.headers.authorization || this.cookie.read(req.headers.cookie)) return next();
    const params = paramsOf(req);
    if (!params || typeof params.query !== 'string' || (params.operationName != null && typeof params.operationName !== 'string'))
      return next();
    const type = req.accepts(['application/json', 'application/graphql-response+json']);
    if (!type) return next();
    const key = this.cache.key(params.query, params.operationName as string | undefined, params.variables);
    if (!key) return next();
    const here = this.cache.getLocal(key);
    if (here) return this.send(req, res, here, type);
    this.cache.get(key).then(
      (found) => (found ? this.send(req, res, found, type) : next()),
      () => next(),
    );
  }

  private send(req: Request, res: Response, answer: CachedAnswer, type: string): void {
    res.setHeader('x-cache', 'hit');
    res.setHeader('etag', answer.etag);
    if (req.method === 'GET') res.setHeader('cache-control', `public, max-age=${Math.floor(this.cache.ttlMs / 1000)}`);
    if (req.headers['if-none-match'] === answer.etag) {
      res.status(304).end();
      return;
    }
    res.status(200).type(`${type}; charset=utf-8`).send(answer.body);
  }
}
