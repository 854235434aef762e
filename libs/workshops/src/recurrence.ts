import { Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { badInput } from '@app/errors';
import { Frequency, RRule, type RRuleOptions } from './rrule';

/** A proposal may expand to at most this many sessions. */
export const MAX_OCCURRENCES = 52;

const logger = new Logger('Recurrence');

/** The refusal of a rule the rrule library could not read: in our words; its own goes to the debug log. */
function unreadable(field: string, rule: string, error: unknown) {
  logger.debug({ err: (error as Error).message, rule }, 'RRULE refused by the parser');
  return badInput(field, 'is not a valid RRULE; write it like FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6');
}

const ALLOWED_FREQUENCIES = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/** Local wall-clock fields, carried in a Date's UTC fields: rrule's "floating" time. */
const floating = (local: DateTime): Date =>
  new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));

const fromFloating = (date: Date, zone: string): DateTime =>
  DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    },
    { zone },
  );

/**
 * Expands an RFC 5545 RRULE from the first session, in the branch's time zone: the rule runs over
 * local wall-clock time, so a weekly 18:00 session stays at 18:00 across daylight-saving changes.
 * The rule must end (COUNT or UNTIL) within MAX_OCCURRENCES occurrences. Without a rule, the one
 * session is returned.
 */
export function expandRecurrence(first: Occurrence, rule: string | null | undefined, zone: string, field: string): Occurrence[] {
  if (!rule) return [first];
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (text.length > 500 || /[\r\n]/.test(text)) throw badInput(field, 'must be a single RRULE, e.g. FREQ=WEEKLY;COUNT=6');
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    throw unreadable(field, text, error);
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
    throw badInput(field, 'needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  if (options.dtstart || options.tzid) throw badInput(field, 'must not set DTSTART or TZID: the first session and the branch give them');
  if (options.count == null && options.until == null)
    throw badInput(field, `must end: give COUNT or UNTIL (at most ${MAX_OCCURRENCES} sessions)`);
  if (options.count != null && (options.count < 1 || options.count > MAX_OCCURRENCES)) {
    throw badInput(field, `COUNT must be between 1 and ${MAX_OCCURRENCES}`);
  }
  if ((options.interval ?? 1) < 1) throw badInput(field, 'INTERVAL must be at least 1');

  const start = DateTime.fromJSDate(first.startsAt, { zone });
  const end = DateTime.fromJSDate(first.endsAt, { zone });
  const duration = end.diff(start, ['hours', 'minutes', 'seconds']);
  // An UNTIL in UTC (…Z) is an instant; read it on the branch's clock like the rest of the rule.
  const until = options.until && /UNTIL=\d{8}T\d{6}Z/i.test(text) ? floating(DateTime.fromJSDate(options.until, { zone })) : options.until;

  let rrule_: InstanceType<typeof RRule>;
  try {
    rrule_ = new RRule({ ...options, until, dtstart: floating(start) });
  } catch (error) {
    throw unreadable(field, text, error);
  }
  const dates = rrule_.all((_date, i) => i <= MAX_OCCURRENCES);
  if (dates.length > MAX_OCCURRENCES) throw badInput(field, `repeats more than ${MAX_OCCURRENCES} times`);
  if (dates.length === 0) throw badInput(field, 'gives no session');
  return dates.map((date) => {
    const localStart = fromFloating(date, zone);
    return { startsAt: localStart.toJSDate(), endsAt: localStart.plus(duration).toJSDate() };
  });
}
