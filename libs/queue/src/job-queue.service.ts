import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { QueueName, type JobName, type JobPayload } from './queue.names';

export interface TypedJob<Q extends QueueName, N extends JobName<Q>> {
  name: N;
  payload: JobPayload<Q, N>;
  options?: JobsOptions;
}

/** The typed way to put jobs on the queues. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.MAIL) mail: Queue) {
    this.queues = { [QueueName.MAIL]: mail };
  }

  async enqueue<Q extends QueueName, N extends JobName<Q>>(queue: Q, job: TypedJob<Q, N>): Promise<void> {
    await this.queues[queue].add(job.name, job.payload, job.options);
  }

  async enqueueBulk<Q extends QueueName, N extends JobName<Q>>(queue: Q, jobs: Array<TypedJob<Q, N>>): Promise<void> {
    if (jobs.length === 0) return;
    await this.queues[queue].addBulk(jobs.map((j) => ({ name: j.name, data: j.payload, opts: j.options })));
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
