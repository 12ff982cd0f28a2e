import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppErrorBoundary } from './app/app-error-boundary';
import { AppProvider } from './app/provider';
import { queryClient } from './app/query-client';
import { AppRoutes } from './app/router';
import { DATASET_PARAM, datasetSourceOf } from './data/dataset-source';
import { datasetQueryOptions, isDatasetLoadError } from './data/load-dataset';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Every view but "not found" shows the dataset: its download starts now, beside the code of the
// first view, instead of after React's first render. A failure is the view's to show.
void queryClient.prefetchQuery(
  datasetQueryOptions(
    datasetSourceOf(new URLSearchParams(window.location.search).get(DATASET_PARAM)).url,
  ),
);

// An error a boundary shows (app/route-error.tsx) is not a crash: a dataset that failed to load
// is the reader's to see, on screen, not a console error; anything else is logged as a warning.
const root = createRoot(container, {
  onCaughtError: (error, info) => {
    if (!isDatasetLoadError(error))
      console.warn('A view failed; its error screen is shown.', error, info.componentStack);
  },
});
// index.html's static shell stays on screen until React's first render replaces it with the same
// layout; as a transition, that render yields to the browser every few milliseconds instead of
// blocking the main thread in one long task. Navigations are not transitions (app/provider.tsx).
startTransition(() => {
  root.render(
    <StrictMode>
      <AppErrorBoundary>
        <AppProvider>
          <AppRoutes />
        </AppProvider>
      </AppErrorBoundary>
    </StrictMode>,
  );
});
