import { Link } from 'wouter';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { SessionCardFragment } from './gql/graphql';
import { formatWhen, languageName } from '../ui/format';
import { SeatsBadge } from './seats-badge';

export const SESSION_CARD = graphql(`
  fragment SessionCard on Session {
    id
    startsAt
    endsAt
    status
    capacity
    seatsRemaining
    waitlistLength
    registrationOpen
    workshop {
      id
      title
      summary
      languages
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
    }
  }
`);

/** One session in a list: what, who, when (on the branch's clock), where, and its seats. */
export function SessionCard({ session, headingLevel = 3 }: { session: SessionCardFragment; headingLevel?: 2 | 3 }) {
  const { t, language } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card" aria-labelledby={`session-${session.id}`}>
      <Heading id={`session-${session.id}`}>
        <Link to={`/sessions/${session.id}`}>{session.workshop.title}</Link>
      </Heading>
      <p className="muted">{t('card.with', { agency: session.workshop.agency.name })}</p>
      <p>{session.workshop.summary}</p>
      <dl className="facts">
        <dt>{t('card.when')}</dt>
        <dd>{formatWhen(session.startsAt, session.endsAt, session.branch.timeZone, language)}</dd>
        <dt>{t('card.where')}</dt>
        <dd>{[session.branch.name, session.room?.name].filter(Boolean).join(' · ')}</dd>
        <dt>{t('card.language')}</dt>
        <dd>{session.workshop.languages.map((l) => languageName(l, language)).join(', ')}</dd>
      </dl>
      <p>
        <SeatsBadge status={session.status} seatsRemaining={session.seatsRemaining} waitlistLength={session.waitlistLength} />
      </p>
    </article>
  );
}
