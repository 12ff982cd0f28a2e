import { AppLink } from '@/components/ui/app-link';
import { useTracker } from '@/tracker/use-tracker';
import { isHttpUrl, type Evidence } from '@/data/tracking/follow-up';
import { useLang, useT } from '@/lib/i18n';
import { formatDate } from '@/lib/format';
import { trackingMessages } from '../messages';
import { sourceName } from '@/components/records/record-names';

/**
 * A follow-up's evidence: the newspaper page (linked to its source page when the dataset in
 * view has it) and the user's link — a link only when it is http(s), otherwise plain text.
 */
export function FollowUpEvidence({ evidence }: { evidence: Evidence }) {
  const t = useT(trackingMessages);
  const { lang } = useLang();
  const sources = useTracker().sourceById;
  const source = evidence.sourceId === undefined ? undefined : sources.get(evidence.sourceId);

  return (
    <div className="follow-up-evidence">
      <span className="follow-up-evidence-label">{t('evidence')}</span>
      <ul>
        {evidence.sourceId !== undefined && (
          <li>
            {source ? (
              <>
                <AppLink to={`/sources/${source.id}`}>{sourceName(source, lang)}</AppLink>{' '}
                <span className="follow-up-muted">{formatDate(source.publishedOn, lang)}</span>
              </>
            ) : (
              <code>{evidence.sourceId}</code>
            )}
          </li>
        )}
        {evidence.url !== undefined && (
          <li>
            <span className="follow-up-muted">{t('link')}: </span>
            {isHttpUrl(evidence.url) ? (
              <a href={evidence.url} rel="noopener noreferrer nofollow" className="follow-up-url">
                {evidence.url}
              </a>
            ) : (
              <span className="follow-up-url">{evidence.url}</span>
            )}
          </li>
        )}
      </ul>
    </div>
  );
}
