import { CalendarDateTime, parseAbsolute, parseDate, toCalendarDateTime } from '@internationalized/date';

/**
 * The calendar component shows wall-clock times (it knows offsets, not IANA zones): it runs on
 * UTC and is given each moment as the branch's clock reads it, so a 6 pm session sits at 6 pm
 * wherever the coordinator is. These turn instants into that floating time and back.
 */
export function toFloating(instant: string, timeZone: string): string {
  return toCalendarDateTime(parseAbsolute(instant, timeZone)).toString().slice(0, 19);
}

/** A Date the calendar gives back (its UTC fields are the branch's wall clock) as the instant it is in the branch's zone. */
export function fromFloating(date: Date, timeZone: string): string {
  const wall = new CalendarDateTime(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  );
  return wall.toDate(timeZone).toISOString();
}

/** The instant a branch-local day starts (YYYY-MM-DD at 00:00 on the branch's clock). */
export function dayStart(day: string, timeZone: string): string {
  const d = parseDate(day);
  return new CalendarDateTime(d.year, d.month, d.day).toDate(timeZone).toISOString();
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const d = parseDate(day);
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return d.subtract({ days: (weekday + 6) % 7 }).toString();
}

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** The weekday (MONDAY…) of a calendar day. */
export function weekdayOf(day: string): (typeof WEEKDAYS)[number] {
  const d = parseDate(day);
  return WEEKDAYS[(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7];
}
