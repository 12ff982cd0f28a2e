import { useParams } from 'react-router-dom';
import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { barSeriesTable, type BarSeries } from '@/components/charts/series';
import { FieldList } from '@/components/records/field-list';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { RecordHistory } from '@/components/records/record-history';
import { SourceQuotes } from '@/components/records/source-quotes';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import type { Figure } from '@/data/schema';
import { formatGrowth, formatNumber, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useLang, useT, type Lang } from '@/lib/i18n';
import { useTracker } from '@/tracker/use-tracker';

const messages = defineMessages({
  zh: {
    kind: '数据',
    back: '全部数据',
    details: '数据信息',
    otherName: '英文指标名',
    description: '说明',
    sources: '原文出处',
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
    sources: 'Source sentences',
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
      values: { value: money ? figure.quantity.normalized / 1e8 : figure.quantity.normalized },
      href: `/figures/${encodeURIComponent(figure.id)}`,
    })),
  };
}

export function FigureDetailPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const c = useT(chartMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { id = '' } = useParams();
  const tracker = useTracker();
  const row = tracker.figureById.get(id);
  if (!row) return <NotFound kind={t('kind')} id={id} />;
  const { figure, district, series, projects } = row;
  const districtName = district ? pick(lang, district.nameZh, district.nameEn) : figure.districtId;
  const indicator = pick(lang, figure.indicatorZh, figure.indicatorEn);
  const bars = seriesBars(series, lang);
  const money = figure.quantity.normalizedUnit === 'CNY';

  return (
    <article className="page detail-page">
      <p className="breadcrumb">
        <AppLink to="/figures">{t('back')}</AppLink>
      </p>
      <h1>{indicator}</h1>
      <CopyLinkButton />
      <section aria-labelledby="figure-details">
        <h2 id="figure-details">{t('details')}</h2>
        <FieldList
          fields={[
            [f('value'), formatQuantity(figure.quantity, lang)],
            [
              f('growth'),
              figure.growthPercent === undefined ? null : formatGrowth(figure.growthPercent, lang),
            ],
            [f('period'), formatPeriod(figure.period, lang)],
            [f('basis'), labels.basis(figure.basis)],
            [
              f('district'),
              <AppLink key="d" to={`/districts/${encodeURIComponent(figure.districtId)}`}>
                {districtName}
              </AppLink>,
            ],
            [
              t('otherName'),
              lang === 'zh' ? (
                <span lang="en">{figure.indicatorEn}</span>
              ) : (
                <span lang="zh-CN">{figure.indicatorZh}</span>
              ),
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
      </section>
      <section aria-labelledby="figure-sources">
        <h2 id="figure-sources">{t('sources')}</h2>
        <SourceQuotes refs={figure.sourceRefs} />
      </section>
      <RecordHistory refs={figure.sourceRefs} sources={tracker.sourceById} asOf={tracker.asOf} />
      <section aria-labelledby="figure-series">
        <h2 id="figure-series">{t('series', { district: districtName, indicator })}</h2>
        <p className="section-intro">{t('seriesIntro')}</p>
        <div className="table-scroll" role="region" aria-labelledby="series-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="series-caption">
              {t('series', { district: districtName, indicator })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{f('period')}</th>
                <th scope="col" className="numeric">
                  {f('value')}
                </th>
                <th scope="col" className="numeric">
                  {f('growth')}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((point) => (
                <tr key={point.id} aria-current={point.id === figure.id ? 'true' : undefined}>
                  <th scope="row">
                    <AppLink to={`/figures/${encodeURIComponent(point.id)}`}>
                      {formatPeriod(point.period, lang)}
                    </AppLink>
                  </th>
                  <td className="numeric">{formatQuantity(point.quantity, lang)}</td>
                  <td className="numeric">
                    {point.growthPercent === undefined
                      ? '—'
                      : formatGrowth(point.growthPercent, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {series.length < 2 ? (
          <p>{t('onePoint')}</p>
        ) : bars ? (
          <ChartContainer
            id="figure-series-chart"
            title={t('chartTitle', { indicator, district: districtName })}
            unit={money ? c('unitYi') : labels.unit(figure.quantity.normalizedUnit)}
            note={c('sourceNote')}
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
      </section>
    </article>
  );
}
