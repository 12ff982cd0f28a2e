import { describe, expect, it } from 'vitest';
import { makeDataset, makeRef, makeSource } from '../../../../tests/fixtures/factories';
import { describeFilters, sourceAttribution } from './export-context';

describe('describeFilters', () => {
  const labels = {
    param: (name: string) => ({ district: '区县', q: '搜索', from: '截止日期从' })[name] ?? name,
    value: (name: string, value: string) => (name === 'district' ? `D${value}` : value),
    join: (values: string[]) => values.join('、'),
  };
  it.each<[Record<string, unknown>, [string, string][]]>([
    [{ district: [], q: '', from: null, sort: { key: 'name', desc: false } }, []],
    [{ district: ['1', '2'] }, [['区县', 'D1、D2']]],
    [
      { q: '陇海', from: '2021-01-01' },
      [
        ['搜索', '陇海'],
        ['截止日期从', '2021-01-01'],
      ],
    ],
  ])('%j', (values, expected) => {
    expect(describeFilters(values as never, labels)).toEqual(expected);
  });
});

describe('sourceAttribution', () => {
  it('lists the cited pages in dataset order with how many rows cite each', () => {
    const dataset = makeDataset({
      sources: [
        makeSource({ id: 'a' }),
        makeSource({ id: 'b', headlinesZh: ['甲', '乙'] }),
        makeSource({ id: 'c' }),
      ],
    });
    const result = sourceAttribution(dataset, [
      [makeRef({ sourceId: 'b' }), makeRef({ sourceId: 'b' })],
      [makeRef({ sourceId: 'a' }), makeRef({ sourceId: 'b' })],
    ]);
    expect(result.map((s) => [s.id, s.rows, s.headlineZh])).toEqual([
      ['a', 1, '测试版面'],
      ['b', 2, '甲 乙'],
    ]);
  });
});
