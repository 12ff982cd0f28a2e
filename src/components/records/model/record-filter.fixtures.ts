import type { RecordFilters, RowAccessors } from './row-filter';

/**
 * Four rows and their accessors, shared by the tests of the plain filter (row-filter.test.ts)
 * and of the record index that must agree with it (record-index.test.ts).
 */
export type Row = {
  id: string;
  district: string;
  tags: string[];
  status: string;
  deadline: string | null;
  sources: string[];
  text: string;
  amount: number | null;
};

export const rows: Row[] = [
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

export const read: RowAccessors<Row> = {
  district: (r) => r.district,
  category: (r) => r.tags,
  status: (r) => r.status,
  deadline: (r) => r.deadline,
  sourceIds: (r) => r.sources,
  searchText: (r) => r.text,
};

export const none: RecordFilters = {
  district: [],
  category: [],
  status: [],
  q: '',
  from: null,
  to: null,
  source: null,
};
