import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation, type AnyVariables, type DocumentInput, type OperationResult } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { Button } from '../ui/button';
import { DateTimeField } from '../ui/date-time-field';
import { Notice } from '../ui/notices';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';
import { formatDateTime } from '../ui/format';
import type { CoordinatorSession } from './session-page';

const WALK_INS = graphql(`
  mutation CoordinatorWalkIns($sessionId: ID!, $count: Int!) {
    recordWalkIns(sessionId: $sessionId, count: $count) {
      id
      walkInCount
    }
  }
`);

const CAPACITY = graphql(`
  mutation CoordinatorCapacity($id: ID!, $capacity: Int!) {
    setSessionCapacity(id: $id, capacity: $capacity) {
      id
      capacity
      seatsTaken
      waitlistLength
    }
  }
`);

const WINDOW = graphql(`
  mutation CoordinatorWindow($sessionId: ID!, $opensAt: DateTime, $closesAt: DateTime) {
    setRegistrationWindow(sessionId: $sessionId, opensAt: $opensAt, closesAt: $closesAt) {
      id
      registrationOpensAt
      registrationClosesAt
      ownRegistrationOpensAt
      ownRegistrationClosesAt
      registrationOpen
    }
  }
`);

const CANCEL = graphql(`
  mutation CoordinatorCancelSession($id: ID!, $reason: String!) {
    cancelSession(id: $id, reason: $reason) {
      id
      status
      cancellationReason
    }
  }
`);

/** One small form of the session page: its own outcome and its own error, next to its fields. */
function useAction<Data, Vars extends AnyVariables>(document: DocumentInput<Data, Vars>, done: string, onChanged: () => void) {
  const { t } = useI18n();
  const [state, run] = useMutation(document);
  const [message, setMessage] = useState<string | null>(null);
  const send = async (vars: Vars): Promise<OperationResult<Data, Vars>> => {
    setMessage(null);
    const result = await run(vars);
    if (!result.error) {
      setMessage(done);
      onChanged();
    }
    return result;
  };
  return { send, problem: problemOf(state.error, t), message };
}

const fieldError = (problem: Problem | null, name: string) => (problem ? (problem.fields[name] ?? problem.summary) : undefined);

/** Walk-ins, capacity, the registration window, and cancelling the session. */
export function SessionSettings({
  session,
  scheduled,
  onChanged,
}: {
  session: CoordinatorSession;
  scheduled: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  // The cancel form goes with the session's scheduling: its outcome is said here, and takes the focus.
  const [cancelled, setCancelled] = useState(false);
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('coord.sessionSettings')}</h2>
      {cancelled ? (
        <Notice kind="ok" takeFocus>
          {t('coord.sessionCancelled')}
        </Notice>
      ) : null}
      {session.status !== 'CANCELLED' ? <WalkIns session={session} onChanged={onChanged} /> : null}
      {scheduled ? (
        <>
          <Capacity session={session} onChanged={onChanged} />
          <RegistrationWindow session={session} onChanged={onChanged} />
          <CancelSession
            session={session}
            onChanged={() => {
              setCancelled(true);
              onChanged();
            }}
          />
        </>
      ) : null}
    </section>
  );
}

function WalkIns({ session, onChanged }: { session: CoordinatorSession; onChanged: () => void }) {
  const { t } = useI18n();
  const [count, setCount] = useState(session.walkInCount);
  const action = useAction(WALK_INS, t('coord.walkInsSaved'), onChanged);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.send({ sessionId: session.id, count });
  };
  return (
    <Form onSubmit={submit} className="inline-form" validationBehavior="aria">
      <NumberField
        label={t('coord.walkIns')}
        hint={t('coord.walkInsHint')}
        minValue={0}
        maxValue={10_000}
        value={count}
        onChange={(v) => setCount(Number.isFinite(v) ? v : 0)}
        error={action.problem ? fieldError(action.problem, 'count') : undefined}
      />
      <Button type="submit">{t('coord.saveWalkIns')}</Button>
      {action.message ? <Notice kind="ok">{action.message}</Notice> : null}
    </Form>
  );
}

