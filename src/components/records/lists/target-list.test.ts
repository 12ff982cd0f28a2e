// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readUrlState } from '@/lib/url-state';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import type { FollowUp } from '@/data/tracking/follow-up';
import { buildTracker } from '@/tracker/tracker';
import { recordLabels } from '../labels';
import { listCsv, listJsonOf, listParamSpecs, queryList } from '../record-list';
import {
  makeDataset,
  makeProject,
  makeReport,
  makeSource,
  makeTarget,
  makeQuantity,
  THREE_DISTRICTS,
  yi,
} from '../../../../tests/fixtures/factories';
import { targetList } from './target-list';

const dataset = makeDataset({
  districts: THREE_DISTRICTS,
  // Printed long before every as-of date below, so every target is announced.
  sources: [makeSource({ publishedOn: '2000-01-01' })],
  projects: [makeProject({ id: 'road', category: 'road' })],
  targets: [
    makeTarget({
      id: 'q1',
      districtId: '410104',
      deadline: '2021-03-31',
      statementZh: '一季度完成投资60亿元',
      statementEn: 'Invest CNY 6 bn in Q1',
      projectIds: ['road'],
    }),
    makeTarget({ id: 'h1', districtId: '410104', deadline: '2021-06-30' }),
    makeTarget({ id: 'year', districtId: '410102', deadline: '2021-12-31' }),
    makeTarget({ id: 'none', districtId: 'jingkai', deadline: null }),
  ],
  // What pages reported: h1 achieved, the year target under way (dated before every as-of date).
  reports: [
    makeReport({ targetId: 'h1', status: 'achieved', date: '2000-01-01' }),
    makeReport({ targetId: 'year', status: 'in-progress', date: '2000-01-01' }),
  ],
});
const query = (search: string, asOf: string, followUps: readonly FollowUp[] = []) => {
  const tracker = buildTracker(dataset, followUps, asOf);
  const { values } = readUrlState(new URLSearchParams(search), listParamSpecs(targetList, tracker));
  return queryList(targetList, values, { lang: 'zh', labels: recordLabels('zh'), tracker });
};
const view = (search: string, asOf = '2021-04-15', followUps: readonly FollowUp[] = []) =>
  query(search, asOf, followUps).rows.map((row) => row.target.id);

describe('targets: a URL and an as-of date give the rows shown', () => {
  it.each<[string, string, string[]]>([
    ['', '2021-04-15', ['q1', 'h1', 'year', 'none']],
    ['state=overdue', '2021-04-15', ['q1']],
    ['state=overdue', '2021-01-01', []],
    ['state=overdue', '2022-01-01', ['q1', 'year']],
    ['state=met-on-time', '2021-01-01', ['h1']],
    ['state=due-soon,upcoming', '2021-06-15', ['year']],
    ['state=due-soon', '2021-06-15', []],
    ['state=no-deadline', '2021-04-15', ['none']],
    ['status=in-progress', '2021-04-15', ['year']],
    ['category=road', '2021-04-15', ['q1']],
    ['category=unlinked&district=410104', '2021-04-15', ['h1']],
    ['q=60亿', '2021-04-15', ['q1']],
    ['q=invest', '2021-04-15', ['q1']],
    ['sort=state', '2021-04-15', ['q1', 'year', 'h1', 'none']],
    ['sort=-deadline', '2021-04-15', ['year', 'h1', 'q1', 'none']],
  ])('%s as of %s → %j', (query, asOf, expected) => expect(view(query, asOf)).toEqual(expected));

  it('a follow-up changes the state counts: met a day late', () => {
    const followUps = [makeFollowUp({ targetId: 'q1', status: 'achieved', date: '2021-04-01' })];
    expect(view('state=overdue', '2021-04-15', followUps)).toEqual([]);
    expect(view('state=met-late', '2021-04-15', followUps)).toEqual(['q1']);
    expect(view('state=met-on-time,met-late', '2021-04-15', followUps)).toEqual(['q1', 'h1']);
  });

  it.each<[string, Record<string, number>]>([
    ['2021-01-01', { upcoming: 2, 'met-on-time': 1, 'no-deadline': 1, overdue: 0 }],
    ['2021-04-15', { overdue: 1, 'met-on-time': 1, upcoming: 1, 'no-deadline': 1 }],
    ['2022-01-01', { overdue: 2, 'met-on-time': 1, 'no-deadline': 1, upcoming: 0 }],
  ])('deadline-state counts as of %s', (asOf, expected) => {
    const { counts } = query('state=met-on-time', asOf);
    const count = (state: string) => counts.state?.get(state) ?? 0;
    expect(Object.fromEntries(Object.keys(expected).map((s) => [s, count(s)]))).toEqual(expected);
  });
});

