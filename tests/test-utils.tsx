import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import {
  MemoryRouter,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
  type NavigationType,
  type To,
} from 'react-router-dom';
import { DatasetSourceProvider } from '@/data/dataset-source';
import { datasetQueryKey, BUNDLED_DATASET_URL } from '@/data/load-dataset';
import type { Dataset } from '@/data/schema';
import { LangProvider, type Lang } from '@/lib/i18n';
import { TrackerProvider } from '@/tracker/use-tracker';
import { FollowUpStoreContext } from '@/data/tracking/follow-up-queries';
import type { FollowUpStore } from '@/data/tracking/follow-up-store';

/** A fresh client per test, so no test sees another's cache; failures are not retried. */
export function makeQueryClient(dataset?: Dataset, url: string = BUNDLED_DATASET_URL) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  if (dataset) client.setQueryData(datasetQueryKey(url), dataset);
  return client;
}

type Options = {
  dataset?: Dataset;
  lang?: Lang;
  /** Where the memory router starts, e.g. '/projects?district=410102'. */
  path?: string;
  /** The route pattern the element is mounted at (defaults to '*'). */
  route?: string;
  /** A follow-up store for everything rendered (the tracker included); the browser's otherwise. */
  followUpStore?: FollowUpStore;
} & Omit<RenderOptions, 'wrapper'>;

/** What a test reads of the router and how it moves it (back, forward, to a URL). */
export type TestRouter = {
  readonly state: { location: Location; historyAction: NavigationType };
  navigate: (to: To | number) => Promise<void>;
};

/**
 * Renders an element inside the app's providers and a memory router configured as the app's
 * (declarative routes, no transitions: main.tsx). `router` reports the current location and
 * the last history action, and navigates as the reader's back and forward buttons do.
 */
export function renderWithApp(element: ReactElement, options: Options = {}) {
  const { dataset, lang = 'zh', path = '/', route = '*', followUpStore, ...rest } = options;
  const client = makeQueryClient(dataset);
  const seen: { location?: Location; action?: NavigationType; navigate?: NavigateFunction } = {};
  function RouterProbe() {
    seen.location = useLocation();
    seen.action = useNavigationType();
    seen.navigate = useNavigate();
    return null;
  }
  const router: TestRouter = {
    get state() {
      if (!seen.location || !seen.action) throw new Error('the router has not rendered yet');
      return { location: seen.location, historyAction: seen.action };
    },
    navigate: async (to) => {
      const navigate = seen.navigate;
      if (!navigate) throw new Error('the router has not rendered yet');
      await act(async () => {
        if (typeof to === 'number') await navigate(to);
        else await navigate(to);
      });
    },
  };
  const withStore = (children: ReactElement) =>
    followUpStore ? (
      <FollowUpStoreContext.Provider value={followUpStore}>
        {children}
      </FollowUpStoreContext.Provider>
    ) : (
      children
    );
  const view = render(
    withStore(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]} useTransitions={false}>
          <LangProvider fallback={lang}>
            <RouterProbe />
            <DatasetSourceProvider>
              <Routes>
                <Route
                  path={route}
                  element={dataset ? <TrackerProvider>{element}</TrackerProvider> : element}
                />
              </Routes>
            </DatasetSourceProvider>
          </LangProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    ),
    rest,
  );
  return { ...view, router, client };
}
