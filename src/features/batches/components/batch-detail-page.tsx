import { DetailPage, RecordSources } from '@/components/records/detail-page';
import { DistrictLink } from '@/components/records/district-link';
import { FieldList } from '@/components/records/field-list';
import { RelatedBatches } from '@/components/records/related-batches';
import { RelatedProjects, RelatedTargets } from '@/components/records/related-records';
import { useDetailView } from '@/components/records/use-record-view';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { OtherLanguageName } from '@/components/ui/other-language-name';
import { Section } from '@/components/ui/section';
import {
  formatDate,
  formatFigureReading,
  formatNumber,
  formatPeriod,
  formatQuantity,
} from '@/lib/format';
import { defineMessages, pick, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    kind: '批次',
    details: '批次信息',
    otherName: '英文名称',
    batchKind: '类型',
    district: '区县',
    cityWide: '全市（{city}）',
    ordinal: '批次序号',
    ordinalValue: '第 {n} 批',
    date: '日期',
    period: '所属时期',
    count: '项目数',
    total: '总投资（项目全周期）',
    plan: '计划投资（{period}）',
    parent: '属于',
    parentValue: '{parent}的一部分（其中）',
    description: '说明',
    members: '成员项目',
    membersCaption: '报道点名的成员项目：{named} 个',
    membersOf: '报道点名的成员项目：{named} 个（共 {count} 个，其余未点名）',
    subsets: '其中',
    targets: '关于该批次的目标',
    figures: '关于该批次的数据',
    none: '没有。',
  },
  en: {
    kind: 'batch',
    details: 'About the batch',
    otherName: 'Chinese name',
    batchKind: 'Kind',
    district: 'District',
    cityWide: 'City-wide ({city})',
    ordinal: 'Batch number',
    ordinalValue: 'batch {n}',
    date: 'Date',
    period: 'Period',
    count: 'Projects',
    total: 'Total investment (whole life of the projects)',
    plan: 'Planned investment ({period})',
    parent: 'Part of',
    parentValue: 'part of {parent} (其中)',
    description: 'Description',
    members: 'Member projects',
    membersCaption: 'Member projects the pages name: {named}',
    membersOf: 'Member projects the pages name: {named} (of {count}; the rest are not named)',
    subsets: 'Of which',
    targets: 'Targets about this batch',
    figures: 'Figures about this batch',
    none: 'None.',
  },
});

/**
 * A batch of projects (集中开工第N批, 年度重点项目): what the pages say of it — when, how many
 * projects, their lifetime total and the period's plan (two roles, never added) — its member
 * projects, its subsets (其中), the targets and figures about it, and the sentences it rests on.
 */
export function BatchDetailPage() {
  const t = useT(messages);
  const { f, lang, labels, tracker, id } = useDetailView();
  const row = tracker.batchById.get(id);
  if (!row) return <NotFound kind={t('kind')} id={id} />;
  const { batch, district, parent } = row;
  const districtName = district ? pick(lang, district.nameZh, district.nameEn) : batch.districtId;
  const members = row.members.flatMap((project) => tracker.projectById.get(project.id) ?? []);
  const count = batch.count?.normalized;

  return (
    <DetailPage
      back={{ to: `/districts/${encodeURIComponent(batch.districtId)}`, label: districtName }}
      title={pick(lang, batch.nameZh, batch.nameEn)}
    >
      <Section id="batch-details" title={t('details')}>
        <FieldList
          fields={[
            [t('otherName'), <OtherLanguageName key="o" zh={batch.nameZh} en={batch.nameEn} />],
            [t('batchKind'), labels.batchKind(batch.kind)],
            [
              t('district'),
              <DistrictLink
                key="d"
                id={batch.districtId}
                name={
                  district?.kind === 'city' ? t('cityWide', { city: districtName }) : districtName
                }
              />,
            ],
            [
              t('ordinal'),
              batch.ordinal === undefined
                ? null
                : t('ordinalValue', { n: formatNumber(batch.ordinal, lang, 0) }),
            ],
            [t('date'), batch.date ? formatDate(batch.date, lang) : null],
            [t('period'), formatPeriod(batch.period, lang)],
            [t('count'), batch.count ? formatQuantity(batch.count, lang) : null],
            [t('total'), batch.total ? formatQuantity(batch.total, lang) : null],
            [
              t('plan', { period: formatPeriod(batch.period, lang) }),
              batch.plan ? formatQuantity(batch.plan, lang) : null,
            ],
            [
              t('parent'),
              parent ? (
                <AppLink key="p" to={`/batches/${encodeURIComponent(parent.id)}`}>
                  {t('parentValue', { parent: pick(lang, parent.nameZh, parent.nameEn) })}
                </AppLink>
              ) : null,
            ],
            [t('description'), pick(lang, batch.descriptionZh ?? '', batch.descriptionEn) || null],
            [f('id'), <code key="id">{batch.id}</code>],
          ]}
        />
      </Section>
      <RelatedProjects
        id="batch-members"
        title={t('members')}
        caption={
          count !== undefined && count > members.length
            ? t('membersOf', {
                named: formatNumber(members.length, lang, 0),
                count: formatNumber(count, lang, 0),
              })
            : t('membersCaption', { named: formatNumber(members.length, lang, 0) })
        }
        rows={members}
      />
      <RelatedBatches id="batch-subsets" title={t('subsets')} batches={row.subsets} />
      {row.targets.length > 0 && (
        <RelatedTargets id="batch-targets" title={t('targets')} rows={row.targets} />
      )}
      {row.figures.length > 0 && (
        <Section id="batch-figures" title={t('figures')}>
          <ul>
            {row.figures.map((fig) => (
              <li key={fig.id}>
                <AppLink to={`/figures/${encodeURIComponent(fig.id)}`}>
                  {pick(lang, fig.indicatorZh, fig.indicatorEn)}
                </AppLink>{' '}
                · {formatFigureReading(fig, lang)}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <RecordSources
        id="batch-sources"
        title={pick(lang, batch.nameZh, batch.nameEn)}
        refs={batch.sourceRefs}
      />
    </DetailPage>
  );
}
