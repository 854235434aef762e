import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
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
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues: Record<QueueName, Queue>;
  private unreachable = false;

  constructor(
    @InjectQueue(QueueName.MAIL) mail: Queue,
    @InjectQueue(QueueName.MAINTENANCE) maintenance: Queue,
    @InjectQueue(QueueName.SESSIONS) sessions: Queue,
  ) {
    this.queues = { [QueueName.MAIL]: mail, [QueueName.MAINTENANCE]: maintenance, [QueueName.SESSIONS]: sessions };
    for (const queue of Object.values(this.queues)) {
      // Connection errors are expected while Redis is down (callers retry); log the outage once.
      queue.on('error', (error: Error) => {
        if (!this.unreachable) this.logger.warn({ err: error.message }, 'queue connection lost');
        this.unreachable = true;
      });
    }
  }

  /** Called by producers after a successful command, so the next outage is logged again. */
  private reachable(): void {
    this.unreachable = false;
  }

  async enqueue<Q extends QueueName, N extends JobName<Q>>(queue: Q, job: TypedJob<Q, N>): Promise<void> {
    await this.queues[queue].add(job.name, job.payload, job.options);
    this.reachable();
  }

  async enqueueBulk<Q extends QueueName, N extends JobName<Q>>(queue: Q, jobs: Array<TypedJob<Q, N>>): Promise<void> {
    if (jobs.length === 0) return;
    await this.queues[queue].addBulk(jobs.map((j) => ({ name: j.name, data: j.payload, opts: j.options })));
    this.reachable();
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  /** Removes jobs by id (a job that is not there is fine). */
  async remove(queue: QueueName, jobIds: readonly string[]): Promise<void> {
    for (const id of jobIds) await this.queues[queue].remove(id);
    this.reachable();
  }
}
