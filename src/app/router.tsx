import { usePrefetchQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { LoadingScreen } from '@/components/ui/loading-screen';
import type { HeadedPage } from '@/components/ui/page-head';
import { DatasetSourceProvider, useDatasetSource } from '@/data/dataset-source';
import { datasetQueryOptions } from '@/data/load-dataset';
import { TrackerProvider } from '@/tracker/use-tracker';
import { Layout } from './layout';
import { AppError, ErrorBoundary, RouteError } from './route-error';

type View = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

/**
 * A view's code, split from the entry and fetched the first time the view is opened. `preload`
 * starts that fetch while the view's dataset is still downloading, so the two come side by side.
 */
function lazyView<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): View {
  let loading: Promise<M> | undefined;
  const preload = () => (loading ??= load());
  return Object.assign(
    lazy(() => preload().then((module) => ({ default: pick(module) }))),
    { preload },
  );
}

function PrefetchDataset({ url }: { url: string }) {
  usePrefetchQuery(datasetQueryOptions(url));
  return null;
}

/**
 * One route's view: its own error boundary (the layout, header and navigation stay when it
 * fails) and its own loading state. A list page's loading state shows its heading and
 * introduction, as the static HTML the build writes for it does (vite.config.ts), so the first
 * paint, the loading state and the page all agree.
 *
 * A view of the dataset starts fetching it as it renders, before its code has arrived, so code
 * and data download side by side (main.tsx starts the first page's even earlier). The boundary
 * is keyed on the path and the dataset: opening another record or another `?data=` clears an
 * error, while a new filter, sort or as-of date in the query keeps the view mounted.
 */
function RouteView({
  View,
  page,
  dataset = true,
}: {
  View: View;
  page?: HeadedPage;
  dataset?: boolean;
}) {
  const { pathname } = useLocation();
  const { url } = useDatasetSource();
  // The same element on every render: a new filter in the query renders RouteView again (for
  // the path above), but the view below it only where it reads the query itself.
  const view = useMemo(() => <View />, [View]);
  void View.preload();
  return (
    <ErrorBoundary
      key={`${pathname} ${url}`}
      fallback={(error, reset) => <RouteError error={error} reset={reset} />}
    >
      {dataset && <PrefetchDataset url={url} />}
      <Suspense fallback={<LoadingScreen page={page} />}>
        {dataset ? <TrackerProvider>{view}</TrackerProvider> : view}
      </Suspense>
    </ErrorBoundary>
  );
}

const Overview = lazyView(
  () => import('@/features/overview/components/overview-page'),
  (m) => m.OverviewPage,
);
const Projects = lazyView(
  () => import('@/features/projects/components/projects-page'),
  (m) => m.ProjectsPage,
);
const ProjectDetail = lazyView(
  () => import('@/features/projects/components/project-detail-page'),
  (m) => m.ProjectDetailPage,
);
const Targets = lazyView(
  () => import('./routes/targets'),
  (m) => m.TargetsRoute,
);
const TargetDetail = lazyView(
  () => import('./routes/target-detail'),
  (m) => m.TargetDetailRoute,
);
const Figures = lazyView(
  () => import('@/features/figures/components/figures-page'),
  (m) => m.FiguresPage,
);
const FigureDetail = lazyView(
  () => import('@/features/figures/components/figure-detail-page'),
  (m) => m.FigureDetailPage,
);
const Districts = lazyView(
  () => import('@/features/districts/components/districts-page'),
  (m) => m.DistrictsPage,
);
const DistrictDetail = lazyView(
  () => import('@/features/districts/components/district-detail-page'),
  (m) => m.DistrictDetailPage,
);
const BatchDetail = lazyView(
  () => import('@/features/batches/components/batch-detail-page'),
  (m) => m.BatchDetailPage,
);
const Sources = lazyView(
  () => import('@/features/sources/components/sources-page'),
  (m) => m.SourcesPage,
);
const SourceDetail = lazyView(
  () => import('@/features/sources/components/source-detail-page'),
  (m) => m.SourceDetailPage,
);
const Search = lazyView(
  () => import('@/features/search/components/search-page'),
  (m) => m.SearchPage,
);
const NotFound = lazyView(
  () => import('@/components/ui/not-found'),
  (m) => m.NotFound,
);
const Curate = lazyView(
  () => import('@/features/curate/components/curate-page'),
  (m) => m.CuratePage,
);

/**
 * The app's routes; paths are fixed so shared links stay stable (README). Declared as elements
 * for React Router's declarative mode: the app needs matching, links and the URL, not loaders
 * or actions, and the declarative router is 17 kB (gzipped) smaller than the data router
 * (docs/performance.md). If even the layout fails, AppError rebuilds the shell around the message.
 */
export function AppRoutes() {
  return (
    <DatasetSourceProvider>
      <ErrorBoundary fallback={(error) => <AppError error={error} />}>
        <Routes>
          <Route path="/" element={<Layout />}>
            <Route index element={<RouteView View={Overview} page="overview" />} />
            <Route path="projects" element={<RouteView View={Projects} page="projects" />} />
            <Route path="projects/:id" element={<RouteView View={ProjectDetail} />} />
            <Route path="targets" element={<RouteView View={Targets} page="targets" />} />
            <Route path="targets/:id" element={<RouteView View={TargetDetail} />} />
            <Route path="figures" element={<RouteView View={Figures} page="figures" />} />
            <Route path="figures/:id" element={<RouteView View={FigureDetail} />} />
            <Route path="search" element={<RouteView View={Search} />} />
            <Route path="districts" element={<RouteView View={Districts} page="districts" />} />
            <Route path="districts/:id" element={<RouteView View={DistrictDetail} />} />
            <Route path="batches/:id" element={<RouteView View={BatchDetail} />} />
            <Route path="sources" element={<RouteView View={Sources} page="sources" />} />
            <Route path="sources/:id" element={<RouteView View={SourceDetail} />} />
            <Route path="curate" element={<RouteView View={Curate} />} />
            <Route path="*" element={<RouteView View={NotFound} dataset={false} />} />
          </Route>
        </Routes>
      </ErrorBoundary>
    </DatasetSourceProvider>
  );
}

/** Where the app is served from, as React Router's `basename` wants it. */
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
