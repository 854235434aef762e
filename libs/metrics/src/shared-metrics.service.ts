import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { AppConfig } from '@app/config';
import { RedisClient } from '@app/queue';
import { Metrics } from './metrics.service';

const PUBLISH_EVERY_MS = 5_000;
/** One process's metrics as `getMetricsAsJSON` gives them. */
type MetricsJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

const keyPrefix = (config: AppConfig) => `${config.queuePrefix}:metrics:worker:`;

/**
 * Workers have no HTTP port: each publishes its registry to Redis every few seconds (expiring
 * when it stops), and the API's /metrics adds them up with its own.
 */
@Injectable()
export class WorkerMetricsPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsPublisher.name);
  private readonly key: string;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly metrics: Metrics,
    private readonly redis: RedisClient,
    config: AppConfig,
  ) {
    this.key = `${keyPrefix(config)}${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.publish(), PUBLISH_EVERY_MS);
    this.timer.unref();
  }

  async publish(): Promise<void> {
    try {
      const json = JSON.stringify(await this.metrics.registry.getMetricsAsJSON());
      await this.redis.redis.set(this.key, json, 'PX', PUBLISH_EVERY_MS * 3);
    } catch (error) {
      this.logger.debug({ err: (error as Error).message }, 'metrics not published');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    // Counters of a stopped worker would otherwise vanish at once; let them expire with their key.
    await this.publish();
  }
}

/** The API's /metrics: its own registry plus every live worker's, summed per series. */
@Injectable()
export class MetricsCollector {
  constructor(
    private readonly metrics: Metrics,
    private readonly redis: RedisClient,
    private readonly config: AppConfig,
  ) {}

  get contentType(): string {
    return this.metrics.registry.contentType;
  }

  async text(): Promise<string> {
    const own = await this.metrics.registry.getMetricsAsJSON();
    const workers = await this.workerMetrics();
    if (workers.length === 0) return this.metrics.registry.metrics();
    return AggregatorRegistry.aggregate([own, ...workers]).metrics();
  }

  private async workerMetrics(): Promise<MetricsJson[]> {
    try {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await this.redis.redis.scan(cursor, 'MATCH', `${keyPrefix(this.config)}*`, 'COUNT', 100);
        keys.push(...found);
        cursor = next;
      } while (cursor !== '0');
      if (keys.length === 0) return [];
      const values = await this.redis.redis.mget(...keys);
      return values.filter((v): v is string => !!v).map((v) => JSON.parse(v) as MetricsJson);
    } catch {
      // Redis down: the API's own metrics still answer.
      return [];
    }
  }
}
