import { SourcesPage } from '@/features/sources/components/sources-page';

export function Component() {
  return <SourcesPage />;
}
