import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { afterCommit } from '@app/database';
import { JobQueue, QueueName } from '@app/queue';
import { SettingsService } from '@app/settings';
import { SessionEvents, SessionsService, SessionStatus, type Session, type SessionChangeListener, type SessionTimes } from '@app/workshops';
import { planSessionJobs, type PlannedJob } from './session-plan';

/** Seconds to keep a finished job: until a day after its session's window, when the reconcile stops looking. */
const keepSeconds = (job: PlannedJob, now: number): number => {
  const until = ('startsAtMs' in job.payload ? job.payload.startsAtMs : job.payload.endsAtMs) + 2 * 86_400_000;
  return Math.max(3_600, Math.ceil((until - now) / 1000));
};

/** Jobs that have not run yet. */
const PENDING_STATES = ['delayed', 'waiting', 'prioritized'] as const;
const JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnFail: { age: 7 * 86_400 } };

/**
 * Keeps each scheduled session's timeline jobs in Redis: created after the commit that scheduled
 * the session, removed when it moves or is cancelled, and reconciled periodically with the
 * database (jobs lost with Redis come back; jobs of changed lead times move).
 */
@Injectable()
export class SessionJobsService implements OnModuleInit, SessionChangeListener {
  private readonly logger = new Logger(SessionJobsService.name);

  constructor(
    private readonly sessions: SessionsService,
    private readonly settings: SettingsService,
    private readonly jobs: JobQueue,
    private readonly events: SessionEvents,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.register(this);
  }

  // ——— listening (inside the change's transaction: the queue is touched only after commit) ———

  async sessionsScheduled(sessions: readonly Session[]): Promise<void> {
    const ids = sessions.map((s) => s.id);
    afterCommit(() => this.safely('schedule', () => this.schedule(ids)));
  }

  async sessionRescheduled(session: Session, previous: SessionTimes): Promise<void> {
    const before = { ...session, startsAt: previous.startsAt, endsAt: previous.endsAt };
    afterCommit(() =>
      this.safely('reschedule', async () => {
        await this.remove([before]);
        await this.schedule([session.id]);
      }),
    );
  }

  async sessionsCancelled(sessions: readonly Session[]): Promise<void> {
    const copies = sessions.map((s) => ({ ...s }));
    afterCommit(() => this.safely('unschedule', () => this.remove(copies)));
  }

  /** With Redis down the change still stands; the periodic reconcile adds the jobs later. */
  private async safely(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.warn({ err: (error as Error).message, what }, 'session jobs not updated; the reconcile will');
    }
  }

  // ——— planning ———

  private async plans(sessions: Session[]): Promise<Map<string, PlannedJob[]>> {
    const settings = await this.settings.get();
    const workshops = await this.sessions.workshopsOf(sessions);
    const units = { minuteMs: this.config.leadMinuteMs, hourMs: this.config.leadHourMs };
    return new Map(
      sessions.map((session) => {
        const workshop = workshops.get(session.workshopId);
        return [session.id, workshop ? planSessionJobs({ session, settings, workshop, units }) : []];
      }),
    );
  }

  /**
   * Whether a planned job that is missing may still be added. A reminder stays useful until
   * halfway from its due time to the start (a lost 24-hour reminder still goes out 20 hours
   * before, not 2 hours before); the low-registration check until the start.
   */
  private stillUseful(job: PlannedJob, session: Session, now: number): boolean {
    const startsAt = session.startsAt.getTime();
    if (job.name === 'remind') return now < job.fireAt.getTime() + (startsAt - job.fireAt.getTime()) / 2;
    if (job.name === 'check-low-registration') return now < startsAt;
    return true;
  }

  private async add(jobs: PlannedJob[]): Promise<void> {
    const now = this.clock.now().getTime();
    await this.jobs.enqueueBulk(
      QueueName.SESSIONS,
      jobs.map((job) => ({
        name: job.name,
        payload: job.payload,
        // Kept a day past its planned time, so the reconcile sees it ran and does not add it again.
        options: {
          ...JOB_OPTIONS,
          jobId: job.jobId,
          delay: Math.max(0, job.fireAt.getTime() - now),
          removeOnComplete: { age: keepSeconds(job, now) },
        },
      })),
    );
  }

  /** Adds the timeline jobs of these sessions that are still ahead. */
  async schedule(sessionIds: readonly string[]): Promise<void> {
    const sessions = (await this.sessions.findByIds(sessionIds)).filter((s) => s.status === SessionStatus.SCHEDULED);
    const now = this.clock.now().getTime();
    const plans = await this.plans(sessions);
    await this.add(
      sessions.flatMap((s) => (plans.get(s.id) ?? []).filter((job) => job.fireAt.getTime() > now && this.stillUseful(job, s, now))),
    );
  }

  /** Removes the timeline jobs a session had at the times given. */
  async remove(sessions: Session[]): Promise<void> {
    const plans = await this.plans(sessions);
    await this.jobs.remove(
      QueueName.SESSIONS,
      [...plans.values()].flat().map((j) => j.jobId),
    );
  }

  /** Asks a worker to reconcile now (after a change of settings); with Redis down the periodic one will. */
  async requestReconcile(): Promise<void> {
    await this.safely('request a reconcile', () =>
      this.jobs.enqueue(QueueName.MAINTENANCE, {
        name: 'reconcile',
        payload: {},
        options: { removeOnComplete: true, removeOnFail: { age: 86_400 } },
      }),
    );
  }

  /**
   * Makes Redis match the database: every job of every scheduled session that is still useful and
   * missing is added (due ones at once: a job that runs twice writes nothing twice), and pending
   * jobs that no session plans any more (moved, cancelled, a lead time dropped) are removed.
   */
  async reconcile(): Promise<{ added: number; removed: number }> {
    // Pending jobs are read before the sessions: a session moved in between then has its new jobs
    // added after this read, so they are never mistaken for stale ones. (The other order could
    // remove them; a job re-added for a time that just changed is skipped at fire time.)
    const queue = this.jobs.queue(QueueName.SESSIONS);
    const pending = await queue.getJobs([...PENDING_STATES]);

    const now = this.clock.now().getTime();
    const sessions = await this.sessions.scheduledEndingAfter(new Date(now - 86_400_000));
    const plans = await this.plans(sessions);
    const planned = new Map<string, { job: PlannedJob; session: Session }>();
    for (const session of sessions) for (const job of plans.get(session.id) ?? []) planned.set(job.jobId, { job, session });

    const stale = pending.filter((job) => job.id && !planned.has(job.id)).map((job) => job.id as string);
    await this.jobs.remove(QueueName.SESSIONS, stale);

    // A job that ran (and is still kept) counts as there: it is not added again.
    const candidates = [...planned.values()].filter(({ job, session }) => this.stillUseful(job, session, now)).map(({ job }) => job);
    const missing: PlannedJob[] = [];
    for (let i = 0; i < candidates.length; i += 200) {
      const chunk = candidates.slice(i, i + 200);
      const found = await Promise.all(chunk.map((job) => queue.getJob(job.jobId)));
      chunk.forEach((job, k) => found[k] || missing.push(job));
    }
    await this.add(missing);
    if (missing.length || stale.length) this.logger.log({ added: missing.length, removed: stale.length }, 'session jobs reconciled');
    return { added: missing.length, removed: stale.length };
  }
}
