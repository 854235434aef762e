import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { DateTimeField } from '../ui/date-time-field';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { TextField } from '../ui/text-field';
import type { CalendarBranch } from './calendar-events';

const BOOK = graphql(`
  mutation CoordinatorBookRoom($input: BookRoomInput!) {
    bookRoom(input: $input) {
      id
    }
  }
`);

/** A free slot chosen on the calendar. */
export interface Slot {
  roomId: string;
  startsAt: string;
  endsAt: string;
  /** Set when the slot was chosen on the calendar (then the form takes the keyboard), not typed here. */
  picked?: number;
}

type Kind = 'INTERNAL' | 'MAINTENANCE';

/** Booking a room for the library's own use (a meeting, maintenance): from a slot chosen on the calendar, or typed. */
export function BookRoomForm({
  branch,
  slot,
  onSlot,
  onBooked,
}: {
  branch: CalendarBranch;
  slot: Slot | null;
  onSlot: (slot: Slot | null) => void;
  onBooked: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('INTERNAL');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [state, book] = useMutation(BOOK);
  const problem = problemOf(state.error, t);
  const heading = useRef<HTMLHeadingElement>(null);
  const values = { roomId: branch.rooms[0]?.id ?? '', startsAt: '', endsAt: '', ...slot, picked: undefined };
  // A slot chosen on the calendar brings the keyboard here (not each edit of the form's own fields).
  const picked = slot?.picked;
  useEffect(() => {
    if (picked) heading.current?.focus();
  }, [picked]);
  const complete = Boolean(values.roomId && values.startsAt && values.endsAt && values.startsAt < values.endsAt);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!complete) return;
    const { roomId, startsAt, endsAt } = values;
    const result = await book({ input: { roomId, startsAt, endsAt, kind, note: note.trim() || null } });
    if (!result.error) {
      setDone(t('coord.roomBooked'));
      setNote('');
      onSlot(null);
      onBooked();
    }
  };
  const conflicts = problem?.conflicts ?? [];
  return (
    <section aria-labelledby="book-heading">
      <h2 id="book-heading" ref={heading} tabIndex={-1}>
        {t('coord.bookRoom')}
      </h2>
      <p className="muted">{t('coord.bookRoomLead')}</p>
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        {problem ? (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{problem.summary}</strong>
            </p>
            {conflicts.length ? (
              <ul>
                {conflicts.map((c, i) => (
                  <li key={i}>
                    {t(`reason.${c.reason}`)}: {c.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <Select
          label={t('coord.room')}
          options={branch.rooms.map((r) => ({ id: r.id, label: r.name }))}
          value={values.roomId || null}
          onChange={(v) => v && onSlot({ ...values, roomId: v })}
        />
        <RadioGroup className="fieldset" value={kind} onChange={(v) => setKind(v as Kind)}>
          <Label className="group-label">{t('coord.bookingKind')}</Label>
          <Radio value="INTERNAL" className="radio">
            {t('coord.internal')}
          </Radio>
          <Radio value="MAINTENANCE" className="radio">
            {t('coord.maintenance')}
          </Radio>
        </RadioGroup>
        <DateTimeField
          id="field-bookStartsAt"
          label={t('coord.startsAt')}
          value={values.startsAt || null}
          timeZone={branch.timeZone}
          onChange={(v) => onSlot({ ...values, startsAt: v ?? '' })}
        />
        <DateTimeField
          id="field-bookEndsAt"
          label={t('coord.endsAt')}
          value={values.endsAt || null}
          timeZone={branch.timeZone}
          onChange={(v) => onSlot({ ...values, endsAt: v ?? '' })}
          error={values.startsAt && values.endsAt && !complete ? t('coord.endBeforeStart') : undefined}
        />
        <TextField
          id="field-bookNote"
          label={t('coord.bookingNote')}
          hint={t('coord.bookingNoteHint')}
          value={note}
          onChange={setNote}
          maxLength={500}
        />
        <Button type="submit">{t('coord.book')}</Button>
      </Form>
    </section>
  );
}
