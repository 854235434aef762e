import ICAL from 'ical.js';
import { calendarFile } from './calendar';

describe('calendarFile', () => {
  const event = {
    uid: 'registration-1@commonroom.local',
    sequence: 3,
    startsAt: new Date('2027-03-15T23:00:00Z'),
    endsAt: new Date('2027-03-16T00:30:00Z'),
    timeZone: 'America/Chicago',
    summary: 'Tenant rights, 101',
    description: 'Bring your lease; questions welcome.',
    location: 'Central Library, Community Room A',
    url: 'http://localhost:3000/registration',
    cancelled: false,
  };

  it('writes local times with their zone and VTIMEZONE, a UTC stamp, UID and SEQUENCE, parsed back to the same instants', () => {
    const text = calendarFile('Commonroom', [event]);
    expect(text).toContain('DTSTART;TZID=America/Chicago:20270315T180000');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Commonroom//Commonroom//EN');
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone);
    const parsed = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.sequence).toBe(3);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(event.startsAt.toISOString());
    expect(parsed.endDate.toJSDate().toISOString()).toBe(event.endsAt.toISOString());
  });

  it('marks cancelled events', () => {
    const text = calendarFile('Commonroom', [{ ...event, cancelled: true }]);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
