import { useI18n, type Translate } from '../i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { TimeField } from '../ui/time-field';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** From one wall-clock time to another ("HH:mm"). */
export interface Interval {
  opens: string;
  closes: string;
}

/** A day of the week as the editor keeps it: closed (no interval), or open in one or more intervals (a lunch break splits a day). */
export interface DayHours {
  weekday: Weekday;
  intervals: Interval[];
}

/** The API keeps at most four intervals a day. */
export const MAX_INTERVALS_A_DAY = 4;

const FIRST: Interval = { opens: '09:00', closes: '17:00' };

/** The week as the API keeps it (intervals per weekday) → a row per day, its intervals in order. */
export function weekOf(hours: ReadonlyArray<{ weekday: string; opens: string; closes: string }>): DayHours[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    intervals: hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ opens: h.opens.slice(0, 5), closes: h.closes.slice(0, 5) }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));
}

export const hoursInput = (week: DayHours[]) => week.flatMap(({ weekday, intervals }) => intervals.map((i) => ({ weekday, ...i })));

/**
 * What is wrong with the week, by `weekday.index.field` (the same rules as the API: each interval
 * closes after it opens, and a day's intervals follow one another without overlapping).
 */
export function hoursErrors(week: DayHours[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { weekday, intervals } of week) {
    intervals.forEach((interval, i) => {
      if (interval.closes <= interval.opens) errors[`${weekday}.${i}.closes`] = t('admin.closesBeforeOpens');
      else if (i > 0 && interval.opens < intervals[i - 1].closes) errors[`${weekday}.${i}.opens`] = t('admin.overlapsBefore');
    });
  }
  return errors;
}

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
  const setDay = (weekday: Weekday, intervals: Interval[]) =>
    onChange(week.map((d) => (d.weekday === weekday ? { weekday, intervals } : d)));
  return (
    <fieldset className="fieldset opening-hours" id="field-openingHours" tabIndex={-1}>
      <legend>{t('admin.hours')}</legend>
      <p className="hint">{t('admin.hoursHint')}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {week.map(({ weekday, intervals }) => {
        const day = t(`weekday.${weekday}`);
        const last = intervals.at(-1);
        const setInterval = (index: number, change: Partial<Interval>) =>
          setDay(
            weekday,
            intervals.map((interval, i) => (i === index ? { ...interval, ...change } : interval)),
          );
        const nth = (key: 'opens' | 'closes', i: number) =>
          i === 0 ? t(`admin.${key}`, { day }) : t(`admin.${key}Nth`, { day, n: i + 1 });
        return (
          <div key={weekday} className="opening-day" role="group" aria-label={day}>
            <Checkbox isSelected={!intervals.length} onChange={(closed) => setDay(weekday, closed ? [] : [FIRST])}>
              {t('admin.closedDay', { day })}
            </Checkbox>
            {intervals.map((interval, i) => (
              <div key={i} className="opening-interval">
                <TimeField
                  label={nth('opens', i)}
                  value={interval.opens}
                  onChange={(opens) => setInterval(i, { opens })}
                  error={errors[`${weekday}.${i}.opens`]}
                />
                <TimeField
                  label={nth('closes', i)}
                  value={interval.closes}
                  onChange={(closes) => setInterval(i, { closes })}
                  error={errors[`${weekday}.${i}.closes`]}
                />
                {i > 0 ? (
                  <Button
                    variant="secondary"
                    onPress={() =>
                      setDay(
                        weekday,
                        intervals.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('admin.removeHours', { day, n: i + 1 })}
                  </Button>
                ) : null}
              </div>
            ))}
            {last && intervals.length < MAX_INTERVALS_A_DAY ? (
              <Button
                variant="secondary"
                onPress={() => setDay(weekday, [...intervals, { opens: last.closes, closes: last.closes < '20:00' ? '20:00' : '23:59' }])}
              >
                {t('admin.addHours', { day })}
              </Button>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
