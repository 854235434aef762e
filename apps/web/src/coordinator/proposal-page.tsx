import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { CoordinatorProposalQuery } from './gql/graphql';
import { problemOf, type Conflict } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/notices';
import { DecisionForm } from './decision-form';
import { ProposalSessions, type Choices } from './proposal-sessions';
import { conflictsBySession } from './conflicts';
import { WorkshopActions } from './workshop-actions';

const PROPOSAL = graphql(`
  query CoordinatorProposal($id: ID!) {
    workshop(id: $id) {
      id
      title
      summary
      description
      status
      capacity
      languages
      tags
      requiredFeatures
      accessibilityNotes
      submittedAt
      agency {
        id
        name
        status
        contactEmail
      }
      reviewHistory {
        id
        action
        at
        comment
        overrodeLoadLimits
        actor {
          id
          displayName
        }
      }
      sessions {
        id
        startsAt
        endsAt
        status
        branch {
          id
          name
          timeZone
        }
        booking {
          id
          status
          room {
            id
            name
            capacity
          }
        }
      }
    }
  }
`);

const CHECK = graphql(`
  query CoordinatorCheckApproval($input: ApproveWorkshopInput!) {
    checkApproval(input: $input) {
      reason
      message
      startsAt
      endsAt
      roomId
      sessionId
      conflictingBookingId
    }
  }
`);

export type Proposal = NonNullable<CoordinatorProposalQuery['workshop']>;

/**
 * `/coordinator/proposals/:id`: a proposal and its decision. Every requested session shows its hold
 * or what stands in its way; the coordinator picks rooms, leaves out dates, sees what approving
 * would do to the branches' load, and decides, all on this one screen.
 */
export function ProposalPage() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const [result, refetch] = useQuery({ query: PROPOSAL, variables: { id } });
  const workshop = result.data?.workshop;
  usePageTitle(workshop?.title ?? t('coord.proposal'));
  const problem = problemOf(result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  if (!workshop) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  return <Review workshop={workshop} onDecided={() => refetch({ requestPolicy: 'network-only' })} />;
}

/** What the decision did, with the way on: the calendar of the first session's branch for an approval. */
function Outcome({ message, workshop }: { message: string; workshop: Proposal }) {
  const { t } = useI18n();
  const first = workshop.sessions.find((s) => s.status === 'SCHEDULED');
  const day = first ? new Intl.DateTimeFormat('en-CA', { timeZone: first.branch.timeZone }).format(new Date(first.startsAt)) : null;
  return (
    <Notice kind="ok" takeFocus>
      <p>{message}</p>
      {first && day ? (
        <p>
          <Link to={`/coordinator/calendar?branch=${first.branch.id}&date=${day}&view=week`}>{t('coord.seeOnCalendar')}</Link>
        </p>
      ) : null}
    </Notice>
  );
}

