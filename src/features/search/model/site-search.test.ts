// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MarkedSegment } from '@/lib/search-marks';
import { searchQuery } from '@/lib/search-text';
import { buildTracker } from '@/tracker/tracker';
import {
  makeDataset,
  makeFigure,
  makeProject,
  makeRef,
  makeSource,
  makeTarget,
  THREE_DISTRICTS,
} from '../../../../tests/fixtures/factories';
import { explainHit, searchIndex, siteSearch, type HitKind } from './site-search';

const tracker = buildTracker(
  makeDataset({
    districts: THREE_DISTRICTS,
    sources: [
      makeSource({
        id: 's1',
        headlinesZh: ['管城回族区开足马力'],
        headlinesEn: ['Guancheng speeds up'],
        districtIds: ['410104'],
      }),
      makeSource({
        id: 's2',
        headlinesZh: ['新春第一会'],
        headlinesEn: ['The first meeting of spring'],
        districtIds: ['410102', '410104'],
      }),
      makeSource({
        id: 's3',
        headlinesZh: ['经开区新开班列'],
        headlinesEn: ['Jingkai adds a train'],
        districtIds: ['jingkai'],
      }),
    ],
    projects: [
      makeProject({
        id: 'road',
        districtId: '410104',
        nameZh: '陇海路改造',
        nameEn: 'Longhai Road renovation',
        sourceRefs: [makeRef({ sourceId: 's1', quote: '确保陇海路3月底前竣工', at: 40 })],
      }),
      makeProject({
        id: 'east',
        districtId: '410104',
        nameZh: '城东路改造',
        nameEn: 'Chengdong Road renovation',
        descriptionEn: 'Runs from Longhai Road to the ring road.',
        sourceRefs: [makeRef({ sourceId: 's1', quote: '城东路改造同步推进', at: 10 })],
      }),
      makeProject({
        id: 'train',
        districtId: 'jingkai',
        nameZh: '中欧班列(中豫号)',
        nameEn: 'China–Europe Railway Express (Zhongyu)',
        sourceRefs: [makeRef({ sourceId: 's3', quote: '中欧班列(中豫号)新增口岸', at: 5 })],
      }),
      makeProject({
        id: 'hub',
        districtId: 'jingkai',
        nameZh: '集结中心',
        nameEn: 'Assembly hub of the China–Europe Railway Express',
        sourceRefs: [makeRef({ sourceId: 's3', quote: '集结中心建设', at: 30 })],
      }),
    ],
    targets: [
      makeTarget({
        id: 'q1',
        districtId: '410104',
        statementZh: '一季度完成投资60亿元',
        statementEn: 'Invest CNY 6 bn in Q1',
        sourceRefs: [makeRef({ sourceId: 's2', quote: '一季度完成投资60亿元', at: 3 })],
      }),
    ],
    figures: [
      makeFigure({
        id: 'gdp',
        districtId: '410102',
        indicatorZh: '生产总值',
        indicatorEn: 'GDP',
        sourceRefs: [makeRef({ sourceId: 's2', quote: '生产总值增长8%', at: 60 })],
      }),
    ],
  }),
  [],
  '2021-04-15',
);
const index = searchIndex(tracker);
const toSimplified = (text: string) =>
  text.replace(/[區隴]/g, (c) => ({ 區: '区', 隴: '陇' })[c] ?? c);
const search = (q: string) => siteSearch(index, searchQuery(q, toSimplified));
const ids = (q: string) =>
  Object.fromEntries(
    Object.entries(search(q)).map(([kind, hits]) => [kind, hits.map((h) => h.id)]),
  );
const none = { districts: [], sources: [], projects: [], targets: [], figures: [] };

