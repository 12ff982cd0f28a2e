import { useEffect, useId, useRef, type ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { useLang, useT } from '@/lib/i18n';
import { isIsoDate } from '@/lib/url-state';
import { filterMessages } from './messages';
import { useUrlBoundValue } from './use-url-bound-value';

type ChangeOptions = { replace?: boolean };

/** A filter's field: its label, then its control (which has the label's `id`). */
function FilterField({
  id,
  label,
  className = 'filter-field',
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * The search box: `<input type="search">` with a visible label. The first keystroke of a
 * typing run adds a history entry (back returns to the view before the search); the rest
 * replace it, so back does not step through every letter.
 */
export function SearchBox({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (value: string, options: ChangeOptions) => void;
  label?: string;
}) {
  const t = useT(filterMessages);
  const id = useId();
  const [text, setText] = useUrlBoundValue(value);
  const typing = useRef(false);
  return (
    <FilterField id={id} label={label ?? t('search')} className="filter-field filter-search">
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          onChange(next, { replace: typing.current });
          typing.current = true;
        }}
        onBlur={() => {
          typing.current = false;
        }}
      />
      <span id={`${id}-hint`} className="filter-hint">
        {t('searchHint')}
      </span>
    </FilterField>
  );
}

export type FacetOption = {
  value: string;
  label: string;
  count?: number;
  /** How far the option is indented under the one it lies in (a quarter under its year). */
  depth?: number;
};

/**
 * A multi-select as a group of checkboxes inside a disclosure: keyboard and screen-reader
 * friendly, and it fits a 360-px screen. Each option says how many rows it would show.
 */
export function CheckboxFacet({
  label,
  options,
  selected,
  onChange,
  name,
}: {
  label: string;
  name: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const t = useT(filterMessages);
  const { lang } = useLang();
  const chosen = new Set(selected);
  const details = useRef<HTMLDetailsElement>(null);
  // A disclosure that floats over the page closes like a menu: Escape, or a click elsewhere.
  useEffect(() => {
    const element = details.current;
    if (!element) return;
    const close = (event: Event) => {
      if (!element.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        element.open = false;
        element.querySelector('summary')?.focus();
      } else if (!element.contains(event.target as Node)) {
        element.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  // The choices by name ("中原区、金水区"), not "2 selected": the closed filter says what it does.
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const summary =
    selected.length === 0 ? t('any') : selected.map(labelOf).join(lang === 'zh' ? '、' : ', ');
  return (
    <details ref={details} className="filter-field facet" data-facet={name}>
      <summary>
        <span className="facet-label">{label}</span>
        <span className={selected.length ? 'facet-value facet-active' : 'facet-value'}>
          {summary}
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label
            key={option.value}
            className={option.count === 0 ? 'facet-option empty' : 'facet-option'}
            data-depth={option.depth || undefined}
          >
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
            {option.count !== undefined && (
              <span className="facet-count">{formatNumber(option.count, lang, 0)}</span>
            )}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** A labelled field whose value may be unset (null): "any" option, empty date. */
type OptionalValueField = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
};

export function SelectFilter({
  label,
  options,
  value,
  onChange,
}: OptionalValueField & { options: readonly FacetOption[] }) {
  const t = useT(filterMessages);
  const { lang } = useLang();
  const id = useId();
  return (
    <FilterField id={id} label={label}>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
            {option.count !== undefined ? ` (${formatNumber(option.count, lang, 0)})` : ''}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

function DateInput({ label, value, onChange }: OptionalValueField) {
  const id = useId();
  const [text, setText] = useUrlBoundValue(value ?? '');
  return (
    <FilterField id={id} label={label} className="filter-field filter-date">
      <input
        id={id}
        type="date"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next === '') onChange(null);
          else if (isIsoDate(next)) onChange(next);
        }}
      />
    </FilterField>
  );
}

export function DeadlineWindow({
  from,
  to,
  onChange,
}: {
  from: string | null;
  to: string | null;
  onChange: (patch: { from?: string | null; to?: string | null }) => void;
}) {
  const t = useT(filterMessages);
  return (
    <fieldset className="filter-field deadline-window">
      <legend>{t('deadlineWindow')}</legend>
      <DateInput label={t('deadlineFrom')} value={from} onChange={(v) => onChange({ from: v })} />
      <DateInput label={t('deadlineTo')} value={to} onChange={(v) => onChange({ to: v })} />
    </fieldset>
  );
}

/** The row count ("N of M"), announced politely when it changes. Benchmarks read it by test id. */
export function RowCount({
  shown,
  total,
  children,
}: {
  shown: number;
  total: number;
  children?: ReactNode;
}) {
  const t = useT(filterMessages);
  const { lang } = useLang();
  return (
    <p className="row-count" data-testid="row-count" role="status" aria-live="polite">
      {t('count', { shown: formatNumber(shown, lang, 0), total: formatNumber(total, lang, 0) })}
      {children}
    </p>
  );
}

export function ClearFilters({ active, onClear }: { active: number; onClear: () => void }) {
  const t = useT(filterMessages);
  return (
    <button
      type="button"
      className="button button-secondary"
      disabled={active === 0}
      onClick={onClear}
    >
      {t('clearAll')}
    </button>
  );
}

export function EmptyRows({ onClear }: { onClear?: () => void }) {
  const t = useT(filterMessages);
  return (
    <div className="empty-state">
      <p>{t('noRows')}</p>
      {onClear && (
        <button type="button" className="button" onClick={onClear}>
          {t('clearAll')}
        </button>
      )}
    </div>
  );
}
