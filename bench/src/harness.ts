import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { createPool, type Pool } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { createDatabaseIfMissing, dataSourceOptions, dropDatabase } from '@app/database';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface Measurement {
  requests: number;
  errors: number;
  throughputRps: number;
  latencyMs: Latency;
}

export interface ScenarioResult extends Measurement {
  name: string;
  description: string;
  connections: number;
  /** Peak resident memory of the API process during the scenario (of `peakRssProcess` when set). */
  apiPeakRssMb: number | null;
  peakRssProcess?: string;
  baseline?: Measurement & { name: string };
  /** The scenario's throughput over its baseline's, measured in the same run. */
  ratio?: number;
  notes?: string[];
}

export interface LoadOptions {
  url: string;
  connections: number;
  amount?: number;
  duration?: number;
  headers?: Record<string, string>;
  /** A body per request (called for each), e.g. a GraphQL request with its own variables. */
  body: () => string;
}

/** HTTP load with autocannon; latencies in milliseconds, throughput in requests per second. */
export async function load(options: LoadOptions): Promise<Measurement> {
  // autocannon reports no 95th percentile: every response's time goes into a histogram of our own.
  const histogram = hdr.build();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration ?? 10 }),
        headers: { 'content-type': 'application/json', ...options.headers },
        requests: [{ setupRequest: (request) => ({ ...request, body: options.body() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => histogram.recordValue(responseTime));
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    requests: result.requests.total,
    errors,
    throughputRps: Math.round((result.requests.total / (result.duration || 1)) * 10) / 10,
    latencyMs: {
      p50: result.latency.p50,
      p95: Math.round(histogram.getValueAtPercentile(95) * 10) / 10,
      p99: result.latency.p99,
      mean: Math.round(result.latency.mean * 100) / 100,
    },
  };
}

/** Several loads at once (e.g. one per API instance), as one measurement: throughputs add up. */
export async function loadTogether(loads: LoadOptions[]): Promise<Measurement> {
  const results = await Promise.all(loads.map((l) => load(l)));
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const weighted = (pick: (l: Latency) => number) =>
    Math.round(results.reduce((sum, r) => sum + pick(r.latencyMs) * r.requests, 0) / requests);
  return {
    requests,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    throughputRps: Math.round(results.reduce((sum, r) => sum + r.throughputRps, 0) * 10) / 10,
    // Request-weighted means of each load's percentiles: close to the whole's when the loads are alike.
    latencyMs: { p50: weighted((l) => l.p50), p95: weighted((l) => l.p95), p99: weighted((l) => l.p99), mean: weighted((l) => l.mean) },
  };
}

/** Samples a process's resident memory (Linux /proc) and keeps the peak. */
export class MemorySampler {
  private peakKb = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pid: number) {}

  private sample(): void {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peakKb = Math.max(this.peakKb, kb);
    } catch {
      // Not Linux, or the process is gone: no reading.
    }
  }

  start(): void {
    this.peakKb = 0;
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }

  stop(): number | null {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peakKb ? Math.round(this.peakKb / 102.4) / 10 : null;
  }
}

/**
 * The services a benchmark runs against: a database of its own (dropped at the end), the real
 * API built by `nest build` and started as its own process, and a pool for seeding and baselines.
 */
export class BenchEnv {
  api: ChildProcess | null = null;
  /** More API instances on the same database and Redis (see startMoreApis). */
  readonly moreApis: Array<{ process: ChildProcess; port: number }> = [];
  worker: ChildProcess | null = null;
  readonly pool: Pool;
  readonly apiPort = 3900 + Math.floor(Math.random() * 90);

  private constructor(readonly config: AppConfig) {
    this.pool = createPool({ ...this.connection, connectionLimit: 120, timezone: 'Z' });
  }

  get connection() {
    return {
      host: this.config.database.host,
      port: this.config.database.port,
      user: this.config.database.username,
      password: this.config.database.password,
      database: this.config.database.database,
    };
  }

