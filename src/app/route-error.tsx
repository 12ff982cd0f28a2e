import { useQueryClient } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '@/components/ui/error-screen';
import { isDatasetLoadError } from '@/data/load-dataset';
import { SiteFooter, SiteHeader } from './layout';

type BoundaryProps = {
  children: ReactNode;
  /** What replaces the children once they threw; `reset` renders them again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
};

/**
 * Catches what a subtree throws while rendering (a failed dataset, a failed chunk, a bug); the
 * root's `onCaughtError` (main.tsx) decides what reaches the console.
 */
export class ErrorBoundary extends Component<BoundaryProps, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  reset = () => this.setState({ failed: false, error: undefined });

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}

/**
 * A view's error screen: it renders inside the layout, so header and navigation stay. A dataset
 * that failed is fetched again on retry; anything else (a view's code that did not arrive, a
 * bug) reloads the page, which fetches the code afresh.
 */
export function RouteError({ error, reset }: { error: unknown; reset: () => void }) {
  const queryClient = useQueryClient();
  const retry = () => {
    if (!isDatasetLoadError(error)) {
      window.location.reload();
      return;
    }
    // Drop the failed query so the view fetches again instead of reusing the error.
    void queryClient.resetQueries({ queryKey: ['dataset'] }).then(reset);
  };
  return <ErrorScreen error={error} onRetry={retry} />;
}

/** The last line of defence inside the router: the layout itself failed. Rebuild the shell. */
export function AppError({ error }: { error: unknown }) {
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
