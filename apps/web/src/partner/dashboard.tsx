import { useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { WorkshopStatus } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatDateTime, formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';

const DASHBOARD = graphql(`
  query PartnerDashboard($agencyId: ID!, $upcoming: SessionFilter) {
    agency(id: $agencyId) {
      id
      name
      status
      statusReason
      contactEmail
      workshops(first: 100) {
        nodes {
          id
          title
          status
          updatedAt
        }
      }
      notices(first: 10) {
        id
        kind
        subject
        createdAt
        session {
          id
          startsAt
          endsAt
          branch {
            id
            timeZone
          }
          workshop {
            id
            title
          }
        }
      }
    }
    sessions(filter: $upcoming, first: 20) {
      nodes {
        id
        startsAt
        endsAt
        status
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
      }
    }
  }
`);

const ORDER: WorkshopStatus[] = ['CHANGES_REQUESTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'CANCELLED'];

/** `/partner`: the agency's workshops by status, what is coming with its seats, and its notices. */
export function Dashboard({ agencyId }: { agencyId: string }) {
  const { t, language } = useI18n();
  usePageTitle(t('partner.dashboard'));
  // An hour back, fixed when the page opens: sessions that have just begun still show.
  const [upcomingFrom] = useState(() => new Date(Date.now() - 3600_000).toISOString());
  const [result] = useQuery({
    query: DASHBOARD,
    variables: { agencyId, upcoming: { agencyId, from: upcomingFrom, statuses: ['SCHEDULED'] } },
  });
  const problem = problemOf(result.error, t);
  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  const agency = result.data?.agency;
  if (!agency) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  const byStatus = ORDER.map((status) => ({ status, workshops: agency.workshops.nodes.filter((w) => w.status === status) })).filter(
    (group) => group.workshops.length,
  );
  const sessions = result.data?.sessions.nodes ?? [];
  return (
    <>
      <h1>{agency.name}</h1>
      {agency.status === 'PENDING' ? (
        <Notice>
          <p>
            <strong>{t('partner.pending')}</strong>
          </p>
          <p>{t('partner.pendingNext', { email: agency.contactEmail })}</p>
        </Notice>
      ) : null}
      {agency.status === 'SUSPENDED' ? (
        <Notice kind="note">
          {t('partner.suspended')} {agency.statusReason ? t('partner.reason', { reason: agency.statusReason }) : ''}
        </Notice>
      ) : null}
      <p>
        <Link className="button" to="/partner/workshops/new">
          {t('partner.propose')}
        </Link>
      </p>

      <section aria-labelledby="workshops-heading">
        <h2 id="workshops-heading">{t('partner.workshops')}</h2>
        {byStatus.length === 0 ? <p>{t('partner.noWorkshops')}</p> : null}
        {byStatus.map((group) => (
          <div key={group.status}>
            <h3>
              {t(`workshopStatus.${group.status}`)} ({group.workshops.length})
            </h3>
            <ul>
              {group.workshops.map((w) => (
                <li key={w.id}>
                  <Link to={`/partner/workshops/${w.id}`}>{w.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('partner.upcoming')}</h2>
        {sessions.length ? (
          <TableWrap label={t('partner.upcoming')}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('partner.session')}</th>
                  <th scope="col">{t('card.when')}</th>
                  <th scope="col">{t('card.where')}</th>
                  <th scope="col">{t('partner.seats')}</th>
                  <th scope="col">{t('partner.waitlist')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/partner/workshops/${s.workshop.id}`}>{s.workshop.title}</Link>
                    </td>
                    <td>{formatWhen(s.startsAt, s.endsAt, s.branch.timeZone, language)}</td>
                    <td>{s.branch.name}</td>
                    <td>{t('partner.taken', { taken: s.seatsTaken, capacity: s.capacity })}</td>
                    <td>{s.waitlistLength}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p>{t('partner.noUpcoming')}</p>
        )}
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t('partner.notices')}</h2>
        {agency.notices.length ? (
          <ul>
            {agency.notices.map((n) => (
              <li key={n.id}>
                <strong>{t(`noticeKind.${n.kind}`)}</strong> — {n.session?.workshop.title}
                {n.session ? `, ${formatWhen(n.session.startsAt, n.session.endsAt, n.session.branch.timeZone, language)}` : ''}{' '}
                <span className="muted">({formatDateTime(n.createdAt, n.session?.branch.timeZone ?? 'UTC', language)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('partner.noNotices')}</p>
        )}
      </section>
    </>
  );
}
