import { useMemo } from 'react';
import { COUNTED_STATES } from '@/tracker/deadline-state';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { useAsOf } from '@/tracker/use-as-of';
import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { useSourceNote } from '@/components/charts/source-note';
import { barSeriesTable, loneBarSentence } from '@/components/charts/series';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { DeadlineTimelineChart } from '@/components/records/deadline-timeline-chart';
import { DetailPage } from '@/components/records/detail-page';
import { FigureValueCells } from '@/components/records/figure-cells';
import { OtherLanguageName } from '@/components/ui/other-language-name';
import { RelatedBatches } from '@/components/records/related-batches';
import { RelatedProjects, RelatedTargets } from '@/components/records/related-records';
import { SourceListItem } from '@/components/records/source-list-item';
import { useDetailView } from '@/components/records/use-record-view';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { Section } from '@/components/ui/section';
import {
  Cell,
  Row,
  RowHeader,
  ScrollingTable,
  TableBody,
  TableHead,
} from '@/components/ui/scrolling-table';
import { formatCny, formatDate, formatGrowth, formatNumber, formatPeriod } from '@/lib/format';
import { defineMessages, pick, useT } from '@/lib/i18n';
import { districtFigureSeries, sortFigures } from '../model/district-figures';

const messages = defineMessages({
  zh: {
    timelineNoDeadline:
      '{district}的目标都没有截止日期，无法按截止月份绘制；它们列在上面的目标表中。',
    kind: '区县',
    back: '全部区县',
    code: '行政区划代码 {code}',
    summary: '概况',
    projectsCount: '{count} 个项目',
    targetsCount: '{count} 个目标',
    figuresCount: '{count} 项数据',
    states: '目标截止状态（截至 {date}）',
    stateLink: '{state}：{count} 个',
    figures: '数据',
    figuresIntro: '报道中该区县的经济数据与统计数字，最新时期在前。',
    figuresCaption: '{district}的数据',
    growthTitle: '{district}各项数据的同比增长',
    moneyTitle: '{district}的金额数据',
    figuresNote: '按报道所述数字绘制；不同时期、不同性质（计划或实绩）的数据分别标注，不相加。',
    projects: '项目',
    allProjects: '在项目页筛选{district}（可搜索、排序、导出）',
    targets: '目标',
    allTargets: '在目标页筛选{district}（可搜索、排序、导出）',
    sources: '提到{district}的版面',
    batches: '{district}的项目批次',
    none: '没有。',
  },
  en: {
    timelineNoDeadline:
      'None of the targets of {district} has a deadline, so none can be placed in a month; the table above lists them.',
    kind: 'district',
    back: 'All districts',
    code: 'Administrative code {code}',
    summary: 'Summary',
    projectsCount: '{count} projects',
    targetsCount: '{count} targets',
    figuresCount: '{count} figures',
    states: 'Deadline states of its targets (as of {date})',
    stateLink: '{state}: {count}',
    figures: 'Figures',
    figuresIntro:
      'The district’s economic results and other numbers as reported, latest period first.',
    figuresCaption: 'Figures of {district}',
    growthTitle: 'Year-on-year growth of {district}’s figures',
    moneyTitle: 'Money figures of {district}',
    figuresNote:
      'Drawn as stated; each bar names its period, and plans and results are shown apart, never added.',
    projects: 'Projects',
    allProjects: 'Filter {district} on the projects page (search, sort, export)',
    targets: 'Targets',
    allTargets: 'Filter {district} on the targets page (search, sort, export)',
    sources: 'Pages that mention {district}',
    batches: 'Batches of projects in {district}',
    none: 'None.',
  },
});

