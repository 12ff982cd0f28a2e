import { forwardRef } from 'react';
import { Link, useLocation, type LinkProps, type To } from 'react-router-dom';
import { DATASET_PARAM } from '@/data/dataset-source';
import { LANG_PARAM } from '@/lib/i18n';

/** The parameters every in-app link carries over from the current URL. */
const CARRIED = [DATASET_PARAM, LANG_PARAM] as const;

/** The parameters of `search` that in-app links carry on, in CARRIED order. */
function carriedParams(search: string) {
  const current = new URLSearchParams(search);
  return CARRIED.flatMap((name) => {
    const value = current.get(name);
    return value ? [[name, value] as const] : [];
  });
}

/** Only what in-app links carry on from `search` (`?data=…&lang=en`, or ''). */
export function carriedSearch(search: string): string {
  const carried = new URLSearchParams(carriedParams(search).map(([name, value]) => [name, value]));
  return carried.size ? `?${carried}` : '';
}

/**
 * Carries `?data=` and `?lang=` along, so a reader who opened another dataset stays in it while
 * browsing, and a link made in the English UI opens in English. Use it instead of
 * react-router's Link for every in-app link.
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
