import { forwardRef } from 'react';
import { Link, useLocation, type LinkProps, type To } from 'react-router-dom';
import { DATASET_PARAM } from '@/data/dataset-source';
import { LANG_PARAM } from '@/lib/i18n';
import { AS_OF_PARAM } from '@/tracker/use-as-of';
import { PACE_RULE_PARAM } from '@/tracker/use-pace-rule';

/**
 * The parameters every in-app link carries over from the current URL: the dataset, the
 * language, the as-of date and the rule lights are given by — what every view reads the same
 * way, so opening a target from a list judged on 2021-04-30 judges it on 2021-04-30 too.
 */
const CARRIED = [DATASET_PARAM, LANG_PARAM, AS_OF_PARAM, PACE_RULE_PARAM] as const;

/** The parameters of `search` that in-app links carry on, in CARRIED order. */
function carriedParams(search: string) {
  const current = new URLSearchParams(search);
  return CARRIED.flatMap((name) => {
    const value = current.get(name);
    return value ? [[name, value] as const] : [];
  });
}

/** Only what in-app links carry on from `search` (`?data=…&lang=en&asOf=…`, or ''). */
export function carriedSearch(search: string): string {
  const carried = new URLSearchParams(carriedParams(search).map(([name, value]) => [name, value]));
  return carried.size ? `?${carried}` : '';
}

/**
 * Carries `?data=`, `?lang=`, `?asOf=` and `?rule=` along, so a reader who opened another
 * dataset stays in it while browsing, a link made in the English UI opens in English, and the
 * day and rule the states are judged by stay those of the view the reader came from. A link
 * that names one of them keeps its own. Use it instead of react-router's Link for every
 * in-app link.
 */
export function withDatasetParam(to: To, currentSearch: string): To {
  const carried = carriedParams(currentSearch);
  if (carried.length === 0) return to;
  const path =
    typeof to === 'string' ? to : `${to.pathname ?? ''}${to.search ?? ''}${to.hash ?? ''}`;
  const url = new URL(path, 'http://x');
  for (const [name, value] of carried)
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

export const AppLink = forwardRef<HTMLAnchorElement, LinkProps>(function AppLink(
  { to, ...rest },
  ref,
) {
  const { search } = useLocation();
  return <Link ref={ref} to={withDatasetParam(to, search)} {...rest} />;
});
