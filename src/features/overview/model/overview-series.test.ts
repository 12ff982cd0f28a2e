// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  makeDataset,
  makeFigure,
  makeProject,
  makeTarget,
  targetRowsOf,
  THREE_DISTRICTS,
  yi,
} from '../../../../tests/fixtures/factories';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import type { Dataset } from '@/data/schema';
import type { AmountGroup } from '@/tracker/amounts';
import { buildTracker } from '@/tracker/tracker';
import { PROGRESS_AS_OF, progressDataset } from '../../../../tests/fixtures/progress-dataset';
import {
  headlineNumbers,
  investmentByDistrict,
  investmentSentences,
  MAX_CATEGORY_STACKS,
  MAX_INVESTMENT_GROUPS,
  OTHER_CATEGORY,
  projectsByDistrictAndCategory,
  targetsByStatusPerDistrict,
} from './overview-series';

const label = (id: string) => `name:${id}`;

const investmentData = makeDataset({
  districts: THREE_DISTRICTS,
  projects: [
    makeProject({ id: 'p1', districtId: '410104', investment: yi(10, { role: 'total' }) }),
    makeProject({
      id: 'p2',
      districtId: '410102',
      investment: yi(5, { comparator: 'at-least', role: 'total' }),
    }),
    makeProject({ id: 'p3', districtId: '410102' }),
  ],
  targets: [
    makeTarget({
      id: 't1',
      districtId: '410102',
      metric: 'investment',
      period: '2024',
      quantity: yi(420),
    }),
    makeTarget({
      id: 't2',
      districtId: '410104',
      metric: 'investment',
      period: '2021-Q1',
      quantity: yi(60),
    }),
  ],
  figures: [
    makeFigure({
      id: 'f1',
      districtId: '410102',
      indicatorEn: 'Total investment of major projects',
      basis: 'planned',
      period: '2024',
      quantity: yi(3105, { role: 'total' }),
    }),
    makeFigure({
      id: 'f2',
      districtId: '410102',
      indicatorEn: 'Gross domestic product',
      basis: 'actual',
      period: '2023',
      quantity: yi(830.6, { role: 'done' }),
    }),
  ],
});

const groupsOf = (dataset: Dataset, asOf: string) =>
  buildTracker(dataset, [], asOf).investment.groups;
const byKey = (group: AmountGroup) => group.key;

