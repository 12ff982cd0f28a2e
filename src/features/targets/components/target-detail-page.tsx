import type { ReactNode } from 'react';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { DetailPage, RecordSources } from '@/components/records/detail-page';
import { DistrictLink } from '@/components/records/district-link';
import { OtherLanguageName } from '@/components/ui/other-language-name';
import { RecordNote } from '@/components/records/record-note';
import { FieldList } from '@/components/records/field-list';
import { RelatedProjects, RelatedTargets } from '@/components/records/related-records';
import { quotePath } from '@/components/records/source-quotes';
import { useDetailView } from '@/components/records/use-record-view';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { Section } from '@/components/ui/section';
import { LightBadge } from '@/components/progress/light-badge';
import { PaceRuleNote } from '@/components/progress/pace-rule-note';
import { ProgressBullet } from '@/components/progress/progress-bullet';
import type { Evidence } from '@/tracker/tracker';
import { daysBetween } from '@/lib/calendar';
import { MET_STATES } from '@/tracker/deadline-state';
import { formatDate, formatNumber, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useT } from '@/lib/i18n';
import { sourceName } from '@/components/records/record-names';

const messages = defineMessages({
  zh: {
    kind: '目标',
    back: '全部目标',
    situation: '截至 {date} 的情况',
    daysLeft: '距截止还有 {days} 天',
    daysOver: '已过截止日期 {days} 天',
    dueToday: '今天截止',
    followedUp: '此状态来自你的跟进记录。',
    reported: '见报',
    reportedSpan: '{first} 首次见报',
    reportedSpanMore: '{first} 首次见报，{last} 最近见报',
    notAnnounced: '这个目标在 {first} 才首次见报，截至 {date} 尚未提出，不计入任何统计。',
    evidence: '依据',
    noEvidence: '尚无任何版面或跟进报告其结果，因此未评定。',
    fromPage: '版面《{page}》（{date}）',
    fromFollowUp: '你 {date} 的跟进',
    metOn: '{date} 已达成',
    metOnPage: '据 {date} 的版面已达成',
    missedOn: '{date} 起记为未达成',
    followUp: '添加或查看跟进',
    details: '目标信息',
    otherLanguage: '英文表述',
    deadlineNote: '截止日期说明',
    projects: '该目标点名的项目',
    sameDistrict: '{district}的其他目标',
    all: '查看{district}的全部目标',
    none: '没有。',
    progress: '计划完成进度',
    progressPlan: '计划 {plan}（{period}）',
    progressFrom: '进度依据',
    unreported: '尚无版面或跟进报告完成了多少，因此没有灯号。',
  },
  en: {
    kind: 'target',
    back: 'All targets',
    situation: 'Situation as of {date}',
    daysLeft: '{days} days to the deadline',
    daysOver: '{days} days past the deadline',
    dueToday: 'Due today',
    followedUp: 'This status comes from your follow-up.',
    reported: 'Reported',
    reportedSpan: 'first reported {first}',
    reportedSpanMore: 'first reported {first}, last reported {last}',
    notAnnounced:
      'This target was first reported on {first}; on {date} it had not been announced yet and is not counted.',
    evidence: 'On the evidence of',
    noEvidence: 'No page or follow-up reports a result yet, so it is not rated.',
    fromPage: 'the page “{page}” ({date})',
    fromFollowUp: 'your follow-up of {date}',
    metOn: 'Met by {date}',
    metOnPage: 'Met, as the page of {date} reports',
    missedOn: 'Recorded as missed from {date}',
    followUp: 'Add or see follow-ups',
    details: 'About the target',
    otherLanguage: 'Chinese statement',
    deadlineNote: 'About the deadline',
    projects: 'Projects this target names',
    sameDistrict: 'Other targets in {district}',
    all: 'All targets in {district}',
    none: 'None.',
    progress: 'Progress against plan',
    progressPlan: 'Plan: {plan} ({period})',
    progressFrom: 'Progress on the evidence of',
    unreported: 'No page or follow-up reports how much is done yet, so there is no light.',
  },
});

const SIBLINGS_SHOWN = 10;

/**
 * A target's page. The route composes around it what another feature owns: `followUp`, the
 * reader's follow-ups and the form (placed right under the status they change), and
 * `followUpEvidence`, the evidence of the follow-up that set the status in force.
 */
