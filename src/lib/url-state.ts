import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * View state that lives in the URL query, so a link reproduces the exact view.
 *
 * A page describes its parameters once (`ParamSpecs`); `readUrlState` turns a query string into
 * typed values plus the values it had to ignore (unknown ids, impossible dates), and
 * `writeUrlState` writes values back in one canonical form while keeping every parameter it
 * does not own (`data`, `asOf`, another page's). Lists are read from repeated keys or comma
 * lists (`district=a&district=b`, `district=a,b`) and written as repeated keys.
 */

export type Allowed = ReadonlySet<string> | ((value: string) => boolean);

export type ParamSpec =
  | { kind: 'list'; allowed: Allowed }
  | { kind: 'one'; allowed: Allowed }
  | { kind: 'text'; maxLength?: number }
  | { kind: 'date' }
  | { kind: 'sort'; allowed: Allowed };

export type ParamSpecs = Record<string, ParamSpec>;

/** `sort=deadline` is ascending, `sort=-deadline` descending. */
export type SortValue = { key: string; desc: boolean };

export type ParamValue<S extends ParamSpec> = S extends { kind: 'list' }
  ? string[]
  : S extends { kind: 'text' }
    ? string
    : S extends { kind: 'sort' }
      ? SortValue | null
      : string | null;

export type UrlValues<S extends ParamSpecs> = { [K in keyof S]: ParamValue<S[K]> };

/** A value the URL carried that the view could not use; shown to the reader, never applied. */
export type IgnoredParam = { param: string; value: string };

export const DEFAULT_TEXT_LIMIT = 200;
/** More list values than this in one parameter is not a view anyone built by hand. */
export const MAX_LIST_VALUES = 100;
/** How much of an ignored value the notice repeats. */
const NOTICE_VALUE_LIMIT = 40;

const isAllowed = (allowed: Allowed, value: string) =>
  typeof allowed === 'function' ? allowed(value) : allowed.has(value);

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const shorten = (value: string) =>
  value.length > NOTICE_VALUE_LIMIT ? `${value.slice(0, NOTICE_VALUE_LIMIT)}…` : value;

function emptyValue(spec: ParamSpec): unknown {
  switch (spec.kind) {
    case 'list':
      return [];
    case 'text':
      return '';
    default:
      return null;
  }
}

export function emptyUrlValues<S extends ParamSpecs>(specs: S): UrlValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = emptyValue(spec);
  return values as UrlValues<S>;
}

export function parseSort(raw: string): SortValue | null {
  const desc = raw.startsWith('-');
  const key = desc ? raw.slice(1) : raw;
  return key ? { key, desc } : null;
}

export function formatSort(sort: SortValue): string {
  return `${sort.desc ? '-' : ''}${sort.key}`;
}

export function readUrlState<S extends ParamSpecs>(
  params: URLSearchParams,
  specs: S,
): { values: UrlValues<S>; ignored: IgnoredParam[] } {
  const values: Record<string, unknown> = {};
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string) => ignored.push({ param, value: shorten(value) });

  for (const [name, spec] of Object.entries(specs)) {
    const raw = params.getAll(name);
    values[name] = emptyValue(spec);
    if (raw.length === 0) continue;
    switch (spec.kind) {
      case 'list': {
        const seen = new Set<string>();
        for (const part of raw.flatMap((entry) => entry.split(','))) {
          const value = part.trim();
          if (!value || seen.has(value)) continue;
          if (seen.size >= MAX_LIST_VALUES || !isAllowed(spec.allowed, value)) ignore(name, value);
          else seen.add(value);
        }
        values[name] = [...seen];
        break;
      }
      case 'one': {
        const value = raw[0]!.trim();
        if (value && isAllowed(spec.allowed, value)) values[name] = value;
        else if (value) ignore(name, value);
        break;
      }
      case 'text': {
        const limit = spec.maxLength ?? DEFAULT_TEXT_LIMIT;
        values[name] = raw[0]!.slice(0, limit);
        break;
      }
      case 'date': {
        const value = raw[0]!.trim();
        if (isIsoDate(value)) values[name] = value;
        else if (value) ignore(name, value);
        break;
      }
      case 'sort': {
        const value = raw[0]!.trim();
        const sort = parseSort(value);
        if (sort && isAllowed(spec.allowed, sort.key)) values[name] = sort;
        else if (value) ignore(name, value);
        break;
      }
    }
  }
  return { values: values as UrlValues<S>, ignored };
}

/**
 * A new query with `patch` written over `params`: the specs' parameters in canonical form
 * (in the order the specs list them), empty values left out, every other parameter kept.
 */
export function writeUrlState<S extends ParamSpecs>(
  params: URLSearchParams,
  specs: S,
  patch: Partial<UrlValues<S>>,
): URLSearchParams {
  const current = readUrlState(params, specs).values;
  const merged = { ...current, ...patch } as Record<string, unknown>;
  const next = new URLSearchParams();
  for (const [name, value] of params) if (!(name in specs)) next.append(name, value);
  for (const [name, spec] of Object.entries(specs)) {
    const value = merged[name];
    switch (spec.kind) {
      case 'list':
        for (const item of value as string[]) next.append(name, item);
        break;
      case 'sort':
        if (value) next.set(name, formatSort(value as SortValue));
        break;
      case 'text': {
        const text = (value as string).trim() === '' ? '' : (value as string);
        if (text) next.set(name, text);
        break;
      }
      default:
        if (value) next.set(name, value as string);
    }
  }
  return next;
}

/** How many of the specs' parameters hold a value (for "clear all" and the empty state). */
export function countActive<S extends ParamSpecs>(values: UrlValues<S>, specs: S): number {
  let count = 0;
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.kind === 'sort') continue;
    const value = values[name as keyof S] as unknown;
    if (Array.isArray(value) ? value.length > 0 : Boolean(value)) count += 1;
  }
  return count;
}

export type UrlStateUpdate<S extends ParamSpecs> = (
  patch: Partial<UrlValues<S>>,
  options?: { replace?: boolean },
) => void;

/**
 * The specs' values from the current URL, and a setter. Discrete changes push a history entry
 * (back undoes them); pass `replace: true` while the reader types. `specs` must be stable
 * (module constant or memoized), as with any hook input.
 *
 * The router applies the new URL in the same task as the click or keystroke (main.tsx: the router
 * uses no transitions): the control, the URL and the view it filters change together, in one
 * render and before the next frame, instead of in a transition the browser may paint halfway
 * through. The scroll position stays (app/scroll-restoration.ts).
 */
export function useUrlState<S extends ParamSpecs>(specs: S) {
  const { search } = useLocation();
  const navigate = useNavigate();
  const { values, ignored } = useMemo(
    () => readUrlState(new URLSearchParams(search), specs),
    [search, specs],
  );
  // The setter stays the same function while the query changes, so memoized controls that
  // receive it (a select of thousands of sources) are not redrawn on every keystroke.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);
  const update: UrlStateUpdate<S> = useCallback(
    (patch, options = {}) => {
      const current = latest.current;
      const next = writeUrlState(new URLSearchParams(current), specs, patch).toString();
      if (next === new URLSearchParams(current).toString()) return;
      latest.current = next ? `?${next}` : '';
      navigate({ search: next ? `?${next}` : '' }, { replace: options.replace ?? false });
    },
    [navigate, specs],
  );
  return { values, ignored, update, search };
}
