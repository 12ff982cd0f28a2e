import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { datasetQueryKey, BUNDLED_DATASET_URL } from '@/data/load-dataset';
import type { Dataset } from '@/data/schema';
import { LangProvider, type Lang } from '@/lib/i18n';

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
  extraRoutes?: RouteObject[];
} & Omit<RenderOptions, 'wrapper'>;

/** Renders an element inside the app's providers and a memory router. */
export function renderWithApp(element: ReactElement, options: Options = {}) {
  const { dataset, lang = 'zh', path = '/', route = '*', extraRoutes = [], ...rest } = options;
  const client = makeQueryClient(dataset);
  const router = createMemoryRouter([{ path: route, element }, ...extraRoutes], {
    initialEntries: [path],
  });
  const view = render(
    <QueryClientProvider client={client}>
      <LangProvider initial={lang}>
        <RouterProvider router={router} />
      </LangProvider>
    </QueryClientProvider>,
    rest,
  );
  return { ...view, router, client };
}
