import { useState } from 'react';
import { useParams } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { DeskSessionQuery } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';
import { TextField } from '../ui/text-field';
import { DeskRegisterForm } from './desk-register-form';

const SESSION = graphql(`
  query DeskSession($id: ID!) {
    session(id: $id) {
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
      room {
        id
        name
      }
      registrations {
        id
        name
        phone
        email
        status
        partySize
        waitlistPosition
        contactChannel
        checkedInAt
        patronNotified
      }
    }
    serviceInfo {
      smsAvailable
      en: smsConsentText(language: "en")
      es: smsConsentText(language: "es")
    }
  }
`);

const CHECK_IN = graphql(`
  mutation DeskCheckIn($id: ID!) {
    checkIn(registrationId: $id) {
      id
      checkedInAt
    }
  }
`);

const UNDO = graphql(`
  mutation DeskUndoCheckIn($id: ID!) {
    undoCheckIn(registrationId: $id) {
      id
      checkedInAt
    }
  }
`);

const CANCEL = graphql(`
  mutation DeskCancel($id: ID!) {
    cancelRegistrationById(id: $id) {
      id
      status
    }
  }
`);

type Registration = NonNullable<DeskSessionQuery['session']>['registrations'][number];

/** `/desk/sessions/:id`: register a patron, print their slip, and find a patron in the roster to check in or cancel. */
export function DeskSession() {
  const { t, language } = useI18n();
  const { id } = useParams<{ id: string }>();
  const [result, refetch] = useQuery({ query: SESSION, variables: { id } });
  const session = result.data?.session;
  usePageTitle(session?.workshop.title ?? t('desk.session'));
  const problem = problemOf(result.error, t);
  if (result.fetching && !result.data) return <p className="muted">{t('common.loading')}</p>;
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!session || !result.data) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <h1>{session.workshop.title}</h1>
      <p>
        {formatWhen(session.startsAt, session.endsAt, session.branch.timeZone, language)}, {session.branch.name}
        {session.room ? `, ${session.room.name}` : ''}
      </p>
      <p role="status">{t('desk.seatsLeft', { taken: session.seatsTaken, capacity: session.capacity, waiting: session.waitlistLength })}</p>
      <section aria-labelledby="register-heading">
        <h2 id="register-heading">{t('desk.registerTitle')}</h2>
        <DeskRegisterForm
          sessionId={session.id}
          capacity={session.capacity}
          service={{
            smsAvailable: result.data.serviceInfo.smsAvailable,
            consent: { en: result.data.serviceInfo.en, es: result.data.serviceInfo.es },
          }}
          onRegistered={reload}
        />
      </section>
      <Roster registrations={session.registrations} onChanged={reload} />
    </>
  );
}

function Roster({ registrations, onChanged }: { registrations: Registration[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [checkInState, checkIn] = useMutation(CHECK_IN);
  const [undoState, undo] = useMutation(UNDO);
  const [cancelState, cancel] = useMutation(CANCEL);
  const problem = problemOf(checkInState.error ?? undoState.error ?? cancelState.error, t);
  const wanted = text.trim().toLowerCase();
  const shown = registrations.filter((r) => r.status !== 'CANCELLED' && (!wanted || (r.name ?? '').toLowerCase().includes(wanted)));
  const act = async (run: () => Promise<{ error?: unknown }>, message: string) => {
    setDone(null);
    if (!(await run()).error) {
      setDone(message);
      onChanged();
    }
  };
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('desk.roster')}</h2>
      <TextField id="field-find" label={t('desk.find')} value={text} onChange={setText} type="search" inputMode="search" maxLength={200} />
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      {shown.length === 0 ? <p>{wanted ? t('desk.noMatch') : t('desk.noRegistrations')}</p> : null}
      {shown.length ? (
        <TableWrap label={t('desk.roster')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('desk.name')}</th>
                <th scope="col">{t('desk.party')}</th>
                <th scope="col">{t('desk.status')}</th>
                <th scope="col">{t('desk.contact')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('desk.roster')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const name = r.name ?? '';
                return (
                  <tr key={r.id}>
                    <td>{name}</td>
                    <td>{r.partySize}</td>
                    <td>
                      {r.status === 'WAITLISTED'
                        ? t('desk.statusWAITLISTED', { position: r.waitlistPosition })
                        : t(`desk.status${r.status}`)}
                      {r.checkedInAt ? `, ${t('desk.checkedIn')}` : ''}
                      {r.patronNotified === false ? `, ${t('desk.notNotified')}` : ''}
                    </td>
                    <td>
                      {t(`desk.channel${r.contactChannel}`)}
                      {r.phone ? `, ${r.phone}` : ''}
                    </td>
                    <td className="actions">
                      {r.status === 'CONFIRMED' && !r.checkedInAt ? (
                        <Button variant="secondary" onPress={() => void act(() => checkIn({ id: r.id }), t('desk.checkedIn'))}>
                          {t('desk.checkIn', { name })}
                        </Button>
                      ) : null}
                      {r.checkedInAt ? (
                        <Button variant="secondary" onPress={() => void act(() => undo({ id: r.id }), t('desk.undo', { name }))}>
                          {t('desk.undo', { name })}
                        </Button>
                      ) : null}
                      {confirming === r.id ? (
                        <>
                          <Button
                            variant="danger"
                            onPress={() =>
                              void act(() => cancel({ id: r.id }), t('desk.cancelled', { name })).then(() => setConfirming(null))
                            }
                          >
                            {t('desk.confirmCancel')}
                          </Button>
                          <Button variant="link" onPress={() => setConfirming(null)}>
                            {t('desk.keep')}
                          </Button>
                        </>
                      ) : (
                        <Button variant="link" onPress={() => setConfirming(r.id)}>
                          {t('desk.cancel', { name })}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