export function DistrictDetailPage() {
  const t = useT(messages);
  const c = useT(chartMessages);
  const sourceNote = useSourceNote();
  const { f, lang, labels, tracker, asOf, id } = useDetailView();
  const { explicit } = useAsOf();

  const view = useMemo(() => {
    const summary = tracker.byDistrict.get(id);
    if (!summary) return null;
    const { district, projects, targets, states } = summary;
    const figures = sortFigures(summary.figures.map((row) => row.figure));
    const cited = new Set(
      [...projects.map((p) => p.project.sourceRefs), ...targets.map((r) => r.target.sourceRefs)]
        .flat()
        .map((ref) => ref.sourceId),
    );
    const sources = tracker.sources.filter(
      (source) => source.districtIds.includes(id) || cited.has(source.id),
    );
    const batches = summary.batches.map((row) => row.batch);
    return { district, projects, targets, figures, sources, states, batches };
  }, [tracker, id]);

  const figureChart = useMemo(
    () =>
      view
        ? districtFigureSeries(view.figures, {
            indicatorLabel: (fig) => pick(lang, fig.indicatorZh, fig.indicatorEn),
            periodLabel: (period) => formatPeriod(period, lang),
            basisLabel: labels.basis,
          })
        : null,
    [view, lang, labels],
  );

  if (!view) return <NotFound kind={t('kind')} id={id} />;
  const { district, projects, targets, figures, sources, states, batches } = view;
  const name = pick(lang, district.nameZh, district.nameEn);
  const query = `district=${encodeURIComponent(district.id)}${explicit ? `&asOf=${asOf}` : ''}`;
  const number = (n: number) => formatNumber(n, lang, 0);
  const chart = figureChart?.kind === 'ok' ? figureChart.series : null;
  const chartFormat = (value: number) =>
    chart?.mode === 'growth' ? formatGrowth(value, lang) : formatCny(value * 1e8, lang);

  return (
    <DetailPage back={{ to: '/districts', label: t('back') }} title={name}>
      <p className="page-intro">
        {labels.kind(district.kind)}
        {' · '}
        <OtherLanguageName zh={district.nameZh} en={district.nameEn} />
        {(district.gbCode ?? (/^\d{6}$/.test(district.id) ? district.id : null)) &&
          ` · ${t('code', { code: district.gbCode ?? district.id })}`}
      </p>

      <Section id="district-summary" title={t('summary')}>
        <p className="summary-counts">
          <AppLink to={`/projects?${query}`}>
            {t('projectsCount', { count: number(projects.length) })}
          </AppLink>
          {' · '}
          <AppLink to={`/targets?${query}`}>
            {t('targetsCount', { count: number(targets.length) })}
          </AppLink>
          {' · '}
          {t('figuresCount', { count: number(figures.length) })}
        </p>
        <AsOfControl sources={tracker.sources} />
        <h3 className="small-heading">{t('states', { date: formatDate(asOf, lang) })}</h3>
        <ul className="state-summary">
          {COUNTED_STATES.map((state) => (
            <li key={state}>
              {states[state] ? (
                <AppLink
                  className="state-summary-item"
                  to={`/targets?${query}&state=${state}`}
                  aria-label={t('stateLink', {
                    state: labels.deadlineState(state),
                    count: number(states[state]),
                  })}
                >
                  <DeadlineStateBadge state={state} />
                  <span className="state-summary-count">{number(states[state])}</span>
                </AppLink>
              ) : (
                <span className="state-summary-item empty">
                  <DeadlineStateBadge state={state} />
                  <span className="state-summary-count">0</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="district-figures" title={t('figures')}>
        <p className="section-intro">{t('figuresIntro')}</p>
        {figures.length ? (
          <>
            <ScrollingTable
              captionId="figures-caption"
              caption={t('figuresCaption', { district: name })}
              className="data-table"
            >
              <TableHead
                columns={[
                  { label: f('indicator') },
                  { label: f('period') },
                  { label: f('basis') },
                  { label: f('value'), numeric: true },
                  { label: f('growth'), numeric: true },
                  { label: f('quote') },
                ]}
              />
              <TableBody>
                {figures.map((fig) => (
                  <Row key={fig.id}>
                    <RowHeader>{pick(lang, fig.indicatorZh, fig.indicatorEn)}</RowHeader>
                    <Cell label={f('period')}>{formatPeriod(fig.period, lang)}</Cell>
                    <Cell label={f('basis')}>{labels.basis(fig.basis)}</Cell>
                    <FigureValueCells
                      figure={fig}
                      labels={{ value: f('value'), growth: f('growth') }}
                    />
                    <Cell label={f('quote')} className="quote-cell">
                      {fig.sourceRefs.map((ref, i) => (
                        <span key={i} className="cell-quote">
                          <span lang="zh-CN">{ref.quote}</span>{' '}
                          <AppLink to={`/sources/${encodeURIComponent(ref.sourceId)}`}>
                            {f('source')}
                          </AppLink>
                        </span>
                      ))}
                    </Cell>
                  </Row>
                ))}
              </TableBody>
            </ScrollingTable>
            {chart && (
              <div className="chart-grid district-charts">
                <ChartContainer
                  id="district-figures-chart"
                  title={t(chart.mode === 'growth' ? 'growthTitle' : 'moneyTitle', {
                    district: name,
                  })}
                  unit={chart.mode === 'growth' ? c('unitPercent') : c('unitYi')}
                  note={`${t('figuresNote')} ${sourceNote}`}
                  table={{
                    ...barSeriesTable(chart, f('indicator')),
                    format: (value) =>
                      chart.mode === 'growth'
                        ? formatGrowth(value, lang)
                        : formatNumber(value, lang, 2),
                  }}
                  empty={false}
                  sentence={loneBarSentence(chart, {
                    format: chartFormat,
                    separator: lang === 'zh' ? '；' : '; ',
                    colon: lang === 'zh' ? '：' : ': ',
                  })}
                  height={Math.max(180, 40 * chart.data.length + 70)}
                  wide
                >
                  <LazyBarChart
                    series={chart}
                    orientation="rows"
                    height={Math.max(180, 40 * chart.data.length + 70)}
                    label={t(chart.mode === 'growth' ? 'growthTitle' : 'moneyTitle', {
                      district: name,
                    })}
                    formatValue={chartFormat}
                    formatTick={(value) => formatNumber(value, lang, 1)}
                    categoryWidth={200}
                    stacked={false}
                  />
                </ChartContainer>
              </div>
            )}
          </>
        ) : (
          <p>{t('none')}</p>
        )}
      </Section>

      <RelatedBatches
        id="district-batches"
        title={t('batches', { district: name })}
        batches={batches}
      />

      <RelatedProjects
        id="district-projects"
        title={t('projects')}
        caption={t('projectsCount', { count: number(projects.length) })}
        rows={projects}
      >
        <p>
          <AppLink to={`/projects?${query}`}>{t('allProjects', { district: name })}</AppLink>
        </p>
      </RelatedProjects>

      <RelatedTargets
        id="district-targets"
        title={t('targets')}
        caption={t('targetsCount', { count: number(targets.length) })}
        rows={targets}
      >
        <p>
          <AppLink to={`/targets?${query}`}>{t('allTargets', { district: name })}</AppLink>
        </p>
        {targets.length > 0 && (
          <div className="chart-grid">
            <DeadlineTimelineChart
              id="district-timeline"
              rows={targets}
              asOf={asOf}
              sources={sources}
              linkQuery={`district=${encodeURIComponent(district.id)}&`}
              noDeadlineText={t('timelineNoDeadline', { district: name })}
            />
          </div>
        )}
      </RelatedTargets>

      <Section id="district-sources" title={t('sources', { district: name })}>
        {sources.length ? (
          <ul className="source-list">
            {sources.map((source) => (
              <SourceListItem key={source.id} source={source} />
            ))}
          </ul>
        ) : (
          <p>{t('none')}</p>
        )}
      </Section>
    </DetailPage>
  );
}
