import { parseDate } from '@internationalized/date';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { DateField } from '../ui/date-field';
import { formatDateTime, formatDay } from '../ui/format';
import { Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';
import type { CalendarBranch } from './calendar-events';
import { localToday } from './dates';

const ADD_CLOSURE = graphql(`
  mutation CoordinatorAddClosure($branchId: ID!, $input: ClosureInput!, $cancelSessions: Boolean) {
    addClosure(branchId: $branchId, input: $input, cancelSessions: $cancelSessions) {
      id
    }
  }
`);

const REMOVE_CLOSURE = graphql(`
  mutation CoordinatorRemoveClosure($id: ID!) {
    removeClosure(id: $id)
  }
`);

/**
 * The branch's closures in view, and adding one: a closure over live bookings is refused with the
 * list of them first; the coordinator may then cancel those sessions (their patrons are told) and close.
 */
export function ClosuresPanel({ branch, onChanged }: { branch: CalendarBranch; onChanged: () => void }) {
  const { t, language } = useI18n();
  const [values, setValues] = useState({ startsOn: localToday(), endsOn: localToday(), reason: '' });
  const [done, setDone] = useState<string | null>(null);
  const [addState, add] = useMutation(ADD_CLOSURE);
  const [removeState, remove] = useMutation(REMOVE_CLOSURE);
  // A refusal lists the bookings inside the days it was asked for; once the days change, it no longer speaks for them.
  const [refusedFor, setRefusedFor] = useState<string | null>(null);
  const days = `${values.startsOn}/${values.endsOn}`;
  const problem = refusedFor === days ? problemOf(addState.error, t) : null;
  const removeProblem = problemOf(removeState.error, t);
  const inside = problem?.code === 'CONFLICT' ? problem.conflicts : [];
  const send = async (cancelSessions: boolean) => {
    setDone(null);
    const input = { startsOn: values.startsOn, endsOn: values.endsOn, reason: values.reason.trim() || null };
    const result = await add({ branchId: branch.id, input, cancelSessions });
    setRefusedFor(result.error ? days : null);
    if (!result.error) {
      setDone(t('coord.closureAdded'));
      onChanged();
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (values.startsOn <= values.endsOn) void send(false);
  };
  return (
    <section aria-labelledby="closures-heading">
      <h2 id="closures-heading">{t('coord.closures')}</h2>
      {removeProblem ? <Notice kind="error">{removeProblem.summary}</Notice> : null}
      {branch.closures.length ? (
        <ul>
          {branch.closures.map((c) => (
            <li key={c.id}>
              {formatDay(c.startsOn, language)}
              {c.endsOn !== c.startsOn ? ` – ${formatDay(c.endsOn, language)}` : ''}
              {c.reason ? `: ${c.reason}` : ''}{' '}
              <Button
                variant="link"
                onPress={() =>
                  void remove({ id: c.id }).then((r) => {
                    if (r.error) return;
                    setDone(t('coord.closureRemoved'));
                    onChanged();
                  })
                }
              >
                {t('coord.removeClosure', { day: formatDay(c.startsOn, language) })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('coord.noClosures')}</p>
      )}
      <Form onSubmit={submit} validationBehavior="aria">
        <h3>{t('coord.addClosure')}</h3>
        {done ? (
          <Notice kind="ok" takeFocus>
            {done}
          </Notice>
        ) : null}
        <div className="inline-fields">
          <DateField
            label={t('coord.closedFrom')}
            value={parseDate(values.startsOn)}
            onChange={(v) => v && setValues({ ...values, startsOn: v.toString() })}
          />
          <DateField
            label={t('coord.closedUntil')}
            value={parseDate(values.endsOn)}
            onChange={(v) => v && setValues({ ...values, endsOn: v.toString() })}
            error={values.startsOn > values.endsOn ? t('coord.toBeforeFrom') : undefined}
          />
        </div>
        <TextField
          id="field-closureReason"
          label={t('coord.closureReason')}
          value={values.reason}
          onChange={(v) => setValues({ ...values, reason: v })}
          maxLength={500}
        />
        {problem && !inside.length ? <Notice kind="error">{problem.summary}</Notice> : null}
        {inside.length ? (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{t('coord.closureBlocked', { count: inside.length })}</strong>
            </p>
            <ul>
              {inside.map((c, i) => (
                <li key={i}>
                  {formatDateTime(c.startsAt ?? '', branch.timeZone, language)}: {c.message}
                </li>
              ))}
            </ul>
            <Button variant="danger" onPress={() => void send(true)}>
              {t('coord.closeAnyway', { count: inside.length })}
            </Button>
          </div>
        ) : null}
        <Button type="submit">{t('coord.addClosureButton')}</Button>
      </Form>
    </section>
  );
}
