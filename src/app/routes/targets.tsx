import { TargetsPage } from '@/features/targets/components/targets-page';

export function Component() {
  return <TargetsPage />;
}
