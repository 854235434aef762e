import { Link, Route, Switch } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { CoordinatorAgenciesQuery } from './gql/graphql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Notice } from '../ui/notices';
import { TableWrap } from '../ui/table-wrap';
import { AgencyPage } from './agency-page';

const AGENCIES = graphql(`
  query CoordinatorAgencies {
    agencies {
      id
      name
      kind
      status
      statusReason
      createdAt
      contactEmail
    }
  }
`);

type Agency = CoordinatorAgenciesQuery['agencies'][number];

/** `/coordinator/agencies`: applications waiting for verification first, then every agency; `/:id` is one agency. */
export function AgenciesPage() {
  return (
    <Switch>
      <Route path="/coordinator/agencies/:id">{(params) => <AgencyPage id={params.id} />}</Route>
      <Route>
        <AgencyList />
      </Route>
    </Switch>
  );
}

function AgencyList() {
  const { t } = useI18n();
  usePageTitle(t('coord.agencies'));
  const [result] = useQuery({ query: AGENCIES });
  const problem = problemOf(result.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  if (!result.data) return <p className="muted">{t('common.loading')}</p>;
  const agencies = result.data.agencies;
  const pending = agencies.filter((a) => a.status === 'PENDING');
  return (
    <>
      <h1>{t('coord.agencies')}</h1>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t('coord.applications')}</h2>
        {pending.length ? <AgencyTable agencies={pending} label={t('coord.applications')} /> : <p>{t('coord.noApplications')}</p>}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t('coord.allAgencies')}</h2>
        <AgencyTable agencies={agencies.filter((a) => a.status !== 'PENDING')} label={t('coord.allAgencies')} />
      </section>
    </>
  );
}

function AgencyTable({ agencies, label }: { agencies: Agency[]; label: string }) {
  const { t } = useI18n();
  if (!agencies.length) return <p>{t('coord.none')}</p>;
  return (
    <TableWrap label={label}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('coord.agency')}</th>
            <th scope="col">{t('coord.agencyKind')}</th>
            <th scope="col">{t('coord.status')}</th>
            <th scope="col">{t('coord.contact')}</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`/coordinator/agencies/${a.id}`}>{a.name}</Link>
              </th>
              <td>{t(`coord.agencyKinds.${a.kind}`)}</td>
              <td>
                {t(`coord.agencyStatus${a.status}`)}
                {a.statusReason ? `: ${a.statusReason}` : ''}
              </td>
              <td>{a.contactEmail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
