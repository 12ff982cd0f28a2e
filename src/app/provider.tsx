import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LangProvider } from '@/lib/i18n';
import { queryClient } from './query-client';

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>{children}</LangProvider>
    </QueryClientProvider>
  );
}
