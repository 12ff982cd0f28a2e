import { useMemo, type ReactNode } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { DataTable, type RecordColumn } from '@/components/data-table/data-table';
import { LightBadge } from '@/components/progress/light-badge';
import { PaceRuleNote } from '@/components/progress/pace-rule-note';
import { percentText, signedPoints } from '@/components/progress/model/pace-words';
import { useRecordView } from '@/components/records/use-record-view';
import { AppLink } from '@/components/ui/app-link';
import {
  Cell,
  Row,
  RowHeader,
  ScrollingTable,
  TableBody,
  TableHead,
} from '@/components/ui/scrolling-table';
import { Section } from '@/components/ui/section';
import { formatDate, formatNumber } from '@/lib/format';
import { defineMessages, LOCALE, pick, useT, type Lang } from '@/lib/i18n';
import { useUrlState, type ParamSpecs, type SortValue } from '@/lib/url-state';
import { SMALL_DENOMINATOR } from '@/tracker/district-rates';
import { LIGHTS } from '@/tracker/progress';
import type { DistrictSummary } from '@/tracker/tracker';
import { useAsOf } from '@/tracker/use-as-of';
import {
  DEFAULT_RANKING_SORT,
  onTimeLeaders,
  rankDistricts,
  RANKING_KEYS,
  type RankedDistrict,
  type RankingKey,
} from '../model/district-ranking';
import '../districts.css';

const messages = defineMessages({
  zh: {
    ranking: '按期完成情况排名',
    caption: '区县排名（截至 {date}，按{key}排序）',
    name: '区县',
    due: '应到期',
    onTime: '按期完成率',
    overdueRate: '逾期率',
    withResult: '有结果率',
    gap: '投资进度',
    small: '样本少',
    noneDue: '无应到期',
    of: '{due} 个中 {count} 个',
    measured: '已报进度 {measured}/{planned}',
    meanGap: '平均{gap}',
    noPlan: '无投资计划',
    notMeasured: '未报告进度',
    answer: '截至 {date}，按期完成率最高的是{district}：{rate}（{count}/{due}）。',
    answerSmall:
      '截至 {date}，按期完成率最高的是{district}：{rate}（{count}/{due}，样本少）；应到期目标在 {min} 个及以上的区县中最高的是{larger}：{largerRate}（{largerCount}/{largerDue}）。',
    answerSmallOnly:
      '截至 {date}，按期完成率最高的是{district}：{rate}（{count}/{due}，样本少）；没有应到期目标在 {min} 个及以上的区县。',
    answerNone: '截至 {date}，还没有区县有应到期的目标。',
    smallNote:
      '“样本少”：应到期的目标不足 {min} 个，一个目标就能让比率变动 20 个百分点以上，名次仅供参考。',
    definitions: '这些比率怎么算',
    defDue:
      '应到期：截至日期时已能判断结果的目标——截止日期已过（逾期未报结果、逾期完成、未达成），或已报告结果（按期完成，提前完成也算；提前报告未达成）。截止日期就是当天的不算，这一天还没过完。',
    defOnTime: '按期完成率 = 按期完成 ÷ 应到期。',
    defOverdue: '逾期率 = 逾期未报结果 ÷ 应到期。',
    defWithResult: '有结果率 = （按期完成 + 逾期完成 + 未达成）÷ 应到期。',
    defGap:
      '投资进度：有计划投资金额的目标中，已报告进度的有几个，各亮什么灯，以及完成进度与时间进度平均相差多少个百分点。',
    defOrder:
      '默认按按期完成率从高到低排列，相同时应到期目标多的在前；没有应到期目标的区县排在最后。点击列名可按其他比率排序。',
    lights: '投资进度的灯号',
    counts: '各区县的记录数',
    countsIntro: '原始计数，便于查看和筛选；不用于排名，因为报道多的区县计数自然多。',
    countsCaption: '各区县的项目、目标和数据数（截止状态按 {date} 判断）',
    kind: '类型',
    projects: '项目',
    targets: '目标',
    figures: '数据',
    overdue: '逾期未报结果',
    dueSoon: '30天内到期',
  },
  en: {
    ranking: 'Ranked by targets met on time',
    caption: 'Districts ranked (as of {date}; sorted by “{key}”)',
    name: 'District',
    due: 'Due',
    onTime: 'Met on time',
    overdueRate: 'Overdue',
    withResult: 'With a result',
    gap: 'Investment progress',
    small: 'few due',
    noneDue: 'none due',
    of: '{count} of {due}',
    measured: 'progress reported for {measured} of {planned}',
    meanGap: 'mean {gap}',
    noPlan: 'no investment plan',
    notMeasured: 'No progress reported',
    answer: 'As of {date}, {district} met the largest share on time: {rate} ({count} of {due}).',
    answerSmall:
      'As of {date}, {district} met the largest share on time: {rate} ({count} of {due}, few due); among districts with {min} or more targets due, {larger} did: {largerRate} ({largerCount} of {largerDue}).',
    answerSmallOnly:
      'As of {date}, {district} met the largest share on time: {rate} ({count} of {due}, few due); no district has {min} or more targets due.',
    answerNone: 'As of {date}, no district has a target due yet.',
    smallNote:
      '“Few due”: fewer than {min} targets due, so one target moves the rate by more than 20 points; read the rank with care.',
    definitions: 'How these rates are counted',
    defDue:
      'Due: targets whose outcome can be judged on the as-of date — the deadline has passed (overdue with no result, met late, missed), or a result came (met on time, early too; missed early). A deadline of that very day is not yet due: the day is not over.',
    defOnTime: 'Met on time = met on time ÷ due.',
    defOverdue: 'Overdue = overdue with no result ÷ due.',
    defWithResult: 'With a result = (met on time + met late + missed) ÷ due.',
    defGap:
      'Investment progress: of the targets with a planned amount of money, how many have progress reported, their lights, and the mean gap between progress and time elapsed, in percentage points.',
    defOrder:
      'By default the largest share met on time comes first; on a tie, the district with more targets due; districts with nothing due come last. Click a column to rank by another rate.',
    lights: 'Lights of investment progress',
    counts: 'Records per district',
    countsIntro:
      'Raw counts, to look up and filter; not used to rank, since a district the papers cover more has more of everything.',
    countsCaption: 'Projects, targets and figures per district (deadline states as of {date})',
    kind: 'Kind',
    projects: 'Projects',
    targets: 'Targets',
    figures: 'Figures',
    overdue: 'Overdue, no result',
    dueSoon: 'Due within 30 days',
  },
});

