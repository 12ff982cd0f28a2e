import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { COUNTED_STATES } from '@/data/tracking/deadline-state';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { useAsOf } from '@/tracker/use-as-of';
import { ChartContainer } from '@/components/charts/chart-container';
import { LazyBarChart } from '@/components/charts/lazy-bar-chart';
import { chartMessages } from '@/components/charts/messages';
import { barSeriesTable, loneBarSentence } from '@/components/charts/series';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { DeadlineTimelineChart } from '@/components/records/deadline-timeline-chart';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { useTracker } from '@/tracker/use-tracker';
import { RelatedProjects, RelatedTargets } from '@/components/records/related-records';
import { SourceListItem } from '@/components/records/source-list-item';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import {
  formatCny,
  formatDate,
  formatGrowth,
  formatNumber,
  formatPeriod,
  formatQuantity,
} from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
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
    none: 'None.',
  },
});

export function DistrictDetailPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const c = useT(chartMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { id = '' } = useParams();
  const tracker = useTracker();
  const { asOf } = tracker;
  const { explicit } = useAsOf();

  const view = useMemo(() => {
    const summary = tracker.byDistrict.get(id);
    if (!summary) return null;
    const { district, projects, targets, states } = summary;
    const figures = sortFigures(summary.figures.map((row) => row.figure));
    const sources = tracker.sources.filter(
      (source) =>
        source.districtIds.includes(id) ||
        [...projects.map((p) => p.project.sourceRefs), ...targets.map((r) => r.target.sourceRefs)]
          .flat()
          .some((ref) => ref.sourceId === source.id),
    );
    return { district, projects, targets, figures, sources, states };
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
  const { district, projects, targets, figures, sources, states } = view;
  const name = pick(lang, district.nameZh, district.nameEn);
  const query = `district=${encodeURIComponent(district.id)}${explicit ? `&asOf=${asOf}` : ''}`;
  const number = (n: number) => formatNumber(n, lang, 0);
  const chart = figureChart?.kind === 'ok' ? figureChart.series : null;
  const chartFormat = (value: number) =>
    chart?.mode === 'growth' ? formatGrowth(value, lang) : formatCny(value * 1e8, lang);

  return (
    <article className="page detail-page">
      <p className="breadcrumb">
        <AppLink to="/districts">{t('back')}</AppLink>
      </p>
      <h1>{name}</h1>
      <CopyLinkButton />
      <p className="page-intro">
        {labels.kind(district.kind)}
        {' · '}
        {lang === 'zh' ? (
          <span lang="en">{district.nameEn}</span>
        ) : (
          <span lang="zh-CN">{district.nameZh}</span>
        )}
        {(district.gbCode ?? (/^\d{6}$/.test(district.id) ? district.id : null)) &&
          ` · ${t('code', { code: district.gbCode ?? district.id })}`}
      </p>

      <section aria-labelledby="district-summary">
        <h2 id="district-summary">{t('summary')}</h2>
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
      </section>

      <section aria-labelledby="district-figures">
        <h2 id="district-figures">{t('figures')}</h2>
        <p className="section-intro">{t('figuresIntro')}</p>
        {figures.length ? (
          <>
            <div
              className="table-scroll"
              role="region"
              aria-labelledby="figures-caption"
              tabIndex={0}
            >
              <table className="data-table">
                <caption id="figures-caption">{t('figuresCaption', { district: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{f('indicator')}</th>
                    <th scope="col">{f('period')}</th>
                    <th scope="col">{f('basis')}</th>
                    <th scope="col" className="numeric">
                      {f('value')}
                    </th>
                    <th scope="col" className="numeric">
                      {f('growth')}
                    </th>
                    <th scope="col">{f('quote')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.map((fig) => (
                    <tr key={fig.id}>
                      <th scope="row">{pick(lang, fig.indicatorZh, fig.indicatorEn)}</th>
                      <td>{formatPeriod(fig.period, lang)}</td>
                      <td>{labels.basis(fig.basis)}</td>
                      <td className="numeric">{formatQuantity(fig.quantity, lang)}</td>
                      <td className="numeric">
                        {fig.growthPercent === undefined
                          ? '—'
                          : formatGrowth(fig.growthPercent, lang)}
                      </td>
                      <td className="quote-cell">
                        {fig.sourceRefs.map((ref, i) => (
                          <span key={i} className="cell-quote">
                            <span lang="zh-CN">{ref.quote}</span>{' '}
                            <AppLink to={`/sources/${encodeURIComponent(ref.sourceId)}`}>
                              {f('source')}
                            </AppLink>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {chart && (
              <div className="chart-grid district-charts">
                <ChartContainer
                  id="district-figures-chart"
                  title={t(chart.mode === 'growth' ? 'growthTitle' : 'moneyTitle', {
                    district: name,
                  })}
                  unit={chart.mode === 'growth' ? c('unitPercent') : c('unitYi')}
                  note={`${t('figuresNote')} ${c('sourceNote')}`}
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
      </section>

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

      <section aria-labelledby="district-sources">
        <h2 id="district-sources">{t('sources', { district: name })}</h2>
        {sources.length ? (
          <ul className="source-list">
            {sources.map((source) => (
              <SourceListItem key={source.id} source={source} />
            ))}
          </ul>
        ) : (
          <p>{t('none')}</p>
        )}
      </section>
    </article>
  );
}
