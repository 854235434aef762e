import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { createDatabaseIfMissing, dataSourceOptions, dropDatabase } from '@app/database';
import { createApiApp } from '../../apps/api/src/api.bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { GraphqlClient } from './graphql-client';
import { SmppSink } from './smpp-sink';
import { SmtpSink } from './smtp-sink';
import { ADMIN, testEnv } from './test-config';

export interface StartOptions {
  /** Start the worker too (default true). */
  worker?: boolean;
  /** Environment overrides for this file's configuration. */
  env?: Record<string, string>;
  /** Another MySQL server (URL without a database), e.g. through a test's proxy. */
  mysqlUrl?: string;
  /** Start a text-message gateway too, and configure SMS_URL for it (default: no texts). */
  sms?: boolean;
}

/** Creates this config's database and runs every migration; returns a connection for assertions. */
export async function migratedDatabase(config: AppConfig): Promise<DataSource> {
  await createDatabaseIfMissing(config);
  const db = new DataSource({ ...dataSourceOptions(config), poolSize: 5 });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}

/**
 * The real apps for one test file: a migrated database of its own, the API listening on a free
 * port, the worker, and an SMTP server (and, when asked, an SMPP gateway) that receives what the worker sends.
 */
export class TestApps {
  private constructor(
    /** The environment behind `config`, for apps started as their own processes (see BuiltApp). */
    readonly env: Record<string, string>,
    readonly config: AppConfig,
    readonly db: DataSource,
    readonly smtp: SmtpSink,
    /** The text-message gateway, when the file asked for one. */
    readonly smpp: SmppSink | null,
    readonly api: NestExpressApplication,
    readonly client: GraphqlClient,
    public worker: INestApplicationContext | null,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestApps> {
    const smtp = new SmtpSink();
    await smtp.start();
    const smpp = options.sms ? new SmppSink() : null;
    await smpp?.start();
    const env = testEnv({ SMTP_URL: smtp.url, ...(smpp ? { SMS_URL: smpp.url } : {}), ...options.env }, options.mysqlUrl);
    const config = AppConfig.fromEnv(env);
    const db = await migratedDatabase(config);
    const api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
    const client = new GraphqlClient(`${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
    const apps = new TestApps(env, config, db, smtp, smpp, api, client, null);
    if (options.worker !== false) await apps.startWorker();
    return apps;
  }

  async startWorker(): Promise<void> {
    this.worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(this.config), { logger: false, abortOnError: false });
    await this.worker.init();
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  get baseUrl(): string {
    return this.client.url.replace(/\/graphql$/, '');
  }

  /** A fresh access token for the first administrator. */
  async adminToken(): Promise<string> {
    return this.login(ADMIN.email, ADMIN.password);
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.client.must<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password },
    );
    return data.login.accessToken;
  }

  async close(): Promise<void> {
    await this.stopWorker();
    await this.api.close();
    await this.smtp.stop();
    await this.smpp?.stop();
    await this.db.destroy();
    await dropDatabase(this.config, this.config.database.database);
    await clearQueues(this.config);
  }
}

/** Removes this run's BullMQ keys from the shared Redis. */
export async function clearQueues(config: AppConfig): Promise<void> {
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // A Redis that is down (a fault test's own) has nothing to clear.
  } finally {
    redis.disconnect();
  }
}
