import './tracing';
import 'reflect-metadata';
import { AppConfig, ConfigError, loadDotEnv } from '@app/config';
import { exitGracefullyOnSignals } from '@app/runtime';
import { createApiApp } from './api.bootstrap';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    loadDotEnv();
    config = AppConfig.fromEnv(process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const app = await createApiApp(config);
  exitGracefullyOnSignals(app, 'api');
  await app.listen(config.port);
  process.stdout.write(`Commonroom API: ${config.publicUrl}/graphql\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
