import { QueryClient } from '@tanstack/react-query';

/** One client for the app: the first view's prefetch (main.tsx), the routes' and the components share its cache. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
  },
});
