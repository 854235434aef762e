import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DEVELOPMENT_SECRET, EnvironmentVariables } from './environment-variables';

export type NodeEnv = 'development' | 'test' | 'production';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface DatabaseSettings {
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
}

/**
 * The validated configuration, read once at boot and injected everywhere else.
 * Nothing outside this library reads process.env.
 */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

/** Where and as whom to bind to the SMPP gateway (SMS_URL). */
export interface SmppSettings {
  tls: boolean;
  host: string;
  port: number;
  systemId: string;
  password: string;
  /** The sender shown on phones: a short code, a long number or an alphanumeric name. */
  source: string;
}

/** smpp://system_id:password@host:2775?source=LIBRARY, or smpps:// for TLS (port 3550 unless given). */
export function parseSmsUrl(value: string): SmppSettings {
  const url = new URL(value);
  const tls = url.protocol === 'smpps:';
  return {
    tls,
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 3550 : 2775,
    systemId: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    source: url.searchParams.get('source') ?? 'LIBRARY',
  };
}

export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly databaseUrl: string;
  readonly database: DatabaseSettings;
  readonly redisUrl: string;
  readonly smtpUrl: string | null;
  /** The SMPP gateway for text messages, or null (SMS_URL empty: no texts). */
  readonly sms: SmppSettings | null;
  readonly mailDir: string;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly port: number;
  readonly appSecret: string;
  readonly usesDevelopmentSecret: boolean;
  readonly corsOrigins: string[];
  /** Whose X-Forwarded-For to believe for the client's address (rate limits, logs). */
  readonly trustProxy: boolean | number | string;
  readonly mailRatePerSecond: number;
  /** Seconds anonymous catalog reads are served from the shared cache (0: not cached). */
  readonly publicCacheSeconds: number;
  readonly adminEmail: string;
  readonly adminPassword: string | null;
  readonly queuePrefix: string;
  readonly rateLimitPerMinute: number;
  readonly logLevel: string;
  /** How log records are written: JSON lines, or pretty lines for a person at a terminal. */
  readonly logFormat: 'json' | 'pretty';
  readonly outboxPollMs: number;
  readonly mailConcurrency: number;
  readonly mailMaxAttempts: number;
  readonly mailRetryBaseMs: number;
  readonly accessTokenTtlMinutes: number;
  readonly templateDir: string;
  readonly reconcileEverySeconds: number;
  /** One "minute" of a reminder lead time, in ms (a second under the test-only knob). */
  readonly leadMinuteMs: number;
  /** One "hour" of the low-registration lead time, in ms (a second under the test-only knob). */
  readonly leadHourMs: number;
  /** Tests only: lower execution limits for queries (see TEST_EXECUTION_MAX_*); empty elsewhere. */
  readonly testExecutionLimits: { values?: number; durationMs?: number };
  /** The built web app, served at /. */
  readonly webDir: string;
  /** Tracing: the OTLP/HTTP collector's base URL (null: off), and whether GraphQL fields get spans. */
  readonly tracing: { endpoint: string | null; graphqlFieldSpans: boolean };
  /** The worker's heartbeat file (for a container's health check), or null. */
  readonly workerHeartbeatFile: string | null;

  private constructor(env: EnvironmentVariables) {
    this.nodeEnv = env.NODE_ENV as NodeEnv;
    this.databaseUrl = env.DATABASE_URL;
    this.database = parseDatabaseUrl(env.DATABASE_URL);
    this.redisUrl = env.REDIS_URL;
    this.smtpUrl = env.SMTP_URL === '' ? null : env.SMTP_URL;
    this.sms = env.SMS_URL === '' ? null : parseSmsUrl(env.SMS_URL);
    this.mailDir = resolve(env.MAIL_DIR);
    this.mailFrom = env.MAIL_FROM;
    this.publicUrl = withoutTrailingSlashes(env.PUBLIC_URL);
    this.port = env.PORT;
    this.appSecret = env.APP_SECRET;
    this.usesDevelopmentSecret = env.APP_SECRET === DEVELOPMENT_SECRET;
    this.corsOrigins = env.CORS_ORIGINS.trim()
      ? env.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [new URL(this.publicUrl).origin];
    const trustProxy = env.TRUST_PROXY.trim();
    this.trustProxy = trustProxy === '' ? false : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy;
    this.mailRatePerSecond = env.MAIL_RATE_PER_SECOND;
    this.publicCacheSeconds = env.PUBLIC_CACHE_SECONDS;
    this.adminEmail = env.ADMIN_EMAIL.toLowerCase();
    this.adminPassword = env.ADMIN_PASSWORD === '' ? null : env.ADMIN_PASSWORD;
    this.queuePrefix = env.QUEUE_PREFIX;
    this.rateLimitPerMinute = env.RATE_LIMIT_PER_MINUTE;
    this.logLevel = env.LOG_LEVEL;
    this.logFormat =
      env.LOG_FORMAT === 'pretty' || (env.LOG_FORMAT === '' && env.NODE_ENV === 'development' && process.stdout.isTTY === true)
        ? 'pretty'
        : 'json';
    this.outboxPollMs = env.OUTBOX_POLL_MS;
    this.mailConcurrency = env.MAIL_CONCURRENCY;
    this.mailMaxAttempts = env.MAIL_MAX_ATTEMPTS;
    this.mailRetryBaseMs = env.MAIL_RETRY_BASE_MS;
    this.accessTokenTtlMinutes = env.ACCESS_TOKEN_TTL_MINUTES;
    this.templateDir = resolve(env.TEMPLATE_DIR);
    this.reconcileEverySeconds = env.RECONCILE_EVERY_SECONDS;
    const seconds = env.TEST_TIME_UNIT === 'seconds';
    this.leadMinuteMs = seconds ? 1000 : 60_000;
    this.leadHourMs = seconds ? 1000 : 3_600_000;
    this.webDir = resolve(env.WEB_DIR);
    this.tracing = { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || null, graphqlFieldSpans: env.OTEL_GRAPHQL_FIELD_SPANS === 'true' };
    this.workerHeartbeatFile = env.WORKER_HEARTBEAT_FILE ? resolve(env.WORKER_HEARTBEAT_FILE) : null;
    this.testExecutionLimits = {
      ...(env.TEST_EXECUTION_MAX_VALUES ? { values: env.TEST_EXECUTION_MAX_VALUES } : {}),
      ...(env.TEST_EXECUTION_MAX_MS ? { durationMs: env.TEST_EXECUTION_MAX_MS } : {}),
    };
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  get isTest(): boolean {
    return this.nodeEnv === 'test';
  }

  /** Validates a set of environment variables; throws a ConfigError naming every bad one. */
  static fromEnv(source: Record<string, string | undefined>): AppConfig {
    const known = new EnvironmentVariables();
    const raw: Record<string, unknown> = {};
    for (const key of Object.keys(known)) {
      const value = source[key];
      if (value !== undefined) raw[key] = value;
    }
    const env = plainToInstance(EnvironmentVariables, raw);
    const problems = validateSync(env, { forbidUnknownValues: false }).flatMap(describe);
    for (const name of ['TEST_TIME_UNIT', 'TEST_EXECUTION_MAX_VALUES', 'TEST_EXECUTION_MAX_MS'] as const) {
      if (env[name] && env.NODE_ENV !== 'test') problems.push(`${name}: exists only for tests (NODE_ENV=test)`);
    }
    if (env.NODE_ENV === 'production' && env.APP_SECRET === DEVELOPMENT_SECRET) {
      problems.push('APP_SECRET: must be set in production');
    }
    if (problems.length === 0) {
      try {
        return new AppConfig(env);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    throw new ConfigError(problems);
  }
}

/** One line per variable: `PORT: must be an integer number; must not be greater than 65535`. */
function describe(error: ValidationError): string[] {
  const messages = Object.values(error.constraints ?? {}).map((m) => m.replace(new RegExp(`^${error.property} `), ''));
  return messages.length ? [`${error.property}: ${messages.join('; ')}`] : [];
}

function parseDatabaseUrl(url: string): DatabaseSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('DATABASE_URL: is not a valid URL');
  }
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
  };
}
