import { describe, expect, it } from 'vitest';
import {
  codeColumn,
  dateNumber,
  orderByRank,
  queryRecords,
  rankRows,
  recordIndex,
  REMEMBERED_SEARCHES,
  searchIndex,
  sortOrder,
  type SortKeys,
} from './record-index';
import { compareNumbers, type RecordFilters } from './row-filter';
import { none, read, rows as base, type Row } from './record-filter.fixtures';

/** The shared rows, with a tag repeated on one row: a row counts once per tag value. */
const rows: Row[] = base.map((row) =>
  row.id === 'b' ? { ...row, tags: ['park', 'road', 'park'] } : row,
);

const ids = (indexes: ArrayLike<number>, list: readonly Row[] = rows) =>
  Array.from(indexes, (i) => list[i]?.id).join('');

describe('codeColumn', () => {
  it('gives each distinct value a code, in the order first seen', () => {
    const column = codeColumn(rows, (r) => r.district);
    expect(column.values).toEqual(['d1', 'd2', 'd3']);
    expect([...column.items]).toEqual([0, 0, 1, 2]);
    expect(column.single).toBe(true);
  });

  it('keeps a row’s values once each, and knows the column is multi-valued', () => {
    const column = codeColumn(rows, (r) => r.tags);
    expect(column.values).toEqual(['road', 'park', 'school']);
    expect(column.single).toBe(false);
    const of = (row: number) =>
      [...column.items.slice(column.offsets[row], column.offsets[row + 1])].map(
        (code) => column.values[code],
      );
    expect([0, 1, 2, 3].map(of)).toEqual([['road'], ['park', 'road'], ['park'], ['school']]);
  });

  it('grows past one value per row', () => {
    const wide = Array.from({ length: 3 }, (_, i) =>
      Array.from({ length: 20 }, (_, k) => `${i}-${k}`),
    );
    const column = codeColumn(wide, (values) => values);
    expect(column.items).toHaveLength(60);
    expect(column.offsets[3]).toBe(60);
  });
});

describe('dateNumber', () => {
  it.each<[string | null, number]>([
    ['2021-03-31', 20_210_331],
    ['1999-12-01', 19_991_201],
    [null, 0],
    ['', 0],
  ])('%s → %i', (date, expected) => expect(dateNumber(date)).toBe(expected));
});

describe('queryRecords', () => {
  const index = recordIndex(rows, read);

  it.each<[string, Partial<RecordFilters>, string]>([
    ['no filter keeps every row in order', {}, 'abcd'],
    ['one district', { district: ['d1'] }, 'ab'],
    ['several districts', { district: ['d1', 'd3'] }, 'abd'],
    ['a value no row has', { district: ['d9'] }, ''],
    ['a multi-valued facet matches any value', { category: ['road'] }, 'ab'],
    ['facets combine with AND', { district: ['d1'], category: ['park'] }, 'b'],
    ['status', { status: ['done'] }, 'bd'],
    ['source', { source: 's2' }, 'bc'],
    ['a source no row cites', { source: 's9' }, ''],
    ['deadline from (inclusive), undated rows out', { from: '2021-06-30' }, 'cd'],
    ['deadline to (inclusive)', { to: '2021-03-31' }, 'a'],
    ['deadline window', { from: '2021-04-01', to: '2021-11-30' }, 'c'],
    ['search in Chinese', { q: '陇海' }, 'a'],
    ['search is case-insensitive English', { q: 'PARK' }, 'bc'],
    ['all search terms must match', { q: 'park zhengdong' }, 'c'],
    ['full-width space separates terms', { q: 'park\u3000郑东' }, 'c'],
    ['nothing matches', { q: 'airport' }, ''],
  ])('%s', (_, filters, expected) => {
    expect(ids(queryRecords(index, { ...none, ...filters }).shown)).toBe(expected);
  });

  it('walks the rows in the order given', () => {
    const order = Int32Array.from([3, 1, 0, 2]);
    expect(ids(queryRecords(index, { ...none, status: ['done'] }, order).shown)).toBe('db');
  });

  it.each<
    [string, Partial<RecordFilters>, 'district' | 'category' | 'status', Record<string, number>]
  >([
    [
      'district counts ignore the district filter itself',
      { district: ['d1'] },
      'district',
      { d1: 2, d2: 1, d3: 1 },
    ],
    [
      'district counts follow the other filters',
      { status: ['planned'] },
      'district',
      { d1: 1, d2: 1, d3: 0 },
    ],
    [
      'a multi-valued facet counts a row once per value',
      {},
      'category',
      { road: 2, park: 2, school: 1 },
    ],
    ['status counts within a search', { q: 'park' }, 'status', { planned: 1, done: 1 }],
    [
      'a row failing two facets counts in neither',
      { district: ['d3'], status: ['planned'] },
      'status',
      { planned: 0, done: 1 },
    ],
  ])('%s', (_, filters, facet, expected) => {
    const { counts } = queryRecords(index, { ...none, ...filters });
    expect(Object.fromEntries(counts[facet])).toEqual(expected);
  });
});