describe('investmentByDistrict: the tracker’s groups, drawn side by side', () => {
  it('draws one bar per group and district in 亿元; a lifetime total is its own group, never added to a year’s plan', () => {
    const groups = groupsOf(investmentData, '2024-12-31');
    const result = investmentByDistrict(THREE_DISTRICTS, groups, {
      districtLabel: label,
      groupLabel: byKey,
    });
    if (result.kind !== 'ok') throw new Error('expected a series');
    const { data, stacks } = result.series;
    expect(stacks.map((s) => s.key)).toEqual(['plan|2024', 'plan|2021-Q1', 'total|lifetime']);
    expect(data.map((d) => [d.key, d.values])).toEqual([
      // 3,105亿 of lifetime total beside (not added to) 420亿 of 2024 plan; a project's total too.
      ['410102', { 'plan|2024': 420, 'total|lifetime': 3105 + 5 }],
      ['410104', { 'plan|2021-Q1': 60, 'total|lifetime': 10 }],
    ]);
    expect(data[0]?.href).toBe('/districts/410102');
    // A district that stated no amount for a group has no value there (no bar), never a 0.
    expect(result.series.missing).toBe('absent');
  });

  const progress = progressDataset();
  it.each<[string, string, string[], Record<string, Record<string, number>>]>([
    [
      'as of 2021-06-30: what was printed by then, parts (其中) not drawn',
      PROGRESS_AS_OF.late,
      ['done|2021-Q1 through 2021-03-31', 'plan|2021-Q1', 'plan|2021', 'total|lifetime'],
      {
        // 管城’s share of the city’s batch (150亿 total, 60亿 plan) and its subset are parts of
        // the city’s amounts: listed by the card, never added to their whole, not drawn.
        '410104': { 'done|2021-Q1 through 2021-03-31': 20, 'plan|2021-Q1': 60 },
        '410102': { 'plan|2021': 420 },
        '410105': { 'plan|2021': 647.4 },
        zhengzhou: { 'plan|2021': 800, 'total|lifetime': 2000 },
      },
    ],
    [
      'as of 2021-12-31: the 1–10月 amount done is printed by then',
      PROGRESS_AS_OF.year,
      [
        'done|2021-Q1 through 2021-03-31',
        'plan|2021-Q1',
        'done|2021 through 2021-10-31',
        'plan|2021',
        'total|lifetime',
      ],
      {
        '410104': { 'done|2021-Q1 through 2021-03-31': 20, 'plan|2021-Q1': 60 },
        '410102': { 'plan|2021': 420 },
        '410105': { 'done|2021 through 2021-10-31': 629, 'plan|2021': 647.4 },
        zhengzhou: { 'plan|2021': 800, 'total|lifetime': 2000 },
      },
    ],
  ])('%s', (_, asOf, keys, values) => {
    const groups = groupsOf(progress, asOf);
    const result = investmentByDistrict(progress.districts, groups, {
      districtLabel: label,
      groupLabel: byKey,
    });
    if (result.kind !== 'ok') throw new Error('expected a series');
    expect(result.series.stacks.map((s) => s.key)).toEqual(keys);
    expect(Object.fromEntries(result.series.data.map((d) => [d.key, d.values]))).toEqual(values);
  });

  it(`draws ${MAX_INVESTMENT_GROUPS} groups and keeps every group in the table`, () => {
    const plans = Array.from({ length: MAX_INVESTMENT_GROUPS + 2 }, (_, i) =>
      makeTarget({
        id: `plan-${i}`,
        metric: 'investment',
        period: String(2010 + i),
        quantity: yi(10 + i),
      }),
    );
    const dataset = makeDataset({ targets: plans });
    const groups = groupsOf(dataset, '2030-01-01');
    const result = investmentByDistrict(dataset.districts, groups, {
      districtLabel: label,
      groupLabel: byKey,
    });
    if (result.kind !== 'ok') throw new Error('expected a series');
    expect(result.series.stacks).toHaveLength(MAX_INVESTMENT_GROUPS);
    expect(result.series.omitted).toBe(2);
    expect(result.series.table.stacks).toHaveLength(MAX_INVESTMENT_GROUPS + 2);
    // The oldest plans are not drawn but are in the table.
    expect(result.series.table.data[0]?.values['plan|2010']).toBe(10);
    expect(result.series.data[0]?.values['plan|2010']).toBeUndefined();
  });

  it('says "no data" when nothing states investment (or nothing was printed by the as-of date)', () => {
    expect(investmentByDistrict([], [], { districtLabel: label, groupLabel: () => '' }).kind).toBe(
      'no-data',
    );
    expect(groupsOf(progressDataset(), '2021-01-01')).toEqual([]);
  });
});

describe('investmentSentences', () => {
  const words = { format: (value: number) => `${value}`, colon: ': ' };
  const stacks = [
    { key: 'a', label: 'plan 2024', color: '--chart-1' },
    { key: 'b', label: 'plan 2021-Q1', color: '--chart-2' },
  ];
  it.each<[string, Record<string, number>[], string[] | null]>([
    [
      'each group stated by one district: sentences, not a chart',
      [{ a: 420 }, { b: 60 }],
      ['D0: plan 2024 420', 'D1: plan 2021-Q1 60'],
    ],
    ['a group two districts state: a chart', [{ a: 420 }, { a: 60 }], null],
    ['nothing stated: no sentence', [{}, {}], []],
  ])('%s', (_, values, expected) => {
    const series = {
      stacks,
      missing: 'absent' as const,
      data: values.map((v, i) => ({ key: `d${i}`, label: `D${i}`, values: v })),
    };
    expect(investmentSentences(series, words)).toEqual(expected);
  });
});

