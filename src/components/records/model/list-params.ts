import type { Allowed, UrlValues } from '@/lib/url-state';
import type { RecordFilters } from './row-filter';

/**
 * The query parameters of a record list (/projects, /targets), one shape for both so links
 * read the same: district (repeatable or comma list), category, status, state, q, from, to,
 * source, sort. Which values are known depends on the dataset in view.
 */
export function recordListSpecs(known: {
  districts: Allowed;
  categories: Allowed;
  statuses: Allowed;
  states?: Allowed;
  sources: Allowed;
  sortKeys: Allowed;
}) {
  return {
    district: { kind: 'list', allowed: known.districts },
    category: { kind: 'list', allowed: known.categories },
    status: { kind: 'list', allowed: known.statuses },
    state: { kind: 'list', allowed: known.states ?? (() => false) },
    q: { kind: 'text', maxLength: 200 },
    from: { kind: 'date' },
    to: { kind: 'date' },
    source: { kind: 'one', allowed: known.sources },
    sort: { kind: 'sort', allowed: known.sortKeys },
  } as const;
}

export type RecordListSpecs = ReturnType<typeof recordListSpecs>;
export type RecordListValues = UrlValues<RecordListSpecs>;

export function filtersOf(values: RecordListValues): RecordFilters {
  return {
    district: values.district,
    category: values.category,
    status: values.status,
    state: values.state,
    q: values.q,
    from: values.from,
    to: values.to,
    source: values.source,
  };
}

/** Everything "clear all" empties; the sort order is kept. */
export const CLEARED_FILTERS: Partial<RecordListValues> = {
  district: [],
  category: [],
  status: [],
  state: [],
  q: '',
  from: null,
  to: null,
  source: null,
};
