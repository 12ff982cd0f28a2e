// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  countDeadlineMonths,
  deadlineTimeline,
} from '@/components/records/model/deadline-timeline';
import { makeTarget, targetRowsOf } from '../../../tests/fixtures/factories';
import { barSeriesTable, chartCsvRows, type BarSeries } from './series';

describe('a chart’s CSV writes a period as text a spreadsheet keeps', () => {
  it.each<[string | undefined, string, string]>([
    ['2021-03', 'Mar 2021', '2021-M03'],
    ['2021-Q1', 'Q1 2021', '2021-Q1'],
    ['2021-H2', '2021年下半年', '2021-H2'],
    ['2023', '2023年', '2023'],
    [undefined, '管城回族区', '管城回族区'],
  ])('a bar of %s labelled %s → %s', (period, label, cell) => {
    const series: BarSeries = {
      stacks: [{ key: 'n', label: 'n', color: '--chart-1' }],
      data: [{ key: 'k', label, values: { n: 3 }, ...(period ? { period } : {}) }],
    };
    expect(chartCsvRows(barSeriesTable(series, 'x').rows)).toEqual([[cell, 3]]);
  });

  it('the deadline timeline’s months, labelled in words, are written as month codes', () => {
    const rows = targetRowsOf([
      makeTarget({ id: 'a', deadline: '2021-03-31' }),
      makeTarget({ id: 'b', deadline: '2021-05-31' }),
    ]);
    const timeline = deadlineTimeline(countDeadlineMonths(rows), {
      asOf: '2021-04-15',
      pageMonths: [],
      stateLabel: (state) => state,
      monthLabel: (month) => `month ${month}`,
    });
    if (timeline.kind !== 'ok') throw new Error('expected a timeline');
    const table = barSeriesTable(timeline.series.series, 'Month');
    expect(table.rows.map((row) => row.label)).toEqual([
      'month 2021-03',
      'month 2021-04',
      'month 2021-05',
    ]);
    expect(chartCsvRows(table.rows).map((row) => row[0])).toEqual([
      '2021-M03',
      '2021-M04',
      '2021-M05',
    ]);
  });
});
