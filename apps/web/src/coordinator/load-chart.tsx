import { useI18n } from '../i18n';
import type { LoadWeekFragment } from './gql/graphql';

interface BranchLoadProps {
  id: string;
  name: string;
  programmingLimits: { maxSessionsPerDay?: number | null; maxEveningSessionsPerWeek?: number | null };
  thisWeek?: LoadWeekFragment | null;
  nextWeek?: LoadWeekFragment | null;
}

/**
 * A branch's load for this week and the next: a bar per day (the bars are drawn, the numbers are
 * written beside them for everyone), the daily limit as a line, the evening sessions in words.
 */
export function LoadChart({ branch }: { branch: BranchLoadProps }) {
  const { t } = useI18n();
  const weeks = [
    { key: 'this', label: t('coord.thisWeek'), load: branch.thisWeek },
    { key: 'next', label: t('coord.nextWeek'), load: branch.nextWeek },
  ];
  const { maxSessionsPerDay: perDay, maxEveningSessionsPerWeek: evenings } = branch.programmingLimits;
  return (
    <section className="load-card" aria-labelledby={`load-${branch.id}`}>
      <h3 id={`load-${branch.id}`}>{branch.name}</h3>
      <p className="muted">{perDay == null ? t('coord.noDayLimit') : t('coord.perDay', { count: perDay })}</p>
      {weeks.map(({ key, label, load }) =>
        load ? (
          <div key={key}>
            <h4>
              {label}
              {load.overLimit ? <span className="badge badge--waitlist">{t('coord.overLimit')}</span> : null}
            </h4>
            <WeekBars days={load.days} perDay={perDay ?? null} />
            <p className={evenings != null && load.eveningSessions > evenings ? 'over' : undefined}>
              {evenings == null
                ? t('coord.eveningsNoLimit', { count: load.eveningSessions })
                : t('coord.eveningsOf', { count: load.eveningSessions, limit: evenings })}
            </p>
          </div>
        ) : null,
      )}
    </section>
  );
}

function WeekBars({ days, perDay }: { days: LoadWeekFragment['days']; perDay: number | null }) {
  const { t, language } = useI18n();
  const top = Math.max(perDay ?? 0, ...days.map((d) => d.sessions), 1);
  const weekday = (date: string, style: 'long' | 'narrow') =>
    new Intl.DateTimeFormat(language, { weekday: style, day: style === 'long' ? 'numeric' : undefined, timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  return (
    <ul className="bars">
      {days.map((day) => (
        <li key={day.date} className={perDay != null && day.sessions > perDay ? 'bar bar--over' : 'bar'}>
          <span className="visually-hidden">{t('coord.dayBar', { day: weekday(day.date, 'long'), count: day.sessions })}</span>
          <span className="bar__count" aria-hidden="true">
            {day.sessions}
          </span>
          <span className="bar__track" aria-hidden="true">
            <span className="bar__fill" style={{ height: `${(day.sessions / top) * 100}%` }} />
            {perDay != null ? <span className="bar__limit" style={{ bottom: `${(perDay / top) * 100}%` }} /> : null}
          </span>
          <span className="bar__day" aria-hidden="true">
            {weekday(day.date, 'narrow')}
          </span>
        </li>
      ))}
    </ul>
  );
}
