import { useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { Conflict } from '../graphql/problems';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { formatWhen } from '../ui/format';
import { Select } from '../ui/select';
import type { Proposal } from './proposal-page';
import { sessionInTheWay } from './conflicts';

const FREE_ROOMS = graphql(`
  query CoordinatorFreeRooms($input: AvailableRoomsInput!) {
    availableRooms(input: $input) {
      id
      name
      capacity
      features
    }
  }
`);

/** The coordinator's choices so far: a room per session moved, and the dates left out. */
export interface Choices {
  rooms: Record<string, string>;
  excluded: string[];
}

type Session = Proposal['sessions'][number];

interface Props {
  workshop: Proposal;
  choices: Choices;
  onChoose: (choices: Choices) => void;
  conflicts: Map<string, Conflict[]>;
  editable: boolean;
}

/** Every requested session: its hold or what stands in its way, a room picker, and "leave this date out". */
export function ProposalSessions({ workshop, choices, onChoose, conflicts, editable }: Props) {
  const { t } = useI18n();
  const ours = new Set(workshop.sessions.map((s) => s.id));
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('coord.requested', { count: workshop.sessions.length })}</h2>
      <ol className="card-list proposal-sessions">
        {workshop.sessions.map((session) => (
          <li key={session.id} className="card" id={`session-${session.id}`}>
            <SessionChoice
              session={session}
              workshop={workshop}
              conflicts={conflicts.get(session.id) ?? []}
              ours={ours}
              editable={editable && session.status === 'PROPOSED'}
              room={choices.rooms[session.id] ?? null}
              excluded={choices.excluded.includes(session.id)}
              onRoom={(roomId) => {
                const rooms = { ...choices.rooms };
                if (roomId) rooms[session.id] = roomId;
                else delete rooms[session.id];
                onChoose({ ...choices, rooms });
              }}
              onExclude={(exclude) => {
                const rooms = { ...choices.rooms };
                delete rooms[session.id];
                const excluded = choices.excluded.filter((id) => id !== session.id);
                onChoose({ rooms, excluded: exclude ? [...excluded, session.id] : excluded });
              }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

interface ChoiceProps {
  session: Session;
  workshop: Proposal;
  conflicts: Conflict[];
  ours: ReadonlySet<string>;
  editable: boolean;
  room: string | null;
  excluded: boolean;
  onRoom: (roomId: string | null) => void;
  onExclude: (exclude: boolean) => void;
}

function SessionChoice({ session, workshop, conflicts, ours, editable, room, excluded, onRoom, onExclude }: ChoiceProps) {
  const { t, language } = useI18n();
  const [picking, setPicking] = useState(false);
  const when = formatWhen(session.startsAt, session.endsAt, session.branch.timeZone, language);
  const hold = session.booking && session.booking.status !== 'CANCELLED' ? session.booking : null;
  return (
    <>
      <h3>{when}</h3>
      <p>
        {session.branch.name}:{' '}
        {hold
          ? t(hold.status === 'TENTATIVE' ? 'coord.held' : 'coord.booked', { room: hold.room.name, capacity: hold.room.capacity })
          : t('coord.noHold')}
        {session.status !== 'PROPOSED' ? ` (${t(`coord.sessionStatus${session.status}`)})` : ''}
      </p>
      {excluded ? <p className="muted">{t('coord.leftOut')}</p> : <ConflictList conflicts={conflicts} ours={ours} />}
      {editable ? (
        <div className="session-choices">
          {!excluded && (picking || room) ? (
            <RoomPicker
              session={session}
              workshop={workshop}
              heldRoom={hold?.room ?? null}
              value={room}
              onChange={onRoom}
              when={when}
              autoFocus={picking}
            />
          ) : null}
          {!excluded && !picking && !room ? (
            <Button variant="secondary" onPress={() => setPicking(true)} aria-label={t('coord.pickRoomFor', { when })}>
              {t('coord.pickRoom')}
            </Button>
          ) : null}
          <Checkbox isSelected={excluded} onChange={onExclude}>
            {t('coord.exclude', { when })}
          </Checkbox>
        </div>
      ) : null}
    </>
  );
}

function ConflictList({ conflicts, ours }: { conflicts: Conflict[]; ours: ReadonlySet<string> }) {
  const { t } = useI18n();
  if (!conflicts.length) return null;
  return (
    <div className="notice notice--error" role="group" aria-label={t('coord.inTheWay')}>
      <p>
        <strong>{t('coord.inTheWay')}</strong>
      </p>
      <ul>
        {conflicts.map((c, i) => {
          const other = sessionInTheWay(c, ours);
          return (
            <li key={`${c.reason}-${i}`}>
              {t(`reason.${c.reason}`)}: {c.message}
              {other ? (
                <>
                  {' '}
                  <Link to={`/coordinator/sessions/${other}`}>{t('coord.seeBooking')}</Link>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface PickerProps {
  session: Session;
  workshop: Proposal;
  heldRoom: { id: string; name: string } | null;
  value: string | null;
  onChange: (roomId: string | null) => void;
  when: string;
  autoFocus: boolean;
}

/** The rooms free for the whole session (set-up and clean-up included), big enough and with the features the workshop needs. */
function RoomPicker({ session, workshop, heldRoom, value, onChange, when, autoFocus }: PickerProps) {
  const { t } = useI18n();
  const [result] = useQuery({
    query: FREE_ROOMS,
    variables: {
      input: {
        branchId: session.branch.id,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        features: workshop.requiredFeatures,
        minCapacity: workshop.capacity,
      },
    },
    requestPolicy: 'network-only',
  });
  const KEEP = 'keep';
  const rooms = result.data?.availableRooms ?? [];
  const options = [
    { id: KEEP, label: heldRoom ? t('coord.keepRoom', { room: heldRoom.name }) : t('coord.askedRoom') },
    ...rooms.map((r) => ({
      id: r.id,
      label: [t('coord.roomSeats', { room: r.name, capacity: r.capacity }), ...r.features.map((f) => t(`feature.${f}`))].join(', '),
    })),
  ];
  return (
    <>
      <Select
        label={t('coord.roomFor', { when })}
        hint={result.fetching ? t('coord.checking') : rooms.length ? t('coord.freeRooms', { count: rooms.length }) : t('coord.noFreeRoom')}
        options={options}
        value={value ?? KEEP}
        onChange={(id) => onChange(id === KEEP ? null : id)}
        autoFocus={autoFocus}
      />
    </>
  );
}
