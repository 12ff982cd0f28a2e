import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { useSourceNote } from '@/components/charts/source-note';
import { barSeriesTable, type BarSeries } from '@/components/charts/series';
import { DetailPage, RecordSources } from '@/components/records/detail-page';
import { DistrictLink } from '@/components/records/district-link';
import { OtherLanguageName } from '@/components/ui/other-language-name';
import { FieldList } from '@/components/records/field-list';
import { FigureValueCells } from '@/components/records/figure-cells';
import { useDetailView } from '@/components/records/use-record-view';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { Section } from '@/components/ui/section';
import {
  Row,
  RowHeader,
  ScrollingTable,
  TableBody,
  TableHead,
} from '@/components/ui/scrolling-table';
import type { Figure } from '@/data/schema';
import { formatGrowth, formatNumber, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useT, type Lang } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    kind: '数据',
    back: '全部数据',
    details: '数据信息',
    otherName: '英文指标名',
    description: '说明',
    series: '{district}“{indicator}”的各期数据',
    seriesIntro: '同一区县、同一指标、同一性质（实绩或计划）的全部数据，按时期排列。',
    onePoint: '目前只有这一个时期的数据，无法看出变化；新的版面报道同一指标后，这里会按时间列出。',
    mixedUnits: '各期的单位不同，不能画在同一张图上，见上表。',
    chartTitle: '{indicator}（{district}）',
    projects: '涉及的项目',
  },
  en: {
    kind: 'figure',
    back: 'All figures',
    details: 'About the figure',
    otherName: 'Chinese indicator',
    description: 'Description',
    series: '“{indicator}” in {district}, period by period',
    seriesIntro:
      'Every figure of the same indicator, district and basis (result or plan), by period.',
    onePoint:
      'Only this period has been reported, so no change can be seen yet; when a new page reports the same indicator it is listed here by period.',
    mixedUnits:
      'The periods use different units, so they are not drawn in one chart; see the table.',
    chartTitle: '{indicator} ({district})',
    projects: 'Projects it covers',
  },
});

/** A series of figures as bars over its periods, in its one normalized unit; null when unfit. */
function seriesBars(series: readonly Figure[], lang: Lang): BarSeries | null {
  const first = series[0];
  if (series.length < 2 || !first) return null;
  if (series.some((figure) => figure.quantity.normalizedUnit !== first.quantity.normalizedUnit))
    return null;
  const money = first.quantity.normalizedUnit === 'CNY';
  return {
    stacks: [{ key: 'value', label: first.quantity.normalizedUnit, color: '--chart-1' }],
    data: series.map((figure) => ({
      key: figure.id,
      label: formatPeriod(figure.period, lang),
      period: figure.period,
      values: { value: money ? figure.quantity.normalized / 1e8 : figure.quantity.normalized },
      href: `/figures/${encodeURIComponent(figure.id)}`,
    })),
  };
}

export function FigureDetailPage() {
  const t = useT(messages);
  const c = useT(chartMessages);
  const sourceNote = useSourceNote();
  const { f, lang, labels, tracker, id } = useDetailView();
  const row = tracker.figureById.get(id);
  if (!row) return <NotFound kind={t('kind')} id={id} />;
  const { figure, district, series, projects } = row;
  const districtName = district ? pick(lang, district.nameZh, district.nameEn) : figure.districtId;
  const indicator = pick(lang, figure.indicatorZh, figure.indicatorEn);
  const bars = seriesBars(series, lang);
  const money = figure.quantity.normalizedUnit === 'CNY';

  return (
    <DetailPage back={{ to: '/figures', label: t('back') }} title={indicator}>
      <Section id="figure-details" title={t('details')}>
        <FieldList
          fields={[
            [f('value'), formatQuantity(figure.quantity, lang)],
            [
              f('growth'),
              figure.growthPercent === undefined ? null : formatGrowth(figure.growthPercent, lang),
            ],
            [f('period'), formatPeriod(figure.period, lang)],
            [f('basis'), labels.basis(figure.basis)],
            [f('district'), <DistrictLink key="d" id={figure.districtId} name={districtName} />],
            [
              t('otherName'),
              <OtherLanguageName key="o" zh={figure.indicatorZh} en={figure.indicatorEn} />,
            ],
            [
              t('description'),
              pick(lang, figure.descriptionZh ?? '', figure.descriptionEn) || null,
            ],
            [
              t('projects'),
              projects.length ? (
                <span key="p" className="inline-list">
                  {projects.map((project) => (
                    <AppLink key={project.id} to={`/projects/${encodeURIComponent(project.id)}`}>
                      {pick(lang, project.nameZh, project.nameEn)}
                    </AppLink>
                  ))}
                </span>
              ) : null,
            ],
            [f('id'), <code key="id">{figure.id}</code>],
          ]}
        />
      </Section>
      <RecordSources id="figure-sources" title={indicator} refs={figure.sourceRefs} />
      <Section id="figure-series" title={t('series', { district: districtName, indicator })}>
        <p className="section-intro">{t('seriesIntro')}</p>
        <ScrollingTable
          captionId="series-caption"
          caption={t('series', { district: districtName, indicator })}
          className="data-table"
        >
          <TableHead
            columns={[
              { label: f('period') },
              { label: f('value'), numeric: true },
              { label: f('growth'), numeric: true },
            ]}
          />
          <TableBody>
            {series.map((point) => (
              <Row key={point.id} current={point.id === figure.id}>
                <RowHeader>
                  <AppLink to={`/figures/${encodeURIComponent(point.id)}`}>
                    {formatPeriod(point.period, lang)}
                  </AppLink>
                </RowHeader>
                <FigureValueCells
                  figure={point}
                  labels={{ value: f('value'), growth: f('growth') }}
                />
              </Row>
            ))}
          </TableBody>
        </ScrollingTable>
        {series.length < 2 ? (
          <p>{t('onePoint')}</p>
        ) : bars ? (
          <ChartContainer
            id="figure-series-chart"
            title={t('chartTitle', { indicator, district: districtName })}
            unit={money ? c('unitYi') : labels.unit(figure.quantity.normalizedUnit)}
            note={sourceNote}
            table={{
              ...barSeriesTable(bars, f('period')),
              format: (value) => formatNumber(value, lang, 2),
            }}
            empty={false}
            headingLevel={3}
          >
            <LazyBarChart
              series={bars}
              orientation="columns"
              height={260}
              label={t('chartTitle', { indicator, district: districtName })}
              formatValue={(value) => formatNumber(value, lang, 2)}
              linked
            />
          </ChartContainer>
        ) : (
          <p>{t('mixedUnits')}</p>
        )}
      </Section>
    </DetailPage>
  );
}