describe('projectsByDistrictAndCategory', () => {
  it('stacks categories per district and links each district to its projects', () => {
    const dataset = makeDataset({
      districts: THREE_DISTRICTS,
      projects: [
        makeProject({ districtId: '410104', category: 'road' }),
        makeProject({ districtId: '410104', category: 'road' }),
        makeProject({ districtId: '410104', category: 'green-space' }),
        makeProject({ districtId: 'jingkai', category: 'green-space' }),
      ],
    });
    const result = projectsByDistrictAndCategory(dataset, {
      districtLabel: label,
      categoryLabel: (c) => c,
      otherLabel: 'other',
    });
    if (result.kind !== 'ok') throw new Error('expected a series');
    expect(result.series.stacks.map((s) => s.key)).toEqual(['road', 'green-space']);
    expect(result.series.data).toEqual([
      {
        key: '410104',
        label: 'name:410104',
        values: { road: 2, 'green-space': 1 },
        href: '/projects?district=410104',
        stackHrefs: {
          road: '/projects?district=410104&category=road',
          'green-space': '/projects?district=410104&category=green-space',
        },
      },
      {
        key: 'jingkai',
        label: 'name:jingkai',
        values: { 'green-space': 1 },
        href: '/projects?district=jingkai',
        stackHrefs: { 'green-space': '/projects?district=jingkai&category=green-space' },
      },
    ]);
  });

  it(`folds categories beyond ${MAX_CATEGORY_STACKS} into "other"`, () => {
    const categories = [
      'road',
      'industry',
      'innovation',
      'commerce',
      'agreement',
      'governance',
      'green-space',
      'real-estate',
      'sports-events',
    ] as const;
    const dataset = makeDataset({
      projects: categories.map((category) => makeProject({ category })),
    });
    const result = projectsByDistrictAndCategory(dataset, {
      districtLabel: label,
      categoryLabel: (c) => c,
      otherLabel: 'other',
    });
    if (result.kind !== 'ok') throw new Error('expected a series');
    expect(result.series.stacks).toHaveLength(MAX_CATEGORY_STACKS);
    expect(result.series.stacks.at(-1)?.key).toBe(OTHER_CATEGORY);
    expect(result.series.data[0]?.values[OTHER_CATEGORY]).toBe(
      categories.length - (MAX_CATEGORY_STACKS - 1),
    );
    // The "other" segment opens the district's projects of every folded category.
    const other = new URL(
      result.series.data[0]?.stackHrefs?.[OTHER_CATEGORY] ?? '',
      'http://x',
    ).searchParams.getAll('category');
    expect(other).toHaveLength(categories.length - (MAX_CATEGORY_STACKS - 1));
  });

  it('says "no data" without projects', () => {
    expect(
      projectsByDistrictAndCategory(makeDataset(), {
        districtLabel: label,
        categoryLabel: (c) => c,
        otherLabel: 'o',
      }).kind,
    ).toBe('no-data');
  });
});

describe('targetsByStatusPerDistrict', () => {
  it('counts the status in force on the as-of date, follow-ups included', () => {
    const targets = [
      makeTarget({ id: 'a', districtId: '410102' }),
      makeTarget({ id: 'b', districtId: '410102' }),
      makeTarget({ id: 'c', districtId: '410104' }),
    ];
    const followUps = [
      makeFollowUp({ targetId: 'b', status: 'in-progress', date: '2021-01-01' }),
      makeFollowUp({ targetId: 'c', status: 'achieved', date: '2021-03-01' }),
    ];
    const ids = THREE_DISTRICTS.map((d) => d.id);
    const before = targetsByStatusPerDistrict(ids, targetRowsOf(targets, followUps, '2021-02-01'), {
      districtLabel: label,
      statusLabel: (s) => s,
    });
    const after = targetsByStatusPerDistrict(ids, targetRowsOf(targets, followUps, '2021-03-01'), {
      districtLabel: label,
      statusLabel: (s) => s,
      linkSuffix: '&asOf=2021-03-01',
    });
    if (before.kind !== 'ok' || after.kind !== 'ok') throw new Error('expected series');
    expect(before.series.data.map((d) => d.values)).toEqual([
      { 'not-rated': 1, 'in-progress': 1 },
      { 'not-rated': 1 },
    ]);
    expect(after.series.data.map((d) => d.values)).toEqual([
      { 'not-rated': 1, 'in-progress': 1 },
      { achieved: 1 },
    ]);
    expect(after.series.stacks.map((s) => s.key)).toEqual(['not-rated', 'in-progress', 'achieved']);
    expect(after.series.data[1]?.href).toBe('/targets?district=410104&asOf=2021-03-01');
    // A segment applies both of its filters: the district and the status.
    expect(after.series.data[1]?.stackHrefs).toEqual({
      achieved: '/targets?district=410104&status=achieved&asOf=2021-03-01',
    });
  });

  it('says "no data" without targets', () => {
    expect(
      targetsByStatusPerDistrict([], targetRowsOf([], [], '2021-01-01'), {
        districtLabel: label,
        statusLabel: (s) => s,
      }).kind,
    ).toBe('no-data');
  });
});

describe('headlineNumbers', () => {
  it('counts records and the districts that have any', () => {
    const numbers = headlineNumbers(investmentData);
    expect(numbers).toMatchObject({
      districts: 2,
      projects: 3,
      targets: 2,
      targetsWithDeadline: 2,
      figures: 2,
      actualFigures: 1,
    });
  });
});