type Key = keyof (typeof messages)['zh'];

const specs = {
  sort: { kind: 'sort', allowed: new Set<string>(RANKING_KEYS) },
} satisfies ParamSpecs;

/** The states a ranking's count stands for, as /targets filters them. */
const STATES_OF: Record<'due' | 'onTime' | 'overdueRate' | 'withResult', string[]> = {
  due: ['met-on-time', 'met-late', 'missed', 'overdue'],
  onTime: ['met-on-time'],
  overdueRate: ['overdue'],
  withResult: ['met-on-time', 'met-late', 'missed'],
};

const isDefaultSort = (sort: SortValue) =>
  sort.key === DEFAULT_RANKING_SORT.key && sort.desc === DEFAULT_RANKING_SORT.desc;

/** A share of the targets due: 66.7%, then "4/6" (read as "4 of 6"), linked to those targets. */
function RateCell({
  rate,
  count,
  due,
  href,
  lang,
  t,
}: {
  rate: number | null;
  count: number;
  due: number;
  href: string;
  lang: Lang;
  t: (key: Key, params?: Record<string, string | number>) => string;
}) {
  if (rate === null) return <span className="rate-none">—</span>;
  const of = t('of', { count: formatNumber(count, lang, 0), due: formatNumber(due, lang, 0) });
  return (
    <>
      <span className="rate-value">{percentText(rate * 100, lang)}</span>
      <span className="cell-note keep-whole">
        {count > 0 ? (
          <AppLink to={href} aria-label={of}>
            {count}/{due}
          </AppLink>
        ) : (
          <>
            <span aria-hidden="true">
              {count}/{due}
            </span>
            <span className="visually-hidden">{of}</span>
          </>
        )}
      </span>
    </>
  );
}

/**
 * /districts: the districts ranked by shares of their targets due (按期完成率, 逾期率, 有结果率)
 * and by investment progress against 时间进度, as of the as-of date, each rate with its
 * denominator and small denominators marked; below, the raw counts, reachable but not ranked.
 */