export function TargetDetailPage({
  followUp,
  followUpEvidence,
  onFollowUp,
}: {
  followUp?: ReactNode;
  followUpEvidence?: ReactNode;
  /** Takes the reader to the follow-up form (the route knows where it is). */
  onFollowUp?: () => void;
} = {}) {
  const t = useT(messages);
  const { f, lang, labels, tracker, asOf, id } = useDetailView();
  const row = tracker.targetById.get(id);
  if (!row) return <NotFound kind={t('kind')} id={id} />;
  const { target, district } = row;
  const projects = row.projects.flatMap((p) => tracker.projectById.get(p.id) ?? []);
  const siblings = (tracker.byDistrict.get(target.districtId)?.targets ?? []).filter(
    (other) => other !== row,
  );
  const districtName = district ? pick(lang, district.nameZh, district.nameEn) : target.districtId;
  // Days to or past the deadline matter only while no result is reported.
  const counting = row.state === 'upcoming' || row.state === 'due-soon' || row.state === 'overdue';
  const days = target.deadline && counting ? daysBetween(asOf, target.deadline) : null;
  // Where the status in force comes from: the reader's follow-up, a page's report (its
  // sentence, linked to its place on the page), or nothing yet.
  const origin = row.origin;
  const statusDate = origin.kind === 'none' ? null : origin.date;
  /** A page's report (its sentence, linked to its place on the page) or a follow-up. */
  const evidenceOf = (item: Evidence, followUpDetails?: ReactNode) => {
    if (item.kind === 'follow-up')
      return (
        <>
          {t('fromFollowUp', { date: formatDate(item.followUp.date, lang) })}
          {followUpDetails}
        </>
      );
    const page = tracker.sourceById.get(item.report.sourceRef.sourceId);
    return (
      <span>
        <AppLink to={quotePath(item.report.sourceRef)}>
          {t('fromPage', {
            page: page ? sourceName(page, lang) : item.report.sourceRef.sourceId,
            date: formatDate(item.date, lang),
          })}
        </AppLink>{' '}
        <q lang="zh-CN">{item.report.sourceRef.quote}</q>
      </span>
    );
  };
  const evidence = origin.kind === 'none' ? t('noEvidence') : evidenceOf(origin, followUpEvidence);
  const plan =
    target.quantity?.role === 'plan'
      ? t('progressPlan', {
          plan: formatQuantity(target.quantity, lang),
          period: formatPeriod(target.period, lang),
        })
      : null;
  const progress = row.progress;
  // A met (or missed) target says since when, not how many days past its deadline it is.
  const settled =
    statusDate && MET_STATES.has(row.state)
      ? t(origin.kind === 'follow-up' ? 'metOn' : 'metOnPage', {
          date: formatDate(statusDate, lang),
        })
      : statusDate && row.state === 'missed'
        ? t('missedOn', { date: formatDate(statusDate, lang) })
        : null;

  return (
    <DetailPage
      back={{ to: '/targets', label: t('back') }}
      title={pick(lang, target.statementZh, target.statementEn)}
    >
      <Section
        id="target-situation"
        title={t('situation', { date: formatDate(asOf, lang) })}
        className="situation"
      >
        <FieldList
          fields={[
            [
              f('deadlineState'),
              <DeadlineStateBadge key="s" state={row.state} daysLate={row.daysLate} />,
            ],
            [
              f('deadline'),
              target.deadline
                ? `${formatDate(target.deadline, lang)}${
                    days === null
                      ? ''
                      : ` · ${
                          days > 0
                            ? t('daysLeft', { days: formatNumber(days, lang, 0) })
                            : days < 0
                              ? t('daysOver', { days: formatNumber(-days, lang, 0) })
                              : t('dueToday')
                        }`
                  }`
                : labels.deadlineState('no-deadline'),
            ],
            [
              f('status'),
              <span key="st">
                {labels.status(row.status)}
                {settled && <span className="situation-settled"> · {settled}</span>}
              </span>,
            ],
            [t('evidence'), evidence],
            [
              t('reported'),
              row.firstReported
                ? t(row.lastReported !== row.firstReported ? 'reportedSpanMore' : 'reportedSpan', {
                    first: formatDate(row.firstReported, lang),
                    last: formatDate(row.lastReported, lang),
                  })
                : null,
            ],
          ]}
        />
        {row.state === 'not-announced' && (
          <p className="notice">
            {t('notAnnounced', {
              first: formatDate(row.firstReported, lang),
              date: formatDate(asOf, lang),
            })}
          </p>
        )}
        {row.followedUp && <p className="notice">{t('followedUp')}</p>}
        {onFollowUp && (
          <p className="situation-action">
            <button type="button" className="button" onClick={onFollowUp}>
              {t('followUp')}
            </button>
          </p>
        )}
      </Section>
      {progress.kind !== 'unquantified' && (
        <Section id="target-progress" title={t('progress')} className="target-progress">
          {plan && <p className="progress-plan">{plan}</p>}
          {progress.kind === 'measured' ? (
            <>
              <ProgressBullet
                id="target-bullet"
                measure={progress.measure}
                plan={target.quantity}
              />
              <p className="progress-evidence">
                {t('progressFrom')}
                {lang === 'zh' ? '：' : ': '}
                {evidenceOf(progress.evidence)}
              </p>
              <PaceRuleNote />
            </>
          ) : (
            <p className="progress-unreported">
              <LightBadge light="none" /> {t('unreported')}
            </p>
          )}
        </Section>
      )}
      {followUp}
      <AsOfControl sources={tracker.sources} />
      <Section id="target-details" title={t('details')}>
        <FieldList
          fields={[
            [
              t('otherLanguage'),
              <OtherLanguageName key="o" zh={target.statementZh} en={target.statementEn} />,
            ],
            [f('district'), <DistrictLink key="d" id={target.districtId} name={districtName} />],
            [f('metric'), labels.metric(target.metric)],
            [f('quantity'), target.quantity ? formatQuantity(target.quantity, lang) : null],
            [f('firmness'), labels.firmness(target.firmness)],
            [
              f('deadlineText'),
              target.deadlineText ? <span lang="zh-CN">{target.deadlineText}</span> : null,
            ],
            [
              t('deadlineNote'),
              target.deadlineNote || target.deadlineNoteZh ? (
                <RecordNote key="n" zh={target.deadlineNoteZh} en={target.deadlineNote} />
              ) : null,
            ],
            [f('period'), formatPeriod(target.period, lang)],
            [f('id'), <code key="id">{target.id}</code>],
          ]}
        />
      </Section>
      <RecordSources
        id="target-sources"
        title={pick(lang, target.statementZh, target.statementEn)}
        refs={target.sourceRefs}
        evidence={row.evidence}
      />
      <RelatedProjects id="target-projects" title={t('projects')} rows={projects} />
      <RelatedTargets
        id="target-siblings"
        title={t('sameDistrict', { district: districtName })}
        rows={siblings}
        limit={SIBLINGS_SHOWN}
        more={{
          to: `/targets?district=${encodeURIComponent(target.districtId)}`,
          label: t('all', { district: districtName }),
        }}
      />
    </DetailPage>
  );
}
