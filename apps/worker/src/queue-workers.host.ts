import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Worker, type Job } from 'bullmq';
import { BullMQOtel } from 'bullmq-otel';
import { AppConfig } from '@app/config';
import { Metrics } from '@app/metrics';
import { JOB_NAMES, workerConnection, type QueueName } from '@app/queue';
import { QUEUE_PROCESSORS, type QueueProcessor } from './queue-processor';

/**
 * Runs a BullMQ Worker for each queue processor, with options from the validated configuration
 * (concurrency, connection, prefix). On shutdown it stops taking jobs and waits for the active
 * ones to finish.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(QUEUE_PROCESSORS) private readonly processors: QueueProcessor[],
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    for (const processor of this.processors) {
      const missing = JOB_NAMES[processor.queue].filter(
        (name) => typeof (processor.handlers as Record<string, unknown>)[name] !== 'function',
      );
      if (missing.length) throw new Error(`Queue ${processor.queue} has no handler for: ${missing.join(', ')}`);
    }
    for (const processor of this.processors) this.workers.push(this.start(processor));
  }

  private start(processor: QueueProcessor): Worker {
    const handlers = processor.handlers as Record<string, (job: Job, token?: string) => Promise<unknown>>;
    const worker = new Worker(
      processor.queue,
      async (job: Job, token?: string) => {
        const handler = handlers[job.name];
        if (!handler) throw new Error(`No handler for job ${job.name} on queue ${processor.queue}`);
        const stop = this.metrics.jobs.startTimer({ queue: processor.queue, job: job.name });
        try {
          const result = await handler(job, token);
          stop({ outcome: 'completed' });
          return result;
        } catch (error) {
          stop({ outcome: error instanceof DelayedError ? 'delayed' : 'failed' });
          throw error;
        }
      },
      {
        connection: workerConnection(this.config),
        prefix: this.config.queuePrefix,
        concurrency: processor.concurrency,
        autorun: true,
        // BullMQ's own spans (a no-op unless tracing was started).
        telemetry: new BullMQOtel({ tracerName: 'commonroom' }),
      },
    );
    worker.on('error', (error) => this.logger.warn({ err: error.message, queue: processor.queue }, 'worker connection error'));
    worker.on('failed', (job, error) =>
      this.logger.warn(
        { queue: processor.queue, job: job?.name, jobId: job?.id, err: error.message, attempts: job?.attemptsMade },
        'job failed',
      ),
    );
    return worker;
  }

  queues(): QueueName[] {
    return this.processors.map((p) => p.queue);
  }

  /**
   * Before anything shuts down (the mail transport, the database): stop taking jobs and let the
   * running ones finish, so a message being sent is sent and marked SENT, never cut off half-way.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.logger.log('workers stopped');
  }
}
