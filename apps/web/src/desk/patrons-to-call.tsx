import { useState } from 'react';
import { Link } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';

const TO_CALL = graphql(`
  query PatronsToCall {
    registrations(filter: { notNotifiedOnly: true, statuses: [CONFIRMED, WAITLISTED, CANCELLED] }, first: 100) {
      nodes {
        id
        name
        phone
        status
        waitlistPosition
        session {
          id
          startsAt
          endsAt
          status
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
  }
`);

const MARK_TOLD = graphql(`
  mutation MarkPatronTold($id: ID!) {
    markPatronNotified(registrationId: $id) {
      id
      patronNotified
    }
  }
`);

/** `/desk/to-call`: the "promoted, not notified" list: patrons no message reached since their news changed. */
export function PatronsToCall() {
  const { t, language } = useI18n();
  usePageTitle(t('desk.toCallTitle'));
  const [result, refetch] = useQuery({ query: TO_CALL, requestPolicy: 'cache-and-network' });
  const [marking, markTold] = useMutation(MARK_TOLD);
  const [done, setDone] = useState<string | null>(null);
  const problem = problemOf(result.error ?? marking.error, t);
  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  const rows = result.data?.registrations.nodes ?? [];
  const mark = async (id: string, name: string) => {
    const answer = await markTold({ id });
    if (!answer.error) {
      setDone(t('desk.told', { name }));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      <h1>{t('desk.toCallTitle')}</h1>
      <p>{t('desk.toCallLead')}</p>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      {rows.length ? (
        <TableWrap label={t('desk.toCallTitle')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('desk.name')}</th>
                <th scope="col">{t('desk.phone')}</th>
                <th scope="col">{t('desk.session')}</th>
                <th scope="col">{t('desk.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('desk.toCall')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{r.phone ? <a href={`tel:${r.phone}`}>{r.phone}</a> : '—'}</td>
                  <td>
                    <Link to={`/desk/sessions/${r.session.id}`}>{r.session.workshop.title}</Link>,{' '}
                    {formatWhen(r.session.startsAt, r.session.endsAt, r.session.branch.timeZone, language)}
                  </td>
                  <td>
                    {r.status === 'WAITLISTED' ? t('desk.statusWAITLISTED', { position: r.waitlistPosition }) : t(`desk.status${r.status}`)}
                  </td>
                  <td>
                    <Button variant="secondary" onPress={() => void mark(r.id, r.name ?? '')} isDisabled={marking.fetching}>
                      {t('desk.markTold', { name: r.name ?? '' })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t('desk.nobodyToCall')}</p>
      )}
    </>
  );
}
