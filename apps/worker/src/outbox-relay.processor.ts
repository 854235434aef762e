import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { OutboxService, type DueNotification } from '@app/notifications';
import { JobQueue, QueueName } from '@app/queue';

const BATCH = 500;
/** A row relayed this long ago and still PENDING is checked: is its job still in the queue? */
const STALE_MS = 60_000;
const LIVE_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

/** The BullMQ job id of a notification row: its id and how many times it was relayed (no ':'). */
export const mailJobId = (row: Pick<DueNotification, 'id' | 'relayCount'>): string => `${row.id}-${row.relayCount}`;

/**
 * Moves due outbox rows into the mail queue. Rows are marked relayed only after BullMQ took
 * them, so while Redis is down they simply wait. A row whose job vanished (Redis lost its data,
 * or the job ended without settling the row) gets a new job id and is queued again; the row's
 * status keeps that from ever sending twice.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private redisWasDown = false;
  private unreachable = 0;

  constructor(
    private readonly outbox: OutboxService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Passes that found rows due but could not reach the queue, since start (they stay PENDING). */
  get unreachablePasses(): number {
    return this.unreachable;
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.relayOnce()
        .then((full) => this.schedule(full ? 0 : this.config.outboxPollMs))
        .finally(() => (this.running = null));
    }, delay);
  }

  /** One pass; true when the batch was full (more may be waiting). */
  async relayOnce(): Promise<boolean> {
    try {
      const now = this.clock.now();
      const due = await this.outbox.due(now, new Date(now.getTime() - STALE_MS), BATCH);
      if (due.length === 0) return false;
      const fresh = due.filter((row) => row.relayedAt === null);
      const { queued, lost } = await this.sortStale(due.filter((row) => row.relayedAt !== null));
      await this.outbox.markRelayed(queued, now);
      if (lost.length) {
        await this.outbox.bumpRelayCount(
          lost.map((row) => row.id),
          now,
        );
        for (const row of lost) row.relayCount += 1;
        this.logger.warn({ count: lost.length }, 'requeued notifications whose jobs were lost');
      }
      const toQueue = [...fresh, ...lost];
      await this.jobs.enqueueBulk(
        QueueName.MAIL,
        toQueue.map((row) => ({
          name: 'deliver' as const,
          payload: { notificationId: row.id, traceparent: row.traceContext },
          options: this.jobOptions(row),
        })),
      );
      await this.outbox.markRelayed(
        fresh.map((row) => row.id),
        now,
      );
      if (this.redisWasDown) this.logger.log('queue reachable again; relaying');
      this.redisWasDown = false;
      return due.length === BATCH;
    } catch (error) {
      this.unreachable += 1;
      if (!this.redisWasDown) this.logger.warn({ err: (error as Error).message }, 'outbox relay could not reach the queue; will retry');
      this.redisWasDown = true;
      return false;
    }
  }

  /** Splits rows relayed long ago into those whose job is still queued and those whose job is gone. */
  private async sortStale(rows: DueNotification[]): Promise<{ queued: string[]; lost: DueNotification[] }> {
    const queued: string[] = [];
    const lost: DueNotification[] = [];
    const queue = this.jobs.queue(QueueName.MAIL);
    for (const row of rows) {
      const job = await queue.getJob(mailJobId(row));
      const state = job ? await job.getState() : 'missing';
      if (LIVE_STATES.has(state)) queued.push(row.id);
      else lost.push(row);
    }
    return { queued, lost };
  }

  private jobOptions(row: DueNotification): JobsOptions {
    return {
      jobId: mailJobId(row),
      attempts: this.config.mailMaxAttempts,
      backoff: { type: 'exponential', delay: this.config.mailRetryBaseMs, jitter: 0.5 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
