import { describe, expect, it } from 'vitest';
import {
  countActive,
  isIsoDate,
  MAX_LIST_VALUES,
  readUrlState,
  writeUrlState,
  type ParamSpecs,
} from './url-state';

const specs = {
  district: { kind: 'list', allowed: new Set(['410102', '410104', 'jingkai']) },
  category: { kind: 'one', allowed: new Set(['road', 'industry']) },
  q: { kind: 'text', maxLength: 10 },
  from: { kind: 'date' },
  sort: { kind: 'sort', allowed: (key: string) => ['name', 'deadline'].includes(key) },
} satisfies ParamSpecs;

const read = (query: string) => readUrlState(new URLSearchParams(query), specs);

describe('readUrlState', () => {
  it.each<[string, Record<string, unknown>, { param: string; value: string }[]]>([
    ['', { district: [], category: null, q: '', from: null, sort: null }, []],
    ['district=410102', { district: ['410102'] }, []],
    ['district=410102&district=jingkai', { district: ['410102', 'jingkai'] }, []],
    ['district=410102,jingkai', { district: ['410102', 'jingkai'] }, []],
    ['district=410102,,410102', { district: ['410102'] }, []],
    ['district=999999,410104', { district: ['410104'] }, [{ param: 'district', value: '999999' }]],
    ['category=road', { category: 'road' }, []],
    ['category=boats', { category: null }, [{ param: 'category', value: 'boats' }]],
    ['q=%E9%99%87%E6%B5%B7%E8%B7%AF', { q: '陇海路' }, []],
    ['q=abcdefghijklmnop', { q: 'abcdefghij' }, []],
    ['from=2021-03-31', { from: '2021-03-31' }, []],
    ['from=2021-02-30', { from: null }, [{ param: 'from', value: '2021-02-30' }]],
    ['from=yesterday', { from: null }, [{ param: 'from', value: 'yesterday' }]],
    ['sort=deadline', { sort: { key: 'deadline', desc: false } }, []],
    ['sort=-name', { sort: { key: 'name', desc: true } }, []],
    ['sort=-height', { sort: null }, [{ param: 'sort', value: '-height' }]],
    ['sort=-', { sort: null }, [{ param: 'sort', value: '-' }]],
    ['other=1&data=x', { district: [], q: '' }, []],
  ])('%s', (query, expected, ignored) => {
    const result = read(query);
    expect(result.values).toMatchObject(expected);
    expect(result.ignored).toEqual(ignored);
  });

  it('shortens a long ignored value in the notice', () => {
    const { ignored } = read(`district=${'x'.repeat(500)}`);
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it(`keeps at most ${MAX_LIST_VALUES} values of one list`, () => {
    const many = Array.from({ length: MAX_LIST_VALUES + 5 }, (_, i) => `d${i}`);
    const wide = { district: { kind: 'list', allowed: () => true } } satisfies ParamSpecs;
    const result = readUrlState(new URLSearchParams(`district=${many.join(',')}`), wide);
    expect(result.values.district).toHaveLength(MAX_LIST_VALUES);
    expect(result.ignored).toHaveLength(5);
  });
});

describe('writeUrlState', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['', { district: ['410102', '410104'] }, 'district=410102&district=410104'],
    ['district=410102,410104', {}, 'district=410102&district=410104'],
    ['district=410102', { district: [] }, ''],
    [
      'data=x.json&district=410102',
      { q: '陇海' },
      'data=x.json&district=410102&q=%E9%99%87%E6%B5%B7',
    ],
    [
      'asOf=2021-02-01&sort=name',
      { sort: { key: 'deadline', desc: true } },
      'asOf=2021-02-01&sort=-deadline',
    ],
    ['q=abc', { q: '   ' }, ''],
    ['district=999999&category=road', {}, 'category=road'],
    ['from=2021-01-01', { from: null }, ''],
  ])('%s + %j → %s', (query, patch, expected) => {
    expect(writeUrlState(new URLSearchParams(query), specs, patch).toString()).toBe(expected);
  });

  it('round-trips: writing what was read changes nothing', () => {
    const query = 'district=410102&district=jingkai&category=road&q=abc&from=2021-01-01&sort=-name';
    const { values } = read(query);
    expect(writeUrlState(new URLSearchParams(), specs, values).toString()).toBe(query);
  });
});

describe('countActive', () => {
  it.each<[string, number]>([
    ['', 0],
    ['sort=name', 0],
    ['district=410102', 1],
    ['district=410102&q=x&from=2021-01-01', 3],
  ])('%s → %i', (query, expected) => {
    expect(countActive(read(query).values, specs)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each(['2021-03-31', '2024-02-29'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2023-02-29', '2021-13-01', '2021-3-1', '20210331'])('rejects %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});
