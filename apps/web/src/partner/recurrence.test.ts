import { describe, expect, it } from 'vitest';
import { fromRRule, instantOf, MAX_OCCURRENCES, occurrences, splitAround, toRRule, type Repeat } from './recurrence';

describe('the recurrence builder', () => {
  it('writes the rule the API takes, and reads it back', () => {
    const weekly: Repeat = { days: ['WE', 'MO'], interval: 1, end: { count: 6 } };
    expect(toRRule(weekly)).toBe('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6');
    expect(fromRRule(toRRule(weekly))).toEqual({ days: ['MO', 'WE'], interval: 1, end: { count: 6 } });
    const fortnightly: Repeat = { days: ['TU'], interval: 2, end: { until: '2027-06-30' } };
    expect(toRRule(fortnightly)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T235959');
    expect(fromRRule(toRRule(fortnightly))).toEqual(fortnightly);
  });

  it('leaves rules it does not write to the API (monthly, BYSETPOS...)', () => {
    expect(fromRRule('FREQ=MONTHLY;COUNT=3')).toBeNull();
    expect(fromRRule('FREQ=WEEKLY;BYSETPOS=1;COUNT=3')).toBeNull();
    expect(fromRRule(null)).toBeNull();
  });

  it('keeps a weekly 18:00 session at 18:00 across the change to daylight-saving time', () => {
    // America/Chicago moves its clocks on Sunday 14 March 2027.
    const list = occurrences(
      { date: '2027-03-09', start: '18:00', end: '19:30' },
      { days: ['TU'], interval: 1, end: { count: 3 } },
      'America/Chicago',
    );
    expect(list.map((o) => o.date)).toEqual(['2027-03-09', '2027-03-16', '2027-03-23']);
    expect(list.map((o) => o.startsAt)).toEqual(['2027-03-10T00:00:00.000Z', '2027-03-16T23:00:00.000Z', '2027-03-23T23:00:00.000Z']);
    expect(list[0].endsAt).toBe('2027-03-10T01:30:00.000Z');
  });

  it('runs until the end of the last day, every other week', () => {
    const list = occurrences(
      { date: '2027-01-05', start: '10:00', end: '11:00' },
      { days: ['TU'], interval: 2, end: { until: '2027-02-02' } },
      'America/New_York',
    );
    expect(list.map((o) => o.date)).toEqual(['2027-01-05', '2027-01-19', '2027-02-02']);
  });

  it('tells a series of more than 52 sessions by giving one more', () => {
    const list = occurrences(
      { date: '2027-01-04', start: '10:00', end: '11:00' },
      { days: ['MO', 'TH'], interval: 1, end: { count: 80 } },
      'UTC',
    );
    expect(list).toHaveLength(MAX_OCCURRENCES + 1);
  });

  it('a single session is itself', () => {
    expect(occurrences({ date: '2027-05-01', start: '09:30', end: '10:00' }, null, 'Europe/Madrid')).toEqual([
      { date: '2027-05-01', startsAt: instantOf('2027-05-01', '09:30', 'Europe/Madrid'), endsAt: '2027-05-01T08:00:00.000Z' },
    ]);
  });

  it('moves one session out of a series, keeping the others', () => {
    const list = occurrences({ date: '2027-04-05', start: '10:00', end: '11:00' }, { days: ['MO'], interval: 1, end: { count: 4 } }, 'UTC');
    const { before, moved, after } = splitAround(list, 2);
    expect(before.map((o) => o.date)).toEqual(['2027-04-05', '2027-04-12']);
    expect(moved.date).toBe('2027-04-19');
    expect(after.map((o) => o.date)).toEqual(['2027-04-26']);
  });
});
