import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Metrics } from '@app/metrics';
import { JobQueue, QueueName } from '@app/queue';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;

/** Jobs per queue and state, read from Redis when Prometheus scrapes (nothing while Redis is down). */
@Injectable()
export class QueueDepths implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge('commonroom_queue_jobs', 'Jobs in each BullMQ queue, by state.', ['queue', 'state'], async (gauge) => {
      gauge.reset();
      for (const queue of Object.values(QueueName)) {
        try {
          const counts = await this.jobs.queue(queue).getJobCounts(...STATES);
          for (const state of STATES) gauge.set({ queue, state }, counts[state] ?? 0);
        } catch {
          // Redis unreachable: no values rather than a failed scrape.
        }
      }
    });
  }
}
