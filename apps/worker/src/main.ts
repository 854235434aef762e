import './tracing';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppLogger } from '@app/logging';
import { AppConfig, ConfigError, loadDotEnv } from '@app/config';
import { exitGracefullyOnSignals } from '@app/runtime';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    loadDotEnv();
    config = AppConfig.fromEnv(process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  // An application context: the worker serves no HTTP.
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(AppLogger));
  exitGracefullyOnSignals(app, 'worker');
  process.stdout.write('Commonroom worker running\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
