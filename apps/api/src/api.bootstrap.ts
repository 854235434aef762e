import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/config';
import { ApiModule } from './api.module';
import { DASHBOARD_PATH, QueueDashboard } from './operations/queue-dashboard';

/** The API application, configured as in production; `main.ts` and the tests both use it. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    // Throw start-up errors to the caller (main prints them and exits 1; tests show them).
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.enableCors({ origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  // Large enough for the biggest legitimate input (a long description), small enough to refuse floods.
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '64kb', extended: false });
  // The small pages behind e-mailed links (e.g. /account/password), plain HTML with their assets.
  const dashboard = app.get(QueueDashboard);
  app.use(DASHBOARD_PATH, dashboard.authenticate, dashboard.router);
  app.useStaticAssets(config.publicDir, { extensions: ['html'], index: false, fallthrough: true, maxAge: '1h' });
  return app;
}
