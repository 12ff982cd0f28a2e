// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readUrlState } from '@/lib/url-state';
import type { TargetRow } from '@/tracker/tracker';
import { buildTracker } from '@/tracker/tracker';
import { makeDataset, makeTarget, THREE_DISTRICTS } from '../../../tests/fixtures/factories';
import { recordLabels } from './labels';
import { districtColumn, nameColumn } from './list-columns';
import { figureList } from './lists/figure-list';
import { projectList } from './lists/project-list';
import { targetList } from './lists/target-list';
import {
  byNumber,
  listCsv,
  listJsonOf,
  listParamSpecs,
  queryList,
  recordList,
  sortKeysOf,
  type ListKit,
  type ListRow,
  type RecordList,
} from './record-list';

const dataset = makeDataset({
  districts: THREE_DISTRICTS,
  targets: [
    makeTarget({ id: 'a', districtId: '410104', metric: 'investment' }),
    makeTarget({ id: 'b', districtId: '410102', metric: 'completion' }),
    makeTarget({ id: 'c', districtId: '410104', metric: 'completion' }),
  ],
});
const tracker = buildTracker(dataset, [], '2021-04-15');
const kit = (lang: 'zh' | 'en'): ListKit => ({ lang, labels: recordLabels(lang), tracker });

/** How far along a target is, made up for the test: what a later column would read. */
const PROGRESS: Record<string, number> = { a: 40, b: 90, c: 10 };

/**
 * A list with one more column, defined in one entry: the table, the sort, the filter, the URL
 * and both exports take it from there.
 */
const withProgress = recordList<TargetRow>({
  name: 'targets',
  rows: (t) => t.targets,
  record: (row) => row.target,
  defaultSort: null,
  columns: [
    nameColumn('statement', '/targets', ({ target: g }) => [g.id, g.statementZh, g.statementEn]),
    districtColumn((row) => row.target.districtId),
    {
      id: 'share',
      header: { zh: '进度', en: 'Progress' },
      numeric: true,
      cell: (row) => `${PROGRESS[row.target.id]} %`,
      sort: byNumber((row) => PROGRESS[row.target.id] ?? null),
      facet: {
        param: 'half',
        value: (row) => ((PROGRESS[row.target.id] ?? 0) >= 50 ? 'over' : 'under'),
        values: () => ['under', 'over'],
        label: (value, { lang }) =>
          value === 'over' ? (lang === 'zh' ? '过半' : 'over half') : '-',
      },
      csv: [{ value: (row) => PROGRESS[row.target.id] ?? '' }],
      json: (row) => ({ progressPercent: PROGRESS[row.target.id] }),
    },
  ],
});

const shown = (search: string, list: RecordList<TargetRow> = withProgress) => {
  const { values, ignored } = readUrlState(
    new URLSearchParams(search),
    listParamSpecs(list, tracker),
  );
  return { ids: queryList(list, values, kit('zh')).rows.map((r) => r.target.id), ignored };
};

describe('one definition per column', () => {
  it.each<[string, string[]]>([
    ['sort=-share', ['b', 'a', 'c']],
    ['sort=share', ['c', 'a', 'b']],
    ['half=over', ['b']],
    ['half=under&district=410104', ['a', 'c']],
  ])('a new column sorts and filters: %s → %j', (search, expected) => {
    expect(shown(search)).toEqual({ ids: expected, ignored: [] });
  });

  it('a list without the column says it cannot sort by it', () => {
    expect(shown('sort=-share', targetList).ignored.map((i) => i.param)).toEqual(['sort']);
  });

  it('a new column is exported between the shared columns, under its own header', () => {
    const rows = tracker.targets;
    expect(listCsv(withProgress, rows, kit('en'))).toEqual({
      header: ['ID', 'Target', 'District', 'Progress', 'Source', 'Quoted sentence'],
      rows: rows.map((row) => [
        row.target.id,
        row.target.statementEn,
        row.district?.nameEn,
        PROGRESS[row.target.id],
        'src-1',
        '原文句子',
      ]),
    });
    const json = listJsonOf(withProgress, dataset.sources, rows.slice(0, 1), {
      url: 'u',
      exportedAt: 't',
      filters: {},
      total: 3,
    });
    expect(json.rows[0]).toMatchObject({ id: 'a', districtNameEn: 'Guancheng Hui District' });
    expect(Object.keys(json.rows[0] ?? {}).slice(-3)).toEqual([
      'districtNameZh',
      'districtNameEn',
      'progressPercent',
    ]);
  });
});

describe.each([
  ['projects', projectList as unknown as RecordList<ListRow>],
  ['targets', targetList as unknown as RecordList<ListRow>],
  ['figures', figureList as unknown as RecordList<ListRow>],
])('the %s list', (_name, list) => {
  const ids = list.columns.map((column) => column.id);

  it('names each column once, and every header and filter value in both languages', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of list.columns) {
      expect(column.header.zh, column.id).not.toBe('');
      expect(column.header.en, column.id).not.toBe('');
      expect(column.header.zh, column.id).not.toBe(column.header.en);
    }
    for (const { param, facet } of list.facets) {
      for (const value of facet.values(tracker)) {
        expect(facet.label(value, kit('zh')), `${param}=${value}`).not.toBe(
          facet.label(value, kit('en')),
        );
      }
    }
  });

  it('starts with the id, names each row by one column, ends with the pages and quotes', () => {
    expect(ids[0]).toBe('id');
    expect(ids.slice(-2)).toEqual(['source', 'quote']);
    expect(list.columns.filter((column) => column.rowHeader).map((c) => c.id)).toEqual([
      list.rowHeader,
    ]);
    expect(list.facets[0]?.param).toBe('district');
  });

  it('sorts by exactly the columns that say how, and the URL allows those', () => {
    const sortable = list.columns.filter((column) => column.sort).map((column) => column.id);
    expect(Object.keys(sortKeysOf(list, kit('zh')))).toEqual(sortable);
    const specs = listParamSpecs(list, tracker);
    const allowed = ids.filter(
      (id) => readUrlState(new URLSearchParams(`sort=-${id}`), specs).ignored.length === 0,
    );
    expect(allowed).toEqual(sortable);
  });
});
