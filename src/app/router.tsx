import { usePrefetchQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { LoadingScreen } from '@/components/ui/loading-screen';
import type { HeadedPage } from '@/components/ui/page-head';
import { DatasetSourceProvider, useDatasetSource } from '@/data/dataset-source';
import { datasetQueryOptions } from '@/data/load-dataset';
import { Layout } from './layout';
import { AppError, ErrorBoundary, RouteError } from './route-error';

type RouteModule = { Component: ComponentType };

/** A view's code, split from the entry and fetched the first time the view is opened. */
const lazyView = (load: () => Promise<RouteModule>) =>
  lazy(() => load().then((module) => ({ default: module.Component })));

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
  View: LazyExoticComponent<ComponentType>;
  page?: HeadedPage;
  dataset?: boolean;
}) {
  const { pathname } = useLocation();
  const { url } = useDatasetSource();
  // The same element on every render: a new filter in the query renders RouteView again (for
  // the path above), but the view below it only where it reads the query itself.
  const view = useMemo(() => <View />, [View]);
  return (
    <ErrorBoundary
      key={`${pathname} ${url}`}
      fallback={(error, reset) => <RouteError error={error} reset={reset} />}
    >
      {dataset && <PrefetchDataset url={url} />}
      <Suspense fallback={<LoadingScreen page={page} />}>{view}</Suspense>
    </ErrorBoundary>
  );
}

const Overview = lazyView(() => import('./routes/overview'));
const Projects = lazyView(() => import('./routes/projects'));
const ProjectDetail = lazyView(() => import('./routes/project-detail'));
const Targets = lazyView(() => import('./routes/targets'));
const TargetDetail = lazyView(() => import('./routes/target-detail'));
const Districts = lazyView(() => import('./routes/districts'));
const DistrictDetail = lazyView(() => import('./routes/district-detail'));
const Sources = lazyView(() => import('./routes/sources'));
const SourceDetail = lazyView(() => import('./routes/source-detail'));
const NotFound = lazyView(() => import('./routes/not-found'));
const Curate = lazyView(() => import('./routes/curate'));

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
            <Route path="districts" element={<RouteView View={Districts} page="districts" />} />
            <Route path="districts/:id" element={<RouteView View={DistrictDetail} />} />
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
