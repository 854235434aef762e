import { lazy, Suspense, useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';
import { activeFilterCount, apiFilter, filtersOf, paramsOf, type Filters } from './filters';
import { SessionCard } from './session-card';

const FilterPanel = lazy(() => import('./filter-panel'));

export const PAGE_SIZE = 20;

const CATALOG = graphql(`
  query Catalog($filter: SessionFilter, $first: Int, $after: String) {
    sessions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SessionCard
      }
    }
  }
`);

/** `/`: the catalog of upcoming sessions, filtered and paged (20 a page) from the URL. */
export function CatalogPage() {
  const { t } = useI18n();
  usePageTitle(t('catalog.title'));
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => filtersOf(params), [params]);
  // What the reader is choosing, until they apply it; a new address (back, a shared link) starts over.
  const paramsKey = params.toString();
  const [edit, setEdit] = useState<{ key: string; filters: Filters } | null>(null);
  const draft = edit && edit.key === paramsKey ? edit.filters : applied;
  const [open, setOpen] = useState(() => activeFilterCount(applied) > 0);
  const after = params.get('after');
  const [result] = useQuery({ query: CATALOG, variables: { filter: apiFilter(applied), first: PAGE_SIZE, after } });
  const problem = problemOf(result.error, t);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsOf(draft));
  };
  const clear = () => {
    setEdit(null);
    setParams(new URLSearchParams());
  };
  // The cards of a new page render in the background, in slices, not as one long task.
  const page = useDeferredValue(result.data?.sessions);
  const nextPage = new URLSearchParams(params);
  if (page?.pageInfo.endCursor) nextPage.set('after', page.pageInfo.endCursor);
  const firstPage = new URLSearchParams(params);
  firstPage.delete('after');

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setEdit({ key: paramsKey, filters: { ...draft, [key]: value } });
  const active = activeFilterCount(applied);

  return (
    <>
      <h1>{t('catalog.title')}</h1>
      <p className="lead">{t('catalog.lead')}</p>
      <form className="filters" role="search" aria-label={t('catalog.filters')} onSubmit={apply}>
        <TextField
          label={t('catalog.search')}
          hint={t('catalog.searchHint')}
          value={draft.text}
          onChange={(v) => set('text', v)}
          type="search"
        />
        <Button variant="secondary" aria-expanded={open} aria-controls="more-filters" onPress={() => setOpen(!open)}>
          {open ? t('catalog.fewerFilters') : active ? t('catalog.moreFiltersActive', { count: active }) : t('catalog.moreFilters')}
        </Button>
        <div id="more-filters" className="filters__more" hidden={!open}>
          {open ? (
            <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
              <FilterPanel draft={draft} set={set} />
            </Suspense>
          ) : null}
        </div>
        <div className="actions">
          <Button type="submit">{t('catalog.apply')}</Button>
          <Button type="button" variant="secondary" onPress={clear}>
            {t('catalog.clear')}
          </Button>
        </div>
      </form>

      <section aria-labelledby="results-heading" aria-busy={result.fetching}>
        <h2 id="results-heading">{page ? t('catalog.count', { count: page.totalCount }) : t('catalog.results')}</h2>
        {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
        {page && page.nodes.length === 0 ? <Notice>{t('catalog.none')}</Notice> : null}
        {page ? (
          <ul className="card-list">
            {page.nodes.map((session) => (
              <li key={session.id}>
                <SessionCard session={session} />
              </li>
            ))}
          </ul>
        ) : null}
        <nav className="pager" aria-label={t('catalog.pages')}>
          {after ? <Link to={`/?${firstPage.toString()}`}>{t('catalog.firstPage')}</Link> : null}
          {page?.pageInfo.hasNextPage ? <Link to={`/?${nextPage.toString()}`}>{t('catalog.nextPage')}</Link> : null}
        </nav>
      </section>
    </>
  );
}
