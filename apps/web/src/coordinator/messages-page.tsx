import { useState } from 'react';
import { useSearch } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { NotificationKind, NotificationStatus } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { MessageTable } from './message-table';

const MESSAGES = graphql(`
  query CoordinatorMessages($filter: NotificationFilter, $after: String) {
    notifications(filter: $filter, first: 50, after: $after) {
      nodes {
        ...MessageRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const KINDS: NotificationKind[] = [
  'REGISTRATION_CONFIRMED',
  'REGISTRATION_WAITLISTED',
  'WAITLIST_PROMOTED',
  'REGISTRATION_CANCELLED',
  'SESSION_REMINDER',
  'SESSION_RESCHEDULED',
  'SESSION_CANCELLED',
  'FOLLOW_UP',
  'CAPACITY_THRESHOLD',
  'WAITLIST_DEMAND',
  'LOW_REGISTRATION',
  'PROPOSAL_SUBMITTED',
  'PROPOSAL_DECIDED',
  'AGENCY_STATUS_CHANGED',
  'ACCOUNT_INVITATION',
  'PASSWORD_RESET',
  'SMS_KEYWORD_REPLY',
];
const STATUSES: NotificationStatus[] = ['FAILED', 'PENDING', 'SENT', 'SKIPPED'];
const ANY = 'any';

/** `/coordinator/messages`: the delivery log, by kind, status and session; failed messages with the reason, and retry. */
export function MessagesPage() {
  const { t } = useI18n();
  usePageTitle(t('coord.messages'));
  const sessionId = new URLSearchParams(useSearch()).get('session');
  const [kind, setKind] = useState<string>(ANY);
  const [status, setStatus] = useState<string>(ANY);
  const [after, setAfter] = useState<string | null>(null);
  const filter = {
    kinds: kind === ANY ? null : [kind as NotificationKind],
    statuses: status === ANY ? null : [status as NotificationStatus],
    sessionId,
  };
  const [result, refetch] = useQuery({ query: MESSAGES, variables: { filter, after } });
  const problem = problemOf(result.error, t);
  const page = result.data?.notifications;
  return (
    <>
      <h1>{t('coord.messagesTitle')}</h1>
      <div className="inline-fields">
        <Select
          label={t('coord.kind')}
          options={[{ id: ANY, label: t('coord.anyKind') }, ...KINDS.map((k) => ({ id: k, label: t(`kind.${k}`) }))]}
          value={kind}
          onChange={(v) => {
            setAfter(null);
            setKind(v ?? ANY);
          }}
        />
        <Select
          label={t('coord.status')}
          options={[{ id: ANY, label: t('coord.anyStatus') }, ...STATUSES.map((s) => ({ id: s, label: t(`msgStatus.${s}`) }))]}
          value={status}
          onChange={(v) => {
            setAfter(null);
            setStatus(v ?? ANY);
          }}
        />
      </div>
      {sessionId ? <p className="muted">{t('coord.oneSession')}</p> : null}
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {page ? (
        <>
          <MessageTable
            messages={page.nodes}
            onRetried={() => refetch({ requestPolicy: 'network-only' })}
            label={t('coord.messagesTitle')}
          />
          {page.pageInfo.hasNextPage ? (
            <Button variant="secondary" onPress={() => setAfter(page.pageInfo.endCursor ?? null)}>
              {t('coord.older')}
            </Button>
          ) : null}
          {after ? (
            <Button variant="link" onPress={() => setAfter(null)}>
              {t('coord.newest')}
            </Button>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </>
  );
}
