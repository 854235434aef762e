import { useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { CoordinatorTodayQuery } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatDateTime, formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';
import { LoadChart } from './load-chart';
import { addDays, localToday, waitedFor } from './dates';

const MY_BRANCHES = graphql(`
  query CoordinatorMyBranches {
    me {
      id
      branches {
        id
      }
    }
  }
`);

const TODAY = graphql(`
  query CoordinatorToday($thisWeek: Date!, $nextWeek: Date!, $from: DateTime!, $to: DateTime!, $branchIds: [ID!]) {
    workshops(filter: { statuses: [SUBMITTED], branchIds: $branchIds }, orderBy: SUBMITTED_AT_ASC, first: 50) {
      nodes {
        id
        title
        submittedAt
        agency {
          id
          name
        }
      }
    }
    branches {
      id
      name
      programmingLimits {
        maxSessionsPerDay
        maxEveningSessionsPerWeek
      }
      thisWeek: load(weekOf: $thisWeek) {
        ...LoadWeek
      }
      nextWeek: load(weekOf: $nextWeek) {
        ...LoadWeek
      }
    }
    sessions(filter: { from: $from, to: $to, statuses: [SCHEDULED, COMPLETED], branchIds: $branchIds }, first: 100) {
      nodes {
        id
        startsAt
        endsAt
        capacity
        seatsTaken
        checkedInCount
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
    notices: notifications(filter: { kinds: [WAITLIST_DEMAND, LOW_REGISTRATION] }, first: 10) {
      nodes {
        ...MessageRow
      }
    }
    failed: notifications(filter: { statuses: [FAILED] }, first: 10) {
      nodes {
        ...MessageRow
      }
    }
  }
`);

graphql(`
  fragment LoadWeek on BranchLoad {
    overLimit
    eveningSessions
    days {
      date
      sessions
      eveningSessions
    }
  }
`);

graphql(`
  fragment MessageRow on Notification {
    id
    kind
    status
    channel
    subject
    recipient
    lastError
    createdAt
    session {
      id
      startsAt
      workshop {
        id
        title
      }
      branch {
        id
        timeZone
      }
    }
  }
`);

type Today = CoordinatorTodayQuery;

/** `/coordinator`: what needs the coordinator today, on one screen. */
export function TodayPage() {
  const { t } = useI18n();
  usePageTitle(t('coord.today'));
  // The window is fixed when the page opens: today and the next week, as the coordinator's clock says.
  const [vars] = useState(() => {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const today = localToday();
    return {
      thisWeek: today,
      nextWeek: addDays(today, 7),
      from: start.toISOString(),
      to: new Date(start.getTime() + 86_400_000).toISOString(),
    };
  });
  // A coordinator's own branches (none: every branch) decide what the page holds.
  const [me] = useQuery({ query: MY_BRANCHES });
  const mineIds = me.data?.me?.branches.map((b) => b.id) ?? [];
  const [result] = useQuery({ query: TODAY, variables: { ...vars, branchIds: mineIds.length ? mineIds : null }, pause: !me.data });
  const problem = problemOf(me.error ?? result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  const data = result.data;
  const mine = new Set(mineIds);
  const branches = mine.size ? data.branches.filter((b) => mine.has(b.id)) : data.branches;
  return (
    <>
      <h1>{t('coord.today')}</h1>
      <ReviewQueue workshops={data.workshops.nodes} />
      <section aria-labelledby="load-heading">
        <h2 id="load-heading">{t('coord.load')}</h2>
        <p className="muted">{t('coord.loadLead')}</p>
        <div className="load-grid">
          {branches.map((branch) => (
            <LoadChart key={branch.id} branch={branch} />
          ))}
        </div>
      </section>
      <StartingToday sessions={data.sessions.nodes} />
      <MessageList id="notices" title={t('coord.notices')} empty={t('coord.noNotices')} messages={data.notices.nodes} />
      <MessageList id="failed" title={t('coord.failed')} empty={t('coord.noFailed')} messages={data.failed.nodes} />
      <p>
        <Link to="/coordinator/messages">{t('coord.seeMessages')}</Link>
      </p>
    </>
  );
}

function ReviewQueue({ workshops }: { workshops: Today['workshops']['nodes'] }) {
  const { t, language } = useI18n();
  const [now] = useState(() => Date.now());
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('coord.waiting')}</h2>
      {workshops.length ? (
        <ol className="queue">
          {workshops.map((w) => (
            <li key={w.id}>
              <Link to={`/coordinator/proposals/${w.id}`} aria-label={t('coord.open', { title: w.title })}>
                {w.title}
              </Link>{' '}
              <span>{w.agency.name}</span>,{' '}
              <span className="muted">{t('coord.waitedFor', { duration: waitedFor(w.submittedAt, now, language) })}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('coord.noProposals')}</p>
      )}
    </section>
  );
}

function StartingToday({ sessions }: { sessions: Today['sessions']['nodes'] }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="today-heading">
      <h2 id="today-heading">{t('coord.startingToday')}</h2>
      {sessions.length ? (
        <TableWrap label={t('coord.startingToday')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('coord.when')}</th>
                <th scope="col">{t('coord.workshop')}</th>
                <th scope="col">{t('coord.where')}</th>
                <th scope="col">{t('coord.seats')}</th>
                <th scope="col">{t('coord.checkedIn')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>{formatWhen(s.startsAt, s.endsAt, s.branch.timeZone, language)}</td>
                  <td>
                    <Link to={`/coordinator/sessions/${s.id}`}>{s.workshop.title}</Link>
                  </td>
                  <td>
                    {s.branch.name}
                    {s.room ? `, ${s.room.name}` : ''}
                  </td>
                  <td>{t('coord.seatsOf', { taken: s.seatsTaken, capacity: s.capacity })}</td>
                  <td>{s.checkedInCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t('coord.noSessionsToday')}</p>
      )}
    </section>
  );
}

type Message = Today['failed']['nodes'][number];

/** Messages as a short table: what, about which session, to whom, and why it failed. */
export function MessageList({ id, title, empty, messages }: { id: string; title: string; empty: string; messages: Message[] }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {messages.length ? (
        <ul className="message-list">
          {messages.map((m) => (
            <li key={m.id}>
              <strong>{t(`kind.${m.kind}`)}</strong>
              {m.session ? (
                <>
                  {': '}
                  <Link to={`/coordinator/sessions/${m.session.id}`}>{m.session.workshop.title}</Link>,{' '}
                  {formatDateTime(m.session.startsAt, m.session.branch.timeZone, language)}
                </>
              ) : null}
              <span className="muted">
                {' '}
                ({m.recipient}){m.lastError ? ` ${t('coord.reason')}: ${m.lastError}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}
