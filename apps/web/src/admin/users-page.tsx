import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { AdminUsersQuery, Role } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { TableWrap } from '../ui/table-wrap';
import { UserForm } from './user-form';

const USERS = graphql(`
  query AdminUsers($filter: UserFilter) {
    users(filter: $filter, first: 100) {
      nodes {
        id
        displayName
        email
        role
        active
        branches {
          id
          name
        }
        agency {
          id
          name
        }
      }
    }
    branches {
      id
      name
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation AdminDeactivate($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

const ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'STAFF', 'PARTNER'];
const ANY = 'any';
type User = AdminUsersQuery['users']['nodes'][number];

/** `/admin/users`: everyone who signs in, by role; invite or create, change roles and branches, deactivate. */
export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('admin.usersTitle'));
  const [role, setRole] = useState<string>(ANY);
  const [result, refetch] = useQuery({ query: USERS, variables: { filter: role === ANY ? null : { roles: [role as Role] } } });
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const problem = problemOf(result.error, t);
  const branches = result.data?.branches ?? [];
  return (
    <>
      <h1>{t('admin.usersTitle')}</h1>
      <Select
        label={t('admin.role')}
        options={[{ id: ANY, label: t('admin.anyRole') }, ...ROLES.map((r) => ({ id: r, label: t(`admin.role${r}`) }))]}
        value={role}
        onChange={(v) => setRole(v ?? ANY)}
      />
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {result.data ? (
        <UserTable users={result.data.users.nodes} branches={branches} editing={editing} onEdit={setEditing} onChanged={reload} />
      ) : null}
      <section aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">{t('admin.newUser')}</h2>
        <p className="muted">{t('admin.partnersHint')}</p>
        <UserForm user={null} branches={branches} onDone={() => reload()} />
      </section>
    </>
  );
}

interface TableProps {
  users: User[];
  branches: Array<{ id: string; name: string }>;
  editing: string | null;
  onEdit: (id: string | null) => void;
  onChanged: () => void;
}

function UserTable({ users, branches, editing, onEdit, onChanged }: TableProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [state, deactivate] = useMutation(DEACTIVATE);
  const problem = problemOf(state.error, t);
  const editUser = users.find((u) => u.id === editing);
  return (
    <>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {done ? (
        <Notice kind="ok" takeFocus>
          {done}
        </Notice>
      ) : null}
      <TableWrap label={t('admin.usersTitle')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('admin.displayName')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.userBranches')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.usersTitle')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.displayName}
                  {u.active ? '' : ` (${t('admin.inactive')})`}
                </th>
                <td>{t(`admin.role${u.role}`)}</td>
                <td>{u.agency ? u.agency.name : u.branches.length ? u.branches.map((b) => b.name).join(', ') : t('admin.everyBranch')}</td>
                <td>{u.email}</td>
                <td className="actions">
                  {u.active && u.role !== 'PARTNER' ? (
                    <Button variant="secondary" onPress={() => onEdit(u.id)}>
                      {t('admin.editUser', { name: u.displayName })}
                    </Button>
                  ) : null}
                  {u.active && confirming !== u.id ? (
                    <Button variant="link" onPress={() => setConfirming(u.id)}>
                      {t('admin.deactivate', { name: u.displayName })}
                    </Button>
                  ) : null}
                  {confirming === u.id ? (
                    <>
                      <Button
                        variant="danger"
                        onPress={() =>
                          void deactivate({ id: u.id }).then((r) => {
                            setConfirming(null);
                            if (!r.error) {
                              setDone(t('admin.deactivated', { name: u.displayName }));
                              onChanged();
                            }
                          })
                        }
                      >
                        {t('admin.confirmDeactivate', { name: u.displayName })}
                      </Button>
                      <Button variant="link" onPress={() => setConfirming(null)}>
                        {t('admin.keep')}
                      </Button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {editUser ? (
        <section aria-labelledby="edit-user-heading">
          <h2 id="edit-user-heading">{t('admin.editUser', { name: editUser.displayName })}</h2>
          <UserForm
            key={editUser.id}
            user={editUser}
            branches={branches}
            onDone={(message) => {
              setDone(message);
              onEdit(null);
              onChanged();
            }}
          />
        </section>
      ) : null}
    </>
  );
}
