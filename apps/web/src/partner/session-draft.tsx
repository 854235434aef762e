import { parseDate, type CalendarDate } from '@internationalized/date';
import { useEffect, useState } from 'react';
import { CheckboxGroup, Label, Radio, RadioGroup } from 'react-aria-components';
import { useI18n } from '../i18n';
import { useClient, useQuery } from 'urql';
import { graphql } from './gql';
import type { RoomFeature } from './gql/graphql';
import { Button } from '../ui/button';
import { DateField } from '../ui/date-field';
import { Checkbox } from '../ui/checkbox';
import { NumberField } from '../ui/number-field';
import { formatWhen } from '../ui/format';
import { Select } from '../ui/select';
import { TimeField } from '../ui/time-field';
import { MAX_OCCURRENCES, occurrences, WEEKDAYS, type Occurrence, type Repeat, type Weekday } from './recurrence';

/** One requested session as the editor holds it, on the branch's clock; `repeat` makes it a series. */
export interface SessionDraft {
  key: string;
  branchId: string | null;
  date: string | null;
  start: string;
  end: string;
  roomId: string | null;
  repeat: Repeat | null;
}

export const newDraft = (branchId: string | null = null): SessionDraft => ({
  key: Math.random().toString(36).slice(2),
  branchId,
  date: null,
  start: '18:00',
  end: '19:30',
  roomId: null,
  repeat: null,
});

const AVAILABLE = graphql(`
  query AvailableRooms($input: AvailableRoomsInput!) {
    availableRooms(input: $input) {
      id
      name
      capacity
      features
    }
  }
`);

const CHECK = graphql(`
  query CheckSlot($roomId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {
    checkAvailability(roomId: $roomId, startsAt: $startsAt, endsAt: $endsAt) {
      reason
      message
      startsAt
      endsAt
    }
  }
`);

export interface Branch {
  id: string;
  name: string;
  timeZone: string;
  rooms: Array<{ id: string; name: string; capacity: number; features: string[] }>;
}

type Check = { state: 'checking' } | { state: 'ok' } | { state: 'conflicts'; reasons: string[] } | { state: 'unchecked' };

const safe = <T,>(parse: () => T): T | null => {
  try {
    return parse();
  } catch {
    return null;
  }
};

/** The sessions a draft stands for, or none while its day or times are missing or wrong. */
export function occurrencesOf(draft: SessionDraft, zone: string | undefined): Occurrence[] {
  if (!draft.date || !zone || draft.end <= draft.start) return [];
  return safe(() => occurrences({ date: draft.date as string, start: draft.start, end: draft.end }, draft.repeat, zone)) ?? [];
}

/**
 * One requested session (or series): branch, day and times on the branch's clock, a preferred room
 * among those free then, and the recurrence builder; every occurrence is previewed in local time
 * with whatever keeps its room from taking it, checked as the partner edits.
 */
