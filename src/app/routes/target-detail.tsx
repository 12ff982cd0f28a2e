import { useParams } from 'react-router-dom';
import { useStatusReports } from '@/data/tracking/follow-up-queries';
import { TargetDetailPage } from '@/features/targets/components/targets-page';
import { FollowUpPanel } from '@/features/tracking/components/follow-up-panel';

/**
 * A target as the articles state it, its status merged with the reader's follow-ups, then
 * the follow-ups themselves.
 */
export function Component() {
  const { id = '' } = useParams();
  const statusReports = useStatusReports();
  return (
    <>
      <TargetDetailPage statusReports={statusReports} />
      <FollowUpPanel targetId={id} />
    </>
  );
}
