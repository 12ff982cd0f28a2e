import { useParams } from 'react-router-dom';
import { TargetDetailPage } from '@/features/targets/components/targets-page';
import { FollowUpPanel } from '@/features/tracking/components/follow-up-panel';

/** A target as the articles state it, then the user's own follow-ups (merged into its status). */
export function Component() {
  const { id = '' } = useParams();
  return (
    <>
      <TargetDetailPage />
      <FollowUpPanel targetId={id} />
    </>
  );
}
