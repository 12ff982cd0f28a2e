import { describe, expect, it } from 'vitest';
import {
  compareNullable,
  compareNumbers,
  facetCounts,
  filterAndCount,
  filterRows,
  searchRows,
  searchTerms,
  sortRows,
  type RecordFilters,
} from './row-filter';
import { none, read, rows, type Row } from './record-filter.fixtures';

const ids = (list: Row[]) => list.map((r) => r.id).join('');

describe('filterRows', () => {
  it.each<[string, Partial<RecordFilters>, string]>([
    ['no filter keeps every row in order', {}, 'abcd'],
    ['one district', { district: ['d1'] }, 'ab'],
    ['several districts', { district: ['d1', 'd3'] }, 'abd'],
    ['a multi-valued facet matches any value', { category: ['road'] }, 'ab'],
    ['facets combine with AND', { district: ['d1'], category: ['park'] }, 'b'],
    ['status', { status: ['done'] }, 'bd'],
    ['source', { source: 's2' }, 'bc'],
    ['deadline from (inclusive), undated rows out', { from: '2021-06-30' }, 'cd'],
    ['deadline to (inclusive)', { to: '2021-03-31' }, 'a'],
    ['deadline window', { from: '2021-04-01', to: '2021-11-30' }, 'c'],
    ['search in Chinese', { q: '陇海' }, 'a'],
    ['search is case-insensitive English', { q: 'PARK' }, 'bc'],
    ['all search terms must match', { q: 'park zhengdong' }, 'c'],
    ['full-width space separates terms', { q: 'park\u3000郑东' }, 'c'],
    ['nothing matches', { q: 'airport' }, ''],
  ])('%s', (_, filters, expected) => {
    expect(ids(filterRows(rows, { ...none, ...filters }, read))).toBe(expected);
  });

  it('never returns the input array itself', () => {
    expect(filterRows(rows, none, read)).not.toBe(rows);
  });
});

describe('facetCounts', () => {
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
      'multi-valued facet counts a row once per value',
      {},
      'category',
      { road: 2, park: 2, school: 1 },
    ],
    ['status counts within a search', { q: 'park' }, 'status', { planned: 1, done: 1 }],
  ])('%s', (_, filters, facet, expected) => {
    const counts = facetCounts(
      rows,
      { ...none, ...filters },
      read,
      facet,
      ['d1', 'd2', 'd3'].filter(() => facet === 'district'),
    );
    expect(Object.fromEntries(counts)).toEqual(expected);
  });
});

describe('sortRows', () => {
  const comparators = {
    amount: (a: Row, b: Row, desc: boolean) =>
      compareNullable(a.amount, b.amount, compareNumbers, desc),
    district: (a: Row, b: Row, desc: boolean) =>
      (desc ? -1 : 1) * a.district.localeCompare(b.district),
  };
  it.each<[string, { key: string; desc: boolean } | null, string]>([
    ['no sort keeps the dataset order', null, 'abcd'],
    ['unknown key keeps the dataset order', { key: 'height', desc: false }, 'abcd'],
    ['ascending, missing amounts last', { key: 'amount', desc: false }, 'cadb'],
    ['descending, missing amounts still last', { key: 'amount', desc: true }, 'dacb'],
    ['ties keep the dataset order', { key: 'district', desc: false }, 'abcd'],
    ['ties keep the dataset order descending too', { key: 'district', desc: true }, 'dcab'],
  ])('%s', (_, sort, expected) => {
    expect(ids(sortRows(rows, sort, comparators))).toBe(expected);
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['  ', []],
    ['Longhai  Road', ['longhai', 'road']],
    ['陇海路\u3000改造', ['陇海路', '改造']],
  ])('%j → %j', (q, expected) => expect(searchTerms(q)).toEqual(expected));
});

describe('filterAndCount agrees with filterRows and facetCounts', () => {
  it.each<[string, Partial<RecordFilters>]>([
    ['no filter', {}],
    ['one district', { district: ['d1'] }],
    ['district and status', { district: ['d1', 'd2'], status: ['planned'] }],
    ['category, source and window', { category: ['park'], source: 's2', from: '2021-01-01' }],
    ['search and facets', { q: 'park', district: ['d2'], category: ['road'] }],
  ])('%s', (_, partial) => {
    const filters = { ...none, ...partial };
    const { rows: shown, counts } = filterAndCount(rows, filters, read);
    expect(ids(shown)).toBe(ids(filterRows(rows, filters, read)));
    for (const facet of ['district', 'category', 'status'] as const)
      expect(Object.fromEntries(counts[facet])).toEqual(
        Object.fromEntries([...facetCounts(rows, filters, read, facet)].filter(([, n]) => n > 0)),
      );
  });
});

describe('searchRows while typing', () => {
  it.each<[string[], string]>([
    [['p', 'pa', 'par', 'park'], 'bc'],
    [['park', 'par'], 'bc'],
    [['park', 'park z'], 'c'],
    [['zz', 'z'], 'c'],
    [['陇', '陇海', ''], 'abcd'],
  ])('typing %j ends with %s', (sequence, expected) => {
    const input = [...rows];
    let result: Row[] = input;
    for (const q of sequence) result = searchRows(input, q, read);
    expect(ids(result)).toBe(expected);
  });
});
