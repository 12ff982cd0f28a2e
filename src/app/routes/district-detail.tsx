import { DistrictDetailPage } from '@/features/districts/components/districts-page';

export function Component() {
  return <DistrictDetailPage />;
}
