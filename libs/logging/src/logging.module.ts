import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import { Logger, LoggerModule, PARAMS_PROVIDER_TOKEN, PinoLogger, type Params } from 'nestjs-pino';
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
    // For a person at a terminal: one coloured line per record (the records are redacted first).
    ...(config.logFormat === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              singleLine: true,
              colorize: true,
              messageKey: 'msg',
              ignore: 'pid,hostname,app,req,res,responseTime',
              translateTime: 'SYS:HH:MM:ss',
            },
          },
        }
      : {}),
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

/** Nest's start-up records: one per module, route and resolver, worth reading only when debugging. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule']);

/** The level Nest's `log` calls are written at: start-up noise at debug, the rest at info. */
export const levelOfLog = (context: unknown): 'info' | 'debug' =>
  typeof context === 'string' && START_UP_CONTEXTS.has(context) ? 'debug' : 'info';

/** The apps' logger: nestjs-pino's, with Nest's start-up noise moved to debug. */
@Injectable()
export class AppLogger extends Logger {
  constructor(logger: PinoLogger, @Inject(PARAMS_PROVIDER_TOKEN) params: Params) {
    super(logger, params);
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    if (levelOfLog(optionalParams.at(-1)) === 'debug') super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/** Structured logs for the apps (see pinoHttpOptions): JSON lines, or pretty ones at a terminal. */
@Module({})
export class LoggingModule {
  static forRoot(app: App): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ pinoHttp: pinoHttpOptions(config, app) }) }),
      ],
      providers: [AppLogger],
      exports: [AppLogger],
    };
  }
}
