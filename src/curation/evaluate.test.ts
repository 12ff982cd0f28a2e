// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, Project, Target } from '@/data/schema';
import { yi } from '../../tests/fixtures/factories';
import { draftArticle } from './draft';
import {
  coverageOf,
  looksLikeProject,
  namedInPage,
  proposalsOf,
  sameProjectName,
} from './evaluate';

const PAGE = [
  '管城回族区 开局',
  '会议要求,力争一季度完成投资60亿元以上,确保陇海路、城东路等2条道路3月底前竣工。',
  '去年,全区化解问题楼盘17个。',
].join('\n\n');
const ref = (quote: string) => [{ sourceId: 'p', quote }];
const target = (over: Partial<Target>): Target => ({
  id: 't',
  districtId: '410104',
  statementZh: '力争一季度完成投资60亿元以上',
  statementEn: 'Invest at least 6 bn yuan in Q1',
  metric: 'investment',
  quantity: yi(60, { comparator: 'at-least', qualifierZh: '以上' }),
  firmness: 'aim',
  deadline: '2021-03-31',
  deadlineText: '一季度',
  period: '2021-Q1',
  projectIds: [],
  sourceRefs: ref('力争一季度完成投资60亿元以上'),
  ...over,
});
const figure = (over: Partial<Figure>): Figure => ({
  id: 'f',
  districtId: '410104',
  indicatorZh: '化解问题楼盘',
  indicatorEn: 'Stalled estates resolved',
  quantity: {
    value: 17,
    unit: '个',
    normalized: 17,
    normalizedUnit: 'count',
    comparator: 'exactly',
    role: 'done',
  },
  period: '2020',
  basis: 'actual',
  projectIds: [],
  sourceRefs: ref('全区化解问题楼盘17个'),
  ...over,
});
const project = (nameZh: string): Project => ({
  id: `p-${nameZh}`,
  nameZh,
  nameEn: 'x',
  districtId: '410104',
  category: 'road',
  stage: 'unstated',
  sourceRefs: ref(nameZh),
});
const dataset = (targets: Target[], figures: Figure[] = [], projects: Project[] = []): Dataset => ({
  schemaVersion: 3,
  sources: [],
  districts: [],
  projects,
  targets,
  figures,
  reports: [],
  batches: [],
});

const coverage = (data: Dataset) => {
  const result = draftArticle(PAGE, { sourceId: 'p', publishedOn: '2021-02-18' });
  if (!result.ok) throw new Error(result.reason);
  return coverageOf('p', proposalsOf(result.data), data);
};