export function DistrictsPage() {
  const t = useT(messages);
  const { f, lang, labels, tracker, asOf } = useRecordView();
  const { explicit } = useAsOf();
  const { values, update } = useUrlState(specs);
  const sort = values.sort ?? DEFAULT_RANKING_SORT;
  const compareNames = useMemo(() => new Intl.Collator(LOCALE[lang]).compare, [lang]);

  const ranked = useMemo(() => {
    const rows: (RankedDistrict & { summary: DistrictSummary })[] = [...tracker.byDistrict.values()]
      .filter((summary) => summary.targets.length > 0)
      .map((summary) => ({
        id: summary.district.id,
        name: pick(lang, summary.district.nameZh, summary.district.nameEn),
        rates: summary.rates,
        summary,
      }));
    return {
      rows: rankDistricts(rows, sort, compareNames) as typeof rows,
      leaders: onTimeLeaders(rows, compareNames),
    };
  }, [tracker, lang, sort, compareNames]);

  const columns = useMemo<RecordColumn<RankedDistrict>[]>(() => {
    const query = (row: RankedDistrict, states: string[]) =>
      `/targets?district=${encodeURIComponent(row.id)}${states
        .map((state) => `&state=${state}`)
        .join('')}${explicit ? `&asOf=${asOf}` : ''}`;
    const rate = (
      id: 'onTime' | 'overdueRate' | 'withResult',
      count: (row: RankedDistrict) => number,
    ): RecordColumn<RankedDistrict> => ({
      id,
      accessorFn: (row) => row.rates[id],
      header: () => t(id),
      cell: ({ row: { original } }) => (
        <RateCell
          rate={original.rates[id]}
          count={count(original)}
          due={original.rates.due}
          href={query(original, STATES_OF[id])}
          lang={lang}
          t={t}
        />
      ),
    });
    return [
      {
        id: 'name',
        accessorFn: (row) => row.name,
        header: () => t('name'),
        cell: ({ row: { original } }) => (
          <AppLink to={`/districts/${encodeURIComponent(original.id)}`}>{original.name}</AppLink>
        ),
      },
      {
        id: 'due',
        accessorFn: (row) => row.rates.due,
        header: () => t('due'),
        cell: ({ row: { original } }) => {
          const { due, small } = original.rates;
          return (
            <>
              {due > 0 ? (
                <AppLink to={query(original, STATES_OF.due)}>{formatNumber(due, lang, 0)}</AppLink>
              ) : (
                <span className="rate-none">{t('noneDue')}</span>
              )}
              {small && due > 0 && (
                <span className="small-sample" aria-describedby="small-note">
                  {t('small')}
                </span>
              )}
            </>
          );
        },
      },
      rate('onTime', (row) => row.rates.metOnTime),
      rate('overdueRate', (row) => row.rates.overdue),
      rate('withResult', (row) => row.rates.metOnTime + row.rates.metLate + row.rates.missed),
      {
        id: 'gap',
        accessorFn: (row) => row.rates.investment.meanGap,
        header: () => t('gap'),
        cell: ({ row: { original } }) => {
          const { planned, measured, lights, meanGap } = original.rates.investment;
          if (planned === 0) return <span className="rate-none">{t('noPlan')}</span>;
          return (
            <>
              {meanGap !== null ? (
                <span className="rate-value">
                  {t('meanGap', { gap: signedPoints(meanGap, lang) })}
                </span>
              ) : (
                <LightBadge light="none" />
              )}
              <span className="cell-note ranking-lights">
                {LIGHTS.filter((light) => lights[light] > 0).map((light) => (
                  <span key={light} className="keep-whole">
                    <LightBadge light={light} /> {formatNumber(lights[light], lang, 0)}
                  </span>
                ))}
                <span className="keep-whole">
                  {t('measured', {
                    measured: formatNumber(measured, lang, 0),
                    planned: formatNumber(planned, lang, 0),
                  })}
                </span>
              </span>
            </>
          );
        },
      },
    ];
  }, [t, lang, asOf, explicit]);

  const { top, topOfLarger } = ranked.leaders;
  const share = (row: RankedDistrict) => ({
    rate: percentText((row.rates.onTime ?? 0) * 100, lang),
    count: formatNumber(row.rates.metOnTime, lang, 0),
    due: formatNumber(row.rates.due, lang, 0),
  });
  const date = formatDate(asOf, lang);
  const answer = !top
    ? t('answerNone', { date })
    : !top.rates.small
      ? t('answer', { date, district: top.name, ...share(top) })
      : topOfLarger
        ? t('answerSmall', {
            date,
            district: top.name,
            ...share(top),
            min: SMALL_DENOMINATOR,
            larger: topOfLarger.name,
            largerRate: share(topOfLarger).rate,
            largerCount: share(topOfLarger).count,
            largerDue: share(topOfLarger).due,
          })
        : t('answerSmallOnly', { date, district: top.name, ...share(top), min: SMALL_DENOMINATOR });

  return (
    <div className="page districts-page">
      <PageHead page="districts" />
      <AsOfControl sources={tracker.sources} />
      <Section id="ranking-title" title={t('ranking')}>
        <p className="ranking-answer" data-testid="ranking-answer">
          {answer}
        </p>
        <DataTable
          id="districts-table"
          className="ranking-scroll"
          caption={t('caption', { date, key: t(sort.key as RankingKey) })}
          columns={columns}
          rows={ranked.rows}
          getRowId={(row) => row.id}
          sort={sort}
          onSortChange={(next) =>
            update({ sort: next === null || isDefaultSort(next) ? null : next })
          }
          rowHeader="name"
          numeric={['due', 'onTime', 'overdueRate', 'withResult', 'gap']}
          descFirst={['due', 'onTime', 'overdueRate', 'withResult', 'gap']}
        />
        <p className="section-note" id="small-note">
          {t('smallNote', { min: SMALL_DENOMINATOR })}
        </p>
        <details className="ranking-definitions">
          <summary>{t('definitions')}</summary>
          <ul>
            {(
              ['defDue', 'defOnTime', 'defOverdue', 'defWithResult', 'defGap', 'defOrder'] as const
            ).map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </details>
        <h3 className="small-heading">{t('lights')}</h3>
        <PaceRuleNote />
      </Section>
      <DistrictCounts
        rows={[...tracker.byDistrict.values()]}
        caption={t('countsCaption', { date })}
        title={t('counts')}
        intro={t('countsIntro')}
        header={[
          f('district'),
          t('kind'),
          t('projects'),
          t('targets'),
          t('overdue'),
          t('dueSoon'),
          t('figures'),
        ]}
        kind={labels.kind}
        lang={lang}
        asOfQuery={explicit ? `&asOf=${asOf}` : ''}
      />
    </div>
  );
}

/** The raw counts per district, in the dataset's order, each linked to the list it counts. */
function DistrictCounts({
  rows,
  caption,
  title,
  intro,
  header,
  kind,
  lang,
  asOfQuery,
}: {
  rows: readonly DistrictSummary[];
  caption: string;
  title: string;
  intro: string;
  header: string[];
  kind: (value: DistrictSummary['district']['kind']) => string;
  lang: Lang;
  asOfQuery: string;
}) {
  const count = (value: number, href?: string): ReactNode => {
    const text = formatNumber(value, lang, 0);
    return href && value > 0 ? <AppLink to={href}>{text}</AppLink> : text;
  };
  return (
    <Section id="district-counts-title" title={title}>
      <p className="section-intro">{intro}</p>
      <ScrollingTable
        id="district-counts-table"
        captionId="district-counts-caption"
        caption={caption}
        className="data-table"
      >
        <TableHead columns={header.map((label, index) => ({ label, numeric: index > 1 }))} />
        <TableBody>
          {rows.map((summary) => {
            const q = `district=${encodeURIComponent(summary.district.id)}${asOfQuery}`;
            const label = (index: number) => header[index] ?? '';
            return (
              <Row key={summary.district.id}>
                <RowHeader>
                  <AppLink to={`/districts/${encodeURIComponent(summary.district.id)}`}>
                    {pick(lang, summary.district.nameZh, summary.district.nameEn)}
                  </AppLink>
                </RowHeader>
                <Cell label={label(1)}>{kind(summary.district.kind)}</Cell>
                <Cell label={label(2)} numeric>
                  {count(summary.projects.length, `/projects?${q}`)}
                </Cell>
                <Cell label={label(3)} numeric>
                  {count(summary.targets.length, `/targets?${q}`)}
                </Cell>
                <Cell label={label(4)} numeric data-state="overdue">
                  {count(summary.states.overdue, `/targets?${q}&state=overdue`)}
                </Cell>
                <Cell label={label(5)} numeric data-state="due-soon">
                  {count(summary.states['due-soon'], `/targets?${q}&state=due-soon`)}
                </Cell>
                <Cell label={label(6)} numeric>
                  {count(summary.figures.length)}
                </Cell>
              </Row>
            );
          })}
        </TableBody>
      </ScrollingTable>
    </Section>
  );
}