export function SessionDraftEditor({
  draft,
  index,
  branches,
  capacity,
  features,
  errors,
  onChange,
  onRemove,
  onMove,
}: {
  draft: SessionDraft;
  index: number;
  branches: Branch[];
  capacity: number;
  features: RoomFeature[];
  errors: Record<string, string>;
  onChange: (draft: SessionDraft) => void;
  onRemove?: () => void;
  onMove: (occurrence: number) => void;
}) {
  const { t, language } = useI18n();
  const branch = branches.find((b) => b.id === draft.branchId);
  const zone = branch?.timeZone;
  const list = occurrencesOf(draft, zone);
  const first = list[0];
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => onChange({ ...draft, [key]: value });
  const prefix = `sessions.${index}`;

  // Rooms free for the first occurrence, with the capacity and features the workshop needs.
  const [available] = useQuery({
    query: AVAILABLE,
    variables: {
      input: {
        branchId: draft.branchId,
        startsAt: first?.startsAt ?? '',
        endsAt: first?.endsAt ?? '',
        minCapacity: Math.max(1, capacity || 1),
        features,
      },
    },
    pause: !first || !draft.branchId,
  });
  const free = available.data?.availableRooms ?? [];
  const roomOptions = [
    { id: '', label: t('propose.noRoom') },
    ...(branch?.rooms ?? []).map((room) => ({
      id: room.id,
      label: `${room.name} (${t('propose.seats', { count: room.capacity })})${free.some((f) => f.id === room.id) ? '' : ` — ${t('propose.notFree')}`}`,
    })),
  ];

  const checks = useChecks(draft.roomId, list);
  const over = list.length > MAX_OCCURRENCES;

  return (
    <fieldset className="fieldset session-draft">
      <legend>{draft.repeat ? t('propose.seriesN', { n: index + 1 }) : t('propose.sessionN', { n: index + 1 })}</legend>
      <Select
        id={`field-${prefix}-branchId`.replace(/\./g, '-')}
        label={t('propose.branch')}
        options={branches.map((b) => ({ id: b.id, label: b.name }))}
        value={draft.branchId}
        onChange={(v) => onChange({ ...draft, branchId: v, roomId: null })}
        placeholder={t('apply.choose')}
        isRequired
        error={errors[`${prefix}.branchId`]}
      />
      <div className="inline-fields">
        <DateField
          label={t('propose.date')}
          value={draft.date ? safe(() => parseDate(draft.date as string)) : null}
          onChange={(v: CalendarDate | null) => set('date', v ? v.toString() : null)}
          isRequired
          error={errors[`${prefix}.startsAt`]}
        />
        <TimeField label={t('propose.start')} value={draft.start} onChange={(v) => set('start', v)} />
        <TimeField label={t('propose.end')} value={draft.end} onChange={(v) => set('end', v)} error={errors[`${prefix}.endsAt`]} />
      </div>
      {zone ? <p className="hint">{t('propose.zone', { zone })}</p> : null}
      <Select
        label={t('propose.room')}
        hint={first ? t('propose.roomHint', { count: free.length }) : t('propose.roomFirst')}
        options={roomOptions}
        value={draft.roomId ?? ''}
        onChange={(v) => set('roomId', v || null)}
      />

      <Checkbox
        isSelected={Boolean(draft.repeat)}
        onChange={(on) => set('repeat', on ? { days: [], interval: 1, end: { count: 6 } } : null)}
      >
        {t('propose.repeat')}
      </Checkbox>
      {draft.repeat ? (
        <RepeatEditor repeat={draft.repeat} onChange={(repeat) => set('repeat', repeat)} error={errors[`${prefix}.recurrence`]} />
      ) : null}

      {list.length ? (
        <div className="preview">
          <h4 id={`preview-${draft.key}`}>{t('propose.preview', { count: Math.min(list.length, MAX_OCCURRENCES) })}</h4>
          {over ? <p className="field-error">{t('propose.tooMany', { max: MAX_OCCURRENCES })}</p> : null}
          <ol aria-labelledby={`preview-${draft.key}`}>
            {list.slice(0, MAX_OCCURRENCES).map((occurrence, i) => {
              const check = checks[occurrence.startsAt] ?? { state: draft.roomId ? 'checking' : 'unchecked' };
              return (
                <li key={occurrence.startsAt} className={check.state === 'conflicts' ? 'occurrence occurrence--conflict' : 'occurrence'}>
                  <span>{formatWhen(occurrence.startsAt, occurrence.endsAt, zone as string, language)}</span>{' '}
                  {check.state === 'ok' ? <span className="badge badge--open">{t('propose.free')}</span> : null}
                  {check.state === 'checking' ? <span className="muted">{t('propose.checking')}</span> : null}
                  {check.state === 'conflicts' ? (
                    <>
                      <span className="badge badge--waitlist">{t('propose.conflict')}</span>
                      <ul>
                        {check.reasons.map((reason) => (
                          <li key={reason}>{t(`conflict.${reason}`)}</li>
                        ))}
                      </ul>
                      {draft.repeat ? (
                        <Button variant="secondary" onPress={() => onMove(i)}>
                          {t('propose.move')}
                        </Button>
                      ) : null}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      {onRemove ? (
        <Button variant="link" onPress={onRemove}>
          {t('propose.remove')}
        </Button>
      ) : null}
    </fieldset>
  );
}

/** The recurrence builder: weekly on chosen days, every N weeks, until a date or after a count. */
function RepeatEditor({ repeat, onChange, error }: { repeat: Repeat; onChange: (repeat: Repeat) => void; error?: string }) {
  const { t } = useI18n();
  const ending = 'count' in repeat.end ? 'count' : 'until';
  return (
    <div className="repeat">
      <CheckboxGroup className="fieldset" value={repeat.days} onChange={(days) => onChange({ ...repeat, days: days as Weekday[] })}>
        <Label className="group-label">{t('propose.days')}</Label>
        <div className="checkbox-row">
          {WEEKDAYS.map((day) => (
            <Checkbox key={day} value={day}>
              {t(`weekdayShort.${day}`)}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <NumberField
        label={t('propose.every')}
        value={repeat.interval}
        minValue={1}
        maxValue={8}
        onChange={(interval) => onChange({ ...repeat, interval: Number.isFinite(interval) ? interval : 1 })}
      />
      <RadioGroup
        className="fieldset"
        value={ending}
        onChange={(value) =>
          onChange({
            ...repeat,
            end: value === 'count' ? { count: 6 } : { until: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) },
          })
        }
      >
        <Label className="group-label">{t('propose.ends')}</Label>
        <Radio value="count" className="radio">
          {t('propose.endsCount')}
        </Radio>
        <Radio value="until" className="radio">
          {t('propose.endsUntil')}
        </Radio>
      </RadioGroup>
      {'count' in repeat.end ? (
        <NumberField
          label={t('propose.count')}
          value={repeat.end.count}
          minValue={1}
          maxValue={MAX_OCCURRENCES}
          onChange={(count) => onChange({ ...repeat, end: { count: Number.isFinite(count) ? count : 1 } })}
          error={error}
        />
      ) : (
        <DateField
          label={t('propose.until')}
          value={safe(() => parseDate((repeat.end as { until: string }).until))}
          onChange={(v) => v && onChange({ ...repeat, end: { until: v.toString() } })}
          error={error}
        />
      )}
    </div>
  );
}

/** checkAvailability for each occurrence of the preferred room, a few at a time, as the partner edits. */
function useChecks(roomId: string | null, list: Occurrence[]): Record<string, Check> {
  const client = useClient();
  // The answers belong to one room and one list of occurrences (the key); a new key starts over.
  const slots = list.map((o) => `${o.startsAt}/${o.endsAt}`).join(',');
  const key = `${roomId}|${slots}`;
  const [answers, setAnswers] = useState<{ key: string; checks: Record<string, Check> }>({ key: '', checks: {} });
  useEffect(() => {
    const occurrences = slots
      ? slots
          .split(',')
          .slice(0, MAX_OCCURRENCES)
          .map((slot) => {
            const [startsAt, endsAt] = slot.split('/');
            return { startsAt, endsAt };
          })
      : [];
    if (!roomId || !occurrences.length) return;
    let stopped = false;
    const next = async (): Promise<void> => {
      const occurrence = occurrences.shift();
      if (!occurrence || stopped) return;
      const result = await client
        .query(CHECK, { roomId, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt }, { requestPolicy: 'network-only' })
        .toPromise();
      if (stopped) return;
      const conflicts = result.data?.checkAvailability ?? [];
      const check: Check = result.error
        ? { state: 'unchecked' }
        : conflicts.length
          ? { state: 'conflicts', reasons: [...new Set(conflicts.map((c) => c.reason))] }
          : { state: 'ok' };
      setAnswers((current) => ({ key, checks: { ...(current.key === key ? current.checks : {}), [occurrence.startsAt]: check } }));
      return next();
    };
    const timer = setTimeout(() => void Promise.all([next(), next(), next(), next()]), 300);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, slots, roomId, client]);
  if (!roomId) return {};
  const known = answers.key === key ? answers.checks : {};
  return Object.fromEntries(list.map((o) => [o.startsAt, known[o.startsAt] ?? ({ state: 'checking' } as Check)]));
}
