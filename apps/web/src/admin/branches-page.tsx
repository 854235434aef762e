import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, useProblem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';
import { BranchForm, branchInput, NEW_BRANCH } from './branch-form';

const BRANCHES = graphql(`
  query AdminBranches {
    branches {
      id
      name
      timeZone
      address
      rooms(includeInactive: true) {
        id
      }
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreateBranch($input: CreateBranchInput!) {
    createBranch(input: $input) {
      id
      name
    }
  }
`);

/** `/admin/branches`: every branch, and adding one (then its rooms, on its own page). */
export function BranchesPage() {
  const { t } = useI18n();
  usePageTitle(t('admin.branchesTitle'));
  const [result] = useQuery({ query: BRANCHES });
  const [adding, setAdding] = useState(false);
  const [state, create] = useMutation(CREATE);
  const [, navigate] = useLocation();
  const createProblem = useProblem(state.error);
  const problem = problemOf(result.error, t);
  return (
    <>
      <h1>{t('admin.branchesTitle')}</h1>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {result.data ? (
        <TableWrap label={t('admin.branchesTitle')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('admin.timeZone')}</th>
                <th scope="col">{t('admin.rooms')}</th>
              </tr>
            </thead>
            <tbody>
              {result.data.branches.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to={`/admin/branches/${b.id}`} aria-label={t('admin.open', { name: b.name })}>
                      {b.name}
                    </Link>
                  </th>
                  <td>{b.timeZone}</td>
                  <td>{b.rooms.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <section aria-labelledby="new-branch-heading">
        <h2 id="new-branch-heading">{t('admin.newBranch')}</h2>
        {adding ? (
          <BranchForm
            initial={NEW_BRANCH}
            submitLabel={t('admin.create')}
            problem={createProblem}
            onSubmit={async (values) => {
              const created = (await create({ input: branchInput(values) })).data?.createBranch;
              if (created) navigate(`/admin/branches/${created.id}?created=1`);
              return Boolean(created);
            }}
          />
        ) : (
          <Button onPress={() => setAdding(true)}>{t('admin.newBranch')}</Button>
        )}
      </section>
    </>
  );
}
