import { PageHead } from '@/components/ui/page-head';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { Dataset } from '@/data/schema';
import { COUNTED_STATES } from '@/tracker/deadline-state';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { useAsOf } from '@/tracker/use-as-of';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { useRecordLabels } from '@/components/records/labels';
import { SourceListItem } from '@/components/records/source-list-item';
import {
  nearestDeadlines,
  overdueWithoutResult,
  type TargetRow,
  type Tracker,
} from '@/tracker/tracker';
import { useTracker } from '@/tracker/use-tracker';
import { AppLink } from '@/components/ui/app-link';
import { Section } from '@/components/ui/section';
import { DistrictLink } from '@/components/records/district-link';
import { formatCny, formatDate, formatNumber, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
import type { AmountGroup, AmountSource, StatedAmount } from '@/tracker/amounts';
import { compareAscii, headlineNumbers } from '../model/overview-series';
import { useInvestmentGroupLabel } from './investment-labels';
import { recordNames } from '@/components/records/record-names';
import '../overview.css';

/** The charts' code is a chunk of its own, fetched as the overview renders. */
const OverviewChartsGrid = lazy(() => import('./overview-charts-section'));

/** A screen's height where the charts will be, so nothing below moves into view when they come. */
const ChartsPending = () => <div className="chart-grid-pending" />;

const messages = defineMessages({
  zh: {
    headline: '主要数字',
    districts: '涉及区县',
    projects: '项目',
    targets: '目标',
    targetsNote: '其中 {count} 个有截止日期',
    figures: '数据',
    figuresNote: '其中 {count} 项为实绩',
    investment: '所述投资（按总投资、计划、完成和时期分列，不相加）',
    investmentCount: '{count} 条记录',
    investmentApprox: '，含约数',
    investmentOne: '{district}的 1 条记录',
    investmentParts: '其中 {count} 项已含在内，不另加',
    investmentAll: '全部 {count} 组金额及其记录',
    investmentAllIntro:
      '截至 {date} 已见报的投资金额。同一组内的金额可以相加；“其中”是上一级金额的一部分，已含在内，不另加。',
    investmentOf: '其中（已含在本组金额内）',
    noInvestment: '截至该日没有记录注明投资金额',
    byState: '各区县目标的截止状态',
    byStateIntro: '截至 {date}。点击数字可查看对应目标。',
    notYetAnnounced: '另有 {count} 个目标在该日之后才见报，未计入。',
    stateTable: '各区县目标按截止状态计数（截至 {date}）',
    district: '区县',
    total: '合计',
    countLink: '{district}：{state} {count} 个',
    overdue: '逾期未报结果',
    overdueIntro: '截止日期已过、尚无完成或未完成消息的目标，逾期最久的在前。',
    noneOverdue: '截至该日没有逾期未报结果的目标。',
    allOverdue: '查看全部 {count} 个逾期目标',
    nearest: '最近到期',
    nearestIntro: '截至日期当天及以后最早到期的目标。',
    noneNearest: '截至该日之后没有到期的目标。',
    charts: '图表',
    sources: '来源版面',
    sourcesIntro: '全部数据摘自以下版面。日期为推断时注明。',
    sourceCounts: '{projects} 个项目 · {targets} 个目标 · {figures} 项数据',
    due: '{date} 到期',
    allSources: '查看全部 {count} 个版面',
  },
  en: {
    headline: 'Key numbers',
    districts: 'Districts covered',
    projects: 'Projects',
    targets: 'Targets',
    targetsNote: '{count} with a deadline',
    figures: 'Figures',
    figuresNote: '{count} are results',
    investment: 'Stated investment (totals, plans and amounts done, by period; never added up)',
    investmentCount: (p) => (p.count === 1 ? '1 record' : `${p.count} records`),
    investmentApprox: ', some approximate',
    investmentOne: '1 record, {district}',
    investmentParts: (p) =>
      `of which ${p.count} ${p.count === 1 ? 'part is' : 'parts are'} included, not added`,
    investmentAll: 'All {count} groups of amounts and their records',
    investmentAllIntro:
      'The investment printed by {date}. Amounts within a group may be added; an “of which” is part of the amount above it, already included, never added again.',
    investmentOf: 'Of which (included in the group’s amount)',
    noInvestment: 'no record printed by that day states an amount of investment',
    byState: 'Deadline state of targets by district',
    byStateIntro: 'As of {date}. Click a number to list those targets.',
    notYetAnnounced: '{count} more targets were first reported after that day and are not counted.',
    stateTable: 'Targets by deadline state per district (as of {date})',
    district: 'District',
    total: 'Total',
    countLink: '{district}: {state}, {count}',
    overdue: 'Overdue, no result reported',
    overdueIntro:
      'Targets whose deadline has passed with no news of success or failure, longest overdue first.',
    noneOverdue: 'No target is overdue without a result on that day.',
    allOverdue: 'All {count} overdue targets',
    nearest: 'Nearest deadlines',
    nearestIntro: 'The targets due soonest, from the as-of date on.',
    noneNearest: 'No target falls due after that day.',
    charts: 'Charts',
    sources: 'Source pages',
    sourcesIntro: 'All data comes from these pages. Inferred dates are marked.',
    sourceCounts: '{projects} projects · {targets} targets · {figures} figures',
    due: 'due {date}',
    allSources: 'All {count} pages',
  },
});

const LIST_LIMIT = 8;
const SOURCES_LIMIT = 12;
const INVESTMENT_LINES = 3;

/**
 * The overview. The charts, below the fold, come in a chunk of their own, and each chart loads
 * its drawing code and draws only when it comes near the viewport (ChartContainer).
 */
export function OverviewPage() {
  const t = useT(messages);
  const tracker = useTracker();
  const { dataset, asOf, targets: rows } = tracker;
  const { explicit } = useAsOf();
  const asOfQuery = explicit ? `&asOf=${asOf}` : '';

  return (
    <div className="page overview-page">
      <PageHead page="overview" />
      <HeadlineSection dataset={dataset} tracker={tracker} />
      <AsOfControl sources={dataset.sources} />
      <StateByDistrictSection tracker={tracker} asOfQuery={asOfQuery} />
      <DeadlineListsSection rows={rows} asOf={asOf} asOfQuery={asOfQuery} />
      <Section id="charts-title" title={t('charts')} className="below-fold">
        <Suspense fallback={<ChartsPending />}>
          <OverviewChartsGrid tracker={tracker} explicitAsOf={explicit} />
        </Suspense>
      </Section>
      <SourcesSection tracker={tracker} />
    </div>
  );
}

function useNumber() {
  const { lang } = useLang();
  return (n: number) => formatNumber(n, lang, 0);
}

const RECORD_PATH: Record<AmountSource, string> = {
  project: 'projects',
  target: 'targets',
  figure: 'figures',
  batch: 'batches',
};

const amountPath = (amount: StatedAmount) =>
  `/${RECORD_PATH[amount.source]}/${encodeURIComponent(amount.recordId)}`;

/** What the record an amount comes from is called, in the reader's language. */
function useAmountName(tracker: Tracker) {
  const { lang } = useLang();
  const names = recordNames(tracker, lang);
  return (amount: StatedAmount) => {
    if (amount.source !== 'batch') return names[amount.source](amount.recordId);
    const batch = tracker.batchById.get(amount.recordId)?.batch;
    return batch ? pick(lang, batch.nameZh, batch.nameEn) : amount.recordId;
  };
}

/**
 * Whose money a group's total is: one record names its district and links to the record;
 * several name their districts (the disclosure below lists every record).
 */
function InvestmentRecords({ group, tracker }: { group: AmountGroup; tracker: Tracker }) {
  const t = useT(messages);
  const { lang } = useLang();
  const name = recordNames(tracker, lang).district;
  const districts = [...new Set(group.amounts.map((amount) => amount.districtId))];
  const only = group.amounts.length === 1 ? group.amounts[0] : undefined;
  if (only)
    return (
      <AppLink to={amountPath(only)}>
        {t('investmentOne', { district: name(only.districtId) })}
      </AppLink>
    );
  return (
    <>
      {t('investmentCount', { count: group.amounts.length })}
      {' · '}
      {districts.map((id, index) => (
        <span key={id}>
          {index > 0 && (lang === 'zh' ? '、' : ', ')}
          <DistrictLink id={id} name={name(id)} />
        </span>
      ))}
    </>
  );
}

/** One group: its total in money, what it is (role and period), whose, and its parts (其中). */
function InvestmentLine({ group, tracker }: { group: AmountGroup; tracker: Tracker }) {
  const t = useT(messages);
  const { lang } = useLang();
  const groupLabel = useInvestmentGroupLabel();
  return (
    <li data-role={group.role}>
      <span className="investment-amount">{formatCny(group.total, lang)}</span>
      <span className="headline-note">
        <span className="investment-label">{groupLabel(group)}</span>
        {' · '}
        <InvestmentRecords group={group} tracker={tracker} />
        {group.approximate > 0 && t('investmentApprox')}
        {group.parts.length > 0 && ` · ${t('investmentParts', { count: group.parts.length })}`}
      </span>
    </li>
  );
}

/**
 * Every group with every amount in it and its parts, each linked to its record: behind a
 * disclosure, so the card stays short and no group is out of reach.
 */
function InvestmentGroups({ tracker }: { tracker: Tracker }) {
  const t = useT(messages);
  const { lang } = useLang();
  const groupLabel = useInvestmentGroupLabel();
  const nameOf = useAmountName(tracker);
  const district = recordNames(tracker, lang).district;
  const { groups } = tracker.investment;
  const item = (amount: StatedAmount) => (
    <li key={amount.key}>
      <AppLink to={amountPath(amount)}>{nameOf(amount)}</AppLink>
      <span className="list-meta">
        {district(amount.districtId)} · {formatQuantity(amount.quantity, lang)}
      </span>
    </li>
  );
  return (
    <details className="investment-all" data-testid="investment-all">
      <summary>{t('investmentAll', { count: formatNumber(groups.length, lang, 0) })}</summary>
      <p className="headline-note">
        {t('investmentAllIntro', { date: formatDate(tracker.asOf, lang) })}
      </p>
      <ol className="investment-groups">
        {groups.map((group) => (
          <li key={group.key} data-role={group.role}>
            <p className="investment-group-head">
              <span className="investment-amount">{formatCny(group.total, lang)}</span>{' '}
              <span className="investment-label">{groupLabel(group)}</span>
            </p>
            <ul className="plain-list record-list">{group.amounts.map(item)}</ul>
            {group.parts.length > 0 && (
              <>
                <p className="investment-of">{t('investmentOf')}</p>
                <ul className="plain-list record-list investment-parts">{group.parts.map(item)}</ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

function HeadlineSection({ dataset, tracker }: { dataset: Dataset; tracker: Tracker }) {
  const t = useT(messages);
  const number = useNumber();
  const numbers = useMemo(() => headlineNumbers(dataset), [dataset]);
  const { groups } = tracker.investment;
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title" className="visually-hidden">
        {t('headline')}
      </h2>
      <dl className="headline-numbers">
        <Headline name="districts">
          <AppLink to="/districts">{number(numbers.districts)}</AppLink>
        </Headline>
        <Headline name="projects">
          <AppLink to="/projects">{number(numbers.projects)}</AppLink>
        </Headline>
        <Headline
          name="targets"
          note={t('targetsNote', { count: number(numbers.targetsWithDeadline) })}
        >
          <AppLink to="/targets">{number(numbers.targets)}</AppLink>
        </Headline>
        <Headline name="figures" note={t('figuresNote', { count: number(numbers.actualFigures) })}>
          {number(numbers.figures)}
        </Headline>
        <Headline name="investment" wide>
          {groups.length ? (
            <ul className="investment-lines">
              {groups.slice(0, INVESTMENT_LINES).map((group) => (
                <InvestmentLine key={group.key} group={group} tracker={tracker} />
              ))}
            </ul>
          ) : (
            <span className="headline-note">{t('noInvestment')}</span>
          )}
        </Headline>
      </dl>
      {groups.length > 0 && <InvestmentGroups tracker={tracker} />}
    </section>
  );
}

/** One headline number under its name (the key names its test id too), with its note after it. */
function Headline({
  name,
  note,
  wide,
  children,
}: {
  name: 'districts' | 'projects' | 'targets' | 'figures' | 'investment';
  note?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const t = useT(messages);
  return (
    <div className={wide ? 'headline-wide' : undefined}>
      <dt>{t(name)}</dt>
      <dd data-testid={`headline-${name}`}>
        {children}
        {note && <span className="headline-note">{note}</span>}
      </dd>
    </div>
  );
}

function StateByDistrictSection({ tracker, asOfQuery }: { tracker: Tracker; asOfQuery: string }) {
  const t = useT(messages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const number = useNumber();
  const { asOf, targets: rows } = tracker;
  // Districts with targets, in the dataset's order.
  const byDistrict = [...tracker.byDistrict.values()]
    .filter((summary) => summary.targets.length > 0)
    .map((summary) => ({
      districtId: summary.district.id,
      counts: summary.states,
      total: summary.targets.length,
    }));
  const districtName = recordNames(tracker, lang).district;
  const totals = COUNTED_STATES.map((state) => tracker.states[state]);
  return (
    <Section id="by-state-title" title={t('byState')}>
      <p className="section-intro">
        {t('byStateIntro', { date: formatDate(asOf, lang) })}
        {tracker.notYetAnnounced.length > 0 &&
          ` ${t('notYetAnnounced', { count: number(tracker.notYetAnnounced.length) })}`}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="by-state-caption" tabIndex={0}>
        <table className="data-table state-table">
          <caption id="by-state-caption">
            {t('stateTable', { date: formatDate(asOf, lang) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('district')}</th>
              {COUNTED_STATES.map((state) => (
                <th key={state} scope="col" className="numeric">
                  <DeadlineStateBadge state={state} />
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byDistrict.map((row) => (
              <tr key={row.districtId}>
                <th scope="row">
                  <DistrictLink id={row.districtId} name={districtName(row.districtId)} />
                </th>
                {COUNTED_STATES.map((state) => (
                  <td key={state} className="numeric" data-state={state}>
                    {row.counts[state] ? (
                      <AppLink
                        to={`/targets?district=${encodeURIComponent(row.districtId)}&state=${state}${asOfQuery}`}
                        aria-label={t('countLink', {
                          district: districtName(row.districtId),
                          state: labels.deadlineState(state),
                          count: number(row.counts[state]),
                        })}
                      >
                        {number(row.counts[state])}
                      </AppLink>
                    ) : (
                      <span className="zero">0</span>
                    )}
                  </td>
                ))}
                <td className="numeric">{number(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              {totals.map((total, index) => (
                <td key={COUNTED_STATES[index]} className="numeric">
                  {number(total)}
                </td>
              ))}
              <td className="numeric">{number(rows.length)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Section>
  );
}

function DeadlineListsSection({
  rows,
  asOf,
  asOfQuery,
}: {
  rows: readonly TargetRow[];
  asOf: string;
  asOfQuery: string;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const number = useNumber();
  const overdue = useMemo(() => overdueWithoutResult(rows), [rows]);
  const nearest = useMemo(() => nearestDeadlines(rows, asOf, LIST_LIMIT), [rows, asOf]);
  const targetItem = (row: TargetRow) => (
    <li key={row.target.id}>
      <AppLink to={`/targets/${encodeURIComponent(row.target.id)}`}>
        {pick(lang, row.target.statementZh, row.target.statementEn)}
      </AppLink>
      <span className="list-meta">
        {row.district ? pick(lang, row.district.nameZh, row.district.nameEn) : ''}
        {row.target.deadline && ` · ${t('due', { date: formatDate(row.target.deadline, lang) })}`}
      </span>
    </li>
  );
  return (
    <div className="two-columns below-fold">
      <Section id="overdue-title" title={t('overdue')}>
        <p className="section-intro">{t('overdueIntro')}</p>
        {overdue.length ? (
          <>
            <ul className="plain-list record-list" data-testid="overdue-list">
              {overdue.slice(0, LIST_LIMIT).map(targetItem)}
            </ul>
            {overdue.length > LIST_LIMIT && (
              <p>
                <AppLink to={`/targets?state=overdue&sort=deadline${asOfQuery}`}>
                  {t('allOverdue', { count: number(overdue.length) })}
                </AppLink>
              </p>
            )}
          </>
        ) : (
          <p>{t('noneOverdue')}</p>
        )}
      </Section>
      <Section id="nearest-title" title={t('nearest')}>
        <p className="section-intro">{t('nearestIntro')}</p>
        {nearest.length ? (
          <ul className="plain-list record-list">{nearest.map(targetItem)}</ul>
        ) : (
          <p>{t('noneNearest')}</p>
        )}
      </Section>
    </div>
  );
}

function SourcesSection({ tracker }: { tracker: Tracker }) {
  const t = useT(messages);
  const number = useNumber();
  const { dataset } = tracker;
  return (
    <Section id="sources-title" title={t('sources')} className="below-fold">
      <p className="section-intro">{t('sourcesIntro')}</p>
      <ul className="source-list">
        {[...dataset.sources]
          .sort((a, b) => compareAscii(a.publishedOn, b.publishedOn))
          .slice(0, SOURCES_LIMIT)
          .map((source) => {
            const c = tracker.bySource.get(source.id);
            return (
              <SourceListItem key={source.id} source={source}>
                {c &&
                  ` · ${t('sourceCounts', {
                    projects: number(c.projects.length),
                    targets: number(c.targets.length),
                    figures: number(c.figures.length),
                  })}`}
              </SourceListItem>
            );
          })}
      </ul>
      {dataset.sources.length > SOURCES_LIMIT && (
        <p>
          <AppLink to="/sources">
            {t('allSources', { count: number(dataset.sources.length) })}
          </AppLink>
        </p>
      )}
    </Section>
  );
}
