import { Injectable } from '@nestjs/common';
import type { Span } from '@opentelemetry/api';
import { DelayedError, type Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { Metrics } from '@app/metrics';
import { DeliveryService, LeaseHeldError, TemporaryDeliveryError } from '@app/notifications';
import { QueueName, type JobPayload } from '@app/queue';
import { inContinuedSpan } from '@app/telemetry';
import type { JobHandlers, QueueProcessor } from './queue-processor';

type DeliverJob = Job<JobPayload<QueueName.MAIL, 'deliver'>>;

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
    // In the trace of the change that wrote the message (when tracing).
    deliver: (job, token) => inContinuedSpan('mail deliver', job.data.traceparent, (span) => this.deliver(job, token, span)),
  };

  private async deliver(job: DeliverJob, token: string | undefined, span: Span): Promise<string> {
    try {
      const { outcome, kind } = await this.delivery.deliver(job.data.notificationId, {
        finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      });
      span.setAttributes({ 'notification.kind': kind ?? 'unknown', 'notification.outcome': outcome });
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
  }
}
