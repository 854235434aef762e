import { parseDate } from '@internationalized/date';
import { CheckboxGroup, Label } from 'react-aria-components';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { Checkbox } from '../ui/checkbox';
import { DateField } from '../ui/date-field';
import { languageName } from '../ui/format';
import { Select } from '../ui/select';
import { ACCESS_FEATURES, AUDIENCES, type Filters } from './filters';

const FILTER_OPTIONS = graphql(`
  query CatalogFilters {
    branches {
      id
      name
    }
    catalogFacets {
      tags
      languages
    }
  }
`);

const safeDate = (day: string | null) => {
  try {
    return day ? parseDate(day) : null;
  } catch {
    return null;
  }
};

/**
 * The catalog's filters besides the text search: branch, dates, topic, language, audience, room
 * accessibility, free seats. A chunk of its own, loaded when a reader opens the filters (or the
 * address already has some), so the catalog's first load carries only the list.
 */
export default function FilterPanel({ draft, set }: { draft: Filters; set: <K extends keyof Filters>(key: K, value: Filters[K]) => void }) {
  const { t, language } = useI18n();
  const [options] = useQuery({ query: FILTER_OPTIONS });
  const branches = options.data?.branches ?? [];
  const facets = options.data?.catalogFacets;
  return (
    <>
      <div className="filters__grid">
        <Select
          label={t('catalog.branch')}
          options={[{ id: '', label: t('catalog.anyBranch') }, ...branches.map((b) => ({ id: b.id, label: b.name }))]}
          value={draft.branch ?? ''}
          onChange={(v) => set('branch', v || null)}
        />
        <DateField
          label={t('catalog.from')}
          value={safeDate(draft.from)}
          onChange={(v) => set('from', v ? v.toString() : null)}
          granularity="day"
        />
        <DateField
          label={t('catalog.to')}
          value={safeDate(draft.to)}
          onChange={(v) => set('to', v ? v.toString() : null)}
          granularity="day"
        />
        <Select
          label={t('catalog.topic')}
          options={[{ id: '', label: t('catalog.anyTopic') }, ...(facets?.tags ?? []).map((tag) => ({ id: tag, label: tag }))]}
          value={draft.topic ?? ''}
          onChange={(v) => set('topic', v || null)}
        />
        <Select
          label={t('catalog.language')}
          options={[
            { id: '', label: t('catalog.anyLanguage') },
            ...(facets?.languages ?? []).map((tag) => ({ id: tag, label: languageName(tag, language) })),
          ]}
          value={draft.language ?? ''}
          onChange={(v) => set('language', v || null)}
        />
        <Select
          label={t('catalog.audience')}
          options={[{ id: '', label: t('catalog.anyAudience') }, ...AUDIENCES.map((a) => ({ id: a, label: t(`audience.${a}`) }))]}
          value={draft.audience ?? ''}
          onChange={(v) => set('audience', v || null)}
        />
      </div>
      <CheckboxGroup className="fieldset" value={draft.features} onChange={(v) => set('features', v)}>
        <Label className="group-label">{t('catalog.access')}</Label>
        <div className="checkbox-row">
          {ACCESS_FEATURES.map((feature) => (
            <Checkbox key={feature} value={feature}>
              {t(`feature.${feature}`)}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <Checkbox isSelected={draft.free} onChange={(v) => set('free', v)}>
        {t('catalog.free')}
      </Checkbox>
    </>
  );
}
