import { SourceDetailPage } from '@/features/sources/components/sources-page';

export function Component() {
  return <SourceDetailPage />;
}
