import { useState, type FormEvent } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Conflict } from '../graphql/problems';
import { Button } from '../ui/button';
import { DateTimeField } from '../ui/date-time-field';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { TextField } from '../ui/text-field';
import type { Booking, CalendarBranch } from './calendar-events';

const CHECK = graphql(`
  query CoordinatorCheckMove($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $ignore: ID) {
    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt, ignoreSessionId: $ignore) {
      reason
      message
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation CoordinatorReschedule($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      id
      startsAt
      endsAt
      capacity
      room {
        id
        name
      }
    }
  }
`);

interface Props {
  branch: CalendarBranch;
  booking: Booking;
  onClose: () => void;
  onMoved: (message: string) => void;
}

/**
 * Moving a session to another time or room: each change is checked at once (the session's own
 * booking aside), what the registrants will receive is said before saving, and a refusal lists
 * every reason without losing what was typed.
 */
export function MoveDialog({ branch, booking, onClose, onMoved }: Props) {
  const { t } = useI18n();
  const session = booking.session as NonNullable<Booking['session']>;
  const [values, setValues] = useState({ startsAt: booking.startsAt, endsAt: booking.endsAt, roomId: booking.roomId, reason: '' });
  const complete = Boolean(values.startsAt && values.endsAt && values.startsAt < values.endsAt);
  const [check] = useQuery({
    query: CHECK,
    variables: { roomId: values.roomId, startsAt: values.startsAt, endsAt: values.endsAt, ignore: session.id },
    pause: !complete,
    requestPolicy: 'network-only',
  });
  const [state, reschedule] = useMutation(RESCHEDULE);
  // A refusal speaks for the times it was given; once they change, the live check does.
  const [refusedFor, setRefusedFor] = useState<string | null>(null);
  const problem = refusedFor === JSON.stringify(values) ? problemOf(state.error, t) : null;
  const reasons: Conflict[] = problem?.conflicts.length ? problem.conflicts : ((check.data?.checkAvailability ?? []) as Conflict[]);
  const people = session.seatsTaken + session.waitlistLength;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!complete) return;
    const result = await reschedule({
      input: {
        sessionId: session.id,
        startsAt: values.startsAt,
        endsAt: values.endsAt,
        roomId: values.roomId,
        reason: values.reason.trim() || null,
      },
    });
    if (result.error) setRefusedFor(JSON.stringify(values));
    else onMoved(t('coord.moved', { title: session.workshop.title }));
  };
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{t('coord.moveTitle', { title: session.workshop.title })}</Heading>
          <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
            <DateTimeField
              id="field-startsAt"
              label={t('coord.startsAt')}
              value={values.startsAt}
              timeZone={branch.timeZone}
              onChange={(v) => setValues({ ...values, startsAt: v ?? '' })}
            />
            <DateTimeField
              id="field-endsAt"
              label={t('coord.endsAt')}
              value={values.endsAt}
              timeZone={branch.timeZone}
              onChange={(v) => setValues({ ...values, endsAt: v ?? '' })}
              error={values.startsAt && values.endsAt && !complete ? t('coord.endBeforeStart') : undefined}
            />
            <Select
              label={t('coord.room')}
              options={branch.rooms.map((r) => ({ id: r.id, label: t('coord.roomSeats', { room: r.name, capacity: r.capacity }) }))}
              value={values.roomId}
              onChange={(v) => v && setValues({ ...values, roomId: v })}
            />
            <div aria-live="polite">
              {complete && check.fetching ? <p className="muted">{t('coord.checking')}</p> : null}
              {complete && !check.fetching && reasons.length ? (
                <div className="notice notice--error">
                  <p>
                    <strong>{t('coord.cannotMove')}</strong>
                  </p>
                  <ul>
                    {reasons.map((c, i) => (
                      <li key={`${c.reason}-${i}`}>
                        {t(`reason.${c.reason}`)}: {c.message}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {complete && !check.fetching && check.data && !reasons.length ? <Notice kind="ok">{t('coord.slotFree')}</Notice> : null}
            </div>
            {problem && !problem.conflicts.length ? <Notice kind="error">{problem.summary}</Notice> : null}
            <p>{t('coord.moveNotice', { count: people })}</p>
            <TextField
              id="field-moveReason"
              label={t('coord.moveReason')}
              hint={t('coord.moveReasonHint')}
              value={values.reason}
              onChange={(v) => setValues({ ...values, reason: v })}
              maxLength={500}
            />
            <div className="actions">
              <Button type="submit" isDisabled={!complete}>
                {t('coord.saveMove')}
              </Button>
              <Button variant="secondary" slot="close">
                {t('coord.closeDialog')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
