import type { Audience, RoomFeature, SessionFilter } from './gql/graphql';

export const AUDIENCES: Audience[] = ['ADULTS', 'SENIORS', 'FAMILIES', 'TEENS', 'CHILDREN', 'ALL_AGES'];
export const ACCESS_FEATURES: RoomFeature[] = [
  'WHEELCHAIR_ACCESSIBLE',
  'HEARING_LOOP',
  'QUIET_ROOM',
  'CHILD_FRIENDLY',
  'PRIVATE_CONSULTATION',
];

/** The filters as the URL holds them, so that a librarian can share or print a filtered list. */
export interface Filters {
  text: string;
  branch: string | null;
  from: string | null;
  to: string | null;
  topic: string | null;
  language: string | null;
  audience: string | null;
  features: string[];
  free: boolean;
}

export function filtersOf(params: URLSearchParams): Filters {
  return {
    text: params.get('q') ?? '',
    branch: params.get('branch'),
    from: params.get('from'),
    to: params.get('to'),
    topic: params.get('topic'),
    language: params.get('language'),
    audience: params.get('audience'),
    features: params.get('features')?.split(',').filter(Boolean) ?? [],
    free: params.get('free') === '1',
  };
}

export function paramsOf(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text.trim()) params.set('q', filters.text.trim());
  for (const key of ['branch', 'from', 'to', 'topic', 'language', 'audience'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.features.length) params.set('features', filters.features.join(','));
  if (filters.free) params.set('free', '1');
  return params;
}

/** A calendar day from the URL as the reader's local midnight (the API takes instants). */
const dayStart = (day: string | null, plusDays = 0): string | undefined => {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
};

export function apiFilter(filters: Filters): SessionFilter {
  return {
    text: filters.text.trim() || undefined,
    branchIds: filters.branch ? [filters.branch] : undefined,
    from: dayStart(filters.from),
    // The "to" day is included: sessions starting before the next day's midnight.
    to: dayStart(filters.to, 1),
    tags: filters.topic ? [filters.topic] : undefined,
    language: filters.language ?? undefined,
    audience: filters.audience ? [filters.audience as Audience] : undefined,
    roomFeatures: filters.features.length ? (filters.features as RoomFeature[]) : undefined,
    hasSeats: filters.free || undefined,
  };
}

/** Filters besides the text search that are set: the panel opens by itself when there are any. */
export const activeFilterCount = (filters: Filters): number =>
  [filters.branch, filters.from, filters.to, filters.topic, filters.language, filters.audience].filter(Boolean).length +
  filters.features.length +
  (filters.free ? 1 : 0);
