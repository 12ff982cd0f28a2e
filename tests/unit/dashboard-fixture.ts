import type { Dataset, Project } from '@/data/schema';
import {
  makeDataset,
  makeProject,
  makeRef,
  makeSource,
  makeTarget,
  THREE_DISTRICTS,
  yi,
} from '../fixtures/factories';

/**
 * The dashboard's named projects: 陇海路改造, a road in 管城 under construction (CNY 6 bn, page
 * s1), and 北龙湖公园, a completed green space in 中原 (page s2).
 */
const NAMED_PROJECTS = {
  longhai: {
    nameZh: '陇海路改造',
    nameEn: 'Longhai Road renovation',
    districtId: '410104',
    category: 'road',
    investment: yi(60),
    sourceRefs: [makeRef({ sourceId: 's1' })],
  },
  park: {
    nameZh: '北龙湖公园',
    nameEn: 'Beilonghu park',
    districtId: '410102',
    category: 'green-space',
    stage: 'completed',
    sourceRefs: [makeRef({ sourceId: 's2' })],
  },
} satisfies Record<string, Partial<Project>>;

/** One of the dashboard's named projects, with what a test changes. */
export function namedProject(
  id: keyof typeof NAMED_PROJECTS,
  overrides: Partial<Project> = {},
): Project {
  return makeProject({ id, ...NAMED_PROJECTS[id], ...overrides });
}

/** A small dataset with something in every facet, shared by the component tests. */
export function dashboardDataset(): Dataset {
  return makeDataset({
    districts: THREE_DISTRICTS,
    sources: [
      makeSource({ id: 's1', publishedOn: '2021-02-18', dateCertainty: 'inferred' }),
      makeSource({
        id: 's2',
        publishedOn: '2023-03-07',
        headlinesZh: ['第二版'],
        headlinesEn: ['Page two'],
      }),
    ],
    projects: [
      namedProject('longhai'),
      namedProject('park'),
      makeProject({
        id: 'housing',
        nameZh: '安置房一期',
        nameEn: 'Resettlement housing phase I',
        districtId: 'jingkai',
        category: 'resettlement-housing',
        sourceRefs: [makeRef({ sourceId: 's2' })],
      }),
    ],
    targets: [
      makeTarget({
        id: 'q1',
        districtId: '410104',
        deadline: '2021-03-31',
        statementZh: '一季度完成投资60亿元以上',
        statementEn: 'Invest at least CNY 6 bn in Q1',
        projectIds: ['longhai'],
        sourceRefs: [makeRef({ sourceId: 's1' })],
      }),
      makeTarget({
        id: 'h1',
        districtId: '410104',
        deadline: '2021-06-30',
        statementZh: '上半年全部完成',
        statementEn: 'Finish all in H1',
        sourceRefs: [makeRef({ sourceId: 's1' })],
      }),
      makeTarget({
        id: 'y2023',
        districtId: '410102',
        deadline: '2023-12-31',
        statementZh: '年底前完工',
        statementEn: 'Complete by year end',
        projectIds: ['park'],
        sourceRefs: [makeRef({ sourceId: 's2' })],
      }),
    ],
  });
}

/** jsdom has no ResizeObserver; charts and the virtualized body observe sizes. */
export function stubResizeObserver() {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