describe('siteSearch: what is found, best first', () => {
  it.each<[string, string, Partial<Record<HitKind, string[]>>]>([
    ['nothing for an empty query', '', {}],
    ['nothing for words not in the data', '没有这个词', {}],
    [
      'a district by a short name reaches its pages, records and their district',
      '管城区',
      { districts: ['410104'], sources: ['s1', 's2'], projects: ['road', 'east'], targets: ['q1'] },
    ],
    [
      'the short name and the full name find the same',
      '管城回族区',
      { districts: ['410104'], sources: ['s1', 's2'], projects: ['road', 'east'], targets: ['q1'] },
    ],
    [
      'traditional characters',
      '管城區',
      { districts: ['410104'], sources: ['s1', 's2'], projects: ['road', 'east'], targets: ['q1'] },
    ],
    ['a name first, then a mention in other text', 'longhai road', { projects: ['road', 'east'] }],
    ['a Chinese name first, then a quote', '陇海路', { projects: ['road'], sources: ['s1'] }],
    ['traditional and simplified alike', '隴海路', { projects: ['road'], sources: ['s1'] }],
    [
      'a hyphen finds what an en dash spells',
      'China-Europe Railway Express',
      { projects: ['train', 'hub'] },
    ],
    ['an en dash too', 'China–Europe Railway Express', { projects: ['train', 'hub'] }],
    ['full-width letters', 'ＧＤＰ', { figures: ['gdp'] }],
    ['terms anywhere in a record or a page', '中原 生产', { sources: ['s2'], figures: ['gdp'] }],
    [
      'a page by a quoted sentence and by its district',
      '经开 中欧班列',
      { sources: ['s3'], projects: ['train'] },
    ],
    ['a page by its English headline', 'guancheng speeds', { sources: ['s1'] }],
  ])('%s: %s', (_, q, expected) => expect(ids(q)).toEqual({ ...none, ...expected }));

  it.each<[string, HitKind, string, string]>([
    ['an equal name', 'districts', '管城区', 'exact'],
    ['an equal English name', 'projects', 'Longhai Road renovation', 'exact'],
    ['a name starting with the query', 'sources', '管城', 'prefix'],
    ['a name holding every term', 'projects', 'road renovation longhai', 'name'],
    ['found elsewhere', 'targets', '管城', 'text'],
  ])('tier: %s', (_, kind, q, tier) => expect(search(q)[kind][0]?.tier).toBe(tier));
});

const shown = (segments: readonly MarkedSegment[] | undefined) =>
  segments?.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('explainHit', () => {
  it.each<[string, HitKind, string, string, 'zh' | 'en', string, string | undefined, string]>([
    [
      'a Chinese query in the Chinese UI: the name and the quote, marked',
      'projects',
      'road',
      '陇海路',
      'zh',
      '[陇海路]改造',
      '确保[陇海路]3月底前竣工',
      'quote',
    ],
    [
      'a Chinese query in the English UI: the quote explains',
      'projects',
      'road',
      '陇海路',
      'en',
      'Longhai Road renovation',
      '确保[陇海路]3月底前竣工',
      'quote',
    ],
    [
      'an English query in the Chinese UI: the English name explains',
      'projects',
      'road',
      'longhai road',
      'zh',
      '陇海路改造',
      '[Longhai] [Road] renovation',
      'name',
    ],
    [
      'a mention in a description',
      'projects',
      'east',
      'longhai',
      'en',
      'Chengdong Road renovation',
      'Runs from [Longhai] Road to the ring road.',
      'description',
    ],
    [
      'a hyphen marks an en dash',
      'projects',
      'train',
      'china-europe',
      'en',
      '[China–Europe] Railway Express (Zhongyu)',
      undefined,
      '',
    ],
    [
      'a district by its short name: the names papers use',
      'districts',
      '410104',
      '管城区',
      'zh',
      '[管城]回族区',
      '[管城]区、[管城]',
      'aliases',
    ],
    [
      'a page by a quoted sentence',
      'sources',
      's3',
      '中欧班列',
      'zh',
      '经开区新开班列',
      '[中欧班列](中豫号)新增口岸',
      'quote',
    ],
  ])('%s', (_, kind, id, q, lang, title, excerpt, field) => {
    const explained = explainHit(index, kind, id, searchQuery(q), lang);
    expect(shown(explained?.title)).toBe(title);
    expect(shown(explained?.excerpt?.segments)).toBe(excerpt);
    expect(explained?.excerpt?.field ?? '').toBe(field);
  });

  it('a quote carries its place on the page, for the link to it', () => {
    expect(explainHit(index, 'projects', 'road', searchQuery('竣工'), 'zh')?.excerpt?.ref).toEqual({
      sourceId: 's1',
      quote: '确保陇海路3月底前竣工',
      at: 40,
    });
  });

  it('an unknown id has nothing to explain', () => {
    expect(explainHit(index, 'projects', 'nope', searchQuery('路'), 'zh')).toBeNull();
  });
});
