import { useParams } from 'wouter';
import { useQuery, useSubscription } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { CoordinatorSessionQuery } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { CheckInByCode } from './check-in-code';
import { MessageTable } from './message-table';
import { SessionRoster } from './session-roster';
import { SessionSettings } from './session-settings';

const SESSION = graphql(`
  query CoordinatorSession($id: ID!) {
    session(id: $id) {
      id
      startsAt
      endsAt
      status
      capacity
      seatsTaken
      waitlistLength
      checkedInCount
      walkInCount
      registrationOpensAt
      registrationClosesAt
      ownRegistrationOpensAt
      ownRegistrationClosesAt
      registrationOpen
      cancellationReason
      workshop {
        id
        title
        agency {
          id
          name
        }
      }
      branch {
        id
        name
        timeZone
      }
      room {
        id
        name
        capacity
      }
      registrations {
        id
        name
        status
        partySize
        waitlistPosition
        accessibilityNeeds
        contactChannel
        checkedInAt
        createdAt
      }
    }
    notifications(filter: { sessionId: $id }, first: 50) {
      nodes {
        ...MessageRow
      }
    }
  }
`);

const LIVE_SEATS = graphql(`
  subscription CoordinatorLiveSeats($sessionId: ID!) {
    seatAvailabilityChanged(sessionId: $sessionId) {
      sessionId
      seatsTaken
      seatsRemaining
    }
  }
`);

export type CoordinatorSession = NonNullable<CoordinatorSessionQuery['session']>;

/** `/coordinator/sessions/:id`: the roster and check-in, walk-ins, capacity and window, cancelling, and the messages sent. */
export function SessionPage() {
  const { t, language } = useI18n();
  const { id } = useParams<{ id: string }>();
  const [result, refetch] = useQuery({ query: SESSION, variables: { id } });
  const [live] = useSubscription({ query: LIVE_SEATS, variables: { sessionId: id } });
  const session = result.data?.session;
  usePageTitle(session?.workshop.title ?? t('coord.session'));
  const problem = problemOf(result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  if (!session) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const taken = live.data?.seatAvailabilityChanged.seatsTaken ?? session.seatsTaken;
  const scheduled = session.status === 'SCHEDULED';
  return (
    <>
      <h1>{session.workshop.title}</h1>
      <p>
        {formatWhen(session.startsAt, session.endsAt, session.branch.timeZone, language)}, {session.branch.name}
        {session.room ? `, ${session.room.name}` : ''} ({session.workshop.agency.name})
      </p>
      <p>
        <strong>{t(`coord.sessionStatus${session.status}`)}</strong>
        {session.cancellationReason ? `: ${session.cancellationReason}` : ''}
      </p>
      <p role="status" className="seat-count">
        {t('coord.liveSeats', { taken, capacity: session.capacity, waiting: session.waitlistLength, checkedIn: session.checkedInCount })}
      </p>
      {session.status !== 'CANCELLED' ? <CheckInByCode sessionId={session.id} onCheckedIn={reload} /> : null}
      <SessionRoster session={session} onChanged={reload} />
      <SessionSettings session={session} scheduled={scheduled} onChanged={reload} />
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('coord.sessionMessages')}</h2>
        <MessageTable messages={result.data.notifications.nodes} onRetried={reload} label={t('coord.sessionMessages')} />
      </section>
    </>
  );
}
