import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: close the app (its shutdown hooks stop intake and finish the work under
 * way), then exit 0; exit 1 if closing takes longer than `timeoutMs`. A second signal exits at once.
 */
export function exitGracefullyOnSignals(app: INestApplicationContext, name: string, timeoutMs = 30_000): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    process.stdout.write(`${name}: ${signal} received, finishing work in progress\n`);
    setTimeout(() => {
      process.stderr.write(`${name}: did not stop within ${timeoutMs} ms\n`);
      process.exit(1);
    }, timeoutMs).unref();
    app.close().then(
      () => {
        process.stdout.write(`${name}: stopped\n`);
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`${name}: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
