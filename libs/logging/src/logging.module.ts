import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule, type Params } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { redact, redactText } from './redact';

type App = 'api' | 'worker' | 'cli';

/** Levels at which request logs (info) are not written. */
const QUIET = new Set(['warn', 'error', 'fatal', 'silent']);

/**
 * pino-http options for both apps: one JSON object per line, a request id on every record of a
 * request (the caller's `x-request-id` when it is sane), and nothing personal or secret.
 */
export function pinoHttpOptions(config: AppConfig, app: App): NonNullable<Exclude<Params['pinoHttp'], unknown[]>> {
  return {
    level: config.logLevel,
    base: { app },
    messageKey: 'msg',
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    },
    customProps: (req: IncomingMessage) => ({ requestId: (req as IncomingMessage & { id?: unknown }).id }),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactText(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Request logs are at info: below it, no per-request listener is registered at all.
    autoLogging: QUIET.has(config.logLevel) ? false : { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
    formatters: { log: (record: Record<string, unknown>) => redact(record) as Record<string, unknown> },
    hooks: {
      logMethod(args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? redactText(a) : a)),
        );
      },
    },
  };
}

/** Structured JSON logs for the apps (see pinoHttpOptions). */
@Module({})
export class LoggingModule {
  static forRoot(app: App): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ pinoHttp: pinoHttpOptions(config, app) }) }),
      ],
    };
  }
}