describe('targets export', () => {
  it('exports the rows shown with their state on the as-of date', () => {
    const tracker = buildTracker(dataset, [], '2021-04-15');
    const rows = tracker.targets.slice(0, 2);
    const kit = (lang: 'zh' | 'en') => ({ lang, labels: recordLabels(lang), tracker });
    const table = listCsv(targetList, rows, kit('zh'));
    expect(table.header).toEqual([
      '编号',
      '目标',
      '区县',
      '类别',
      '指标',
      '数量',
      '数量（标准化）',
      '标准化单位',
      '措辞力度',
      '截止日期',
      '原文期限',
      '所属时期',
      '报告状态',
      '截止状态',
      '完成占计划',
      '时间进度',
      '差距（百分点）',
      '灯号',
      '逾期天数',
      '状态来源',
      '来源日期',
      '来源说明',
      '来源链接',
      '出处',
      '原文',
    ]);
    expect(table.rows.map((r) => [r[0], r[3], r[13]])).toEqual([
      ['q1', '道路', '逾期未报结果'],
      ['h1', '未关联项目', '按期完成'],
    ]);
    // The metric is words of the reader's language, not an id; the period a code a spreadsheet
    // keeps as text (period-column.test.ts).
    const metric = table.header.indexOf('指标');
    const period = table.header.indexOf('所属时期');
    expect(table.rows.map((r) => r[metric])).toEqual(['完工', '完工']);
    expect(table.rows.every((r) => /^\d{4}(-[HQM]\d+)?$/.test(String(r[period])))).toBe(true);
    const english = listCsv(targetList, rows, kit('en'));
    expect(english.header[metric]).toBe('Metric');
    expect(english.rows.map((r) => r[metric])).toEqual(['Completion', 'Completion']);
    const json = listJsonOf(targetList, dataset.sources, rows, {
      url: 'u',
      exportedAt: 'now',
      asOf: '2021-04-15',
      filters: {},
      total: 4,
    });
    expect(json).toMatchObject({ kind: 'targets', asOf: '2021-04-15', count: 2, total: 4 });
    expect(json.rows.map((r) => r.deadlineState)).toEqual(['overdue', 'met-on-time']);
  });
});

