import { forwardRef } from 'react';
import { Link, useLocation, type LinkProps, type To } from 'react-router-dom';
import { DATASET_PARAM } from '@/data/dataset-source';

/**
 * Carries `?data=` along, so a reader who opened another dataset stays in it while
 * browsing. Use it instead of react-router's Link for every in-app link.
 */
export function withDatasetParam(to: To, currentSearch: string): To {
  const data = new URLSearchParams(currentSearch).get(DATASET_PARAM);
  if (!data) return to;
  const path =
    typeof to === 'string' ? to : `${to.pathname ?? ''}${to.search ?? ''}${to.hash ?? ''}`;
  const url = new URL(path, 'http://x');
  if (!url.searchParams.has(DATASET_PARAM)) url.searchParams.set(DATASET_PARAM, data);
  return `${url.pathname}${url.search}${url.hash}`;
}

export const AppLink = forwardRef<HTMLAnchorElement, LinkProps>(function AppLink(
  { to, ...rest },
  ref,
) {
  const { search } = useLocation();
  return <Link ref={ref} to={withDatasetParam(to, search)} {...rest} />;
});
