import { Link, useParams } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { SessionCard } from '../catalog/session-card';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatDay } from '../ui/format';
import { Notice } from '../ui/notices';

const BRANCH = graphql(`
  query BranchPage($id: ID!, $today: Date!, $filter: SessionFilter) {
    branch(id: $id) {
      id
      name
      address
      timeZone
      calendarUrl
      openingHours {
        weekday
        opens
        closes
      }
      closures(from: $today) {
        id
        startsOn
        endsOn
        reason
      }
    }
    sessions(filter: $filter, first: 20) {
      nodes {
        ...SessionCard
      }
    }
  }
`);

const WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** "18:30" as the reader writes times ("6:30 PM", "18:30"). */
const localTime = (hhmm: string, locale: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, h, m)),
  );
};

/** `/branches/:id`: the branch, its hours and closures, what is coming there, and its calendar feed. */
export default function BranchPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  const [result] = useQuery({ query: BRANCH, variables: { id, today, filter: { branchIds: [id] } } });
  const branch = result.data?.branch;
  usePageTitle(branch?.name ?? t('branch.title'));
  const problem = problemOf(result.error, t);
  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!branch) {
    return (
      <>
        <h1>{t('branch.missing')}</h1>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </>
    );
  }
  const sessions = result.data?.sessions.nodes ?? [];
  return (
    <>
      <h1>{branch.name}</h1>
      {branch.address ? <p className="lead">{branch.address}</p> : null}
      <div className="two-columns">
        <section aria-labelledby="hours-heading">
          <h2 id="hours-heading">{t('branch.hours')}</h2>
          <dl className="facts">
            {WEEK.map((day) => {
              const hours = branch.openingHours.filter((h) => h.weekday === day);
              return (
                <div key={day} className="facts__row">
                  <dt>{t(`weekday.${day}`)}</dt>
                  <dd>
                    {hours.length
                      ? hours.map((h) => `${localTime(h.opens, language)} – ${localTime(h.closes, language)}`).join(', ')
                      : t('branch.closed')}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
        <section aria-labelledby="closures-heading">
          <h2 id="closures-heading">{t('branch.closures')}</h2>
          {branch.closures.length ? (
            <ul>
              {branch.closures.map((c) => (
                <li key={c.id}>
                  {c.startsOn === c.endsOn
                    ? formatDay(c.startsOn, language)
                    : `${formatDay(c.startsOn, language)} – ${formatDay(c.endsOn, language)}`}
                  {c.reason ? ` (${c.reason})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('branch.noClosures')}</p>
          )}
          <h2>{t('branch.feed')}</h2>
          <p>{t('branch.feedText')}</p>
          <p>
            <a href={branch.calendarUrl}>{t('branch.feedLink', { branch: branch.name })}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('branch.upcoming')}</h2>
        {sessions.length ? (
          <ul className="card-list">
            {sessions.map((s) => (
              <li key={s.id}>
                <SessionCard session={s} />
              </li>
            ))}
          </ul>
        ) : (
          <Notice>{t('catalog.none')}</Notice>
        )}
      </section>
    </>
  );
}
