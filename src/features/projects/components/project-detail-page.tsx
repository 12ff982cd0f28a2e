import { useParams } from 'react-router-dom';
import { useTracker } from '@/tracker/use-tracker';
import { FieldList } from '@/components/records/field-list';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { RecordHistory } from '@/components/records/record-history';
import { RelatedProjects, RelatedTargets } from '@/components/records/related-records';
import { SourceQuotes } from '@/components/records/source-quotes';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { formatDate, formatGrowth, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    kind: '项目',
    back: '全部项目',
    details: '项目信息',
    otherName: '英文名称',
    location: '位置',
    description: '说明',
    sources: '原文出处',
    targets: '点名该项目的目标',
    targetsCaption: '点名该项目的目标（截止状态按 {date} 判断）',
    figures: '涉及该项目的数据',
    sameDistrict: '{district}的其他项目',
    none: '没有。',
    moreInDistrict: '查看{district}的全部项目',
  },
  en: {
    kind: 'project',
    back: 'All projects',
    details: 'About the project',
    otherName: 'Chinese name',
    location: 'Location',
    description: 'Description',
    sources: 'Source sentences',
    targets: 'Targets that name this project',
    targetsCaption: 'Targets that name this project (deadline states as of {date})',
    figures: 'Figures about this project',
    sameDistrict: 'Other projects in {district}',
    none: 'None.',
    moreInDistrict: 'All projects in {district}',
  },
});

export function ProjectDetailPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { id = '' } = useParams();
  const tracker = useTracker();
  const { asOf } = tracker;
  const row = tracker.projectById.get(id);

  if (!row) return <NotFound kind={t('kind')} id={id} />;
  const { project, district } = row;
  const related = {
    targets: row.targets,
    figures: row.figures,
    siblings: (tracker.byDistrict.get(project.districtId)?.projects ?? []).filter(
      (other) => other !== row,
    ),
  };
  const districtName = district ? pick(lang, district.nameZh, district.nameEn) : project.districtId;
  const investment = project.investment;
  const sep = lang === 'zh' ? '：' : ': ';

  return (
    <article className="page detail-page">
      <p className="breadcrumb">
        <AppLink to="/projects">{t('back')}</AppLink>
      </p>
      <h1>{pick(lang, project.nameZh, project.nameEn)}</h1>
      <CopyLinkButton />
      <section aria-labelledby="project-details">
        <h2 id="project-details">{t('details')}</h2>
        <FieldList
          fields={[
            [
              t('otherName'),
              lang === 'zh' ? (
                <span lang="en">{project.nameEn}</span>
              ) : (
                <span lang="zh-CN">{project.nameZh}</span>
              ),
            ],
            [
              f('district'),
              <AppLink key="d" to={`/districts/${encodeURIComponent(project.districtId)}`}>
                {districtName}
              </AppLink>,
            ],
            [f('category'), labels.category(project.category)],
            [
              f('stage'),
              row.stageOrigin.kind === 'report'
                ? `${labels.stage(row.stage)} · ${formatDate(row.stageOrigin.report.date, lang)}`
                : labels.stage(row.stage),
            ],
            [f('investment'), investment ? formatQuantity(investment, lang) : null],
            [t('location'), pick(lang, project.locationZh ?? '', project.locationEn) || null],
            [
              t('description'),
              pick(lang, project.descriptionZh ?? '', project.descriptionEn) || null,
            ],
            [f('id'), <code key="id">{project.id}</code>],
          ]}
        />
      </section>
      <section aria-labelledby="project-sources">
        <h2 id="project-sources">{t('sources')}</h2>
        <SourceQuotes refs={project.sourceRefs} />
      </section>
      <RecordHistory
        refs={project.sourceRefs}
        reports={row.reports}
        sources={tracker.sourceById}
        asOf={asOf}
      />
      <RelatedTargets
        id="project-targets"
        title={t('targets')}
        caption={t('targetsCaption', { date: asOf })}
        rows={related.targets}
      />
      {related.figures.length > 0 && (
        <section aria-labelledby="project-figures">
          <h2 id="project-figures">{t('figures')}</h2>
          <ul>
            {related.figures.map((fig) => (
              <li key={fig.id}>
                {pick(lang, fig.indicatorZh, fig.indicatorEn)} · {formatPeriod(fig.period, lang)}
                {sep}
                {formatQuantity(fig.quantity, lang)}
                {fig.growthPercent !== undefined && ` (${formatGrowth(fig.growthPercent, lang)})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RelatedProjects
        id="project-siblings"
        title={t('sameDistrict', { district: districtName })}
        rows={related.siblings}
        limit={20}
        more={{
          to: `/projects?district=${encodeURIComponent(project.districtId)}`,
          label: t('moreInDistrict', { district: districtName }),
        }}
      />
    </article>
  );
}
