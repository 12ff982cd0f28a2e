import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { LangProvider } from '@/lib/i18n';
import { queryClient } from './query-client';
import { ROUTER_BASENAME } from './router';

/**
 * The app's providers: the query client, the router (declarative, without transitions: a
 * filter's new URL and the view it filters render together, in the task of the click or
 * keystroke — src/lib/url-state.ts), and the language, which the router's URL decides.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={ROUTER_BASENAME} useTransitions={false}>
        <LangProvider>{children}</LangProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
