import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DASHBOARD_PATH } from '../operations/queue-dashboard.service';

/** Paths the API answers itself; every other page a browser asks for is a route of the web app. */
const API_PATHS = ['/graphql', '/calendar', '/reports', '/health', '/metrics', '/r', '/slips', DASHBOARD_PATH, '/assets'];

const isApiPath = (path: string): boolean => API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * The web app (`npm run build:web` writes it to WEB_DIR) at `/`. Its hashed assets never change
 * under a name, so browsers keep them for a year; `index.html` names the current ones, so it is
 * revalidated every time. Any other page a browser asks for (a route such as `/sessions/…` or an
 * e-mailed `/registration#token=…` link) gets `index.html`, and the app's router takes it from there
 * (its not-found page included).
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): void {
  // A phone on a slow network gets the scripts gzipped (a fifth of their size); GraphQL answers are
  // left alone, as a proxy in front may compress them.
  const compress = compression();
  app.use((req: Request, res: Response, next: NextFunction) =>
    isApiPath(req.path) && !req.path.startsWith('/assets/') ? next() : compress(req, res, next),
  );
  app.useStaticAssets(join(webDir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', index: false, fallthrough: false });
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', fallthrough: true });
  const indexFile = join(webDir, 'index.html');
  // Read once: the build does not change under a running API.
  const index = existsSync(indexFile) ? readFileSync(indexFile) : undefined;
  app.use((req: Request, res: Response, next: NextFunction) => {
    // A browser navigating asks for text/html by name; a client that takes anything gets the 404.
    const wantsPage = req.headers.accept?.includes('text/html') ?? false;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !wantsPage || isApiPath(req.path)) return next();
    if (!index) {
      res.status(503).type('text/plain').send('The web app is not built: run npm run build:web.');
      return;
    }
    res.status(200).type('html').set('Cache-Control', 'no-cache').send(index);
  });
}
