import { useCallback } from 'react';
import { useT } from '@/lib/i18n';
import type { ParamSpecs, UrlStateUpdate, UrlValues } from '@/lib/url-state';
import {
  CheckboxFacet,
  ClearFilters,
  DeadlineWindow,
  SearchBox,
  SelectFilter,
  type FacetOption,
} from './filter-controls';
import { filterMessages } from './messages';

export type FacetConfig = { name: string; label: string; options: readonly FacetOption[] };

/**
 * The filters of a record list, all written to the URL: search (replace while typing),
 * checkbox facets with counts, the deadline window, the source, and "clear all".
 */
export function RecordFilterBar({
  values,
  update,
  facets,
  sources,
  sourceLabel,
  searchLabel,
  activeCount,
  onClear,
}: {
  values: UrlValues<ParamSpecs>;
  update: UrlStateUpdate<ParamSpecs>;
  facets: readonly FacetConfig[];
  sources: readonly FacetOption[];
  sourceLabel: string;
  searchLabel: string;
  activeCount: number;
  onClear: () => void;
}) {
  const t = useT(filterMessages);
  // Stable callbacks (`update` is), so the memoized controls are not redrawn for nothing.
  const onSourceChange = useCallback((source: string | null) => update({ source }), [update]);
  const onSearch = useCallback(
    (q: string, options: { replace?: boolean }) => update({ q }, options),
    [update],
  );
  const onWindow = useCallback(
    (patch: { from?: string | null; to?: string | null }) => update(patch),
    [update],
  );
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchBox label={searchLabel} value={String(values.q ?? '')} onChange={onSearch} />
      <div className="filter-row">
        {facets.map((facet) => (
          <CheckboxFacet
            key={facet.name}
            name={facet.name}
            label={facet.label}
            options={facet.options}
            selected={(values[facet.name] as string[] | undefined) ?? []}
            onChange={(selected) => update({ [facet.name]: selected })}
          />
        ))}
        <SelectFilter
          label={sourceLabel}
          options={sources}
          value={(values.source as string | null | undefined) ?? null}
          onChange={onSourceChange}
        />
        {'from' in values && (
          <DeadlineWindow
            from={(values.from as string | null) ?? null}
            to={(values.to as string | null) ?? null}
            onChange={onWindow}
          />
        )}
        <div className="filter-field filter-clear">
          <ClearFilters active={activeCount} onClear={onClear} />
        </div>
      </div>
    </form>
  );
}
