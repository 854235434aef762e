import { Injectable } from '@nestjs/common';
import { QueueName } from '@app/queue';
import { SessionJobRunner } from '@app/session-jobs';
import type { JobHandlers, QueueProcessor } from './queue-processor';

/** Runs the jobs on sessions' timelines; each re-checks the session before writing anything. */
@Injectable()
export class SessionsProcessor implements QueueProcessor<QueueName.SESSIONS> {
  readonly queue = QueueName.SESSIONS;
  readonly concurrency = 2;

  constructor(private readonly runner: SessionJobRunner) {}

  readonly handlers: JobHandlers<QueueName.SESSIONS> = {
    remind: ({ data }) => this.runner.remind(data.sessionId, data.leadMinutes, data.startsAtMs),
    'check-low-registration': ({ data }) => this.runner.checkLowRegistration(data.sessionId, data.startsAtMs),
    'follow-up': ({ data }) => this.runner.followUp(data.sessionId, data.endsAtMs),
  };
}