describe('coverageOf', () => {
  it.each([
    ['a target the draft agrees with', target({}), [true, true, false, true, true]],
    [
      'a figure the draft reads as a target',
      figure({ basis: 'actual', sourceRefs: ref('力争一季度完成投资60亿元以上') }),
      [false, false, true, false, false],
    ],
    ['another deadline', target({ deadline: '2021-06-30' }), [true, false, false, true, true]],
    [
      'no deadline where the draft has one',
      target({ deadline: null }),
      [true, false, true, true, true],
    ],
    ['another period', target({ period: '2021' }), [true, true, false, false, true]],
    [
      'another quantity',
      target({ quantity: { ...target({}).quantity!, value: 70 } }),
      [true, true, false, true, false],
    ],
    [
      'a quote in no read sentence',
      target({ sourceRefs: ref('管城回族区 开局') }),
      [false, false, false, false, false],
    ],
  ] as const)('%s: kind, deadline, invented, period, quantity', (_, record, expected) => {
    const data = 'statementZh' in record ? dataset([record]) : dataset([], [record]);
    const [check] = coverage(data).records;
    expect([check!.kind, check!.deadline, check!.invented, check!.period, check!.quantity]).toEqual(
      expected,
    );
  });

  it('matches a record with the proposal of its own clause (the second target of a sentence)', () => {
    const roads = target({
      id: 'roads',
      quantity: {
        value: 2,
        unit: '条',
        normalized: 2,
        normalizedUnit: 'count',
        comparator: 'exactly',
        role: 'plan',
      },
      deadline: '2021-03-31',
      deadlineText: '3月底前',
      period: '2021-03',
      sourceRefs: ref('确保陇海路、城东路等2条道路3月底前竣工'),
    });
    expect(coverage(dataset([roads])).records[0]).toMatchObject({
      kind: true,
      deadline: true,
      period: true,
      quantity: true,
    });
  });

  it('reads last year’s result as last year’s actual figure', () => {
    expect(coverage(dataset([], [figure({})])).records[0]).toMatchObject({
      kind: true,
      period: true,
      quantity: true,
      role: true,
    });
  });

  it('counts the named projects the draft proposes, and names the others', () => {
    const named = (nameZh: string) => ({ ...project(nameZh), sourceRefs: ref('陇海路、城东路') });
    const result = coverage(dataset([], [], [named('陇海路'), named('紫荆山路')]));
    expect(result.projects).toEqual({
      total: 2,
      proposed: 1,
      missed: ['紫荆山路'],
      named: { total: 1, proposed: 1, missed: [] },
      composed: { total: 1, proposed: 0, missed: ['紫荆山路'] },
    });
  });

  it.each([
    // The page prints the name: any draft of the page that carries it.
    ['printed, drafted', '城东路', '确保陇海路', 'named', true],
    ['printed, no draft', '问题楼盘', '全区化解问题楼盘17个', 'named', false],
    // Composed: a draft of a sentence the record quotes that looks like it.
    [
      'composed, a like draft in its sentence',
      '陇海路道路综合改造',
      '确保陇海路',
      'composed',
      true,
    ],
    [
      'composed, its draft in another sentence',
      '陇海路道路综合改造',
      '全区化解问题楼盘17个',
      'composed',
      false,
    ],
    [
      'composed, another road of the sentence',
      '城南路道路综合改造',
      '确保陇海路',
      'composed',
      false,
    ],
    // A quote over two sentences: each holds its piece.
    [
      'composed, a quote over two sentences',
      '陇海路道路改造',
      '3月底前竣工。去年,全区化解',
      'composed',
      true,
    ],
  ] as const)('%s: %s is %s, proposed %s', (_, nameZh, quote, kind, proposed) => {
    const result = coverage(dataset([], [], [{ ...project(nameZh), sourceRefs: ref(quote) }]));
    expect(result.projects[kind]).toMatchObject({ total: 1, proposed: proposed ? 1 : 0 });
  });

  it('counts project drafts that are no project of the page', () => {
    // The draft names 陇海路 and 城东路; the page's one project is 陇海路.
    const result = coverage(dataset([], [], [{ ...project('陇海路'), sourceRefs: ref('陇海路') }]));
    expect(result.unrecordedProjects).toBe(1);
  });

  it.each([
    ['陇海路', '陇海路道路综合改造', true],
    ['某某街道路修复', '某某街坑洼道路修复', true],
    ['甲地理工大学', '乙地理工大学合作项目(拟签约)', false],
    ['某环道路综合改造项目', '陇海路道路综合改造', false],
    ['陇海', '陇海路道路综合改造', false],
  ])('%s looks like the composed name %s: %s', (draftName, recordName, same) => {
    expect(looksLikeProject(draftName, recordName)).toBe(same);
  });

  it.each([
    ['会议要求确保某某文化区(XYZ)北区开工', '某某文化区(XYZ)北区', true],
    ['调研某某都城遗址核心板块', '某某都城遗址核心板块(某某王城遗址板块)', true],
    ['某某路三期工程开工', '某某路道路综合改造(三期工程)', false],
    ['枫林路居民夜里摸黑,安上了路灯', '枫林路路灯安装', false],
  ])('the page «%s» prints %s: %s', (page, name, printed) => {
    expect(namedInPage(page, name)).toBe(printed);
  });

  it.each([
    ['陇海路', '陇海路道路综合改造', true],
    ['金岱园区', '金岱科创城(金岱园区)', true],
    ['城市大脑', '“城市大脑”', true],
    ['某某都城遗址核心板块', '某某都城遗址核心板块(某某王城遗址板块)', true],
    ['路', '陇海路', false],
    ['城东路', '陇海路', false],
  ])('%s names the project %s: %s', (draftName, recordName, same) => {
    expect(sameProjectName(draftName, recordName)).toBe(same);
  });
});
