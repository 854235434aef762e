import { DateTime } from 'luxon';
import { badInput } from '@app/errors';
import type { OpeningHours } from '@app/places';
import { minutesOf, weekdayOf } from '@app/places';

/** The longest a session (or a direct booking) may last. */
export const MAX_BOOKING_MS = 24 * 60 * 60 * 1000;
/** The longest set-up or clean-up buffer a room may have, in minutes (see CreateRoomInput). */
export const MAX_BUFFER_MINUTES = 240;
/** No booking blocks a room longer than this: used to bound the overlap range scan. */
export const MAX_BLOCKED_MS = MAX_BOOKING_MS + 2 * MAX_BUFFER_MINUTES * 60 * 1000;

/** The longest window a room's bookings may be read for. */
export const MAX_WINDOW_DAYS = 400;

/** A [from, to) window to read bookings in: `to` after `from`, at most MAX_WINDOW_DAYS long. */
export function checkWindow(from: Date, to: Date, field = 'to'): void {
  if (to.getTime() <= from.getTime()) throw badInput(field, 'must be after from');
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) throw badInput(field, `the window is at most ${MAX_WINDOW_DAYS} days`);
}

export interface Interval {
  from: Date;
  until: Date;
}

/** The time a booking keeps the room: its set-up before, its clean-up after. */
export function blockedInterval(startsAt: Date, endsAt: Date, setupMinutes: number, cleanupMinutes: number): Interval {
  return { from: new Date(startsAt.getTime() - setupMinutes * 60_000), until: new Date(endsAt.getTime() + cleanupMinutes * 60_000) };
}

/** Half-open intervals overlap when each starts before the other ends (touching is fine). */
export const overlaps = (a: Interval, b: Interval): boolean => a.from < b.until && b.from < a.until;

/**
 * Whether [startsAt, endsAt) lies inside one of the branch's opening intervals, read in its time
 * zone: the session must start and end on the same local day (ending at midnight counts as that day).
 */
export function withinOpeningHours(hours: OpeningHours[], zone: string, startsAt: Date, endsAt: Date): boolean {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  const startMinutes = start.hour * 60 + start.minute + start.second / 60;
  const sameDay = end.toISODate() === start.toISODate();
  const endsAtMidnight = end.hour === 0 && end.minute === 0 && end.second === 0 && end.minus({ days: 1 }).toISODate() === start.toISODate();
  if (!sameDay && !endsAtMidnight) return false;
  const endMinutes = endsAtMidnight ? 24 * 60 : end.hour * 60 + end.minute + end.second / 60;
  const weekday = weekdayOf(start.weekday);
  return hours.some(
    (h) =>
      h.weekday === weekday && minutesOf(h.opens) <= startMinutes && endMinutes <= (h.closes === '00:00' ? 24 * 60 : minutesOf(h.closes)),
  );
}

/** The local days (YYYY-MM-DD, in the zone) that [startsAt, endsAt) touches. */
export function localDays(zone: string, startsAt: Date, endsAt: Date): { first: string; last: string } {
  const first = DateTime.fromJSDate(startsAt, { zone }).toISODate() as string;
  const last = DateTime.fromMillis(Math.max(startsAt.getTime(), endsAt.getTime() - 1), { zone }).toISODate() as string;
  return { first, last };
}

/** The UTC instants of a span of local days [startsOn 00:00, endsOn + 1 day 00:00) in the zone. */
export function localDaysToInterval(zone: string, startsOn: string, endsOn: string): Interval {
  return {
    from: DateTime.fromISO(startsOn, { zone }).startOf('day').toJSDate(),
    until: DateTime.fromISO(endsOn, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

/** The local day a session counts on for programming limits: the day it starts. */
export const loadDay = (zone: string, startsAt: Date): string => DateTime.fromJSDate(startsAt, { zone }).toISODate() as string;

/** The ISO week (e.g. 2027-W10) of the local day a session starts on. */
export const loadWeek = (zone: string, startsAt: Date): string => DateTime.fromJSDate(startsAt, { zone }).toFormat("kkkk-'W'WW");

/** An evening session ends after the branch's evening time, on its local clock. */
export function isEvening(zone: string, startsAt: Date, endsAt: Date, eveningStartsAt: string): boolean {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  if (end.toISODate() !== start.toISODate()) return true;
  return end.hour * 60 + end.minute > minutesOf(eveningStartsAt);
}

/** Monday to Sunday (local dates) of the ISO week that holds `day`. */
export function isoWeekDays(day: string): string[] {
  const monday = DateTime.fromISO(day, { zone: 'UTC' }).startOf('week');
  return Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() as string);
}
