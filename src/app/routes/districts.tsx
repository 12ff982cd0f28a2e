import { DistrictsPage } from '@/features/districts/components/districts-page';

export function Component() {
  return <DistrictsPage />;
}
