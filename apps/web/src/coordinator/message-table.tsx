import { useState } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { MessageRowFragment } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';

const RETRY = graphql(`
  mutation CoordinatorRetry($id: ID!) {
    retryNotification(id: $id) {
      id
      status
      attempts
      lastError
    }
  }
`);

/** Messages with their status; a failed one shows why, and can be sent again. */
export function MessageTable({ messages, onRetried, label }: { messages: MessageRowFragment[]; onRetried: () => void; label: string }) {
  const { t, language } = useI18n();
  const [state, retry] = useMutation(RETRY);
  const [done, setDone] = useState<string | null>(null);
  const problem = problemOf(state.error, t);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!messages.length) return <p>{t('coord.noMessages')}</p>;
  return (
    <>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <TableWrap label={label}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('coord.kind')}</th>
              <th scope="col">{t('coord.recipient')}</th>
              <th scope="col">{t('coord.session')}</th>
              <th scope="col">{t('coord.createdAt')}</th>
              <th scope="col">{t('coord.status')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  {t(`kind.${m.kind}`)} ({t(`coord.channel${m.channel}`)})
                </td>
                <td>{m.recipient}</td>
                <td>{m.session ? <Link to={`/coordinator/sessions/${m.session.id}`}>{m.session.workshop.title}</Link> : '—'}</td>
                <td>{formatDateTime(m.createdAt, zone, language)}</td>
                <td>
                  {t(`msgStatus.${m.status}`)}
                  {m.lastError ? <span className="muted">: {m.lastError}</span> : null}
                  {m.status === 'FAILED' ? (
                    <>
                      {' '}
                      <Button
                        variant="secondary"
                        onPress={() =>
                          void retry({ id: m.id }).then((r) => {
                            if (!r.error) {
                              setDone(t('coord.retried', { recipient: m.recipient }));
                              onRetried();
                            }
                          })
                        }
                      >
                        {t('coord.retry', { recipient: m.recipient })}
                      </Button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
