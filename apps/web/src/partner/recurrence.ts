import { CalendarDate, CalendarDateTime, parseDate, parseTime, toZoned, type Time } from '@internationalized/date';
import { RRule, Weekday as RRuleWeekday } from 'rrule';

/** A proposal expands to at most this many sessions (the API's rule too). */
export const MAX_OCCURRENCES = 52;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What the recurrence builder asks: weekly on some days, every N weeks, until a date or a count. */
export interface Repeat {
  days: Weekday[];
  interval: number;
  end: { count: number } | { until: string };
}

const RRULE_DAYS: Record<Weekday, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/** The builder's choices as the RFC 5545 rule the API takes (no DTSTART: the first session gives it). */
export function toRRule(repeat: Repeat): string {
  const parts = ['FREQ=WEEKLY'];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  const days = WEEKDAYS.filter((d) => repeat.days.includes(d));
  if (days.length) parts.push(`BYDAY=${days.join(',')}`);
  if ('count' in repeat.end) parts.push(`COUNT=${repeat.end.count}`);
  // The end of that day on the branch's clock (the API reads UNTIL without Z as local time).
  else parts.push(`UNTIL=${repeat.end.until.replace(/-/g, '')}T235959`);
  return parts.join(';');
}

/** A rule the builder can show again (weekly, with the parts it writes); null for anything else. */
export function fromRRule(rule: string | null | undefined): Repeat | null {
  if (!rule) return null;
  const fields = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  if (fields.get('FREQ') !== 'WEEKLY') return null;
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL']);
  if ([...fields.keys()].some((key) => !known.has(key))) return null;
  const days = (fields.get('BYDAY')?.split(',') ?? []).filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
  const interval = Number(fields.get('INTERVAL') ?? 1);
  const count = fields.get('COUNT');
  const until = fields.get('UNTIL');
  if (count) return { days, interval, end: { count: Number(count) } };
  if (until && /^\d{8}/.test(until))
    return { days, interval, end: { until: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` } };
  return null;
}

export interface Occurrence {
  /** The local day and times on the branch's clock. */
  date: string;
  startsAt: string;
  endsAt: string;
}

/** The instant of a local day and time in a zone, as ISO-8601 (UTC). */
export function instantOf(date: string, time: string, zone: string): string {
  const day = parseDate(date);
  const clock: Time = parseTime(time);
  return toZoned(new CalendarDateTime(day.year, day.month, day.day, clock.hour, clock.minute), zone)
    .toDate()
    .toISOString();
}

/**
 * Every session a first session and its repeat give, on the branch's clock: the rule runs over
 * local wall-clock time, so an 18:00 session stays at 18:00 across a change of daylight-saving
 * time (as the API expands it). At most MAX_OCCURRENCES + 1, so that "too many" can be told.
 */
export function occurrences(first: { date: string; start: string; end: string }, repeat: Repeat | null, zone: string): Occurrence[] {
  const one = (date: string): Occurrence => ({
    date,
    startsAt: instantOf(date, first.start, zone),
    endsAt: instantOf(date, first.end, zone),
  });
  if (!repeat) return [one(first.date)];
  const day = parseDate(first.date);
  const time = parseTime(first.start);
  // rrule's "floating" time: the local wall clock carried in a Date's UTC fields.
  const dtstart = new Date(Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute));
  const rule = new RRule({
    freq: RRule.WEEKLY,
    interval: Math.max(1, repeat.interval),
    byweekday: repeat.days.length ? repeat.days.map((d) => RRULE_DAYS[d]) : undefined,
    dtstart,
    ...('count' in repeat.end ? { count: repeat.end.count } : { until: new Date(`${repeat.end.until}T23:59:59Z`) }),
  });
  return rule
    .all((_date, i) => i <= MAX_OCCURRENCES)
    .map((date) => one(new CalendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()).toString()));
}

/**
 * Moving one session of a series out of it: the rest keeps its rule, as a series before and a
 * series after (or single sessions where one is left), and the moved one stands alone.
 */
export function splitAround(list: Occurrence[], index: number): { before: Occurrence[]; moved: Occurrence; after: Occurrence[] } {
  return { before: list.slice(0, index), moved: list[index], after: list.slice(index + 1) };
}