function Review({ workshop, onDecided }: { workshop: Proposal; onDecided: () => void }) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Choices>({ rooms: {}, excluded: [] });
  const [answered, setAnswered] = useState<Conflict[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const pending = workshop.status === 'SUBMITTED';
  const input = useMemo(
    () => ({
      workshopId: workshop.id,
      placements: Object.entries(choices.rooms).map(([sessionId, roomId]) => ({ sessionId, roomId })),
      excludeSessionIds: choices.excluded,
    }),
    [workshop.id, choices],
  );
  const proposed = workshop.sessions.filter((s) => s.status === 'PROPOSED');
  const [check] = useQuery({
    query: CHECK,
    variables: { input },
    pause: !pending || proposed.length === choices.excluded.length,
    requestPolicy: 'network-only',
  });
  const checked = (check.data?.checkApproval ?? []) as Conflict[];
  const checkProblem = problemOf(check.error, t);
  // The latest answer of an approval, until the choices change: it knows what the check may not yet.
  const conflicts = conflictsBySession(answered.length ? answered : checked, workshop.sessions);
  const load = checked.filter((c) => c.reason === 'BRANCH_LOAD_LIMIT');
  const placing = [
    ...conflictsBySession(
      checked.filter((c) => c.reason !== 'BRANCH_LOAD_LIMIT'),
      workshop.sessions,
    ).keys(),
  ];
  const choose = (next: Choices) => {
    setAnswered([]);
    setChoices(next);
  };
  return (
    <>
      <h1>{workshop.title}</h1>
      <ProposalDetails workshop={workshop} />
      <ProposalSessions workshop={workshop} choices={choices} onChoose={choose} conflicts={conflicts} editable={pending} />
      {pending ? (
        <section aria-labelledby="impact-heading">
          <h2 id="impact-heading">{t('coord.impact')}</h2>
          {check.fetching ? <p className="muted">{t('coord.checking')}</p> : null}
          {checkProblem ? <Notice kind="error">{checkProblem.summary}</Notice> : null}
          {load.length ? (
            <Notice kind="note">
              <p>{t('coord.impactOver')}</p>
              <ul>
                {[...new Set(load.map((c) => c.message))].map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {placing.length ? <p>{t('coord.impactBlocked', { count: placing.length })}</p> : null}
          {check.data && !check.fetching && !checked.length ? <p>{t('coord.impactNone')}</p> : null}
        </section>
      ) : null}
      {pending ? (
        <DecisionForm
          workshopId={workshop.id}
          input={input}
          overLimit={load.length > 0}
          onConflicts={setAnswered}
          onDecided={(message) => {
            setOutcome(message);
            onDecided();
          }}
        />
      ) : outcome ? (
        <Outcome message={outcome} workshop={workshop} />
      ) : (
        <Notice kind="info">{t('coord.decided', { status: t(`coord.workshopStatus${workshop.status}`) })}</Notice>
      )}
      {workshop.status === 'APPROVED' ? (
        <WorkshopActions
          workshopId={workshop.id}
          onChanged={onDecided}
          onCancelled={(message) => {
            setOutcome(message);
            onDecided();
          }}
        />
      ) : null}
      <ReviewHistory workshop={workshop} />
    </>
  );
}

function ProposalDetails({ workshop }: { workshop: Proposal }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('coord.details')}</h2>
      <dl className="facts">
        <dt>{t('coord.agency')}</dt>
        <dd>
          <Link to={`/coordinator/agencies/${workshop.agency.id}`}>{workshop.agency.name}</Link> (
          {t(`coord.agencyStatus${workshop.agency.status}`)})
        </dd>
        <dt>{t('coord.summary')}</dt>
        <dd>{workshop.summary}</dd>
        <dt>{t('coord.description')}</dt>
        <dd className="prewrap">{workshop.description}</dd>
        <dt>{t('coord.capacity')}</dt>
        <dd>{workshop.capacity}</dd>
        <dt>{t('coord.needs')}</dt>
        <dd>{workshop.requiredFeatures.length ? workshop.requiredFeatures.map((f) => t(`feature.${f}`)).join(', ') : t('coord.none')}</dd>
        <dt>{t('coord.languages')}</dt>
        <dd>{workshop.languages.join(', ')}</dd>
        {workshop.accessibilityNotes ? (
          <>
            <dt>{t('coord.accessibility')}</dt>
            <dd>{workshop.accessibilityNotes}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function ReviewHistory({ workshop }: { workshop: Proposal }) {
  const { t, language } = useI18n();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('coord.history')}</h2>
      <ol className="history">
        {workshop.reviewHistory.map((event) => (
          <li key={event.id}>
            <strong>{t(`coord.action${event.action}`)}</strong> {formatDateTime(event.at, zone, language)}
            {event.actor ? `, ${event.actor.displayName}` : ''}
            {event.overrodeLoadLimits ? ` (${t('coord.overrode')})` : ''}
            {event.comment ? <p className="prewrap">{event.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
