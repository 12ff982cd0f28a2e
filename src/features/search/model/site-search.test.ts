// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTracker } from '@/tracker/tracker';
import {
  makeDataset,
  makeFigure,
  makeProject,
  makeSource,
  makeTarget,
  THREE_DISTRICTS,
} from '../../../../tests/fixtures/factories';
import { siteSearch } from './site-search';

const tracker = buildTracker(
  makeDataset({
    districts: THREE_DISTRICTS,
    sources: [
      makeSource({
        id: 's1',
        headlinesZh: ['管城回族区开足马力'],
        headlinesEn: ['Guancheng speeds up'],
      }),
    ],
    projects: [
      makeProject({
        id: 'road',
        districtId: '410104',
        nameZh: '陇海路改造',
        nameEn: 'Longhai Road renovation',
      }),
    ],
    targets: [
      makeTarget({
        id: 'q1',
        districtId: '410104',
        statementZh: '一季度完成投资60亿元',
        statementEn: 'Invest CNY 6 bn in Q1',
      }),
    ],
    figures: [
      makeFigure({ id: 'gdp', districtId: '410102', indicatorZh: '生产总值', indicatorEn: 'GDP' }),
    ],
  }),
  [],
  '2021-04-15',
);

describe('siteSearch', () => {
  it.each([
    ['', { districts: [], sources: [], projects: [], targets: [], figures: [] }],
    [
      '管城区',
      { districts: ['410104'], sources: [], projects: ['road'], targets: ['q1'], figures: [] },
    ],
    ['longhai', { districts: [], sources: [], projects: ['road'], targets: [], figures: [] }],
    ['GDP', { districts: [], sources: [], projects: [], targets: [], figures: ['gdp'] }],
    [
      'guancheng speeds',
      { districts: [], sources: ['s1'], projects: [], targets: [], figures: [] },
    ],
    ['中原 生产', { districts: [], sources: [], projects: [], targets: [], figures: ['gdp'] }],
    ['没有这个词', { districts: [], sources: [], projects: [], targets: [], figures: [] }],
  ])('%j', (q, expected) => expect(siteSearch(tracker, q)).toEqual(expected));
});
