import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { DateTimeField } from '../ui/date-time-field';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { TextField } from '../ui/text-field';

const ROOMS = graphql(`
  query CoordinatorRooms {
    branches {
      id
      name
      timeZone
      rooms {
        id
        name
        capacity
      }
    }
  }
`);

const ADD_SESSIONS = graphql(`
  mutation CoordinatorAddSessions($input: AddSessionsInput!) {
    addSessions(input: $input) {
      id
    }
  }
`);

const CANCEL_WORKSHOP = graphql(`
  mutation CoordinatorCancelWorkshop($id: ID!, $reason: String!) {
    cancelWorkshop(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/** For an approved workshop: a repeat session (for a long waitlist), placed and scheduled at once; or cancelling every future session. */
export function WorkshopActions({
  workshopId,
  onChanged,
  onCancelled,
}: {
  workshopId: string;
  onChanged: () => void;
  /** With the outcome in words: these forms go once the workshop is cancelled, and the page says it. */
  onCancelled: (message: string) => void;
}) {
  return (
    <>
      <AddSession workshopId={workshopId} onChanged={onChanged} />
      <CancelWorkshop workshopId={workshopId} onCancelled={onCancelled} />
    </>
  );
}

function AddSession({ workshopId, onChanged }: { workshopId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const [rooms] = useQuery({ query: ROOMS });
  const [values, setValues] = useState({ roomId: null as string | null, startsAt: null as string | null, endsAt: null as string | null });
  const [done, setDone] = useState<string | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const [state, add] = useMutation(ADD_SESSIONS);
  const problem = problemOf(state.error, t);
  const branches = rooms.data?.branches ?? [];
  const branch = branches.find((b) => b.rooms.some((r) => r.id === values.roomId));
  const zone = branch?.timeZone ?? 'UTC';
  const complete = Boolean(values.roomId && values.startsAt && values.endsAt && (values.startsAt as string) < (values.endsAt as string));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setIncomplete(!complete || !branch);
    if (!complete || !branch) return;
    const session = {
      branchId: branch.id,
      roomId: values.roomId as string,
      startsAt: values.startsAt as string,
      endsAt: values.endsAt as string,
    };
    if (!(await add({ input: { workshopId, sessions: [session] } })).error) {
      setDone(t('coord.sessionAdded'));
      onChanged();
    }
  };
  const options = branches.flatMap((b) =>
    b.rooms.map((r) => ({ id: r.id, label: `${b.name}: ${t('coord.roomSeats', { room: r.name, capacity: r.capacity })}` })),
  );
  return (
    <section aria-labelledby="add-session-heading">
      <h2 id="add-session-heading">{t('coord.addSession')}</h2>
      <p className="muted">{t('coord.addSessionLead')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        {problem ? (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{problem.summary}</strong>
            </p>
            <ul>
              {problem.conflicts.map((c, i) => (
                <li key={i}>
                  {t(`reason.${c.reason}`)}: {c.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {done ? <Notice kind="ok">{done}</Notice> : null}
        <Select
          label={t('coord.room')}
          options={options}
          value={values.roomId}
          onChange={(roomId) => setValues({ ...values, roomId })}
          placeholder={t('coord.chooseRoom')}
        />
        {branch ? (
          <>
            <DateTimeField
              id="field-addStartsAt"
              label={t('coord.startsAt')}
              value={values.startsAt}
              timeZone={zone}
              onChange={(startsAt) => setValues({ ...values, startsAt })}
            />
            <DateTimeField
              id="field-addEndsAt"
              label={t('coord.endsAt')}
              value={values.endsAt}
              timeZone={zone}
              onChange={(endsAt) => setValues({ ...values, endsAt })}
              error={values.startsAt && values.endsAt && !complete ? t('coord.endBeforeStart') : undefined}
            />
          </>
        ) : (
          <p className="hint">{t('coord.roomFirst')}</p>
        )}
        {incomplete ? <p className="field-error">{t('coord.addSessionIncomplete')}</p> : null}
        <Button type="submit">{t('coord.addSessionButton')}</Button>
      </Form>
    </section>
  );
}

function CancelWorkshop({ workshopId, onCancelled }: { workshopId: string; onCancelled: (message: string) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [state, cancel] = useMutation(CANCEL_WORKSHOP);
  const problem = problemOf(state.error, t);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim() && !(await cancel({ id: workshopId, reason: reason.trim() })).error) onCancelled(t('coord.workshopCancelled'));
  };
  return (
    <section aria-labelledby="cancel-workshop-heading">
      <h2 id="cancel-workshop-heading">{t('coord.cancelWorkshop')}</h2>
      <p>{t('coord.cancelWorkshopLead')}</p>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <TextField
          id="field-workshopReason"
          label={t('coord.cancelReason')}
          hint={t('coord.cancelReasonHint')}
          multiline
          value={reason}
          onChange={setReason}
          maxLength={1000}
          error={missing ? t('coord.reasonMissing') : undefined}
        />
        <Button type="submit" variant="danger">
          {t('coord.confirmCancelWorkshop')}
        </Button>
      </Form>
    </section>
  );
}