  get graphqlUrl(): string {
    return `http://127.0.0.1:${this.apiPort}/graphql`;
  }

  static async create(): Promise<BenchEnv> {
    const id = randomBytes(4).toString('hex');
    const mysql = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
    const config = AppConfig.fromEnv({
      NODE_ENV: 'production',
      APP_SECRET: 'benchmark-secret-that-is-long-enough-for-the-rules',
      DATABASE_URL: `${mysql}/crb_${id}`,
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `crb-${id}`,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: 'admin@bench.local',
      ADMIN_PASSWORD: 'bench-admin-password',
    });
    await createDatabaseIfMissing(config);
    const ds = new DataSource(dataSourceOptions(config));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    return new BenchEnv(config);
  }

  /** The environment the apps run with in this benchmark. */
  appEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      APP_SECRET: this.config.appSecret,
      DATABASE_URL: this.config.databaseUrl,
      REDIS_URL: this.config.redisUrl,
      QUEUE_PREFIX: this.config.queuePrefix,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: this.config.adminEmail,
      ADMIN_PASSWORD: this.config.adminPassword ?? '',
      PORT: String(this.apiPort),
      PUBLIC_URL: `http://127.0.0.1:${this.apiPort}`,
      ...extra,
    };
  }

  async startApi(): Promise<void> {
    this.api = await this.spawnApi(this.apiPort);
  }

  /** `count` more API processes (ports after the first's); their GraphQL URLs. */
  async startMoreApis(count: number): Promise<string[]> {
    for (let i = 1; i <= count; i++) {
      const port = this.apiPort + 100 * i;
      this.moreApis.push({ process: await this.spawnApi(port), port });
    }
    return this.moreApis.map(({ port }) => `http://127.0.0.1:${port}/graphql`);
  }

  private async spawnApi(port: number): Promise<ChildProcess> {
    const api = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []),
        'dist/apps/api/apps/api/src/main.js',
      ],
      {
        env: this.appEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` }),
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return api;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('The API did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** The worker built by `nest build`, as its own process; resolves once it is consuming. */
  async startWorker(extra: Record<string, string>): Promise<void> {
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : [];
    const worker = spawn(process.execPath, [...profile, 'dist/apps/worker/apps/worker/src/main.js'], {
      env: this.appEnv(extra),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.worker = worker;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The worker did not start')), 60_000);
      let output = '';
      worker.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Commonroom worker running')) {
          clearTimeout(timer);
          resolve();
        }
      });
      worker.once('exit', (code) => reject(new Error(`The worker exited (${code})`)));
    });
  }

  memory(process: 'api' | 'worker' = 'api'): MemorySampler {
    const pid = (process === 'api' ? this.api : this.worker)?.pid;
    if (!pid) throw new Error(`The ${process} is not running`);
    return new MemorySampler(pid);
  }

  async graphql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.graphql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: password },
    );
    return data.login.accessToken;
  }

  /** A partner's access token (availability questions are for PARTNER+). */
  async partnerToken(): Promise<string> {
    const id = randomBytes(4).toString('hex');
    const data = await this.graphql<{ applyAsPartner: { accessToken: string } }>(
      'mutation($input: PartnerApplicationInput!) { applyAsPartner(input: $input) { accessToken } }',
      {
        input: {
          agency: { name: `Bench agency ${id}`, kind: 'OTHER', contactEmail: `agency-${id}@bench.local` },
          email: `member-${id}@bench.local`,
          displayName: 'Bench',
          password: 'bench-password-1',
        },
      },
    );
    return data.applyAsPartner.accessToken;
  }

  async close(): Promise<void> {
    for (const app of [this.worker, this.api, ...this.moreApis.map((m) => m.process)]) {
      if (!app || app.exitCode !== null) continue;
      const exited = new Promise((resolve) => app.once('exit', resolve));
      app.kill('SIGTERM');
      await exited;
    }
    await this.pool.end();
    await dropDatabase(this.config, this.config.database.database);
  }
}

export function machine() {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: process.platform,
  };
}
