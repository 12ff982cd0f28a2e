import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, normalizeDeadline } from './deadline';

describe('normalizeDeadline', () => {
  // Every wording the five pages use, plus the neighbours the rules promise to handle.
  it.each([
    // 003 (管城, 2021)
    ['一季度', 2021, '2021-03-31', '2021-Q1'],
    ['3月底前', 2021, '2021-03-31', '2021-03'],
    ['3月中旬前', 2021, '2021-03-20', '2021-03'],
    ['2月底前', 2021, '2021-02-28', '2021-02'],
    ['4月底前', 2021, '2021-04-30', '2021-04'],
    ['上半年', 2021, '2021-06-30', '2021-H1'],
    ['下半年', 2021, '2021-12-31', '2021-H2'],
    ['年底前', 2021, '2021-12-31', '2021'],
    // 001 (2024 pages)
    ['6月底前', 2024, '2024-06-30', '2024-06'],
    ['全年', 2024, '2024-12-31', '2024'],
    ['今年', 2024, '2024-12-31', '2024'],
    ['2024年', 2024, '2024-12-31', '2024'],
    // 000 (经开区, 2023): next year's events
    ['明年底', 2023, '2024-12-31', '2024'],
    ['2024年', 2023, '2024-12-31', '2024'],
    // 002 (管城, 2023) and 004 (中原区, 2023)
    ['一季度', 2023, '2023-03-31', '2023-Q1'],
    ['全年', 2023, '2023-12-31', '2023'],
    ['下半年', 2023, '2023-12-31', '2023-H2'],
    ['七下八上', 2023, '2023-08-10', '2023-Q3'],
    // a year and a month printed together (the curation workbench reads older pages)
    ['2018年6月', 2021, '2018-06-30', '2018-06'],
    ['2018年6月底前', 2018, '2018-06-30', '2018-06'],
    // leap years: the end of February moves
    ['2月底前', 2024, '2024-02-29', '2024-02'],
    ['2月底前', 2000, '2000-02-29', '2000-02'],
    ['2月底前', 2100, '2100-02-28', '2100-02'],
    // neighbours of the printed forms
    ['第一季度', 2021, '2021-03-31', '2021-Q1'],
    ['二季度', 2021, '2021-06-30', '2021-Q2'],
    ['四季度末', 2021, '2021-12-31', '2021-Q4'],
    ['三月底前', 2021, '2021-03-31', '2021-03'],
    ['十二月底', 2021, '2021-12-31', '2021-12'],
    ['9月上旬', 2021, '2021-09-10', '2021-09'],
    ['9月下旬', 2021, '2021-09-30', '2021-09'],
    ['6月底之前', 2024, '2024-06-30', '2024-06'],
    ['在年底前', 2021, '2021-12-31', '2021'],
    ['年内', 2021, '2021-12-31', '2021'],
    ['2022年底', 2021, '2022-12-31', '2022'],
    ['2024年6月底前', 2023, '2024-06-30', '2024-06'],
    [' 3月底\n前 ', 2021, '2021-03-31', '2021-03'],
  ] as const)('%s on a %d page → %s (%s)', (wording, year, deadline, period) => {
    expect(normalizeDeadline(wording, year)).toEqual({ ok: true, data: { deadline, period } });
  });

  // "As soon as possible" names no day: no deadline, the page's year as the period.
  it.each([
    ['尽快', 2021, '2021'],
    ['早日', 2023, '2023'],
  ] as const)('%s on a %d page → no deadline (%s)', (wording, year, period) => {
    expect(normalizeDeadline(wording, year)).toEqual({
      ok: true,
      data: { deadline: null, period },
    });
  });

  it.each([
    ['', 2021, 'empty'],
    ['不久的将来', 2021, 'unknown deadline wording'],
    ['13月底前', 2021, 'no month'],
    ['0月底前', 2021, 'no month'],
    ['五季度', 2021, 'unknown deadline wording'],
    ['3月底前', 21, 'not a plausible year'],
    ['3月底前', 2021.5, 'not a plausible year'],
  ] as const)('rejects %j on a %d page with a reason (%s)', (wording, year, reason) => {
    const result = normalizeDeadline(wording, year);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('lastDayOfMonth', () => {
  it.each([
    [2021, 2, 28],
    [2024, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
    [1900, 2, 28],
  ])('%d-%d has %d days', (year, month, days) => {
    expect(lastDayOfMonth(year, month)).toBe(days);
  });
});
