// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  compareNumbers,
  compareStrings,
  filterAndCount,
  searchTerms,
  sortRows,
  type RecordFilters,
  type RowReader,
  type SortKeys,
} from './record-query';

type Row = {
  id: string;
  district: string;
  tags: string[];
  status: string;
  deadline: string | null;
  sources: string[];
  text: string;
  amount: number | null;
};

const rows: Row[] = [
  {
    id: 'a',
    district: 'd1',
    tags: ['road'],
    status: 'planned',
    deadline: '2021-03-31',
    sources: ['s1'],
    text: '陇海路 longhai road',
    amount: 60,
  },
  {
    id: 'b',
    district: 'd1',
    tags: ['park', 'road'],
    status: 'done',
    deadline: null,
    sources: ['s2'],
    text: '公园 park',
    amount: null,
  },
  {
    id: 'c',
    district: 'd2',
    tags: ['park'],
    status: 'planned',
    deadline: '2021-06-30',
    sources: ['s1', 's2'],
    text: '郑东 zhengdong park',
    amount: 5,
  },
  {
    id: 'd',
    district: 'd3',
    tags: ['school'],
    status: 'done',
    deadline: '2021-12-31',
    sources: ['s3'],
    text: '学校 school',
    amount: 120,
  },
];

const read: RowReader<Row> = {
  facets: {
    district: (r) => r.district,
    category: (r) => r.tags,
    status: (r) => r.status,
  },
  date: (r) => r.deadline,
  sourceIds: (r) => r.sources,
  searchText: (r) => r.text,
};

type Partial = {
  district?: string[];
  category?: string[];
  status?: string[];
  q?: string;
  from?: string;
  to?: string;
  source?: string;
};
const filtersOf = (p: Partial): RecordFilters => ({
  facets: { district: p.district ?? [], category: p.category ?? [], status: p.status ?? [] },
  q: p.q ?? '',
  from: p.from ?? null,
  to: p.to ?? null,
  source: p.source ?? null,
});
const ids = (list: readonly Row[]) => list.map((r) => r.id).join('');

describe('filterAndCount: the rows shown', () => {
  it.each<[string, Partial, string]>([
    ['no filter keeps every row in order', {}, 'abcd'],
    ['one district', { district: ['d1'] }, 'ab'],
    ['several districts', { district: ['d1', 'd3'] }, 'abd'],
    ['a multi-valued facet matches any value', { category: ['road'] }, 'ab'],
    ['facets combine with AND', { district: ['d1'], category: ['park'] }, 'b'],
    ['status', { status: ['done'] }, 'bd'],
    ['source', { source: 's2' }, 'bc'],
    ['date from (inclusive), undated rows out', { from: '2021-06-30' }, 'cd'],
    ['date to (inclusive)', { to: '2021-03-31' }, 'a'],
    ['date window', { from: '2021-04-01', to: '2021-11-30' }, 'c'],
    ['search in Chinese', { q: '陇海' }, 'a'],
    ['search is case-insensitive English', { q: 'PARK' }, 'bc'],
    ['all search terms must match', { q: 'park zhengdong' }, 'c'],
    ['full-width space separates terms', { q: 'park\u3000郑东' }, 'c'],
    ['nothing matches', { q: 'airport' }, ''],
  ])('%s', (_, filters, expected) => {
    expect(ids(filterAndCount(rows, filtersOf(filters), read).rows)).toBe(expected);
  });

  it('a list without a date ignores the window', () => {
    const { date: _date, ...undated } = read;
    expect(ids(filterAndCount(rows, filtersOf({ from: '2021-06-30' }), undated).rows)).toBe('abcd');
  });
});

describe('filterAndCount: the counts beside each option', () => {
  it.each<[string, Partial, 'district' | 'category' | 'status', Record<string, number>]>([
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
      { d1: 1, d2: 1 },
    ],
    [
      'a multi-valued facet counts a row once per value',
      {},
      'category',
      { road: 2, park: 2, school: 1 },
    ],
    ['status counts within a search', { q: 'park' }, 'status', { planned: 1, done: 1 }],
    [
      'a row failing two facets counts for neither',
      { district: ['d3'], status: ['planned'] },
      'category',
      {},
    ],
  ])('%s', (_, filters, facet, expected) => {
    const { counts } = filterAndCount(rows, filtersOf(filters), read);
    expect(Object.fromEntries(counts[facet] ?? [])).toEqual(expected);
  });
});

describe('sortRows', () => {
  const keys: SortKeys<Row> = {
    amount: { value: (r) => r.amount, compare: compareNumbers },
    district: { value: (r) => r.district, compare: compareStrings },
  };
  it.each<[string, { key: string; desc: boolean } | null, string]>([
    ['no sort keeps the list order', null, 'abcd'],
    ['an unknown key keeps the list order', { key: 'height', desc: false }, 'abcd'],
    ['ascending, missing amounts last', { key: 'amount', desc: false }, 'cadb'],
    ['descending, missing amounts still last', { key: 'amount', desc: true }, 'dacb'],
    ['ties keep the list order', { key: 'district', desc: false }, 'abcd'],
    ['ties keep the list order descending too', { key: 'district', desc: true }, 'dcab'],
  ])('%s', (_, sort, expected) => {
    expect(ids(sortRows(rows, sort, keys))).toBe(expected);
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['  ', []],
    ['Longhai  Road', ['longhai', 'road']],
    ['陇海路\u3000改造', ['陇海路', '改造']],
    ['China-Europe Railway', ['china-europe', 'railway']],
    ['China–Europe Railway', ['china-europe', 'railway']],
    ['ＧＤＰ', ['gdp']],
    ['管城区', ['管城']],
    ['管城回族区', ['管城']],
  ])('%j → %j', (q, expected) => expect(searchTerms(q)).toEqual(expected));
});
