import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { ErrorScreen } from '@/components/ui/error-screen';
import { NotFound } from '@/components/ui/not-found';
import { SiteFooter, SiteHeader } from './layout';

/** A view's error element: it renders inside the layout, so header and navigation stay. */
export function RouteError() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const retry = () => {
    // Drop the failed query so the loader fetches again instead of reusing the error.
    void queryClient.resetQueries({ queryKey: ['dataset'] }).then(() => revalidator.revalidate());
  };
  return <ErrorScreen error={error} onRetry={retry} />;
}

/** The last line of defence: the layout itself failed. Rebuild the shell around the message. */
export function AppError() {
  const error = useRouteError();
  return (
    <div className="app-shell">
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <ErrorScreen error={error} onRetry={() => window.location.reload()} />
      </main>
      <SiteFooter />
    </div>
  );
}
