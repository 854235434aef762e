import { parseDate } from '@internationalized/date';
import type { CoordinatorCalendarQuery } from './gql/graphql';
import { toFloating, weekdayOf } from './calendar-time';

export type CalendarBranch = NonNullable<CoordinatorCalendarQuery['branch']>;
export type Booking = CalendarBranch['rooms'][number]['bookings'][number] & { roomId: string; roomName: string };

/** What the calendar component takes of an event (its own type is loose). */
export interface CalendarEvent {
  id: string;
  resourceIds: string[];
  start: string;
  end: string;
  title: string;
  display?: 'auto' | 'background';
  classNames?: string[];
  extendedProps?: { bookingId: string };
}

/** Every live booking of the branch's rooms in the window, with its room. */
export function bookingsOf(branch: CalendarBranch): Booking[] {
  return branch.rooms
    .flatMap((room) => room.bookings.map((b) => ({ ...b, roomId: room.id, roomName: room.name })))
    .filter((b) => b.status !== 'CANCELLED')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function bookingTitle(b: Booking, words: { internal: string; maintenance: string }): string {
  if (b.session) return b.session.workshop.title;
  const kind = b.kind === 'MAINTENANCE' ? words.maintenance : words.internal;
  return b.note ? `${kind}: ${b.note}` : kind;
}

/**
 * The calendar's events: each booking (tentative ones marked), its set-up and clean-up shaded
 * before and after it, the hours the branch is closed and its closure days shaded across rooms.
 */
export function eventsOf(
  branch: CalendarBranch,
  days: string[],
  words: { internal: string; maintenance: string; closed: string; buffer: string },
): CalendarEvent[] {
  const zone = branch.timeZone;
  const rooms = branch.rooms.map((r) => r.id);
  const events: CalendarEvent[] = [];
  for (const b of bookingsOf(branch)) {
    const classNames = [`booking--${b.kind.toLowerCase()}`, `booking--${b.status.toLowerCase()}`];
    events.push({
      id: b.id,
      resourceIds: [b.roomId],
      start: toFloating(b.startsAt, zone),
      end: toFloating(b.endsAt, zone),
      title: bookingTitle(b, words),
      classNames,
      extendedProps: { bookingId: b.id },
    });
    const buffers: Array<[string, string]> = [
      [b.blockedFrom, b.startsAt],
      [b.endsAt, b.blockedUntil],
    ];
    for (const [i, [from, until]] of buffers.entries()) {
      if (from === until) continue;
      events.push({
        id: `${b.id}-buffer-${i}`,
        resourceIds: [b.roomId],
        start: toFloating(from, zone),
        end: toFloating(until, zone),
        title: words.buffer,
        display: 'background',
        classNames: ['buffer'],
      });
    }
  }
  const closed = (day: string) =>
    branch.closures.some((c) => c.startsOn <= day && day <= c.endsOn) || !branch.openingHours.some((h) => h.weekday === weekdayOf(day));
  for (const day of days) {
    const next = parseDate(day).add({ days: 1 }).toString();
    if (closed(day)) {
      events.push({
        id: `closed-${day}`,
        resourceIds: rooms,
        start: `${day}T00:00:00`,
        end: `${next}T00:00:00`,
        title: words.closed,
        display: 'background',
        classNames: ['closed'],
      });
      continue;
    }
    // The hours around and between the day's opening intervals.
    const open = branch.openingHours.filter((h) => h.weekday === weekdayOf(day)).sort((a, b) => a.opens.localeCompare(b.opens));
    let from = '00:00';
    for (const [i, h] of [...open, { opens: '24:00', closes: '24:00' }].entries()) {
      const until = h.opens.slice(0, 5);
      if (until > from) {
        const end = until === '24:00' ? `${next}T00:00:00` : `${day}T${until}:00`;
        events.push({
          id: `shut-${day}-${i}`,
          resourceIds: rooms,
          start: `${day}T${from}:00`,
          end,
          title: words.closed,
          display: 'background',
          classNames: ['shut'],
        });
      }
      from = h.closes.slice(0, 5);
    }
  }
  return events;
}
