import { ProjectDetailPage } from '@/features/projects/components/projects-page';

export function Component() {
  return <ProjectDetailPage />;
}
