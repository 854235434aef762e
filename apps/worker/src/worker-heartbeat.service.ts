import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { RedisClient } from '@app/queue';

const EVERY_MS = 10_000;

/**
 * The worker's health signal for a container: while it reaches the database and Redis, it writes
 * the time to WORKER_HEARTBEAT_FILE every ten seconds. A health check reads the file's age (the
 * compose file: stale after a minute). Off when the variable is empty.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeat.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly redis: RedisClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.workerHeartbeatFile;
    if (!file) return;
    await mkdir(dirname(file), { recursive: true });
    const beat = () => void this.beat(file).catch((error: Error) => this.logger.warn({ err: error.message }, 'heartbeat not written'));
    beat();
    this.timer = setInterval(beat, EVERY_MS);
    this.timer.unref();
  }

  /** Writes the heartbeat if the database and Redis both answer; otherwise leaves it to go stale. */
  async beat(file: string): Promise<boolean> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const redis = await this.redis.ping();
    if (!database || !redis) {
      this.logger.warn({ database, redis }, 'heartbeat skipped: a dependency does not answer');
      return false;
    }
    // Written aside, then moved into place: a reader never sees a half-written file.
    const next = `${file}.${process.pid}.tmp`;
    await writeFile(next, `${new Date().toISOString()}\n`);
    await rename(next, file);
    return true;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
