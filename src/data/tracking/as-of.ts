import { useLocation } from 'react-router-dom';
import { isoDateSchema } from '../schema';
import { todayIso } from './deadline-state';

/**
 * The as-of date lives in the URL (`?asOf=YYYY-MM-DD`) so a link reproduces the view; without
 * it (or with a value that is not a real date) the view is as of today. docs/tracking.md.
 */
export const AS_OF_PARAM = 'asOf';

export type AsOf = {
  /** The date in effect, YYYY-MM-DD. */
  date: string;
  /** `asOf` was in the URL but is not a real date; the view falls back to today. */
  ignored: string | null;
};

export function asOfFromSearch(search: string, today: string): AsOf {
  const value = new URLSearchParams(search).get(AS_OF_PARAM);
  if (value === null || value === '') return { date: today, ignored: null };
  return isoDateSchema.safeParse(value).success
    ? { date: value, ignored: null }
    : { date: today, ignored: value };
}

export function useAsOf(): AsOf {
  const { search } = useLocation();
  return asOfFromSearch(search, todayIso());
}
