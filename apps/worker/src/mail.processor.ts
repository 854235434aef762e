import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Metrics } from '@app/metrics';
import { DelayedError } from 'bullmq';
import { DeliveryService, LeaseHeldError, TemporaryDeliveryError } from '@app/notifications';
import { QueueName } from '@app/queue';
import type { JobHandlers, QueueProcessor } from './queue-processor';

/** Sends notification rows; the row (not the job) decides whether anything is sent. */
@Injectable()
export class MailProcessor implements QueueProcessor<QueueName.MAIL> {
  readonly queue = QueueName.MAIL;
  readonly concurrency: number;

  constructor(
    private readonly delivery: DeliveryService,
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.concurrency = config.mailConcurrency;
  }

  readonly handlers: JobHandlers<QueueName.MAIL> = {
    deliver: async (job, token) => {
      try {
        const { outcome, kind } = await this.delivery.deliver(job.data.notificationId, {
          finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        });
        if (outcome !== 'not-pending') this.metrics.messages.inc({ kind: kind ?? 'unknown', outcome });
        return outcome;
      } catch (error) {
        if (error instanceof LeaseHeldError) {
          // Not a failed attempt: wait for the lease (e.g. of a worker that crashed mid-send) to run out.
          await job.moveToDelayed(error.until.getTime() + 250, token);
          throw new DelayedError();
        }
        if (error instanceof TemporaryDeliveryError) this.metrics.messages.inc({ kind: 'unknown', outcome: 'retry' });
        throw error;
      }
    },
  };
}
