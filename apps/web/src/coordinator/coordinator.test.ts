import { describe, expect, it } from 'vitest';
import { tokenOf } from './check-in-code';
import { dayStart, fromFloating, mondayOf, toFloating, weekdayOf } from './calendar-time';
import { conflictsBySession } from './conflicts';

describe('the calendar’s floating times', () => {
  it('show an instant on the branch’s clock and read a chosen slot back in the branch’s zone, across a change of offset', () => {
    expect(toFloating('2026-12-09T00:00:00.000Z', 'America/Chicago')).toBe('2026-12-08T18:00:00');
    expect(fromFloating(new Date('2026-12-08T18:00:00Z'), 'America/Chicago')).toBe('2026-12-09T00:00:00.000Z');
    // Summer time: the same wall clock is an hour earlier in UTC.
    expect(fromFloating(new Date('2026-07-08T18:00:00Z'), 'America/Chicago')).toBe('2026-07-08T23:00:00.000Z');
    expect(dayStart('2026-03-08', 'America/Chicago')).toBe('2026-03-08T06:00:00.000Z');
  });

  it('know the Monday of a week and the weekday of a day', () => {
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(weekdayOf('2026-12-13')).toBe('SUNDAY');
  });
});

describe('a check-in code', () => {
  it('is the token of the manage link the QR code holds, or the token itself', () => {
    expect(tokenOf(' https://library.example/registration?token=abc_DEF-1 ')).toBe('abc_DEF-1');
    expect(tokenOf('abc_DEF-1')).toBe('abc_DEF-1');
    expect(tokenOf('https://library.example/somewhere')).toBe('https://library.example/somewhere');
  });
});

describe('conflicts by session', () => {
  const ours = [
    { id: 's1', startsAt: '2026-12-09T16:00:00Z', endsAt: '2026-12-09T17:00:00Z' },
    { id: 's2', startsAt: '2026-12-16T16:00:00Z', endsAt: '2026-12-16T17:00:00Z' },
  ];

  it('go to the session named, or, for a booking in the way (which names the other session), to ours at those times', () => {
    const found = conflictsBySession(
      [
        { reason: 'BRANCH_LOAD_LIMIT', sessionId: 's1', startsAt: '2026-12-09T16:00:00.000Z', endsAt: '2026-12-09T17:00:00.000Z' },
        { reason: 'OVERLAPS_BOOKING', sessionId: 'other', startsAt: '2026-12-16T16:00:00.000Z', endsAt: '2026-12-16T17:00:00.000Z' },
        { reason: 'OVERLAPS_BOOKING', sessionId: 'other', startsAt: '2026-12-20T16:00:00.000Z', endsAt: '2026-12-20T17:00:00.000Z' },
      ],
      ours,
    );
    expect(found.get('s1')?.map((c) => c.reason)).toEqual(['BRANCH_LOAD_LIMIT']);
    expect(found.get('s2')?.map((c) => c.sessionId)).toEqual(['other']);
    expect([...found.keys()]).toEqual(['s1', 's2']);
  });
});
