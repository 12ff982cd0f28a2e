// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeDataset, makeRef, makeSource } from '../../../../tests/fixtures/factories';
import { citedSources, describeFilters, exportNotes, sourceAttribution } from './export-notes';

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
    const result = sourceAttribution(dataset.sources, [
      [makeRef({ sourceId: 'b' }), makeRef({ sourceId: 'b' })],
      [makeRef({ sourceId: 'a' }), makeRef({ sourceId: 'b' })],
    ]);
    expect(result.map((s) => [s.id, s.rows, s.headlineZh])).toEqual([
      ['a', 1, '测试版面'],
      ['b', 2, '甲 乙'],
    ]);
  });
});

describe('exportNotes', () => {
  const words = {
    title: 'Title',
    link: 'Link',
    exported: 'Exported',
    asOf: 'As of',
    rowsLabel: 'Rows',
    rows: (shown: number, total: number) => `${shown} of ${total}`,
    filters: 'Filters',
    noFilters: 'none',
    source: 'Source page',
  };
  const sources = [makeSource({ id: 'a', publishedOn: '2021-02-18' }), makeSource({ id: 'b' })];
  const base = {
    title: 'Tracker · Targets',
    link: 'https://example.org/targets?district=410104',
    exportedAt: '2026-11-30T17:31:05+08:00',
    shown: 2,
    total: 5,
    sourceName: (source: { id: string }) => `page ${source.id}`,
  };
  it.each([
    [
      'no filters, no as-of date',
      { ...base, asOf: null, filters: [], sources: [] },
      [
        ['Title', 'Tracker · Targets'],
        ['Link', base.link],
        ['Exported', base.exportedAt],
        ['Rows', '2 of 5'],
        ['Filters', 'none'],
      ],
    ],
    [
      'filters, as-of date and the cited pages',
      {
        ...base,
        asOf: '2021-03-31',
        filters: [['District', '管城回族区'] as const],
        sources: citedSources(sources, [['a'], ['a']]),
      },
      [
        ['Title', 'Tracker · Targets'],
        ['Link', base.link],
        ['Exported', base.exportedAt],
        ['As of', '2021-03-31'],
        ['Rows', '2 of 5'],
        ['Filters: District', '管城回族区'],
        ['Source page', 'page a · 2021-02-18 · a'],
      ],
    ],
  ])('%s', (_name, context, expected) => {
    expect(exportNotes(context, words)).toEqual(expected);
  });
});
