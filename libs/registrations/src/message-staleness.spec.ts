import { NotificationKind } from '@app/notifications';
import { SessionStatus } from '@app/workshops';
import { staleReason, type StalenessFacts } from './message-staleness';
import { RegistrationStatus } from './registration.enums';

describe('staleReason', () => {
  const startsAt = new Date('2026-12-10T16:00:00.000Z');
  const facts = (
    registration: Partial<StalenessFacts['registration']> = {},
    session: Partial<StalenessFacts['session']> = {},
  ): StalenessFacts => ({
    registration: { status: RegistrationStatus.CONFIRMED, remindersOptIn: true, followUpOptIn: true, checkedInAt: null, ...registration },
    session: { status: SessionStatus.SCHEDULED, startsAt, ...session },
  });
  const reminder = { startsAt: startsAt.toISOString() };

  it('lets a reminder go to a confirmed patron who wants it, for the session as planned', () => {
    expect(staleReason(NotificationKind.SESSION_REMINDER, reminder, facts())).toBeNull();
  });

  it('holds a reminder back for each reason it no longer applies', () => {
    expect(staleReason(NotificationKind.SESSION_REMINDER, reminder, facts({ status: RegistrationStatus.CANCELLED }))).toMatch(
      /no longer confirmed/,
    );
    expect(staleReason(NotificationKind.SESSION_REMINDER, reminder, facts({ status: RegistrationStatus.WAITLISTED }))).toMatch(
      /no longer confirmed/,
    );
    expect(staleReason(NotificationKind.SESSION_REMINDER, reminder, facts({ remindersOptIn: false }))).toMatch(/opted out of reminders/);
    expect(staleReason(NotificationKind.SESSION_REMINDER, reminder, facts({}, { status: SessionStatus.CANCELLED }))).toMatch(
      /no longer scheduled/,
    );
    const moved = facts({}, { startsAt: new Date(startsAt.getTime() + 60_000) });
    expect(staleReason(NotificationKind.SESSION_REMINDER, reminder, moved)).toMatch(/moved/);
  });

  it('sends a follow-up only to attendees who asked for it', () => {
    const attended = { checkedInAt: new Date('2026-12-10T16:05:00.000Z') };
    expect(staleReason(NotificationKind.FOLLOW_UP, {}, facts(attended))).toBeNull();
    expect(staleReason(NotificationKind.FOLLOW_UP, {}, facts({ ...attended, followUpOptIn: false }))).toMatch(/opted out of follow-ups/);
    expect(staleReason(NotificationKind.FOLLOW_UP, {}, facts())).toMatch(/did not attend/);
  });

  it('never holds back the messages that are about a change itself', () => {
    const cancelled = facts({ status: RegistrationStatus.CANCELLED, remindersOptIn: false }, { status: SessionStatus.CANCELLED });
    for (const kind of [
      NotificationKind.REGISTRATION_CANCELLED,
      NotificationKind.SESSION_CANCELLED,
      NotificationKind.REGISTRATION_CONFIRMED,
    ]) {
      expect(staleReason(kind, {}, cancelled)).toBeNull();
    }
  });
});
