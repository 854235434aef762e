import { useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { DeskSessionsQuery } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatDate, formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';

const MY_BRANCHES = graphql(`
  query DeskBranches {
    me {
      id
      branches {
        id
      }
    }
  }
`);

const SESSIONS = graphql(`
  query DeskSessions($from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {
    sessions(filter: { from: $from, to: $to, branchIds: $branchIds, statuses: [SCHEDULED] }, first: 100) {
      nodes {
        id
        startsAt
        endsAt
        capacity
        seatsTaken
        waitlistLength
        workshop {
          id
          title
        }
        branch {
          id
          name
          timeZone
        }
        room {
          id
          name
        }
      }
    }
  }
`);

type Session = DeskSessionsQuery['sessions']['nodes'][number];

/** `/desk`: today's and this week's sessions at the viewer's branches (every branch for coordinators). */
export function DeskHome() {
  const { t, language } = useI18n();
  usePageTitle(t('desk.sessionsTitle'));
  // From the start of the day (sessions under way still show) to a week ahead, fixed when the page opens.
  const [window] = useState(() => {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    return { from: start.toISOString(), to: new Date(start.getTime() + 8 * 86_400_000).toISOString() };
  });
  // The user's branches first (none: a coordinator of every branch), then their sessions.
  const [branches] = useQuery({ query: MY_BRANCHES });
  const branchIds = branches.data?.me?.branches.map((b) => b.id) ?? [];
  const [result] = useQuery({
    query: SESSIONS,
    variables: { ...window, branchIds: branchIds.length ? branchIds : null },
    pause: !branches.data,
  });
  const problem = problemOf(branches.error ?? result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  const sessions = result.data.sessions.nodes;
  // Today as the desk's own clock says it.
  const today = formatDate(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone, language);
  const isToday = (s: Session) =>
    formatDate(s.startsAt, s.branch.timeZone, language) === formatDate(new Date().toISOString(), s.branch.timeZone, language);
  const groups = [
    { key: 'today', heading: t('desk.todayHeading'), sessions: sessions.filter(isToday) },
    { key: 'week', heading: t('desk.weekHeading'), sessions: sessions.filter((s) => !isToday(s)) },
  ];
  return (
    <>
      <h1>{t('desk.sessionsTitle')}</h1>
      <p className="muted">{today}</p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`desk-${group.key}`}>
          <h2 id={`desk-${group.key}`}>{group.heading}</h2>
          {group.sessions.length ? (
            <TableWrap label={group.heading}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('desk.when')}</th>
                    <th scope="col">{t('desk.workshop')}</th>
                    <th scope="col">{t('desk.where')}</th>
                    <th scope="col">{t('desk.seats')}</th>
                    <th scope="col">{t('desk.waitlist')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.sessions.map((s) => (
                    <tr key={s.id}>
                      <td>{formatWhen(s.startsAt, s.endsAt, s.branch.timeZone, language)}</td>
                      <td>
                        <Link to={`/desk/sessions/${s.id}`} aria-label={t('desk.open', { title: s.workshop.title })}>
                          {s.workshop.title}
                        </Link>
                      </td>
                      <td>
                        {s.branch.name}
                        {s.room ? `, ${s.room.name}` : ''}
                      </td>
                      <td>{t('desk.seatsTaken', { taken: s.seatsTaken, capacity: s.capacity })}</td>
                      <td>{s.waitlistLength}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : (
            <p>{t('desk.noSessions')}</p>
          )}
        </section>
      ))}
    </>
  );
}
