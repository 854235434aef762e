import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const DEV_SECRET = 'commonroom-development-secret-not-for-production';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;

/**
 * Every environment variable the service reads, with its development default.
 * Validated once at boot; an invalid value stops start-up with a message that names it.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV = 'development';

  @Matches(/^(mysql|mariadb):\/\/[^\s/]+(:\d+)?\/[A-Za-z0-9_]+(\?.*)?$/, {
    message: 'must look like mysql://user:password@host:3306/database',
  })
  DATABASE_URL = 'mysql://root@127.0.0.1:3306/commonroom';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must look like redis://host:6379' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @ValidateIf((env: EnvironmentVariables) => env.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be empty or look like smtp://host:25' })
  SMTP_URL = '';

  /** The text-message gateway (SMPP 3.4); empty: no text messages. */
  @ValidateIf((env: EnvironmentVariables) => env.SMS_URL !== '')
  @Matches(/^smpps?:\/\/[^\s:@/]+:[^\s@/]*@[^\s/:?]+(:\d{1,5})?\/?(\?\S*)?$/, {
    message: 'must be empty or look like smpp://system_id:password@host:2775?source=LIBRARY',
  })
  SMS_URL = '';

  @IsString()
  @MinLength(1)
  MAIL_DIR = 'var/mail';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Commonroom <no-reply@commonroom.local>';

  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL = 'http://localhost:3000';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.APP_SECRET !== DEV_SECRET)
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (and set explicitly in production)' })
  APP_SECRET = DEV_SECRET;

  /** Empty: PUBLIC_URL's origin. */
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Express's "trust proxy": empty (clients connect directly), a hop count, or addresses such as
   * "loopback, 10.0.0.0/8". Not "true": every client could then choose its address (X-Forwarded-For).
   */
  @Matches(/^(?!\s*true\s*$)[\w.,:/\s-]*$/i, { message: 'must be empty, a number of hops, or proxy addresses (not "true")' })
  TRUST_PROXY = '';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAIL_RATE_PER_SECOND = 50;

  /** How long anonymous catalog reads are answered from the shared cache; 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  PUBLIC_CACHE_SECONDS = 5;

  @Matches(/^[^\s@]+@[^\s@]+$/, { message: 'must be an e-mail address' })
  ADMIN_EMAIL = 'admin@commonroom.local';

  /** Empty: a password is generated and printed once, when the first admin is created. */
  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_PASSWORD !== '')
  @IsString()
  @MinLength(10, { message: 'must be empty or at least 10 characters' })
  ADMIN_PASSWORD = '';

  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, _ or -' })
  QUEUE_PREFIX = 'commonroom';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 60;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** json, or pretty (one coloured line per record, for a person at a terminal); empty: pretty in development on a terminal. */
  @IsIn(['', 'json', 'pretty'])
  LOG_FORMAT = '';

  /** How often the worker's outbox relay looks for due notifications. */
  @Transform(toInt)
  @IsInt()
  @Min(20)
  @Max(60000)
  OUTBOX_POLL_MS = 1000;

  /** Messages one worker process sends at the same time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  MAIL_CONCURRENCY = 5;

  /** Attempts for a message that fails for a temporary reason, before it ends FAILED. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS = 8;

  /** First retry delay; later ones double, with jitter. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_BASE_MS = 30000;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(60 * 24 * 30)
  ACCESS_TOKEN_TTL_MINUTES = 720;

  @IsString()
  @IsOptional()
  TEMPLATE_DIR = 'libs/notifications/templates';

  /** How often the worker reconciles session jobs (reminders and the like) with the database. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60 * 60)
  RECONCILE_EVERY_SECONDS = 600;

  /** Tests only (NODE_ENV=test): read reminder and notice lead times in seconds instead of minutes and hours. */
  @IsIn(['', 'seconds'])
  TEST_TIME_UNIT = '';

  /** Tests only (NODE_ENV=test): a lower bound on the values one query's answer may hold (0: the API's own). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TEST_EXECUTION_MAX_VALUES = 0;

  /** Tests only (NODE_ENV=test): a shorter time one query may run, in milliseconds (0: the API's own). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TEST_EXECUTION_MAX_MS = 0;

  /** The web app as built (npm run build:web), which the API serves at /. */
  @IsString()
  @MinLength(1)
  WEB_DIR = 'apps/web/dist';

  /** An OpenTelemetry collector (OTLP over HTTP) to send traces to; empty: no tracing. */
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'must be empty or an http(s) URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT = '';

  /** A span for every GraphQL field resolved (expensive): for a hunt, not for every day. */
  @IsIn(['', 'true', 'false'])
  OTEL_GRAPHQL_FIELD_SPANS = '';

  /** Where a worker writes its heartbeat while it reaches the database and Redis; empty: nowhere. */
  @IsString()
  WORKER_HEARTBEAT_FILE = '';
}

export const DEVELOPMENT_SECRET = DEV_SECRET;
