import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QueueName } from '@app/queue';
import { PurgeService } from '@app/registrations';
import type { JobHandlers, QueueProcessor } from './queue-processor';

/** The daily purge, scheduled in Redis (one scheduler, however many workers run). */
@Injectable()
export class MaintenanceProcessor implements QueueProcessor<QueueName.MAINTENANCE>, OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  readonly queue = QueueName.MAINTENANCE;
  readonly concurrency = 1;

  constructor(
    private readonly purge: PurgeService,
    private readonly jobs: JobQueue,
  ) {}

  readonly handlers: JobHandlers<QueueName.MAINTENANCE> = {
    purge: () => this.purge.run(),
  };

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.jobs
        .queue(QueueName.MAINTENANCE)
        .upsertJobScheduler(
          'daily-purge',
          { pattern: '15 3 * * *', tz: 'UTC' },
          { name: 'purge', data: {}, opts: { removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } } },
        );
    } catch (error) {
      // Redis down at start: the next worker start (or this one's next boot) schedules it.
      this.logger.warn({ err: (error as Error).message }, 'could not schedule the daily purge');
    }
  }
}
