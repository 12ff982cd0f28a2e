// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { QuantityRole } from '@/data/schema';
import {
  makeBatch,
  makeDataset,
  makeFigure,
  makeProject,
  makeTarget,
  yi,
} from '../../tests/fixtures/factories';
import {
  groupAmounts,
  investmentAmounts,
  sumAmounts,
  type StatedAmount,
  type SumRefusal,
} from './amounts';

const amount = (
  key: string,
  yiValue: number,
  role: QuantityRole,
  period: string | null,
  more: Partial<StatedAmount> = {},
): StatedAmount => ({
  key,
  source: 'figure',
  recordId: key,
  districtId: '410102',
  quantity: yi(yiValue, { role }),
  period,
  wholes: [],
  announced: '2024-02-28',
  ...more,
});

describe('sumAmounts: only like with like, never a part with its whole', () => {
  it.each<[string, StatedAmount[], number]>([
    [
      'two plans of one year',
      [amount('a', 420, 'plan', '2024'), amount('b', 60, 'plan', '2024')],
      480e8,
    ],
    [
      'two lifetime totals',
      [amount('a', 3105, 'total', null), amount('b', 5, 'total', null)],
      3110e8,
    ],
    ['one amount', [amount('a', 1, 'done', '2023')], 1e8],
  ])('adds %s', (_, amounts, sum) => {
    expect(sumAmounts(amounts)).toEqual({ ok: true, data: sum });
  });

  it.each<[string, StatedAmount[], SumRefusal]>([
    ['nothing', [], { kind: 'empty' }],
    [
      'a lifetime total and a year’s plan',
      [amount('total', 3105, 'total', null), amount('plan', 420, 'plan', null)],
      { kind: 'mixed-roles', roles: ['total', 'plan'] },
    ],
    [
      'a plan and what was done',
      [amount('a', 420, 'plan', '2024'), amount('b', 100, 'done', '2024')],
      { kind: 'mixed-roles', roles: ['plan', 'done'] },
    ],
    [
      'two years’ plans',
      [amount('a', 420, 'plan', '2024'), amount('b', 400, 'plan', '2023')],
      { kind: 'mixed-periods', periods: ['2024', '2023'] },
    ],
    [
      'a year’s result and the same year through October',
      [
        amount('a', 700, 'done', '2022'),
        amount('b', 629, 'done', '2022', { through: '2022-10-31' }),
      ],
      { kind: 'mixed-periods', periods: ['2022', '2022 through 2022-10-31'] },
    ],
    [
      'a part (其中) with its whole',
      [
        amount('whole', 100, 'plan', '2024'),
        amount('part', 40, 'plan', '2024', { wholes: ['whole'] }),
      ],
      { kind: 'part-and-whole', part: 'part', whole: 'whole' },
    ],
    [
      'a count and an amount of money',
      [
        amount('a', 1, 'plan', '2024'),
        { ...amount('b', 1, 'plan', '2024'), quantity: { ...yi(1), normalizedUnit: 'count' } },
      ],
      { kind: 'mixed-units', units: ['CNY', 'count'] },
    ],
  ])('refuses %s', (_, amounts, refusal) => {
    expect(sumAmounts(amounts)).toEqual({ ok: false, reason: refusal });
  });
});

describe('groupAmounts', () => {
  const groups = groupAmounts([
    amount('total', 3105, 'total', null),
    amount('plan-2024', 420, 'plan', '2024'),
    amount('plan-2024-part', 100, 'plan', '2024', { wholes: ['plan-2024'] }),
    amount('plan-2024-other', 60, 'plan', '2024', { districtId: '410104' }),
    amount('done-2023', 830, 'done', '2023'),
  ]);

  it('keeps roles and periods apart, latest period first, lifetime totals last', () => {
    expect(groups.map((g) => [g.role, g.period, g.total])).toEqual([
      ['plan', '2024', 480e8],
      ['done', '2023', 830e8],
      ['total', null, 3105e8],
    ]);
  });

  it('lists a part beside its whole without adding it', () => {
    expect(groups[0]?.amounts.map((a) => a.key)).toEqual(['plan-2024', 'plan-2024-other']);
    expect(groups[0]?.parts.map((a) => a.key)).toEqual(['plan-2024-part']);
  });
});

describe('investmentAmounts', () => {
  const dataset = makeDataset({
    projects: [
      makeProject({ id: 'member', investment: yi(10, { role: 'total' }) }),
      makeProject({ id: 'alone', investment: yi(5, { role: 'total' }) }),
    ],
    batches: [
      makeBatch({
        id: 'b',
        period: '2024',
        total: yi(300, { role: 'total' }),
        plan: yi(42, { role: 'plan' }),
        projectIds: ['member'],
      }),
      makeBatch({ id: 'sub', period: '2024', parentId: 'b', total: yi(100, { role: 'total' }) }),
    ],
    targets: [
      makeTarget({
        id: 'invest',
        metric: 'investment',
        period: '2024',
        quantity: yi(42),
        batchId: 'b',
      }),
      makeTarget({ id: 'other', metric: 'investment', period: '2024', quantity: yi(8) }),
      makeTarget({ id: 'roads', metric: 'roads', quantity: yi(1) }),
    ],
    figures: [
      makeFigure({
        id: 'gdp',
        indicatorEn: 'GDP',
        quantity: yi(830, { role: 'done' }),
      }),
    ],
  });
  const amounts = investmentAmounts(dataset, () => '2024-02-28');

  it('takes investment only, each with its role and the wholes it is part of', () => {
    expect(amounts.map((a) => [a.key, a.quantity.role, a.period, a.wholes])).toEqual([
      ['project:member', 'total', null, ['batch:b:total']],
      ['project:alone', 'total', null, []],
      ['batch:b:total', 'total', null, []],
      ['batch:b:plan', 'plan', '2024', []],
      ['batch:sub:total', 'total', null, ['batch:b:total']],
      ['target:invest', 'plan', '2024', ['batch:b:plan']],
      ['target:other', 'plan', '2024', []],
    ]);
  });

  it('adds a batch’s total once, not with its members’ or its subsets’', () => {
    const groups = groupAmounts(amounts);
    expect(groups.map((g) => [g.role, g.period, g.total / 1e8, g.parts.length])).toEqual([
      ['plan', '2024', 50, 1],
      ['total', null, 305, 2],
    ]);
  });
});
