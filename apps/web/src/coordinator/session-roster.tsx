import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';
import type { CoordinatorSession } from './session-page';

const CHECK_IN = graphql(`
  mutation CoordinatorCheckIn($id: ID!) {
    checkIn(registrationId: $id) {
      id
      checkedInAt
    }
  }
`);

const UNDO = graphql(`
  mutation CoordinatorUndoCheckIn($id: ID!) {
    undoCheckIn(registrationId: $id) {
      id
      checkedInAt
    }
  }
`);

/** Confirmed patrons by arrival, then the waitlist by position: party sizes, needs, and check-in by a tap. */
export function SessionRoster({ session, onChanged }: { session: CoordinatorSession; onChanged: () => void }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const [checkInState, checkIn] = useMutation(CHECK_IN);
  const [undoState, undo] = useMutation(UNDO);
  const problem = problemOf(checkInState.error ?? undoState.error, t);
  const live = session.registrations.filter((r) => r.status !== 'CANCELLED');
  const cancelled = session.registrations.length - live.length;
  const act = async (run: () => Promise<{ error?: unknown }>, message: string) => {
    setDone(null);
    if (!(await run()).error) {
      setDone(message);
      onChanged();
    }
  };
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('coord.roster')}</h2>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      {live.length ? (
        <TableWrap label={t('coord.roster')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('coord.patronName')}</th>
                <th scope="col">{t('coord.party')}</th>
                <th scope="col">{t('coord.status')}</th>
                <th scope="col">{t('coord.needsOfPatron')}</th>
                <th scope="col">{t('coord.checkInColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {live.map((r) => {
                const name = r.name ?? t('coord.patron');
                return (
                  <tr key={r.id}>
                    <th scope="row">{name}</th>
                    <td>{r.partySize}</td>
                    <td>{r.status === 'WAITLISTED' ? t('coord.waitlisted', { position: r.waitlistPosition }) : t('coord.confirmed')}</td>
                    <td>{r.accessibilityNeeds ?? ''}</td>
                    <td className="actions">
                      {r.status === 'CONFIRMED' && !r.checkedInAt ? (
                        <Button
                          variant="secondary"
                          onPress={() => void act(() => checkIn({ id: r.id }), t('coord.checkedInNamed', { name, count: r.partySize }))}
                        >
                          {t('coord.checkInName', { name })}
                        </Button>
                      ) : null}
                      {r.checkedInAt ? (
                        <>
                          <span>{t('coord.isCheckedIn')}</span>{' '}
                          <Button variant="link" onPress={() => void act(() => undo({ id: r.id }), t('coord.undone', { name }))}>
                            {t('coord.undoName', { name })}
                          </Button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t('coord.nobody')}</p>
      )}
      {cancelled ? <p className="muted">{t('coord.cancelledCount', { count: cancelled })}</p> : null}
    </section>
  );
}
