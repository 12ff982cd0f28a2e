import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router-dom';
import { LoadingScreen } from '@/components/ui/loading-screen';
import { datasetUrlFromRequest } from '@/data/dataset-source';
import { datasetQueryOptions } from '@/data/load-dataset';
import { Layout } from './layout';
import { queryClient } from './query-client';
import { AppError, RouteError } from './route-error';

/** Every data view needs the dataset: start fetching it before the view's code arrives. */
export function datasetLoader({ request }: LoaderFunctionArgs) {
  return queryClient.ensureQueryData(datasetQueryOptions(datasetUrlFromRequest(request)));
}

/** A view whose component is code-split and whose data is the dataset. */
const view = (
  path: string | undefined,
  load: () => Promise<{ Component: React.ComponentType }>,
): RouteObject => ({
  ...(path === undefined ? { index: true } : { path }),
  loader: datasetLoader,
  lazy: load,
  errorElement: <RouteError />,
});

/** Route objects; paths are fixed so shared links stay stable (README). */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: Layout,
    errorElement: <AppError />,
    HydrateFallback: LoadingScreen,
    children: [
      view(undefined, () => import('./routes/overview')),
      view('projects', () => import('./routes/projects')),
      view('projects/:id', () => import('./routes/project-detail')),
      view('targets', () => import('./routes/targets')),
      view('targets/:id', () => import('./routes/target-detail')),
      view('districts', () => import('./routes/districts')),
      view('districts/:id', () => import('./routes/district-detail')),
      view('sources', () => import('./routes/sources')),
      view('sources/:id', () => import('./routes/source-detail')),
      { path: '*', lazy: () => import('./routes/not-found'), errorElement: <RouteError /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}
