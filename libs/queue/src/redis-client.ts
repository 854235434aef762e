import { Global, Inject, Injectable, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '@app/config';
import { redisOptions } from './redis-options';

/**
 * A general-purpose Redis connection (health checks, rate limits, publishing). Commands fail at
 * once while Redis is unreachable instead of queueing: callers decide what "down" means.
 */
@Injectable()
export class RedisClient implements OnModuleDestroy {
  private readonly logger = new Logger(RedisClient.name);
  readonly redis: Redis;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = new Redis({ ...redisOptions(config.redisUrl), enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    // ioredis reconnects by itself; without a listener an unreachable Redis would crash the process.
    this.redis.on('error', (error: Error) => this.logger.debug({ err: error.message }, 'redis connection error'));
  }

  /** True when Redis answers PING within the timeout. */
  async ping(timeoutMs = 1000): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    const pong = this.redis.ping().then(
      (answer) => answer === 'PONG',
      () => false,
    );
    return Promise.race([pong, timeout]);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}

@Global()
@Module({ providers: [RedisClient], exports: [RedisClient] })
export class RedisModule {}