describe('searchIndex while typing', () => {
  const fresh = () => recordIndex(rows.slice(), read);

  it.each<[string[], string]>([
    [['p', 'pa', 'par', 'park'], 'bc'],
    [['park', 'par'], 'bc'],
    [['park', 'park z'], 'c'],
    [['zz', 'z'], 'c'],
    [['park z', 'z'], 'c'],
    [['school', 'park'], 'bc'],
  ])('typing %j ends with %s', (sequence, expected) => {
    const index = fresh();
    let result = null;
    for (const q of sequence) result = searchIndex(index, q);
    expect(ids(result?.matches ?? [], index.rows)).toBe(expected);
  });

  it('finds an earlier search again instead of searching twice', () => {
    const index = fresh();
    const first = searchIndex(index, 'park');
    searchIndex(index, 'park z');
    expect(searchIndex(index, ' PARK ')).toBe(first);
  });

  it('says "no search" for blank queries', () => {
    expect(searchIndex(fresh(), ' \u3000 ')).toBeNull();
  });

  it(`remembers the last ${REMEMBERED_SEARCHES} searches`, () => {
    const index = fresh();
    for (let i = 0; i < REMEMBERED_SEARCHES + 5; i++) searchIndex(index, `q${i}`);
    expect(index.searches).toHaveLength(REMEMBERED_SEARCHES);
    expect(index.searches.at(-1)?.terms).toEqual([`q${REMEMBERED_SEARCHES + 4}`]);
  });
});

describe('rankRows and orderByRank', () => {
  it('ranks distinct values, equal ones alike, missing ones -1', () => {
    const caseless = new Intl.Collator('en', { sensitivity: 'base' });
    const ranked = rankRows(['b', 'A', null, 'a', 'c'], {
      value: (v: string | null) => v,
      compare: caseless.compare,
    });
    expect([...ranked.rank]).toEqual([1, 0, -1, 0, 2]);
    expect(ranked.levels).toBe(3);
  });

  it.each<[string, number[], boolean, number[]]>([
    ['ascending', [2, 0, 1], false, [1, 2, 0]],
    ['descending', [2, 0, 1], true, [0, 2, 1]],
    ['ties keep the array order ascending', [1, 0, 1, 0], false, [1, 3, 0, 2]],
    ['ties keep the array order descending too', [1, 0, 1, 0], true, [0, 2, 1, 3]],
    ['missing values last ascending', [-1, 1, 0], false, [2, 1, 0]],
    ['missing values last descending too', [-1, 1, 0], true, [1, 2, 0]],
  ])('%s', (_, rank, desc, expected) => {
    const levels = Math.max(0, ...rank) + 1;
    expect([...orderByRank(Int32Array.from(rank), levels, desc)]).toEqual(expected);
  });
});

describe('sortOrder', () => {
  const keys: SortKeys<Row> = {
    amount: { value: (r) => r.amount, compare: compareNumbers },
    district: {
      value: (r) => r.district,
      compare: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
    },
  };

  it.each<[string, { key: string; desc: boolean } | null, string | null]>([
    ['no sort keeps the rows’ own order', null, null],
    ['an unknown key keeps the rows’ own order', { key: 'height', desc: false }, null],
    ['ascending, missing amounts last', { key: 'amount', desc: false }, 'cadb'],
    ['descending, missing amounts still last', { key: 'amount', desc: true }, 'dacb'],
    ['ties keep the dataset order', { key: 'district', desc: false }, 'abcd'],
    ['ties keep the dataset order descending too', { key: 'district', desc: true }, 'dcab'],
  ])('%s', (_, sort, expected) => {
    const order = sortOrder(rows, sort, keys, 'zh');
    expect(order === null ? null : ids(order)).toBe(expected);
  });

  it('is worked out once per rows, tag, key and direction', () => {
    const list = rows.slice();
    const sort = { key: 'amount', desc: false };
    expect(sortOrder(list, sort, keys, 'zh')).toBe(sortOrder(list, sort, keys, 'zh'));
    expect(sortOrder(list, sort, keys, 'en')).not.toBe(sortOrder(list, sort, keys, 'zh'));
    expect(sortOrder(rows.slice(), sort, keys, 'zh')).not.toBe(sortOrder(list, sort, keys, 'zh'));
  });
});
