import { useState, type FormEvent } from 'react';
import { CheckboxGroup, Form, Label } from 'react-aria-components';
import { useMutation } from 'urql';
import { ACCESS_FEATURES } from '../catalog/filters';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { AdminRoomFragment, RoomFeature } from './gql/graphql';
import { useProblem } from '../graphql/problems';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { formatDateTime } from '../ui/format';
import { ErrorSummary, Notice } from '../ui/notices';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';

graphql(`
  fragment AdminRoom on Room {
    id
    name
    capacity
    features
    setupMinutes
    cleanupMinutes
    active
    branch {
      id
      timeZone
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateRoom($id: ID!, $input: UpdateRoomInput!) {
    updateRoom(id: $id, input: $input) {
      id
    }
  }
`);

// Access first, as the catalog's filters and the proposal form list them.
const FEATURES: RoomFeature[] = [...ACCESS_FEATURES, 'PROJECTOR', 'VIDEO_CONFERENCING', 'COMPUTERS', 'KITCHEN'];

/** A room added, or changed: a change the API refuses for the bookings it would break lists those bookings. */
export function RoomForm({
  branchId,
  room,
  onDone,
}: {
  branchId: string;
  room: AdminRoomFragment | null;
  onDone: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const [values, setValues] = useState({
    name: room?.name ?? '',
    capacity: room?.capacity ?? 20,
    setupMinutes: room?.setupMinutes ?? 0,
    cleanupMinutes: room?.cleanupMinutes ?? 0,
    features: room?.features ?? [],
    active: room?.active ?? true,
  });
  const [done, setDone] = useState<string | null>(null);
  const [createState, create] = useMutation(CREATE);
  const [updateState, update] = useMutation(UPDATE);
  const problem = useProblem(room ? updateState.error : createState.error);
  const fields = problem?.fields ?? {};
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const { active, ...rest } = values;
    const input = { ...rest, name: values.name.trim() };
    const result = room ? await update({ id: room.id, input: { ...input, active } }) : await create({ input: { ...input, branchId } });
    if (!result.error) {
      const message = t(room ? 'admin.roomSaved' : 'admin.roomCreated', { name: input.name });
      setDone(message);
      if (!room) setValues((v) => ({ ...v, name: '' }));
      onDone(message);
    }
  };
  const prefix = room ? `room-${room.id}` : 'new-room';
  const zone = room?.branch.timeZone ?? 'UTC';
  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="room-form">
      <ErrorSummary problem={problem?.conflicts.length ? null : problem} labels={undefined} />
      {problem?.conflicts.length ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{t('admin.roomRefused')}</strong>
          </p>
          <ul>
            {problem.conflicts.map((c, i) => (
              <li key={i}>
                {c.startsAt ? formatDateTime(c.startsAt, zone, language) : ''}: {c.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <TextField
        id={`${prefix}-name`}
        label={t('admin.roomName')}
        value={values.name}
        onChange={(v) => set('name', v)}
        maxLength={200}
        error={fields.name}
      />
      <NumberField
        label={t('admin.capacity')}
        minValue={1}
        maxValue={10_000}
        value={values.capacity}
        onChange={(v) => set('capacity', Number.isFinite(v) ? v : 1)}
        error={fields.capacity}
      />
      <NumberField
        label={t('admin.setup')}
        hint={t('admin.setupHint')}
        minValue={0}
        maxValue={240}
        value={values.setupMinutes}
        onChange={(v) => set('setupMinutes', Number.isFinite(v) ? v : 0)}
        error={fields.setupMinutes}
      />
      <NumberField
        label={t('admin.cleanup')}
        hint={t('admin.cleanupHint')}
        minValue={0}
        maxValue={240}
        value={values.cleanupMinutes}
        onChange={(v) => set('cleanupMinutes', Number.isFinite(v) ? v : 0)}
        error={fields.cleanupMinutes}
      />
      <CheckboxGroup className="fieldset" value={values.features} onChange={(v) => set('features', v as RoomFeature[])}>
        <Label className="group-label">{t('admin.features')}</Label>
        <div className="checkbox-row">
          {FEATURES.map((f) => (
            <Checkbox key={f} value={f}>
              {t(`feature.${f}`)}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {room ? (
        <Checkbox isSelected={values.active} onChange={(v) => set('active', v)}>
          {t('admin.active')}
        </Checkbox>
      ) : null}
      <Button type="submit">{room ? t('admin.saveRoom', { name: room.name }) : t('admin.createRoom')}</Button>
    </Form>
  );
}
