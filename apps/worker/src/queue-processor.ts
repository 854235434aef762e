import type { Job } from 'bullmq';
import type { JobName, JobPayload, QueueName } from '@app/queue';

/** One handler per job name of the queue: a missing one is a compile error (and a start-up error). */
export type JobHandlers<Q extends QueueName> = {
  [N in JobName<Q>]: (job: Job<JobPayload<Q, N>>, token?: string) => Promise<unknown>;
};

/** A queue's processor: the worker host runs its handlers, switching on the job's name. */
export interface QueueProcessor<Q extends QueueName = QueueName> {
  readonly queue: Q;
  readonly handlers: JobHandlers<Q>;
  /** How many jobs of this queue one worker process runs at once. */
  readonly concurrency: number;
}

export const QUEUE_PROCESSORS = Symbol('QUEUE_PROCESSORS');
