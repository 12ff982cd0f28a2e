// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readUrlState } from '@/lib/url-state';
import { buildTracker } from '@/tracker/tracker';
import { makeDataset, makeFigure, makeTarget } from '../../../../tests/fixtures/factories';
import { recordLabels } from '../labels';
import {
  listCsv,
  listParamSpecs,
  queryList,
  type ListKit,
  type ListValues,
  type RecordList,
} from '../record-list';
import { figureList } from './figure-list';
import { targetList } from './target-list';

/** Targets of nested periods: a month in a quarter in a half in a year, and another year. */
const dataset = makeDataset({
  targets: [
    makeTarget({ id: 'mar', period: '2021-03', deadline: '2021-03-31' }),
    makeTarget({ id: 'q1', period: '2021-Q1', deadline: '2021-03-31' }),
    makeTarget({ id: 'q3', period: '2021-Q3', deadline: '2021-09-30' }),
    makeTarget({ id: 'y22', period: '2022', deadline: '2022-12-31' }),
  ],
  figures: [
    makeFigure({ id: 'f-h1', period: '2021-H1' }),
    makeFigure({ id: 'f-05', period: '2021-05' }),
    makeFigure({ id: 'f-23', period: '2023' }),
  ],
});
// An as-of date after every deadline: every record is on the list.
const tracker = buildTracker(dataset, [], '2023-12-31');
const kit = (lang: 'zh' | 'en'): ListKit => ({ lang, labels: recordLabels(lang), tracker });

const view = <Row>(list: RecordList<Row>, query: string) => {
  const specs = listParamSpecs(list, tracker);
  const { values, ignored } = readUrlState(new URLSearchParams(query), specs);
  return { values: values as ListValues, ignored };
};

describe('the period filter (period=) finds the records of a period and of the periods in it', () => {
  it.each([
    ['period=2021-Q1', ['mar', 'q1']],
    ['period=2021-03', ['mar']],
    ['period=2021-H1', ['mar', 'q1']],
    ['period=2021', ['mar', 'q1', 'q3']],
    ['period=2021-H2&period=2022', ['q3', 'y22']],
    ['', ['mar', 'q1', 'q3', 'y22']],
  ])('/targets?%s → %j', (query, ids) => {
    const { values, ignored } = view(targetList, query);
    expect(ignored).toEqual([]);
    const shown = queryList(targetList, values, kit('zh')).rows.map((row) => row.target.id);
    expect(shown.sort()).toEqual([...ids].sort());
  });

  it('counts each period of the tree, latest year first, and ignores a period the data lacks', () => {
    const { values, ignored } = view(targetList, 'period=2019-Q2');
    expect(ignored).toEqual([{ param: 'period', value: '2019-Q2' }]);
    const counts = queryList(targetList, values, kit('zh')).counts.period;
    const facet = targetList.facets.find((column) => column.param === 'period')?.facet;
    const tree = facet?.values(tracker) ?? [];
    expect(tree.map((value) => [value, counts?.get(value) ?? 0])).toEqual([
      ['2022', 1],
      ['2021', 3],
      ['2021-H1', 2],
      ['2021-Q1', 2],
      ['2021-03', 1],
      ['2021-H2', 1],
      ['2021-Q3', 1],
    ]);
    expect(tree.map((value) => facet?.depth?.(value))).toEqual([0, 0, 1, 2, 3, 1, 2]);
  });

  it.each([
    ['zh', ['2021年', '2021年上半年', '2021年一季度', '2021年3月']],
    ['en', ['2021', 'H1 2021', 'Q1 2021', 'Mar 2021']],
  ] as const)('labels the periods in %s', (lang, labels) => {
    const facet = targetList.facets.find((column) => column.param === 'period')?.facet;
    const values = ['2021', '2021-H1', '2021-Q1', '2021-03'];
    expect(values.map((value) => facet?.label(value, kit(lang)))).toEqual(labels);
  });

  it('filters the figures by the same tree', () => {
    const { values } = view(figureList, 'period=2021-Q2');
    const shown = queryList(figureList, values, kit('en')).rows.map((row) => row.figure.id);
    expect(shown).toEqual(['f-05']);
  });
});

describe('the CSV writes a period as text a spreadsheet keeps, in either language', () => {
  it.each(['zh', 'en'] as const)('%s', (lang) => {
    const targets = queryList(targetList, view(targetList, 'sort=id').values, kit(lang)).rows;
    const table = listCsv(targetList, targets, kit(lang));
    const column = table.header.indexOf(lang === 'zh' ? '所属时期' : 'Period');
    expect(column).toBeGreaterThan(0);
    expect(new Set(table.rows.map((row) => row[column]))).toEqual(
      new Set(['2021-M03', '2021-Q1', '2021-Q3', '2022']),
    );
    const figures = queryList(figureList, view(figureList, '').values, kit(lang)).rows;
    const figureTable = listCsv(figureList, figures, kit(lang));
    const figureColumn = figureTable.header.indexOf(lang === 'zh' ? '所属时期' : 'Period');
    expect(new Set(figureTable.rows.map((row) => row[figureColumn]))).toEqual(
      new Set(['2021-H1', '2021-M05', '2023']),
    );
  });
});
