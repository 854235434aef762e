/** The BullMQ queues. Job ids must not contain ':' (BullMQ uses it in keys). */
export enum QueueName {
  /** One job per notification row: render and send it. */
  MAIL = 'mail',
  /** Periodic housekeeping: the purge of patron data, reconciling session jobs. */
  MAINTENANCE = 'maintenance',
  /** Delayed jobs on a session's timeline: reminders, the low-registration check, follow-ups. */
  SESSIONS = 'sessions',
}

/** Every job's name and payload, per queue. Payloads carry ids, never personal data. */
export interface JobPayloads {
  [QueueName.MAIL]: {
    /** The row to send, and the trace of the change that wrote it (when tracing). */
    deliver: { notificationId: string; traceparent?: string | null };
  };
  [QueueName.MAINTENANCE]: {
    purge: Record<string, never>;
    reconcile: Record<string, never>;
  };
  [QueueName.SESSIONS]: {
    /** Ids name the session, the lead time and the start it was planned for (a moved session's old jobs do nothing). */
    remind: { sessionId: string; leadMinutes: number; startsAtMs: number };
    'check-low-registration': { sessionId: string; startsAtMs: number };
    'follow-up': { sessionId: string; endsAtMs: number };
  };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

/** The job names each queue's processor must handle; the worker refuses to start if one is missing. */
export const JOB_NAMES: { [Q in QueueName]: ReadonlyArray<JobName<Q>> } = {
  [QueueName.MAIL]: ['deliver'],
  [QueueName.MAINTENANCE]: ['purge', 'reconcile'],
  [QueueName.SESSIONS]: ['remind', 'check-low-registration', 'follow-up'],
};
