import type { JobName, JobPayload, QueueName } from '@app/queue';

type Name = JobName<QueueName.SESSIONS>;

export interface PlannedJob<N extends Name = Name> {
  name: N;
  /** BullMQ job id: names the session, the lead and the planned time (epoch ms; no ':'). */
  jobId: string;
  payload: JobPayload<QueueName.SESSIONS, N>;
  fireAt: Date;
}

export interface PlanInput {
  session: { id: string; startsAt: Date; endsAt: Date };
  settings: { reminderLeadMinutes: number[]; lowRegistrationLeadHours: number };
  workshop: { minAttendance: number | null; followUpResources: string | null };
  /** Length of a lead-time "minute" and "hour" in ms (seconds under the tests' knob). */
  units: { minuteMs: number; hourMs: number };
}

/** Follow-up resources go out this many "minutes" after the end (check-ins are in by then). */
export const FOLLOW_UP_AFTER_MINUTES = 30;

/**
 * The jobs on a scheduled session's timeline: a reminder per lead time, the low-registration
 * check (when the workshop has a minimum) and the follow-up (when it has resources).
 */
export function planSessionJobs({ session, settings, workshop, units }: PlanInput): PlannedJob[] {
  const startsAtMs = session.startsAt.getTime();
  const endsAtMs = session.endsAt.getTime();
  const jobs: PlannedJob[] = settings.reminderLeadMinutes.map((leadMinutes) => ({
    name: 'remind',
    jobId: `remind-${session.id}-${leadMinutes}-${startsAtMs}`,
    payload: { sessionId: session.id, leadMinutes, startsAtMs },
    fireAt: new Date(startsAtMs - leadMinutes * units.minuteMs),
  }));
  if (workshop.minAttendance) {
    jobs.push({
      name: 'check-low-registration',
      jobId: `low-registration-${session.id}-${startsAtMs}`,
      payload: { sessionId: session.id, startsAtMs },
      fireAt: new Date(startsAtMs - settings.lowRegistrationLeadHours * units.hourMs),
    });
  }
  if (workshop.followUpResources) {
    jobs.push({
      name: 'follow-up',
      jobId: `follow-up-${session.id}-${endsAtMs}`,
      payload: { sessionId: session.id, endsAtMs },
      fireAt: new Date(endsAtMs + FOLLOW_UP_AFTER_MINUTES * units.minuteMs),
    });
  }
  return jobs;
}
