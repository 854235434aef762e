import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  end: string;
  status: string | null;
  summary: string;
}

/**
 * Parses an iCalendar text with ical.js and checks what RFC 5545 requires of the calendar and its
 * events (VERSION, PRODID, UID, DTSTAMP in UTC, DTSTART); times come back as UTC instants.
 */
export function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar') throw new Error('not a VCALENDAR');
  if (calendar.getFirstPropertyValue('version') !== '2.0') throw new Error('VERSION must be 2.0');
  if (!calendar.getFirstPropertyValue('prodid')) throw new Error('PRODID is required');
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const stamp = component.getFirstProperty('dtstamp');
    if (!stamp || !/\d{8}T\d{6}Z/.test(text)) throw new Error('DTSTAMP (UTC) is required');
    const event = new ICAL.Event(component);
    if (!event.uid || !event.startDate) throw new Error('UID and DTSTART are required');
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      summary: event.summary,
    };
  });
}
