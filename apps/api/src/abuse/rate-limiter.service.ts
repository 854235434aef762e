import { Injectable, Logger } from '@nestjs/common';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@app/config';
import { DomainError, ErrorCode } from '@app/errors';
import { RedisClient } from '@app/queue';

/** How long a limit check may wait for Redis before letting the request through. */
const REDIS_TIMEOUT_MS = 300;

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/**
 * RATE_LIMIT_PER_MINUTE attempts per client address and action, counted in Redis so that every
 * API instance shares the count. When Redis cannot answer, requests go through (and it is
 * logged): a patron's registration matters more than the limit.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly limiter: RateLimiterRedis | null;
  private failingOpen = false;

  constructor(config: AppConfig, redis: RedisClient) {
    this.limiter =
      config.rateLimitPerMinute > 0
        ? new RateLimiterRedis({
            storeClient: redis.redis,
            keyPrefix: `${config.queuePrefix}:rate`,
            points: config.rateLimitPerMinute,
            duration: 60,
            // Fail fast: the caller decides what Redis being down means (here: let it through).
            rejectIfRedisNotReady: true,
          })
        : null;
  }

  get enabled(): boolean {
    return this.limiter !== null;
  }

  /** Counts one attempt at `action` from `client`; throws RATE_LIMITED past the limit. */
  async consume(action: string, client: string): Promise<void> {
    if (!this.limiter) return;
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), REDIS_TIMEOUT_MS).unref());
    try {
      const outcome = await Promise.race([this.limiter.consume(`${action}:${client}`), timeout]);
      if (outcome === 'timeout') throw new Error(`no answer from Redis within ${REDIS_TIMEOUT_MS} ms`);
      if (this.failingOpen) this.logger.log('rate limits enforced again');
      this.failingOpen = false;
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      if (!this.failingOpen) this.logger.warn({ err: (error as Error).message, action }, 'rate limits not enforced: Redis unreachable');
      this.failingOpen = true;
    }
  }
}
