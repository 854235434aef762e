import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DeliveryService } from '@app/notifications';
import { QueueName } from '@app/queue';
import type { JobHandlers, QueueProcessor } from './queue-processor';

/** Sends notification rows; the row (not the job) decides whether anything is sent. */
@Injectable()
export class MailProcessor implements QueueProcessor<QueueName.MAIL> {
  readonly queue = QueueName.MAIL;
  readonly concurrency: number;

  constructor(
    private readonly delivery: DeliveryService,
    config: AppConfig,
  ) {
    this.concurrency = config.mailConcurrency;
  }

  readonly handlers: JobHandlers<QueueName.MAIL> = {
    deliver: (job) => this.delivery.deliver(job.data.notificationId, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) }),
  };
}
