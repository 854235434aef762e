import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Where the IDE's own files (scripts, styles, editor workers) are served from. */
export const IDE_STATIC_PATH = '/graphql-ide/';

/**
 * The IDE page's policy: the API's (same origin for everything) plus the inline scripts and
 * styles the page carries, and the editor's workers. Nothing loads from another origin.
 */
export const IDE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Development only: a GraphQL IDE (Ruru, a GraphiQL distribution) at `GET /graphql` for a
 * browser, with its files served by the API itself so that it works offline and under the
 * API's same-origin policy, relaxed on these routes only for the page's inline scripts. Ruru is a
 * development dependency, loaded only here (the production image does not have it).
 */
export async function serveGraphqlIde(app: NestExpressApplication): Promise<void> {
  const { ruruHTML } = await import('ruru/server');
  const { serveStatic } = await import('ruru/static');
  const html = ruruHTML({ endpoint: '/graphql', staticPath: IDE_STATIC_PATH });
  const files = serveStatic(IDE_STATIC_PATH);
  app.use(IDE_STATIC_PATH, (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', IDE_CSP);
    // serveStatic matches the full URL, which Express trims below the mount point.
    req.url = req.originalUrl;
    files(req, res, next);
  });
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const browser = req.method === 'GET' && req.path === '/' && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (!browser || Object.keys(req.query).length > 0) return next();
    res.setHeader('Content-Security-Policy', IDE_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
}
