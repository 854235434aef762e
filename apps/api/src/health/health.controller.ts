import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RedisClient } from '@app/queue';
import { Public } from '../auth/access.decorators';

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisClient,
  ) {}

  /** The process answers. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * 503 only when MySQL is unreachable. Redis down is "degraded": writes still succeed, and their
   * messages wait in the outbox.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const database = await withTimeout(this.dataSource.query('SELECT 1'), 2000).then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const redis = (await this.redis.ping(1000)) ? ('up' as const) : ('down' as const);
    if (database === 'down') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: database === 'down' ? 'unavailable' : redis === 'down' ? 'degraded' : 'ok', checks: { database, redis } };
  }
}
