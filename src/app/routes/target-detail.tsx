import { useParams } from 'react-router-dom';
import { TargetDetailPage } from '@/features/targets/components/target-detail-page';
import { FollowUpEvidence } from '@/features/tracking/components/follow-up-evidence';
import { FollowUpPanel } from '@/features/tracking/components/follow-up-panel';
import { useTracker } from '@/tracker/use-tracker';

/** Takes the reader to the follow-ups, right under the status: its heading gets the focus. */
function goToFollowUps() {
  const heading = document.getElementById('follow-up-panel-title');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * A target: its status in force, the evidence it rests on and the reader's follow-ups together
 * at the top, then what the pages state. Two features meet here, so the app composes them.
 */
export function TargetDetailRoute() {
  const { id = '' } = useParams();
  const origin = useTracker().targetById.get(id)?.origin;
  return (
    <TargetDetailPage
      followUp={<FollowUpPanel targetId={id} />}
      followUpEvidence={
        origin?.kind === 'follow-up' ? (
          <FollowUpEvidence evidence={origin.followUp.evidence} />
        ) : undefined
      }
      onFollowUp={goToFollowUps}
    />
  );
}
