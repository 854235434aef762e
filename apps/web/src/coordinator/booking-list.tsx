import { useState } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { formatWhen } from '../ui/format';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';
import { bookingTitle, type Booking, type CalendarBranch } from './calendar-events';
import { MoveDialog } from './move-dialog';

const CANCEL_BOOKING = graphql(`
  mutation CoordinatorCancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
    }
  }
`);

interface Props {
  branch: CalendarBranch;
  bookings: Booking[];
  focus: string | null;
  onFocus: (bookingId: string | null) => void;
  onChanged: () => void;
}

/** The bookings of the calendar's window as a list (for every reader, and on a phone): move a session, cancel a staff booking. */
export function BookingList({ branch, bookings, focus, onFocus, onChanged }: Props) {
  const { t, language } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const [cancelState, cancel] = useMutation(CANCEL_BOOKING);
  const problem = problemOf(cancelState.error, t);
  const words = { internal: t('coord.internal'), maintenance: t('coord.maintenance') };
  const moving = bookings.find((b) => b.id === focus && b.session) ?? null;
  // A staff booking chosen on the calendar asks for its cancellation at once.
  const chosen = bookings.find((b) => b.id === focus && !b.session)?.id ?? null;
  const [asked, setConfirming] = useState<string | null>(null);
  const confirming = chosen ?? asked;
  return (
    <section aria-labelledby="bookings-heading">
      <h2 id="bookings-heading">{t('coord.bookings')}</h2>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      {bookings.length ? (
        <TableWrap label={t('coord.bookings')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('coord.when')}</th>
                <th scope="col">{t('coord.room')}</th>
                <th scope="col">{t('coord.booking')}</th>
                <th scope="col">{t('coord.bookingActions')}</th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((b) => {
                const title = bookingTitle(b, words);
                return (
                  <tr key={b.id}>
                    <td>{formatWhen(b.startsAt, b.endsAt, branch.timeZone, language)}</td>
                    <td>{b.roomName}</td>
                    <td>
                      {b.session ? (
                        <Link
                          to={
                            b.session.status === 'PROPOSED'
                              ? `/coordinator/proposals/${b.session.workshop.id}`
                              : `/coordinator/sessions/${b.session.id}`
                          }
                        >
                          {title}
                        </Link>
                      ) : (
                        title
                      )}
                      {b.status === 'TENTATIVE' ? ` (${t('coord.tentative')})` : ''}
                    </td>
                    <td className="actions">
                      {b.session && b.session.status === 'SCHEDULED' ? (
                        <Button variant="secondary" onPress={() => onFocus(b.id)}>
                          {t('coord.move', { title })}
                        </Button>
                      ) : null}
                      {!b.session && confirming !== b.id ? (
                        <Button variant="link" onPress={() => setConfirming(b.id)}>
                          {t('coord.cancelBooking', { title })}
                        </Button>
                      ) : null}
                      {!b.session && confirming === b.id ? (
                        <>
                          <Button
                            variant="danger"
                            onPress={() =>
                              void cancel({ id: b.id }).then((r) => {
                                setConfirming(null);
                                onFocus(null);
                                if (!r.error) {
                                  setDone(t('coord.bookingCancelled', { title }));
                                  onChanged();
                                }
                              })
                            }
                          >
                            {t('coord.confirmCancelBooking', { title })}
                          </Button>
                          <Button
                            variant="link"
                            onPress={() => {
                              setConfirming(null);
                              onFocus(null);
                            }}
                          >
                            {t('coord.keepBooking')}
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
        <p>{t('coord.noBookings')}</p>
      )}
      {moving ? (
        <MoveDialog
          branch={branch}
          booking={moving}
          onClose={() => onFocus(null)}
          onMoved={(message) => {
            onFocus(null);
            setDone(message);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
