import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { formatDateTime, formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';

const WORKSHOP = graphql(`
  query PartnerWorkshop($id: ID!) {
    workshop(id: $id) {
      id
      title
      summary
      status
      submittedAt
      reviewHistory {
        id
        action
        comment
        at
        actor {
          id
          displayName
        }
      }
      sessionRequests {
        startsAt
        endsAt
        recurrence
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
      sessions {
        id
        startsAt
        endsAt
        status
        capacity
        seatsTaken
        waitlistLength
        checkedInCount
        cancellationReason
        branch {
          id
          name
          timeZone
        }
        room {
          id
          name
        }
        booking {
          id
          status
        }
      }
    }
  }
`);

/** One session's registrants, read when the partner opens them (a series may have 52 sessions). */
const REGISTRANTS = graphql(`
  query SessionRegistrants($id: ID!) {
    session(id: $id) {
      id
      status
      seatsTaken
      registrations(statuses: [CONFIRMED, WAITLISTED]) {
        id
        name
        email
        partySize
        status
        checkedInAt
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawWorkshop($id: ID!, $reason: String) {
    withdrawWorkshop(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const SUBMIT_AGAIN = graphql(`
  mutation ResubmitWorkshop($id: ID!) {
    submitWorkshop(id: $id) {
      id
      status
    }
  }
`);

const CANCEL_SESSION = graphql(`
  mutation CancelOwnSession($id: ID!, $reason: String!) {
    cancelSession(id: $id, reason: $reason) {
      id
      status
      cancellationReason
    }
  }
`);

const CHECK_IN = graphql(`
  mutation PartnerCheckIn($registrationId: ID!) {
    checkIn(registrationId: $registrationId) {
      id
      checkedInAt
    }
  }
`);

/** `/partner/workshops/:id`: where a proposal stands, the coordinators' comments, and its sessions. */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const [result, reload] = useQuery({ query: WORKSHOP, variables: { id } });
  const workshop = result.data?.workshop;
  usePageTitle(workshop?.title ?? t('partner.workshop'));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [, withdraw] = useMutation(WITHDRAW);
  const [, resubmit] = useMutation(SUBMIT_AGAIN);
  const [, cancelSession] = useMutation(CANCEL_SESSION);
  const saved = useHistoryState<{ saved?: string } | null>()?.saved;

  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  const loadProblem = problemOf(result.error, t);
  if (loadProblem) return <Notice kind="error">{loadProblem.summary}</Notice>;
  if (!workshop) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  const act = async (work: () => Promise<{ error?: Parameters<typeof problemOf>[0] }>) => {
    const outcome = await work();
    setProblem(problemOf(outcome.error, t));
    if (!outcome.error) reload({ requestPolicy: 'network-only' });
  };
  const editable = workshop.status === 'DRAFT' || workshop.status === 'CHANGES_REQUESTED';
  const beforeApproval = editable || workshop.status === 'SUBMITTED';

  return (
    <>
      <h1>{workshop.title}</h1>
      <p>
        <span className="badge">{t(`workshopStatus.${workshop.status}`)}</span> {t(`workshopStatusHint.${workshop.status}`)}
      </p>
      {saved === 'submitted' ? <Notice kind="ok">{t('partner.submitted')}</Notice> : null}
      {saved === 'draft' ? <Notice kind="ok">{t('partner.savedDraft')}</Notice> : null}
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      <div className="actions">
        {editable ? (
          <Link className="button button--secondary" to={`/partner/workshops/${workshop.id}/edit`}>
            {t('partner.edit')}
          </Link>
        ) : null}
        {editable ? <Button onPress={() => void act(() => resubmit({ id: workshop.id }))}>{t('propose.submit')}</Button> : null}
        {beforeApproval ? (
          <Button variant="secondary" onPress={() => void act(() => withdraw({ id: workshop.id, reason: null }))}>
            {t('partner.withdraw')}
          </Button>
        ) : null}
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('partner.history')}</h2>
        {workshop.reviewHistory.length ? (
          <ol className="history">
            {workshop.reviewHistory.map((event) => (
              <li key={event.id}>
                <strong>{t(`reviewAction.${event.action}`)}</strong> · {formatDateTime(event.at, 'UTC', language)}
                {event.actor ? ` · ${event.actor.displayName}` : ''}
                {event.comment ? <blockquote>{event.comment}</blockquote> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('partner.noHistory')}</p>
        )}
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('partner.sessions')}</h2>
        {workshop.sessions.length === 0 ? <p>{t('partner.noSessions')}</p> : null}
        {workshop.sessions.map((session) => {
          const zone = session.branch.timeZone;
          return (
            <article key={session.id} className="card session-card" aria-labelledby={`s-${session.id}`}>
              <h3 id={`s-${session.id}`}>{formatWhen(session.startsAt, session.endsAt, zone, language)}</h3>
              <p>
                {[session.branch.name, session.room?.name].filter(Boolean).join(' · ')} ·{' '}
                <span className="badge">{t(`sessionStatus.${session.status}`)}</span>
                {session.booking ? <span className="muted"> · {t(`bookingStatus.${session.booking.status}`)}</span> : null}
              </p>
              {session.status === 'SCHEDULED' || session.status === 'COMPLETED' ? (
                <p>
                  {t('partner.taken', { taken: session.seatsTaken, capacity: session.capacity })} ·{' '}
                  {t('partner.waitlistCount', { count: session.waitlistLength })} ·{' '}
                  {t('partner.checkedIn', { count: session.checkedInCount })}
                </p>
              ) : null}
              {session.cancellationReason ? <p>{t('session.cancelledWhy', { reason: session.cancellationReason })}</p> : null}
              {session.status === 'SCHEDULED' || session.status === 'COMPLETED' ? <Registrants sessionId={session.id} /> : null}
              {session.status === 'SCHEDULED' && new Date(session.startsAt) > new Date() ? (
                <CancelSession onCancel={(reason) => act(() => cancelSession({ id: session.id, reason }))} />
              ) : null}
            </article>
          );
        })}
        {workshop.sessions.length === 0 && workshop.sessionRequests.length ? (
          <ul>
            {workshop.sessionRequests.map((r, i) => (
              <li key={i}>
                {formatWhen(r.startsAt, r.endsAt, r.branch.timeZone, language)} · {r.branch.name}
                {r.room ? ` · ${r.room.name}` : ''} {r.recurrence ? `(${r.recurrence})` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

/**
 * The registrants of one session the agency may see: those who agreed to share their contact
 * (the API decides), a count for the rest, and check-in for the agency's own sessions.
 */
function Registrants({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [result, reload] = useQuery({ query: REGISTRANTS, variables: { id: sessionId }, pause: !open });
  const [, checkIn] = useMutation(CHECK_IN);
  const [problem, setProblem] = useState<Problem | null>(null);
  const session = result.data?.session;
  const panel = `registrants-${sessionId}`;
  const arrive = async (registrationId: string) => {
    const outcome = await checkIn({ registrationId });
    setProblem(problemOf(outcome.error, t));
    if (!outcome.error) reload({ requestPolicy: 'network-only' });
  };
  const shown = session?.registrations ?? [];
  const hidden = session ? session.seatsTaken - shown.filter((r) => r.status === 'CONFIRMED').reduce((n, r) => n + r.partySize, 0) : 0;
  return (
    <>
      <Button variant="secondary" aria-expanded={open} aria-controls={panel} onPress={() => setOpen(!open)}>
        {open ? t('partner.hideRegistrants') : t('partner.showRegistrants')}
      </Button>
      <div id={panel} hidden={!open}>
        {open && !session ? <p className="muted">{t('common.loading')}</p> : null}
        {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
        {session && shown.length ? (
          <TableWrap label={t('partner.contacts')}>
            <table className="data">
              <caption>{t('partner.contacts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.name')}</th>
                  <th scope="col">{t('register.email')}</th>
                  <th scope="col">{t('register.party')}</th>
                  <th scope="col">{t('partner.status')}</th>
                  <th scope="col">{t('partner.checkIn')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>{r.partySize}</td>
                    <td>{t(`registrationStatus.${r.status}`)}</td>
                    <td>
                      {r.checkedInAt ? (
                        t('partner.arrived')
                      ) : r.status === 'CONFIRMED' && session.status === 'SCHEDULED' ? (
                        <Button
                          variant="secondary"
                          onPress={() => void arrive(r.id)}
                          aria-label={t('partner.checkInName', { name: r.name })}
                        >
                          {t('partner.checkIn')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : null}
        {session && !shown.length && !hidden ? <p>{t('partner.noRegistrants')}</p> : null}
        {session && hidden > 0 ? <p className="muted">{t('partner.othersPrivate', { count: hidden })}</p> : null}
      </div>
    </>
  );
}

/** Cancelling a session: the reason is what its patrons will read. */
function CancelSession({ onCancel }: { onCancel: (reason: string) => Promise<void> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <DialogTrigger>
      <Button variant="secondary">{t('partner.cancelSession')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('partner.cancelSession')}</Heading>
                <p>{t('partner.cancelSessionText')}</p>
                <TextField
                  label={t('partner.reasonLabel')}
                  hint={t('partner.reasonHint')}
                  value={reason}
                  onChange={setReason}
                  multiline
                  isRequired
                  error={error}
                  autoFocus
                />
                <div className="actions">
                  <Button
                    variant="danger"
                    onPress={() => {
                      if (!reason.trim()) return setError(t('problems.field.blank'));
                      void onCancel(reason.trim()).then(close);
                    }}
                  >
                    {t('partner.cancelSessionConfirm')}
                  </Button>
                  <Button variant="secondary" onPress={close}>
                    {t('manage.keep')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