function Capacity({ session, onChanged }: { session: CoordinatorSession; onChanged: () => void }) {
  const { t } = useI18n();
  const [capacity, setCapacity] = useState(session.capacity);
  const action = useAction(CAPACITY, t('coord.capacitySaved'), onChanged);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.send({ id: session.id, capacity });
  };
  return (
    <Form onSubmit={submit} className="inline-form" validationBehavior="aria">
      <NumberField
        label={t('coord.sessionCapacity')}
        hint={t('coord.capacityHint', { taken: session.seatsTaken, room: session.room?.capacity ?? session.capacity })}
        minValue={1}
        maxValue={10_000}
        value={capacity}
        onChange={(v) => setCapacity(Number.isFinite(v) ? v : session.capacity)}
        error={action.problem ? fieldError(action.problem, 'capacity') : undefined}
      />
      <Button type="submit">{t('coord.saveCapacity')}</Button>
      {action.message ? <Notice kind="ok">{action.message}</Notice> : null}
    </Form>
  );
}

function RegistrationWindow({ session, onChanged }: { session: CoordinatorSession; onChanged: () => void }) {
  const { t, language } = useI18n();
  // The session's own times only: an empty field follows the settings, and saving does not freeze what they give today.
  const [opensAt, setOpensAt] = useState<string | null>(session.ownRegistrationOpensAt ?? null);
  const [closesAt, setClosesAt] = useState<string | null>(session.ownRegistrationClosesAt ?? null);
  const action = useAction(WINDOW, t('coord.windowSaved'), onChanged);
  const zone = session.branch.timeZone;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.send({ sessionId: session.id, opensAt, closesAt });
  };
  const problem = action.problem;
  const when = (instant: string) => formatDateTime(instant, zone, language);
  const opens = session.registrationOpensAt ? when(session.registrationOpensAt) : t('coord.whenScheduled');
  return (
    <Form onSubmit={submit} className="window-form" validationBehavior="aria">
      <h3>{t('coord.window')}</h3>
      <p className="muted">
        {t(session.registrationOpen ? 'coord.windowOpen' : 'coord.windowClosed')}{' '}
        {t('coord.windowNow', { opens, closes: when(session.registrationClosesAt) })}
      </p>
      <OwnTime
        name="opensAt"
        label={t('coord.opensAt')}
        hint={t('coord.opensAtHint')}
        clearLabel={t('coord.useDefaultOpens')}
        value={opensAt}
        timeZone={zone}
        onChange={setOpensAt}
        error={problem?.fields.opensAt ? t('coord.opensAfterCloses') : undefined}
      />
      <OwnTime
        name="closesAt"
        label={t('coord.closesAt')}
        hint={t('coord.closesAtHint')}
        clearLabel={t('coord.useDefaultCloses')}
        value={closesAt}
        timeZone={zone}
        onChange={setClosesAt}
        error={problem?.fields.closesAt ? t('coord.closesAfterStart') : problem && !problem.fields.opensAt ? problem.summary : undefined}
      />
      <Button type="submit">{t('coord.saveWindow')}</Button>
      {action.message ? <Notice kind="ok">{action.message}</Notice> : null}
    </Form>
  );
}

/** One of the session's own times, or empty (the settings decide), with a button to empty it. */
function OwnTime({
  name,
  clearLabel,
  onChange,
  ...field
}: {
  name: string;
  label: string;
  hint: string;
  clearLabel: string;
  value: string | null;
  timeZone: string;
  onChange: (value: string | null) => void;
  error?: string;
}) {
  const row = useRef<HTMLDivElement>(null);
  // The button goes with the value it clears: the focus moves to the emptied field, not to the page.
  const clear = () => {
    onChange(null);
    row.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
  };
  return (
    <div className="inline-form" ref={row}>
      <DateTimeField id={`field-${name}`} onChange={onChange} {...field} />
      {field.value ? (
        <Button variant="secondary" onPress={clear}>
          {clearLabel}
        </Button>
      ) : null}
    </div>
  );
}

function CancelSession({ session, onChanged }: { session: CoordinatorSession; onChanged: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction(CANCEL, t('coord.sessionCancelled'), onChanged);
  const registrants = session.registrations.filter((r) => r.status !== 'CANCELLED').length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) void action.send({ id: session.id, reason: reason.trim() });
  };
  return (
    <Form onSubmit={submit} className="cancel-form" validationBehavior="aria">
      <h3>{t('coord.cancelSession')}</h3>
      <p>{t('coord.cancelWarning', { count: registrants })}</p>
      <TextField
        id="field-reason"
        label={t('coord.cancelReason')}
        hint={t('coord.cancelReasonHint')}
        multiline
        value={reason}
        onChange={setReason}
        maxLength={1000}
        error={missing ? t('coord.reasonMissing') : action.problem ? fieldError(action.problem, 'reason') : undefined}
      />
      <Button type="submit" variant="danger">
        {t('coord.confirmCancelSession')}
      </Button>
    </Form>
  );
}
