import { randomBytes } from 'node:crypto';
import { AppConfig } from '@app/config';
import { serverUrls, TEST_DB_PREFIX } from './servers';

export const ADMIN = { email: 'admin@commonroom.test', password: 'admin-password-for-tests' };

/**
 * A configuration of its own for one test file: its own database and queue prefix (so files and
 * runs never see each other's data or jobs), fast polling and retries, and known admin log-in.
 */
export function testConfig(overrides: Record<string, string> = {}, mysqlUrl = serverUrls.mysql): AppConfig {
  return AppConfig.fromEnv(testEnv(overrides, mysqlUrl));
}

/** The environment variables behind testConfig, for apps started as their own processes. */
export function testEnv(overrides: Record<string, string> = {}, mysqlUrl = serverUrls.mysql): Record<string, string> {
  const id = `${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  return {
    NODE_ENV: 'test',
    DATABASE_URL: `${mysqlUrl}/${TEST_DB_PREFIX}${id}`,
    REDIS_URL: serverUrls.redis,
    QUEUE_PREFIX: `crt-${id}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    APP_SECRET: 'test-secret-that-is-long-enough-for-the-rules',
    PUBLIC_URL: 'http://localhost:3999',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    OUTBOX_POLL_MS: '100',
    MAIL_RETRY_BASE_MS: '200',
    MAIL_MAX_ATTEMPTS: '6',
    MAIL_RATE_PER_SECOND: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    MAIL_DIR: `var/test-mail/${id}`,
    ...overrides,
  };
}
