import {
  createBrowserRouter,
  type LoaderFunctionArgs,
  type RouteObject,
  type ShouldRevalidateFunction,
} from 'react-router-dom';
import { LoadingScreen, loadingScreenFor } from '@/components/ui/loading-screen';
import type { HeadedPage } from '@/components/ui/page-head';
import { DATASET_PARAM, datasetUrlFromRequest } from '@/data/dataset-source';
import { datasetQueryOptions } from '@/data/load-dataset';
import { Layout } from './layout';
import { queryClient } from './query-client';
import { AppError, RouteError } from './route-error';

/** Every data view needs the dataset: start fetching it before the view's code arrives. */
export function datasetLoader({ request }: LoaderFunctionArgs) {
  return queryClient.ensureQueryData(datasetQueryOptions(datasetUrlFromRequest(request)));
}

/**
 * The loader's only input is the dataset URL (`?data=`): a new filter, sort or as-of date in the
 * query needs no loader run. Skipping it lets a filter change render at once, in the same task
 * as the click or keystroke, instead of after a "loading" round trip through the router.
 */
export const revalidateForDataset: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname &&
  currentUrl.href !== nextUrl.href &&
  currentUrl.searchParams.get(DATASET_PARAM) === nextUrl.searchParams.get(DATASET_PARAM)
    ? false
    : defaultShouldRevalidate;

/**
 * A view whose component is code-split and whose data is the dataset. While the first page's
 * code and data load, the view's own HydrateFallback (the skeleton) renders inside the layout,
 * so React's first paint matches the static shell of index.html: header, navigation, skeleton.
 */
const view = (
  path: string | undefined,
  load: () => Promise<{ Component: React.ComponentType }>,
  page?: HeadedPage,
): RouteObject => ({
  ...(path === undefined ? { index: true } : { path }),
  loader: datasetLoader,
  shouldRevalidate: revalidateForDataset,
  lazy: load,
  errorElement: <RouteError />,
  HydrateFallback: page ? loadingScreenFor(page) : LoadingScreen,
});

/** Route objects; paths are fixed so shared links stay stable (README). */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: Layout,
    errorElement: <AppError />,
    // Only a safety net: every child has its own, so the layout stays during the first load.
    HydrateFallback: LoadingScreen,
    children: [
      view(undefined, () => import('./routes/overview'), 'overview'),
      view('projects', () => import('./routes/projects'), 'projects'),
      view('projects/:id', () => import('./routes/project-detail')),
      view('targets', () => import('./routes/targets'), 'targets'),
      view('targets/:id', () => import('./routes/target-detail')),
      view('districts', () => import('./routes/districts'), 'districts'),
      view('districts/:id', () => import('./routes/district-detail')),
      view('sources', () => import('./routes/sources'), 'sources'),
      view('sources/:id', () => import('./routes/source-detail')),
      {
        path: '*',
        lazy: () => import('./routes/not-found'),
        errorElement: <RouteError />,
        HydrateFallback: LoadingScreen,
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}
