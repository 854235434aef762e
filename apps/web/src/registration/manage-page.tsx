import { useEffect, useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useLocation, useSearch } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';

const REGISTRATION = graphql(`
  query ManageRegistration($token: String!) {
    registrationByToken(token: $token) {
      ...ManagedRegistration
    }
  }
`);

graphql(`
  fragment ManagedRegistration on Registration {
    id
    status
    name
    partySize
    waitlistPosition
    remindersOptIn
    followUpOptIn
    shareContactWithPartner
    checkInCode
    session {
      id
      startsAt
      endsAt
      status
      calendarUrl
      cancellationReason
      branch {
        id
        name
        address
        timeZone
      }
      room {
        id
        name
      }
      workshop {
        id
        title
        agency {
          id
          name
        }
      }
    }
  }
`);

const PREFERENCES = graphql(`
  mutation UpdatePreferences($token: String!, $input: RegistrationPreferencesInput!) {
    updateRegistrationPreferences(token: $token, input: $input) {
      ...ManagedRegistration
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelMine($token: String!) {
    cancelRegistration(token: $token) {
      ...ManagedRegistration
    }
  }
`);

/** The manage link's token: in the fragment (never sent to a server), `#token=…`. */
function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length <= 200 ? token : null;
}

type Choice = 'remindersOptIn' | 'followUpOptIn' | 'shareContactWithPartner';

const TOKEN_KEY = 'commonroom.manage-token';

/**
 * `/registration#token=…`: the patron's registration, their choices, and cancelling it. The token
 * leaves the address bar as soon as it is read (nobody copies or screenshots it by accident); the
 * tab keeps it for a reload.
 */
export default function ManagePage() {
  const [path, navigate] = useLocation();
  const search = useSearch();
  const fromLink = tokenOf(window.location.hash);
  const [token] = useState(() => fromLink ?? sessionStorage.getItem(TOKEN_KEY));
  useEffect(() => {
    if (!fromLink) return;
    sessionStorage.setItem(TOKEN_KEY, fromLink);
    navigate(path + (search ? `?${search}` : ''), { replace: true });
  }, [fromLink, path, search, navigate]);
  const current = fromLink ?? token;
  if (!current) return <Missing />;
  return <ManageRegistration key={current} token={current} />;
}

function ManageRegistration({ token }: { token: string }) {
  const { t, language } = useI18n();
  usePageTitle(t('manage.title'));
  const [result] = useQuery({ query: REGISTRATION, variables: { token } });
  const [preferences, updatePreferences] = useMutation(PREFERENCES);
  const [cancelled, cancel] = useMutation(CANCEL);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  const loadProblem = problemOf(result.error, t);
  if (loadProblem) return <Notice kind="error">{loadProblem.summary}</Notice>;
  const registration =
    cancelled.data?.cancelRegistration ?? preferences.data?.updateRegistrationPreferences ?? result.data?.registrationByToken;
  if (!registration) return <Missing />;
  const { session } = registration;

  const choose = async (choice: Choice, value: boolean) => {
    setSaved(null);
    const outcome = await updatePreferences({ token, input: { [choice]: value } });
    setProblem(problemOf(outcome.error, t));
    if (!outcome.error) setSaved(t('manage.saved'));
  };
  const confirmCancel = async (close: () => void) => {
    const outcome = await cancel({ token });
    setProblem(problemOf(outcome.error, t));
    close();
  };

  const live = registration.status !== 'CANCELLED' && session.status === 'SCHEDULED';
  return (
    <>
      <h1>{t('manage.title')}</h1>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      <StatusLine status={registration.status} partySize={registration.partySize} position={registration.waitlistPosition} />
      {session.status === 'CANCELLED' ? (
        <Notice kind="note">
          {t('session.cancelled')} {session.cancellationReason ? t('session.cancelledWhy', { reason: session.cancellationReason }) : ''}
        </Notice>
      ) : null}
      <section aria-labelledby="session-heading">
        <h2 id="session-heading">{session.workshop.title}</h2>
        <dl className="facts">
          <dt>{t('card.withLabel')}</dt>
          <dd>{session.workshop.agency.name}</dd>
          <dt>{t('card.when')}</dt>
          <dd>{formatWhen(session.startsAt, session.endsAt, session.branch.timeZone, language)}</dd>
          <dt>{t('card.where')}</dt>
          <dd>
            {[session.branch.name, session.room?.name].filter(Boolean).join(' · ')}
            {session.branch.address ? `, ${session.branch.address}` : ''}
          </dd>
        </dl>
        <p>
          <a href={session.calendarUrl}>{t('session.addToCalendar')}</a> ·{' '}
          <Link to={`/sessions/${session.id}`}>{t('manage.sessionPage')}</Link>
        </p>
      </section>
      {registration.checkInCode && registration.status === 'CONFIRMED' ? (
        <figure className="qr">
          <div role="img" aria-label={t('manage.qrLabel')} dangerouslySetInnerHTML={{ __html: registration.checkInCode }} />
          <figcaption>{t('manage.qr')}</figcaption>
        </figure>
      ) : null}
      {live ? (
        <>
          <section aria-labelledby="choices-heading">
            <h2 id="choices-heading">{t('manage.choices')}</h2>
            <p className="hint">{t('register.choicesHint')}</p>
            <Checkbox isSelected={registration.remindersOptIn} onChange={(v) => void choose('remindersOptIn', v)}>
              {t('register.reminders')}
            </Checkbox>
            <Checkbox isSelected={registration.followUpOptIn} onChange={(v) => void choose('followUpOptIn', v)}>
              {t('register.followUp')}
            </Checkbox>
            <Checkbox isSelected={registration.shareContactWithPartner} onChange={(v) => void choose('shareContactWithPartner', v)}>
              {t('register.share')}
            </Checkbox>
            <div aria-live="polite">{saved ? <p className="notice notice--ok">{saved}</p> : null}</div>
          </section>
          <section aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t('manage.cancelTitle')}</h2>
            <p>{t('manage.cancelText')}</p>
            <DialogTrigger>
              <Button variant="secondary">{t('manage.cancel')}</Button>
              <ModalOverlay className="modal-overlay" isDismissable>
                <Modal className="modal">
                  <Dialog className="dialog" role="alertdialog">
                    {({ close }) => (
                      <>
                        <Heading slot="title">{t('manage.cancelConfirmTitle')}</Heading>
                        <p>{t('manage.cancelConfirmText')}</p>
                        <div className="actions">
                          <Button variant="danger" onPress={() => void confirmCancel(close)} isDisabled={cancelled.fetching}>
                            {t('manage.cancelConfirm')}
                          </Button>
                          <Button variant="secondary" onPress={close} autoFocus>
                            {t('manage.keep')}
                          </Button>
                        </div>
                      </>
                    )}
                  </Dialog>
                </Modal>
              </ModalOverlay>
            </DialogTrigger>
          </section>
        </>
      ) : null}
    </>
  );
}

function StatusLine({ status, partySize, position }: { status: string; partySize: number; position: number | null | undefined }) {
  const { t } = useI18n();
  if (status === 'CONFIRMED') return <Notice kind="ok">{t('register.confirmed', { count: partySize })}</Notice>;
  if (status === 'WAITLISTED') return <Notice>{t('register.waitlisted', { position })}</Notice>;
  return <Notice>{t('manage.isCancelled')}</Notice>;
}

function Missing() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('manage.title')}</h1>
      <Notice kind="note">{t('manage.missing')}</Notice>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </>
  );
}
