import { useEffect, useRef } from 'react';
import { useI18n, type Translate } from '../i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { TimeField } from '../ui/time-field';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** From one wall-clock time to another ("HH:mm"); `key` tells the spans of a day apart while they are edited. */
export interface Interval {
  key: number;
  opens: string;
  closes: string;
}

/** A day of the week as the editor keeps it: closed (no interval), or open in one or more intervals (a lunch break splits a day). */
export interface DayHours {
  weekday: Weekday;
  intervals: Interval[];
}

/** The editor offers up to four spans a day (the API takes up to 28 a week). */
export const MAX_INTERVALS_A_DAY = 4;

let lastKey = 0;
const span = (opens: string, closes: string): Interval => ({ key: ++lastKey, opens, closes });

/** The week as the API keeps it (intervals per weekday) → a row per day, its intervals in order. */
export function weekOf(hours: ReadonlyArray<{ weekday: string; opens: string; closes: string }>): DayHours[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    intervals: hours
      .filter((h) => h.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((h) => span(h.opens.slice(0, 5), h.closes.slice(0, 5))),
  }));
}

export const hoursInput = (week: DayHours[]) =>
  week.flatMap(({ weekday, intervals }) => intervals.map(({ opens, closes }) => ({ weekday, opens, closes })));

/**
 * What is wrong with the week, by `weekday.index.field`, by the API's rules: each interval closes
 * after it opens, and a day's intervals, taken in the order they open, do not overlap (they may touch).
 */
export function hoursErrors(week: DayHours[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { weekday, intervals } of week) {
    intervals.forEach((interval, i) => {
      if (interval.closes <= interval.opens) errors[`${weekday}.${i}.closes`] = t('admin.closesBeforeOpens');
    });
    const byOpening = intervals.map((interval, index) => ({ ...interval, index })).sort((a, b) => a.opens.localeCompare(b.opens));
    byOpening.forEach((interval, i) => {
      const before = byOpening[i - 1];
      if (before && interval.opens < before.closes) errors[`${weekday}.${interval.index}.opens`] ??= t('admin.overlaps');
    });
  }
  return errors;
}

/** The first segment of a time field inside `root` (where the focus goes after a span comes or goes). */
const firstSegment = (root: ParentNode | null | undefined) => root?.querySelector<HTMLElement>('[role="spinbutton"]');

/** One group per weekday: closed, or open in one or more intervals that can be added and removed. */
export function OpeningHoursEditor({
  week,
  onChange,
  error,
}: {
  week: DayHours[];
  onChange: (week: DayHours[]) => void;
  /** The API's refusal of the week as a whole, if any. */
  error?: string;
}) {
  const { t } = useI18n();
  const errors = hoursErrors(week, t);
  // A day closed by mistake opens again with the spans it had.
  const closedSpans = useRef(new Map<Weekday, Interval[]>());
  // After a span is added or removed, the focus goes to a time field rather than to the page
  // (once the change is rendered).
  const focusSpan = useRef<number | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusSpan.current === null) return;
    firstSegment(root.current?.querySelector(`[data-span="${focusSpan.current}"]`))?.focus();
    focusSpan.current = null;
  });
  const setDay = (weekday: Weekday, intervals: Interval[]) =>
    onChange(week.map((d) => (d.weekday === weekday ? { weekday, intervals } : d)));
  return (
    <fieldset
      className="fieldset opening-hours"
      id="field-openingHours"
      tabIndex={-1}
      ref={root}
      aria-describedby={error ? 'opening-hours-error' : undefined}
    >
      <legend>{t('admin.hours')}</legend>
      <p className="hint">{t('admin.hoursHint')}</p>
      {error ? (
        <p className="field-error" id="opening-hours-error">
          {error}
        </p>
      ) : null}
      {week.map(({ weekday, intervals }) => {
        const day = t(`weekday.${weekday}`);
        const last = intervals.at(-1);
        const setInterval = (key: number, change: Partial<Interval>) =>
          setDay(
            weekday,
            intervals.map((interval) => (interval.key === key ? { ...interval, ...change } : interval)),
          );
        const close = (closed: boolean) => {
          if (closed) closedSpans.current.set(weekday, intervals);
          setDay(weekday, closed ? [] : (closedSpans.current.get(weekday) ?? [span('09:00', '17:00')]));
        };
        const remove = (index: number) => {
          setDay(
            weekday,
            intervals.filter((_, j) => j !== index),
          );
          focusSpan.current = intervals[index - 1].key;
        };
        const add = (after: Interval) => {
          const next = span(after.closes, after.closes < '20:00' ? '20:00' : '23:59');
          setDay(weekday, [...intervals, next]);
          focusSpan.current = next.key;
        };
        const nth = (key: 'opens' | 'closes', i: number) =>
          i === 0 ? t(`admin.${key}`, { day }) : t(`admin.${key}Nth`, { day, n: i + 1 });
        return (
          <div key={weekday} className="opening-day" role="group" aria-label={day}>
            <Checkbox isSelected={!intervals.length} onChange={close}>
              {t('admin.closedDay', { day })}
            </Checkbox>
            {intervals.map((interval, i) => (
              <div key={interval.key} className="inline-form" data-span={interval.key}>
                <TimeField
                  label={nth('opens', i)}
                  value={interval.opens}
                  onChange={(opens) => setInterval(interval.key, { opens })}
                  error={errors[`${weekday}.${i}.opens`]}
                />
                <TimeField
                  label={nth('closes', i)}
                  value={interval.closes}
                  onChange={(closes) => setInterval(interval.key, { closes })}
                  error={errors[`${weekday}.${i}.closes`]}
                />
                {i > 0 ? (
                  <Button variant="secondary" onPress={() => remove(i)}>
                    {t('admin.removeHours', { day, n: i + 1 })}
                  </Button>
                ) : null}
              </div>
            ))}
            {last && intervals.length < MAX_INTERVALS_A_DAY && last.closes < '23:59' ? (
              <Button variant="secondary" onPress={() => add(last)}>
                {t('admin.addHours', { day })}
              </Button>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
