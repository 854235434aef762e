import { badInput } from '@app/errors';
import type { OpeningHours } from './branch.entity';
import { minutesOf } from './local-time';
import { WEEKDAYS } from './weekday';

/** At most this many intervals a day (a lunch break, an evening opening...). */
const MAX_INTERVALS_A_DAY = 4;

/**
 * Checks a week of opening hours and returns it sorted by day, then time: each interval closes
 * after it opens, and the intervals of one day do not overlap (they may touch).
 */
export function normalizeOpeningHours(hours: OpeningHours[], field = 'input.openingHours'): OpeningHours[] {
  // The whole week first, so that a flood is refused before it is looked at interval by interval.
  if (hours.length > 7 * MAX_INTERVALS_A_DAY) throw badInput(field, 'at most four intervals a day');
  for (const weekday of WEEKDAYS) {
    if (hours.filter((h) => h.weekday === weekday).length > MAX_INTERVALS_A_DAY) {
      throw badInput(field, `at most four intervals a day (${weekday} has more)`);
    }
  }
  hours.forEach((interval, i) => {
    if (minutesOf(interval.closes) <= minutesOf(interval.opens)) throw badInput(`${field}.${i}.closes`, 'must be after opens');
  });
  const sorted = hours
    .map(({ weekday, opens, closes }, index) => ({ weekday, opens, closes, index }))
    .sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || minutesOf(a.opens) - minutesOf(b.opens));
  sorted.forEach((interval, i) => {
    const previous = sorted[i - 1];
    if (previous && previous.weekday === interval.weekday && minutesOf(interval.opens) < minutesOf(previous.closes)) {
      throw badInput(`${field}.${interval.index}`, `overlaps another interval on ${interval.weekday}`);
    }
  });
  return sorted.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
}
