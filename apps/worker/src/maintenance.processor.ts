import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, RepeatOptions } from 'bullmq';
import { JobQueue, QueueName } from '@app/queue';
import { AppConfig } from '@app/config';
import { PurgeService } from '@app/registrations';
import { SessionJobsService } from '@app/session-jobs';
import type { JobHandlers, QueueProcessor } from './queue-processor';

const KEEP: JobSchedulerTemplateOptions = { removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } };

/**
 * Housekeeping scheduled in Redis (one scheduler each, however many workers run): the daily purge
 * and the reconcile that makes the session jobs in Redis match the database. Each worker checks
 * every reconcile period that the schedulers exist, so they come back if Redis lost its data.
 */
@Injectable()
export class MaintenanceProcessor implements QueueProcessor<QueueName.MAINTENANCE>, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  readonly queue = QueueName.MAINTENANCE;
  readonly concurrency = 1;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly purge: PurgeService,
    private readonly jobs: JobQueue,
    private readonly sessionJobs: SessionJobsService,
    private readonly config: AppConfig,
  ) {}

  readonly handlers: JobHandlers<QueueName.MAINTENANCE> = {
    purge: () => this.purge.run(),
    reconcile: () => this.sessionJobs.reconcile(),
  };

  private schedulers(): Array<{ id: string; repeat: Omit<RepeatOptions, 'key'>; name: 'purge' | 'reconcile' }> {
    return [
      { id: 'daily-purge', repeat: { pattern: '15 3 * * *', tz: 'UTC' }, name: 'purge' },
      // An `every` scheduler runs its first job at once: a new (or re-created) one reconciles now.
      { id: 'reconcile', repeat: { every: this.config.reconcileEverySeconds * 1000 }, name: 'reconcile' },
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSchedulers();
    this.timer = setInterval(() => void this.ensureSchedulers(), this.config.reconcileEverySeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Creates the schedulers that are missing or changed (an unchanged one keeps its next run). */
  async ensureSchedulers(): Promise<void> {
    const queue = this.jobs.queue(QueueName.MAINTENANCE);
    try {
      for (const { id, repeat, name } of this.schedulers()) {
        const existing = await queue.getJobScheduler(id);
        if (existing && existing.pattern == repeat.pattern && existing.every == repeat.every) continue;
        await queue.upsertJobScheduler(id, repeat, { name, data: {}, opts: KEEP });
        this.logger.log({ scheduler: id }, 'maintenance scheduler created');
      }
    } catch (error) {
      // Redis down: the next check creates them.
      this.logger.warn({ err: (error as Error).message }, 'could not check the maintenance schedulers');
    }
  }
}
