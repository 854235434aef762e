import { DomainError } from '@app/errors';
import { expandRecurrence, type Occurrence } from './recurrence';

const first: Occurrence = { startsAt: new Date('2027-03-01T00:00:00Z'), endsAt: new Date('2027-03-01T02:00:00Z') }; // Sun 18:00–20:00 in Chicago (CST)
const chicago = 'America/Chicago';

const failure = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details.fields?.recurrence;
    throw error;
  }
  return undefined;
};

describe('expandRecurrence', () => {
  it('keeps a weekly 18:00 session at 18:00 local time when DST starts (UTC offset −6 → −5)', () => {
    const sessions = expandRecurrence(first, 'FREQ=WEEKLY;COUNT=4', chicago, 'recurrence');
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-03-01T00:00:00.000Z',
      '2027-03-08T00:00:00.000Z',
      '2027-03-14T23:00:00.000Z', // 14 March 2027: clocks go forward; still 18:00 in Chicago
      '2027-03-21T23:00:00.000Z',
    ]);
    expect(sessions.map((s) => s.endsAt.getTime() - s.startsAt.getTime())).toEqual([7_200_000, 7_200_000, 7_200_000, 7_200_000]);
  });

  it('keeps it at 18:00 when DST ends (−5 → −6)', () => {
    const autumn = { startsAt: new Date('2027-10-24T23:00:00Z'), endsAt: new Date('2027-10-25T01:00:00Z') };
    const sessions = expandRecurrence(autumn, 'FREQ=WEEKLY;COUNT=3', chicago, 'recurrence');
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-10-24T23:00:00.000Z',
      '2027-10-31T23:00:00.000Z',
      '2027-11-08T00:00:00.000Z',
    ]);
  });

  it('reads BYDAY and UNTIL on the branch’s calendar', () => {
    // Mondays and Wednesdays from Monday 1 March, until (and including) Wednesday 10 March local time.
    const monday = { startsAt: new Date('2027-03-01T15:00:00Z'), endsAt: new Date('2027-03-01T16:00:00Z') };
    const sessions = expandRecurrence(monday, 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270310T235959Z', 'UTC', 'recurrence');
    expect(sessions.map((s) => s.startsAt.toISOString().slice(0, 10))).toEqual(['2027-03-01', '2027-03-03', '2027-03-08', '2027-03-10']);
  });

  it('returns the single session without a rule', () => {
    expect(expandRecurrence(first, null, chicago, 'recurrence')).toEqual([first]);
  });

  it.each([
    ['FREQ=WEEKLY;COUNT=500', 'COUNT must be between 1 and 52'],
    ['FREQ=WEEKLY', 'must end: give COUNT or UNTIL (at most 52 sessions)'],
    ['FREQ=DAILY;UNTIL=20300101T000000Z', 'repeats more than 52 times'],
    ['FREQ=HOURLY;COUNT=3', 'needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY'],
    ['FREQ=BOGUS;COUNT=3', 'needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY'],
    ['not a rule at all', undefined],
    ['FREQ=WEEKLY;COUNT=3;FOO=1', undefined],
    ['FREQ=WEEKLY;COUNT=2\nDTSTART:20270101T000000Z', 'must be a single RRULE, e.g. FREQ=WEEKLY;COUNT=6'],
  ])('refuses %j as BAD_USER_INPUT', (rule, message) => {
    const got = failure(() => expandRecurrence(first, rule, chicago, 'recurrence'));
    expect(got).toBeDefined();
    if (message) expect(got).toBe(message);
  });
});
