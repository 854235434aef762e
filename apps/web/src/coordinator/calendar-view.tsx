import { useEffect, useRef, type CSSProperties } from 'react';
import { createCalendar, destroyCalendar, Interaction, ResourceTimeGrid } from '@event-calendar/core';
import '@event-calendar/core/index.css';
import type { CalendarEvent } from './calendar-events';

interface Props {
  date: string;
  view: 'week' | 'day';
  rooms: Array<{ id: string; title: string }>;
  events: CalendarEvent[];
  slotMinTime: string;
  slotMaxTime: string;
  label: string;
  /** A free slot chosen by dragging across a room's column (the calendar's UTC fields are the branch's clock). */
  onSelect: (roomId: string, start: Date, end: Date) => void;
  onBooking: (bookingId: string) => void;
}

type Calendar = ReturnType<typeof createCalendar>;

/**
 * The component marks its grid up as a table whose row groups also hold the events (buttons) and
 * its toolbar, which is no table a screen reader can walk (axe: aria-required-children). The grid
 * is a picture of the week here: its table roles come off (the bookings stay buttons, with their
 * titles), and the list below the calendar is the way through it for every reader.
 */
const GRID_ROLES = ['table', 'rowgroup', 'row', 'cell', 'columnheader', 'rowheader', 'gridcell'];
const GRID_ATTRIBUTES = ['aria-colindex', 'aria-rowindex', 'aria-colspan', 'aria-rowspan', 'aria-colcount', 'aria-rowcount'];
function withoutTableRoles(root: HTMLElement): void {
  const selector = [...GRID_ROLES.map((role) => `[role="${role}"]`), ...GRID_ATTRIBUTES.map((name) => `[${name}]`)].join(',');
  for (const element of [root, ...root.querySelectorAll<HTMLElement>(selector)]) {
    if (GRID_ROLES.includes(element.getAttribute('role') ?? '')) element.removeAttribute('role');
    for (const name of GRID_ATTRIBUTES) if (element.hasAttribute(name)) element.removeAttribute(name);
  }
}

/**
 * The rooms side by side through a week or a day (EventCalendar's resource time grid, MIT). It
 * draws what the page gives it; the page owns the date and the view (our own buttons, in the
 * address), and every booking it shows is also listed, with its actions, below it.
 */
export function CalendarView({ date, view, rooms, events, slotMinTime, slotMaxTime, label, onSelect, onBooking }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const calendar = useRef<Calendar | null>(null);
  const handlers = useRef({ onSelect, onBooking });
  useEffect(() => {
    handlers.current = { onSelect, onBooking };
  }, [onSelect, onBooking]);

  useEffect(() => {
    if (!element.current) return;
    calendar.current = createCalendar(element.current, [ResourceTimeGrid, Interaction], {
      timeZone: 'UTC',
      headerToolbar: { start: '', center: '', end: '' },
      allDaySlot: false,
      firstDay: 1,
      // Each day's rooms side by side, the days across the week.
      datesAboveResources: true,
      slotDuration: '00:30',
      height: 'auto',
      selectable: true,
      editable: false,
      nowIndicator: false,
      select: (info: { start: Date; end: Date; resource?: { id: string | number } }) => {
        if (info.resource) handlers.current.onSelect(String(info.resource.id), info.start, info.end);
        calendar.current?.unselect();
      },
      eventClick: (info: { event: { extendedProps?: { bookingId?: string } } }) => {
        const id = info.event.extendedProps?.bookingId;
        if (id) handlers.current.onBooking(id);
      },
    });
    const root = element.current;
    withoutTableRoles(root);
    const observer = new MutationObserver(() => withoutTableRoles(root));
    observer.observe(root, { subtree: true, childList: true, attributeFilter: ['role', ...GRID_ATTRIBUTES] });
    return () => {
      observer.disconnect();
      if (calendar.current) void destroyCalendar(calendar.current);
      calendar.current = null;
    };
  }, []);

  useEffect(() => {
    const c = calendar.current;
    if (!c) return;
    c.setOption('view', view === 'week' ? 'resourceTimeGridWeek' : 'resourceTimeGridDay');
    c.setOption('date', `${date}T12:00:00Z`);
    c.setOption('slotMinTime', slotMinTime);
    c.setOption('slotMaxTime', slotMaxTime);
    c.setOption('resources', rooms);
    c.setOption('events', events);
  }, [date, view, rooms, events, slotMinTime, slotMaxTime]);

  return (
    <div
      ref={element}
      className="branch-calendar"
      role="region"
      aria-label={label}
      tabIndex={0}
      // Columns a room's name fits in: the grid scrolls inside its region rather than squeeze them.
      style={{ '--calendar-min': `${rooms.length * (view === 'week' ? 7 : 1) * 6}rem` } as CSSProperties}
    />
  );
}
