import { describe, expect, it } from 'vitest';
import { comparePeriodTree, enclosingPeriods, periodCode, periodDepth, periodTree } from './period';

describe('a period lies in the larger periods around it', () => {
  it.each<[string, string[], number]>([
    ['2021', ['2021'], 0],
    ['2021-H1', ['2021', '2021-H1'], 1],
    ['2021-H2', ['2021', '2021-H2'], 1],
    ['2021-Q1', ['2021', '2021-H1', '2021-Q1'], 2],
    ['2021-Q3', ['2021', '2021-H2', '2021-Q3'], 2],
    ['2021-03', ['2021', '2021-H1', '2021-Q1', '2021-03'], 3],
    ['2021-04', ['2021', '2021-H1', '2021-Q2', '2021-04'], 3],
    ['2021-07', ['2021', '2021-H2', '2021-Q3', '2021-07'], 3],
    ['2024-12', ['2024', '2024-H2', '2024-Q4', '2024-12'], 3],
    ['2021-13', ['2021-13'], 0],
    ['spring', ['spring'], 0],
  ])('%s → %j at depth %d', (period, enclosing, depth) => {
    expect(enclosingPeriods(period)).toEqual(enclosing);
    expect(periodDepth(period)).toBe(depth);
  });
});

describe('the period filter lists a tree: latest year first, each period before its parts', () => {
  it.each<[string[], string[]]>([
    [
      ['2021-03', '2023', '2021-Q1', '2021', '2021-H2', '2021-02', '2024-06'],
      [
        '2024',
        '2024-H1',
        '2024-Q2',
        '2024-06',
        '2023',
        '2021',
        '2021-H1',
        '2021-Q1',
        '2021-02',
        '2021-03',
        '2021-H2',
      ],
    ],
    [
      ['2021-Q4', '2021-Q2'],
      ['2021', '2021-H1', '2021-Q2', '2021-H2', '2021-Q4'],
    ],
    [
      ['2022', 'odd', '2021'],
      ['2022', '2021', 'odd'],
    ],
    [[], []],
  ])('%j → %j', (periods, tree) => {
    expect(periodTree(periods)).toEqual(tree);
  });

  it('orders two periods of a year by the calendar, the larger one first', () => {
    expect(comparePeriodTree('2021-Q2', '2021-03')).toBeGreaterThan(0);
    expect(comparePeriodTree('2021-H1', '2021-01')).toBeLessThan(0);
    expect(comparePeriodTree('2021-06', '2021-06')).toBe(0);
  });
});

describe('a period in a CSV is text a spreadsheet keeps', () => {
  it.each([
    ['2021', '2021'],
    ['2021-H1', '2021-H1'],
    ['2021-Q1', '2021-Q1'],
    ['2021-03', '2021-M03'],
    ['2024-12', '2024-M12'],
    ['not a period', 'not a period'],
  ])('%s → %s', (period, code) => {
    expect(periodCode(period)).toBe(code);
    // Neither a date (YYYY-MM, YYYY/M) nor a number with a part: a spreadsheet keeps it as typed.
    expect(periodCode(period)).not.toMatch(/^\d{4}[-/]\d{1,2}$/);
  });
});
