import { DetailPage, RecordSources } from '@/components/records/detail-page';
import { DistrictLink } from '@/components/records/district-link';
import { OtherLanguageName } from '@/components/ui/other-language-name';
import { FieldList } from '@/components/records/field-list';
import { RelatedBatches } from '@/components/records/related-batches';
import { RelatedProjects, RelatedTargets } from '@/components/records/related-records';
import { useDetailView } from '@/components/records/use-record-view';
import { NotFound } from '@/components/ui/not-found';
import { Section } from '@/components/ui/section';
import { formatDate, formatFigureReading, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    kind: '项目',
    back: '全部项目',
    details: '项目信息',
    otherName: '英文名称',
    location: '位置',
    description: '说明',
    targets: '点名该项目的目标',
    targetsCaption: '点名该项目的目标（截止状态按 {date} 判断）',
    figures: '涉及该项目的数据',
    sameDistrict: '{district}的其他项目',
    none: '没有。',
    moreInDistrict: '查看{district}的全部项目',
    batches: '该项目所属的批次',
  },
  en: {
    kind: 'project',
    back: 'All projects',
    details: 'About the project',
    otherName: 'Chinese name',
    location: 'Location',
    description: 'Description',
    targets: 'Targets that name this project',
    targetsCaption: 'Targets that name this project (deadline states as of {date})',
    figures: 'Figures about this project',
    sameDistrict: 'Other projects in {district}',
    none: 'None.',
    moreInDistrict: 'All projects in {district}',
    batches: 'Batches this project belongs to',
  },
});

export function ProjectDetailPage() {
  const t = useT(messages);
  const { f, lang, labels, tracker, asOf, id } = useDetailView();
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

  return (
    <DetailPage
      back={{ to: '/projects', label: t('back') }}
      title={pick(lang, project.nameZh, project.nameEn)}
    >
      <Section id="project-details" title={t('details')}>
        <FieldList
          fields={[
            [t('otherName'), <OtherLanguageName key="o" zh={project.nameZh} en={project.nameEn} />],
            [f('district'), <DistrictLink key="d" id={project.districtId} name={districtName} />],
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
      </Section>
      <RelatedBatches id="project-batches" title={t('batches')} batches={row.batches} />
      <RecordSources
        id="project-sources"
        title={pick(lang, project.nameZh, project.nameEn)}
        refs={project.sourceRefs}
        reports={row.reports}
        targetFollowUps={row.targets.flatMap((target) =>
          target.followUps.map((followUp) => ({ target: target.target, followUp })),
        )}
      />
      <RelatedTargets
        id="project-targets"
        title={t('targets')}
        caption={t('targetsCaption', { date: asOf })}
        rows={related.targets}
      />
      {related.figures.length > 0 && (
        <Section id="project-figures" title={t('figures')}>
          <ul>
            {related.figures.map((fig) => (
              <li key={fig.id}>
                {pick(lang, fig.indicatorZh, fig.indicatorEn)} · {formatFigureReading(fig, lang)}
              </li>
            ))}
          </ul>
        </Section>
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
    </DetailPage>
  );
}