describe('targets: progress against plan, light and days late', () => {
  const plan = yi(60, { role: 'plan' });
  const paceDataset = makeDataset({
    districts: THREE_DISTRICTS,
    sources: [makeSource({ id: 'page', publishedOn: '2000-01-01' })],
    targets: [
      // 45亿 of 60亿 through 03-15 (a page): 75 %, time 82.2 %, yellow.
      makeTarget({ id: 'yellow', quantity: plan, period: '2021-Q1', deadline: '2021-03-31' }),
      // 90 % of plan through 03-15 (my follow-up): green.
      makeTarget({ id: 'green', quantity: plan, period: '2021-Q1', deadline: '2021-03-31' }),
      // 10 % through 03-15: red.
      makeTarget({ id: 'red', quantity: plan, period: '2021-Q1', deadline: '2021-03-31' }),
      // A plan and no progress stated: grey.
      makeTarget({ id: 'grey', quantity: plan, period: '2021-Q1', deadline: '2021-12-31' }),
      // No planned amount: no light at all.
      makeTarget({ id: 'words', deadline: '2021-12-31' }),
      makeTarget({ id: 'count', quantity: makeQuantity({ role: 'measure' }), deadline: null }),
    ],
    reports: [
      makeReport({
        targetId: 'yellow',
        status: 'in-progress',
        date: '2021-03-16',
        sourceRef: { sourceId: 'page', quote: '一季度完成投资45亿元', at: 12 },
        progress: { done: yi(45, { role: 'done' }), through: '2021-03-15' },
      }),
      makeReport({
        targetId: 'red',
        status: 'in-progress',
        date: '2021-03-16',
        progress: { percentOfPlan: 10, through: '2021-03-15' },
      }),
    ],
  });
  const followUps = [
    makeFollowUp({
      id: 'mine',
      targetId: 'green',
      status: 'achieved',
      date: '2021-05-15',
      note: '区里通报已完成',
      evidence: { url: 'https://example.org/note' },
      progress: { percentOfPlan: 90, through: '2021-03-15' },
    }),
  ];
  const tracker = buildTracker(paceDataset, followUps, '2021-06-01');
  const kit = (lang: 'zh' | 'en') => ({ lang, labels: recordLabels(lang), tracker });
  const ids = (search: string) => {
    const { values } = readUrlState(
      new URLSearchParams(search),
      listParamSpecs(targetList, tracker),
    );
    return queryList(targetList, values, kit('zh')).rows.map((row) => row.target.id);
  };

  it.each<[string, string[]]>([
    ['light=green', ['green']],
    ['light=red,yellow', ['yellow', 'red']],
    ['light=none', ['grey']],
    ['sort=progress', ['red', 'yellow', 'green', 'grey', 'words', 'count']],
    ['sort=-progress', ['green', 'yellow', 'red', 'grey', 'words', 'count']],
    ['sort=gap', ['red', 'yellow', 'green', 'grey', 'words', 'count']],
    ['sort=light', ['red', 'yellow', 'green', 'grey', 'words', 'count']],
    ['sort=-daysLate', ['yellow', 'red', 'green', 'grey', 'words', 'count']],
  ])('%s → %j', (search, expected) => expect(ids(search)).toEqual(expected));

  it('counts only targets with a planned amount in the light facet', () => {
    const { counts } = queryList(targetList, {} as never, kit('zh'));
    expect(Object.fromEntries(counts.light ?? [])).toEqual({
      green: 1,
      yellow: 1,
      red: 1,
      none: 1,
    });
  });

  it('exports progress, time elapsed, gap, light, days late and where each status comes from', () => {
    const rows = ['yellow', 'green', 'words'].map((id) => tracker.targetById.get(id)!);
    const table = listCsv(targetList, rows, { ...kit('zh'), href: (p) => `https://x.test${p}` });
    const at = (name: string) => table.header.indexOf(name);
    const pick = (...names: string[]) => table.rows.map((r) => names.map((n) => r[at(n)]));
    expect(
      pick('完成占计划', '时间进度', '差距（百分点）', '灯号', '逾期天数', '截止状态'),
    ).toEqual([
      [75, 82.2, -7.2, '黄灯', 62, '逾期未报结果'],
      // Achieved, its progress running through 03-15: met on that day, on time.
      [90, 82.2, 7.8, '绿灯', '', '按期完成'],
      ['', '', '', '', '', '未到期'],
    ]);
    expect(pick('状态来源', '来源日期', '来源说明', '来源链接')).toEqual([
      ['报纸版面', '2021-03-16', '一季度完成投资45亿元', 'https://x.test/sources/page#q-12'],
      ['我的跟进', '2021-05-15', '区里通报已完成', 'https://example.org/note'],
      ['', '', '', ''],
    ]);
    const english = listCsv(targetList, rows, kit('en'));
    expect(english.rows[1]?.[english.header.indexOf('Light')]).toBe('Green light');
  });

  it('says in the README how many statuses come from my follow-ups', () => {
    expect(targetList.readme?.(tracker.targets, kit('zh'))).toEqual([
      ['状态来自我的跟进', '1 条（共 6 条），其余来自报纸版面或尚未评定'],
    ]);
  });
});
