import { doneText, percentText } from '@/components/progress/model/pace-words';
import type { FollowUp } from '@/data/tracking/follow-up';
import { formatDate, formatNumber } from '@/lib/format';
import { useLang, useT } from '@/lib/i18n';
import { normalizedLike } from '@/tracker/progress';
import { useTracker } from '@/tracker/use-tracker';
import { trackingMessages } from '../messages';

/**
 * What a follow-up says of progress, as the reader typed it: 进度：完成 45亿元，截至2021年3月15日
 * (money in 亿元/万元, in CNY bn in English, when the target's plan is in the same unit), or the
 * percent of plan. Nothing when it states none. The measure against plan and 时间进度 is the
 * tracker's, shown by the target's progress section.
 */
export function FollowUpProgressLine({ followUp }: { followUp: FollowUp }) {
  const t = useT(trackingMessages);
  const { lang } = useLang();
  const plan = useTracker().targetById.get(followUp.targetId)?.target.quantity;
  const { progress } = followUp;
  if (!progress) return null;
  const date = formatDate(progress.through, lang);
  if (progress.done === undefined)
    return (
      <p className="follow-up-progress">
        {t('progressPercent', { percent: percentText(progress.percentOfPlan ?? 0, lang), date })}
      </p>
    );
  const { value, unit } = progress.done;
  const done =
    plan?.role === 'plan' && plan.unit === unit
      ? doneText(normalizedLike(plan, value), plan, lang)
      : `${formatNumber(value, lang, 4)}${lang === 'zh' ? '' : ' '}${unit}`;
  return <p className="follow-up-progress">{t('progressDone', { done, date })}</p>;
}
