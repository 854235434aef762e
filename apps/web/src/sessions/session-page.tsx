import { Link, useParams } from 'wouter';
import { useQuery, useSubscription } from 'urql';
import { useI18n } from '../i18n';
import { SeatsBadge } from '../catalog/seats-badge';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatWhen, languageName } from '../ui/format';
import { Notice } from '../ui/notices';
import { RegistrationForm } from './registration-form';

const SESSION = graphql(`
  query SessionPage($id: ID!) {
    session(id: $id) {
      id
      startsAt
      endsAt
      status
      capacity
      seatsRemaining
      waitlistLength
      registrationOpen
      registrationOpensAt
      cancellationReason
      calendarUrl
      branch {
        id
        name
        address
        timeZone
      }
      room {
        id
        name
        features
      }
      workshop {
        id
        title
        summary
        description
        accessibilityNotes
        audience
        languages
        tags
        agency {
          id
          name
          kind
          description
          website
        }
        sessions {
          id
          startsAt
          endsAt
          status
          seatsRemaining
        }
      }
    }
  }
`);

const SEATS = graphql(`
  subscription LiveSeats($sessionId: ID!) {
    seatAvailabilityChanged(sessionId: $sessionId) {
      sessionId
      status
      seatsRemaining
      waitlistLength
      registrationOpen
    }
  }
`);

/** `/sessions/:id`: everything a person needs to decide to come, and the registration. */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const [result] = useQuery({ query: SESSION, variables: { id } });
  const session = result.data?.session;
  const [live] = useSubscription({ query: SEATS, variables: { sessionId: id }, pause: !session || session.status !== 'SCHEDULED' });
  usePageTitle(session?.workshop.title ?? t('session.title'));
  const problem = problemOf(result.error, t);

  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!session) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </>
    );
  }
  const seats = live.data?.seatAvailabilityChanged ?? session;
  const zone = session.branch.timeZone;
  const others = session.workshop.sessions.filter((s) => s.id !== session.id && s.status === 'SCHEDULED');
  const { workshop } = session;
  return (
    <article aria-labelledby="session-title">
      <h1 id="session-title">{workshop.title}</h1>
      <p className="lead">{workshop.summary}</p>
      {session.status === 'CANCELLED' ? (
        <Notice kind="note">
          <p>
            <strong>{t('session.cancelled')}</strong>
          </p>
          {session.cancellationReason ? <p>{t('session.cancelledWhy', { reason: session.cancellationReason })}</p> : null}
        </Notice>
      ) : null}
      <div className="two-columns">
        <section aria-labelledby="when-heading">
          <h2 id="when-heading">{t('session.whenWhere')}</h2>
          <dl className="facts">
            <dt>{t('card.when')}</dt>
            <dd>{formatWhen(session.startsAt, session.endsAt, zone, language)}</dd>
            <dt>{t('card.where')}</dt>
            <dd>
              <Link to={`/branches/${session.branch.id}`}>{session.branch.name}</Link>
              {session.room ? ` · ${session.room.name}` : ''}
              {session.branch.address ? (
                <>
                  <br />
                  {session.branch.address}
                </>
              ) : null}
            </dd>
            <dt>{t('card.language')}</dt>
            <dd>{workshop.languages.map((l) => languageName(l, language)).join(', ')}</dd>
            {workshop.audience.length ? (
              <>
                <dt>{t('session.audience')}</dt>
                <dd>{workshop.audience.map((a) => t(`audience.${a}`)).join(', ')}</dd>
              </>
            ) : null}
            <dt>{t('session.seats')}</dt>
            <dd aria-live="polite">
              <SeatsBadge status={seats.status} seatsRemaining={seats.seatsRemaining} waitlistLength={seats.waitlistLength} />
            </dd>
          </dl>
          <p>
            <a href={session.calendarUrl}>{t('session.addToCalendar')}</a>
          </p>
        </section>
        <section aria-labelledby="expect-heading">
          <h2 id="expect-heading">{t('session.expect')}</h2>
          <p className="prewrap">{workshop.description}</p>
          <p>{t('session.supportPerson')}</p>
          <h3>{t('session.access')}</h3>
          {session.room?.features.length ? (
            <ul>
              {session.room.features.map((f) => (
                <li key={f}>{t(`feature.${f}`)}</li>
              ))}
            </ul>
          ) : null}
          <p className="prewrap">{workshop.accessibilityNotes ?? t('session.accessAsk')}</p>
          <h3>{t('session.who')}</h3>
          <p>
            <strong>{workshop.agency.name}</strong>
            {workshop.agency.description ? ` — ${workshop.agency.description}` : ''}
          </p>
          {workshop.agency.website ? (
            <p>
              <a href={workshop.agency.website} rel="noopener noreferrer">
                {t('session.website', { agency: workshop.agency.name })}
              </a>
            </p>
          ) : null}
        </section>
      </div>

      {session.status === 'SCHEDULED' ? (
        <section aria-labelledby="register-heading">
          <h2 id="register-heading">{t('register.title')}</h2>
          {seats.registrationOpen ? (
            <RegistrationForm sessionId={session.id} seatsRemaining={seats.seatsRemaining} capacity={session.capacity} />
          ) : (
            <Notice>
              {session.registrationOpensAt && new Date(session.registrationOpensAt) > new Date()
                ? t('register.notYet', { date: formatWhen(session.registrationOpensAt, session.registrationOpensAt, zone, language) })
                : t('register.closed')}
            </Notice>
          )}
        </section>
      ) : null}

      {others.length ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">{t('session.otherDates')}</h2>
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <Link to={`/sessions/${other.id}`}>{formatWhen(other.startsAt, other.endsAt, zone, language)}</Link>
                {' — '}
                {other.seatsRemaining > 0 ? t('seats.left', { count: other.seatsRemaining }) : t('seats.full')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
