import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppLogger } from '@app/logging';
import type { AppConfig } from '@app/config';
import { BODY_LIMIT_MB } from './abuse/graphql-limits';
import { ApiModule } from './api.module';
import { serveGraphqlIde } from './graphql-ide/graphql-ide';
import { DASHBOARD_PATH, QueueDashboard } from './operations/queue-dashboard.service';
import { serveWebApp } from './web-app/serve-web-app';

/** The API application, configured as in production; `main.ts` and the tests both use it. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    // Throw start-up errors to the caller (main prints them and exits 1; tests show them).
    abortOnError: false,
  });
  app.useLogger(app.get(AppLogger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Slow clients do not hold sockets: headers within 15 s, the whole request within 30 s. Idle
  // keep-alive connections outlive a load balancer's (often 60 s), so it never reuses a closed one.
  const server = app.getHttpServer() as Server;
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 65_000;
  app.enableCors({ origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  // Large enough for the biggest legitimate input (a long description), small enough to refuse floods.
  app.useBodyParser('json', { limit: `${BODY_LIMIT_MB}mb` });
  app.useBodyParser('urlencoded', { limit: '64kb', extended: false });
  // Security headers (helmet's defaults: a same-origin CSP, nosniff, frame denial...); over plain
  // HTTP (development) neither HSTS nor upgrading requests to HTTPS. Scripts come from this origin
  // only; 'wasm-unsafe-eval' lets them compile WebAssembly (the check-in camera's QR decoder),
  // and no more: JavaScript's eval stays refused.
  const https = config.publicUrl.startsWith('https:');
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { scriptSrc: ["'self'", "'wasm-unsafe-eval'"], upgradeInsecureRequests: https ? [] : null } },
      strictTransportSecurity: https,
    }),
  );
  const dashboard = app.get(QueueDashboard);
  app.use(DASHBOARD_PATH, dashboard.authenticate, dashboard.router);
  // A GraphQL IDE for a person at a browser, in development (and tests) only.
  if (!config.isProduction) await serveGraphqlIde(app);
  serveWebApp(app, config.webDir);
  return app;
}
