import { useId, useState } from 'react';
import { PHONE_QUERY, useMediaQuery } from '@/components/ui/use-media-query';
import { useLang, useT } from '@/lib/i18n';
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
  activeFilters = [],
  onClear,
}: {
  values: UrlValues<ParamSpecs>;
  update: UrlStateUpdate<ParamSpecs>;
  facets: readonly FacetConfig[];
  sources: readonly FacetOption[];
  sourceLabel: string;
  searchLabel: string;
  activeCount: number;
  /** The filters that are set, as [filter name, values named]: the folded bar's button says them. */
  activeFilters?: readonly (readonly [string, string])[];
  onClear: () => void;
}) {
  const t = useT(filterMessages);
  const { lang } = useLang();
  // On a phone the filters fold behind one button, so the results start on the first screen.
  const phone = useMediaQuery(PHONE_QUERY);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const folded = phone && !open;
  const named = activeFilters
    .map(([name, value]) => `${name}${lang === 'zh' ? '：' : ': '}${value}`)
    .join(lang === 'zh' ? '；' : '; ');
  return (
    <form
      className={phone ? 'filter-bar filter-bar-phone' : 'filter-bar'}
      role="search"
      aria-label={t('filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      {phone && (
        <div className="filter-toggle-row">
          <button
            type="button"
            className="button button-secondary filter-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            data-testid="filter-toggle"
            onClick={() => setOpen(!open)}
          >
            {t('filtersCount', { count: activeCount })}
          </button>
          {named && (
            <p className="filter-named" data-testid="active-filters">
              {named}
            </p>
          )}
        </div>
      )}
      <div className="filter-panel" id={panelId} hidden={folded}>
        <SearchBox
          label={searchLabel}
          value={String(values.q ?? '')}
          onChange={(q, options) => update({ q }, options)}
        />
        <div className="filter-row">
          {facets.map((facet) => (
            <CheckboxFacet
              key={facet.name}
              name={facet.name}
              label={facet.label}
              options={facet.options}
              selected={values[facet.name] as string[]}
              onChange={(selected) => update({ [facet.name]: selected })}
            />
          ))}
          <SelectFilter
            label={sourceLabel}
            options={sources}
            value={(values.source as string | null | undefined) ?? null}
            onChange={(source) => update({ source })}
          />
          {'from' in values && (
            <DeadlineWindow
              from={(values.from as string | null) ?? null}
              to={(values.to as string | null) ?? null}
              onChange={(patch) => update(patch)}
            />
          )}
          <div className="filter-field filter-clear">
            <ClearFilters active={activeCount} onClear={onClear} />
          </div>
        </div>
      </div>
    </form>
  );
}
