import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { AdminBranchQuery } from './gql/graphql';
import { problemOf, useProblem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { BranchForm, branchInput, type BranchValues } from './branch-form';
import { weekOf } from './opening-hours-editor';
import { RoomForm } from './room-form';

const BRANCH = graphql(`
  query AdminBranch($id: ID!) {
    branch(id: $id) {
      id
      name
      address
      phone
      country
      timeZone
      openingHours {
        weekday
        opens
        closes
      }
      programmingLimits {
        maxSessionsPerDay
        maxEveningSessionsPerWeek
        eveningStartsAt
      }
      rooms(includeInactive: true) {
        ...AdminRoom
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateBranch($id: ID!, $input: UpdateBranchInput!) {
    updateBranch(id: $id, input: $input) {
      id
    }
  }
`);

type Branch = NonNullable<AdminBranchQuery['branch']>;

const valuesOf = (b: Branch): BranchValues => ({
  name: b.name,
  address: b.address ?? '',
  phone: b.phone ?? '',
  country: b.country,
  timeZone: b.timeZone,
  week: weekOf(b.openingHours),
  maxSessionsPerDay: b.programmingLimits.maxSessionsPerDay ?? null,
  maxEveningSessionsPerWeek: b.programmingLimits.maxEveningSessionsPerWeek ?? null,
  eveningStartsAt: b.programmingLimits.eveningStartsAt.slice(0, 5),
});

/** `/admin/branches/:id`: the branch's details, hours and limits, and its rooms. */
export function BranchPage({ id }: { id: string }) {
  const { t } = useI18n();
  const created = new URLSearchParams(useSearch()).has('created');
  const [result, refetch] = useQuery({ query: BRANCH, variables: { id } });
  const [state, update] = useMutation(UPDATE);
  const [saved, setSaved] = useState(false);
  const saveProblem = useProblem(state.error);
  const branch = result.data?.branch;
  usePageTitle(branch?.name ?? t('admin.branches'));
  const problem = problemOf(result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  if (!branch) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const initial = valuesOf(branch);
  return (
    <>
      <h1>{branch.name}</h1>
      {created ? <Notice kind="ok">{t('admin.created', { name: branch.name })}</Notice> : null}
      <p>
        {t('admin.closuresOnCalendar')}{' '}
        <Link to={`/coordinator/calendar?branch=${branch.id}`}>{t('admin.toCalendar', { name: branch.name })}</Link>
      </p>
      <Rooms branch={branch} onChanged={reload} />
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('admin.details')}</h2>
        {saved ? <Notice kind="ok">{t('admin.saved')}</Notice> : null}
        <BranchForm
          key={branch.id}
          initial={initial}
          submitLabel={t('admin.save')}
          problem={saveProblem}
          onSubmit={async (values) => {
            setSaved(false);
            const ok = !(await update({ id: branch.id, input: branchInput(values) })).error;
            setSaved(ok);
            if (ok) reload();
            return ok;
          }}
        />
      </section>
    </>
  );
}

function Rooms({ branch, onChanged }: { branch: Branch; onChanged: () => void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">{t('admin.rooms')}</h2>
      {saved ? (
        <Notice kind="ok" takeFocus>
          {saved}
        </Notice>
      ) : null}
      {branch.rooms.length ? (
        <ul className="card-list">
          {branch.rooms.map((room) => (
            <li key={room.id} className="card">
              <h3>{room.name}</h3>
              <p>
                {t('admin.capacity')}: {room.capacity}
                {room.features.length ? `; ${room.features.map((f) => t(`feature.${f}`)).join(', ')}` : ''}
                {room.active ? '' : `; ${t('admin.inactive')}`}
              </p>
              {editing === room.id ? (
                <RoomForm
                  branchId={branch.id}
                  room={room}
                  onDone={(message) => {
                    setSaved(message);
                    setEditing(null);
                    onChanged();
                  }}
                />
              ) : (
                <Button variant="secondary" onPress={() => setEditing(room.id)}>
                  {t('admin.editRoom', { name: room.name })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('admin.noRooms')}</p>
      )}
      <h3>{t('admin.newRoom')}</h3>
      <RoomForm branchId={branch.id} room={null} onDone={() => onChanged()} />
    </section>
  );
}
