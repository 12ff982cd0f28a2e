import { useParams } from 'react-router-dom';
import { TargetDetailPage } from '@/features/targets/components/target-detail-page';
import { FollowUpPanel } from '@/features/tracking/components/follow-up-panel';

/** A target as the pages state it, its status in force, then the reader's follow-ups on it. */
export function TargetDetailRoute() {
  const { id = '' } = useParams();
  return (
    <>
      <TargetDetailPage />
      <FollowUpPanel targetId={id} />
    </>
  );
}
