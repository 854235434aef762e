import * as timezones from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

export interface CalendarEvent {
  /** Stable across changes (a registration's, or a session's), so calendars update the entry. */
  uid: string;
  /** Raised on every change. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** The branch's IANA zone: times are written in it, with its VTIMEZONE. */
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  cancelled: boolean;
}

/**
 * An iCalendar file (RFC 5545) of the events, written with ical-generator: local times with their
 * TZID and the zone's VTIMEZONE, UTC DTSTAMP, UID and SEQUENCE per event.
 */
export function calendarFile(name: string, events: readonly CalendarEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Commonroom', product: 'Commonroom', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would put DTSTAMP in local time); each event carries its own.
    timezone: { name: null, generator: timezones.getVtimezoneComponent },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: DateTime.fromJSDate(event.startsAt, { zone: event.timeZone }),
      end: DateTime.fromJSDate(event.endsAt, { zone: event.timeZone }),
      timezone: event.timeZone,
      stamp: DateTime.utc(),
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
