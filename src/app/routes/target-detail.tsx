import { TargetDetailPage } from '@/features/targets/components/targets-page';

export function Component() {
  return <TargetDetailPage />;
}
