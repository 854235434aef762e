import { Weekday } from '@app/places';
import {
  blockedInterval,
  isEvening,
  isoWeekDays,
  loadWeek,
  localDays,
  localDaysToInterval,
  overlaps,
  withinOpeningHours,
} from './time-rules';

const at = (iso: string) => new Date(iso);

describe('buffers and overlap', () => {
  // Previous booking 10:00–11:00 with 15 min clean-up: the room is blocked until 11:15.
  const previous = blockedInterval(at('2027-05-03T10:00:00Z'), at('2027-05-03T11:00:00Z'), 10, 15);

  it('allows a booking whose set-up starts exactly when the previous clean-up ends', () => {
    const next = blockedInterval(at('2027-05-03T11:25:00Z'), at('2027-05-03T12:00:00Z'), 10, 15);
    expect(next.from).toEqual(at('2027-05-03T11:15:00Z'));
    expect(overlaps(previous, next)).toBe(false);
  });

  it('refuses one whose set-up starts a minute earlier', () => {
    const next = blockedInterval(at('2027-05-03T11:24:00Z'), at('2027-05-03T12:00:00Z'), 10, 15);
    expect(overlaps(previous, next)).toBe(true);
    expect(overlaps(next, previous)).toBe(true);
  });
});

describe('opening hours in the branch’s zone', () => {
  const hours = [
    { weekday: Weekday.MONDAY, opens: '09:00', closes: '12:00' },
    { weekday: Weekday.MONDAY, opens: '13:00', closes: '20:00' },
    { weekday: Weekday.SATURDAY, opens: '10:00', closes: '00:00' },
  ];

  it('reads the instants on the local clock (Chicago is UTC−5 in May)', () => {
    // Monday 18:00–20:00 in Chicago is 23:00–01:00 UTC, across the UTC midnight.
    expect(withinOpeningHours(hours, 'America/Chicago', at('2027-05-03T23:00:00Z'), at('2027-05-04T01:00:00Z'))).toBe(true);
    // The same instants in Berlin are Tuesday morning: closed.
    expect(withinOpeningHours(hours, 'Europe/Berlin', at('2027-05-03T23:00:00Z'), at('2027-05-04T01:00:00Z'))).toBe(false);
  });

  it('needs the whole session inside one interval', () => {
    expect(withinOpeningHours(hours, 'UTC', at('2027-05-03T11:00:00Z'), at('2027-05-03T13:30:00Z'))).toBe(false);
    expect(withinOpeningHours(hours, 'UTC', at('2027-05-03T13:00:00Z'), at('2027-05-03T20:00:00Z'))).toBe(true);
    expect(withinOpeningHours(hours, 'UTC', at('2027-05-03T12:59:00Z'), at('2027-05-03T14:00:00Z'))).toBe(false);
  });

  it('treats a closing time of 00:00 as midnight, and refuses sessions over midnight', () => {
    expect(withinOpeningHours(hours, 'UTC', at('2027-05-08T22:00:00Z'), at('2027-05-09T00:00:00Z'))).toBe(true);
    expect(withinOpeningHours(hours, 'UTC', at('2027-05-08T23:00:00Z'), at('2027-05-09T00:30:00Z'))).toBe(false);
  });
});

describe('local days, weeks and evenings', () => {
  it('finds the local days a session touches', () => {
    expect(localDays('America/Chicago', at('2027-05-04T03:00:00Z'), at('2027-05-04T06:00:00Z'))).toEqual({
      first: '2027-05-03',
      last: '2027-05-04',
    });
    expect(localDays('America/Chicago', at('2027-05-04T03:00:00Z'), at('2027-05-04T05:00:00Z'))).toEqual({
      first: '2027-05-03',
      last: '2027-05-03',
    });
    expect(localDays('UTC', at('2027-05-04T22:00:00Z'), at('2027-05-05T00:00:00Z'))).toEqual({ first: '2027-05-04', last: '2027-05-04' });
  });

  it('turns local closure days into instants, across a DST change (23-hour day)', () => {
    const { from, until } = localDaysToInterval('America/Chicago', '2027-03-14', '2027-03-14');
    expect(from).toEqual(at('2027-03-14T06:00:00Z'));
    expect(until).toEqual(at('2027-03-15T05:00:00Z'));
  });

  it('counts an evening session by its local end time', () => {
    expect(isEvening('America/Chicago', at('2027-05-03T22:00:00Z'), at('2027-05-03T23:00:00Z'), '18:00')).toBe(false); // 17:00–18:00
    expect(isEvening('America/Chicago', at('2027-05-03T22:00:00Z'), at('2027-05-03T23:01:00Z'), '18:00')).toBe(true);
  });

  it('uses ISO weeks, Monday to Sunday', () => {
    expect(isoWeekDays('2027-01-01')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(loadWeek('UTC', at('2027-01-03T12:00:00Z'))).toBe('2026-W53');
  });
});
