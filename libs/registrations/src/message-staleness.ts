import { NotificationKind, type NotificationParams } from '@app/notifications';
import { SessionStatus } from '@app/workshops';
import { RegistrationStatus } from './registration.enums';

/** What the rule reads of a registration and its session, as they are at send time. */
export interface StalenessFacts {
  registration: { status: RegistrationStatus; remindersOptIn: boolean; followUpOptIn: boolean; checkedInAt: Date | null };
  session: { status: SessionStatus; startsAt: Date };
}

/**
 * Why a message to a patron written earlier should not go out now, or null when it should: a
 * reminder waits in the outbox or the queue for a while, and the patron may cancel or opt out,
 * or the session may move, meanwhile.
 */
export function staleReason(kind: NotificationKind, params: NotificationParams, { registration, session }: StalenessFacts): string | null {
  if (kind === NotificationKind.SESSION_REMINDER) {
    if (registration.status !== RegistrationStatus.CONFIRMED) return 'the registration is no longer confirmed';
    if (!registration.remindersOptIn) return 'the patron opted out of reminders';
    if (session.status !== SessionStatus.SCHEDULED) return 'the session is no longer scheduled';
    if (session.startsAt.toISOString() !== params.startsAt) return 'the session moved (the reminder of its new time is another message)';
  }
  if (kind === NotificationKind.FOLLOW_UP) {
    if (!registration.followUpOptIn) return 'the patron opted out of follow-ups';
    if (!registration.checkedInAt) return 'the patron did not attend';
  }
  return null;
}
