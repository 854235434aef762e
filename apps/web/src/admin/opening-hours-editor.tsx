import { useI18n } from '../i18n';
import { Checkbox } from '../ui/checkbox';
import { TimeField } from '../ui/time-field';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A day of the week as the editor keeps it: closed, or open from one time to another ("HH:mm"). */
export interface DayHours {
  weekday: Weekday;
  open: boolean;
  opens: string;
  closes: string;
}

/** The week as the API keeps it (intervals per weekday) → a row per day; a day with several intervals keeps the first opening and the last closing. */
export function weekOf(hours: ReadonlyArray<{ weekday: string; opens: string; closes: string }>): DayHours[] {
  return WEEKDAYS.map((weekday) => {
    const day = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.opens.localeCompare(b.opens));
    return day.length
      ? { weekday, open: true, opens: day[0].opens.slice(0, 5), closes: (day.at(-1)?.closes ?? '17:00').slice(0, 5) }
      : { weekday, open: false, opens: '09:00', closes: '17:00' };
  });
}

export const hoursInput = (week: DayHours[]) =>
  week.filter((d) => d.open).map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));

/** One row per weekday: open or closed, and from when to when. */
export function OpeningHoursEditor({ week, onChange }: { week: DayHours[]; onChange: (week: DayHours[]) => void }) {
  const { t } = useI18n();
  const set = (index: number, change: Partial<DayHours>) => onChange(week.map((d, i) => (i === index ? { ...d, ...change } : d)));
  return (
    <fieldset className="fieldset opening-hours">
      <legend>{t('admin.hours')}</legend>
      <p className="hint">{t('admin.hoursHint')}</p>
      {week.map((day, i) => {
        const name = t(`weekday.${day.weekday}`);
        return (
          <div key={day.weekday} className="opening-day">
            <Checkbox isSelected={!day.open} onChange={(closed) => set(i, { open: !closed })}>
              {t('admin.closedDay', { day: name })}
            </Checkbox>
            {day.open ? (
              <>
                <TimeField label={t('admin.opens', { day: name })} value={day.opens} onChange={(opens) => set(i, { opens })} />
                <TimeField
                  label={t('admin.closes', { day: name })}
                  value={day.closes}
                  onChange={(closes) => set(i, { closes })}
                  error={day.closes <= day.opens ? t('admin.closesBeforeOpens') : undefined}
                />
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
