import { DomainError } from '@app/errors';
import type { OpeningHours } from './branch.entity';
import { isLocalDate, isLocalTime, isTimeZone, minutesOf } from './local-time';
import { normalizeOpeningHours } from './opening-hours';
import { Weekday } from './weekday';

const fieldOf = (run: () => unknown): Record<string, string> | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details.fields;
    throw error;
  }
  return undefined;
};

describe('local times and dates', () => {
  it('reads HH:mm wall-clock times', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('18:30')).toBe(1110);
    expect(isLocalTime('23:59')).toBe(true);
    for (const bad of ['24:00', '7:00', '12:60', '12:00:00', '']) expect(isLocalTime(bad)).toBe(false);
  });

  it('accepts real calendar days only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
  });

  it('knows IANA time zones', () => {
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('normalizeOpeningHours', () => {
  const h = (weekday: Weekday, opens: string, closes: string): OpeningHours => ({ weekday, opens, closes });

  it('sorts by weekday, then opening time', () => {
    expect(
      normalizeOpeningHours([
        h(Weekday.SUNDAY, '13:00', '17:00'),
        h(Weekday.MONDAY, '14:00', '20:00'),
        h(Weekday.MONDAY, '09:00', '12:00'),
      ]),
    ).toEqual([h(Weekday.MONDAY, '09:00', '12:00'), h(Weekday.MONDAY, '14:00', '20:00'), h(Weekday.SUNDAY, '13:00', '17:00')]);
  });

  it('allows intervals that touch, refuses ones that overlap, naming the later one', () => {
    expect(normalizeOpeningHours([h(Weekday.MONDAY, '09:00', '12:00'), h(Weekday.MONDAY, '12:00', '17:00')])).toHaveLength(2);
    expect(fieldOf(() => normalizeOpeningHours([h(Weekday.MONDAY, '12:00', '17:00'), h(Weekday.MONDAY, '09:00', '12:01')]))).toEqual({
      'input.openingHours.0': 'overlaps another interval on MONDAY',
    });
  });

  it('takes at most four intervals a day', () => {
    const spans = (weekday: Weekday, count: number) =>
      Array.from({ length: count }, (_, i) =>
        h(weekday, `${String(8 + 2 * i).padStart(2, '0')}:00`, `${String(9 + 2 * i).padStart(2, '0')}:00`),
      );
    expect(normalizeOpeningHours([...spans(Weekday.MONDAY, 4), ...spans(Weekday.TUESDAY, 4)])).toHaveLength(8);
    expect(fieldOf(() => normalizeOpeningHours([...spans(Weekday.MONDAY, 1), ...spans(Weekday.TUESDAY, 5)]))).toEqual({
      'input.openingHours': 'at most four intervals a day (TUESDAY has more)',
    });
  });

  it('refuses an interval that does not close after it opens', () => {
    expect(fieldOf(() => normalizeOpeningHours([h(Weekday.FRIDAY, '09:00', '17:00'), h(Weekday.TUESDAY, '18:00', '08:00')]))).toEqual({
      'input.openingHours.1.closes': 'must be after opens',
    });
  });
});
