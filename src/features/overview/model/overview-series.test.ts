// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  makeDataset,
  makeFigure,
  makeProject,
  makeQuantity,
  makeTarget,
  targetRowsOf,
  THREE_DISTRICTS,
  yi,
} from '../../../../tests/fixtures/factories';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import {
  headlineNumbers,
  investmentByDistrict,
  investmentSentences,
  investmentGroups,
  investmentStatements,
  MAX_CATEGORY_STACKS,
  OTHER_CATEGORY,
  projectsByDistrictAndCategory,
  targetsByStatusPerDistrict,
} from './overview-series';

const label = (id: string) => `name:${id}`;

const investmentData = makeDataset({
  districts: THREE_DISTRICTS,
  projects: [
    makeProject({ id: 'p1', districtId: '410104', investment: yi(10) }),
    makeProject({ id: 'p2', districtId: '410102', investment: yi(5, { comparator: 'at-least' }) }),
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
    makeTarget({
      id: 't3',
      districtId: '410104',
      metric: 'greening-funding',
      period: '2021',
      quantity: yi(1),
    }),
    makeTarget({
      id: 't4',
      districtId: '410104',
      metric: 'investment',
      period: '2021-Q1',
      quantity: makeQuantity({ unit: '个', normalizedUnit: 'count', value: 3, normalized: 3 }),
    }),
  ],
  figures: [
    makeFigure({
      id: 'f1',
      districtId: '410102',
      indicatorEn: 'Total investment of major projects',
      basis: 'planned',
      period: '2024',
      quantity: yi(3105),
    }),
    makeFigure({
      id: 'f2',
      districtId: '410102',
      indicatorEn: 'Gross domestic product',
      basis: 'actual',
      period: '2023',
      quantity: yi(830.6),
    }),
    makeFigure({
      id: 'f3',
      districtId: '410102',
      indicatorEn: 'Fixed-asset investment',
      basis: 'actual',
      period: '2023',
      quantity: yi(200),
    }),
  ],
});

describe('investmentStatements', () => {
  it('takes project totals, investment targets and investment figures, and nothing else', () => {
    expect(
      investmentStatements(investmentData).map((s) => [s.recordId, s.kind, s.basis, s.period]),
    ).toEqual([
      ['p1', 'project', 'planned', null],
      ['p2', 'project', 'planned', null],
      ['t1', 'target', 'planned', '2024'],
      ['t2', 'target', 'planned', '2021-Q1'],
      ['f1', 'figure', 'planned', '2024'],
      ['f3', 'figure', 'actual', '2023'],
    ]);
  });
});

describe('investmentGroups', () => {
  it('never adds plans to results or one period to another; latest period first', () => {
    const groups = investmentGroups(investmentStatements(investmentData));
    expect(groups.map((g) => [g.key, g.totalCny / 1e8, g.count, g.approximate])).toEqual([
      ['figure|planned|2024', 3105, 1, 0],
      ['target|planned|2024', 420, 1, 0],
      ['figure|actual|2023', 200, 1, 0],
      ['target|planned|2021-Q1', 60, 1, 0],
      ['project|planned|all', 15, 2, 1],
    ]);
  });
});

describe('investmentByDistrict', () => {
  it('draws each group as its own series, in 亿元, districts ranked by their largest amount', () => {
    const result = investmentByDistrict(investmentData, {
      districtLabel: label,
      groupLabel: (g) => g.key,
    });
    if (result.kind !== 'ok') throw new Error('expected a series');
    const { data, stacks } = result.series;
    expect(stacks.map((s) => s.key)).toHaveLength(5);
    expect(data.map((d) => d.key)).toEqual(['410102', '410104']);
    expect(data[0]?.values).toEqual({
      'figure|planned|2024': 3105,
      'target|planned|2024': 420,
      'figure|actual|2023': 200,
      'project|planned|all': 5,
    });
    expect(data[1]?.values).toEqual({ 'target|planned|2021-Q1': 60, 'project|planned|all': 10 });
    expect(data[0]?.href).toBe('/districts/410102');
    // A district with no amount in a group has none there (no bar, "no data"), never a 0.
    expect(result.series.missing).toBe('absent');
  });

  it('says "no data" when nothing states investment', () => {
    expect(
      investmentByDistrict(makeDataset(), { districtLabel: label, groupLabel: (g) => g.key }).kind,
    ).toBe('no-data');
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
      targets: 4,
      targetsWithDeadline: 4,
      figures: 3,
      actualFigures: 2,
    });
    expect(numbers.investment.map((g) => g.key)).toContain('project|planned|all');
  });
});
