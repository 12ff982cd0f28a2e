// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readUrlState } from '@/lib/url-state';
import { buildTracker } from '@/tracker/tracker';
import { recordLabels } from '../labels';
import { listCsv, listJsonOf, listParamSpecs, queryList } from '../record-list';
import {
  makeDataset,
  makeProject,
  makeRef,
  makeTarget,
  THREE_DISTRICTS,
  TWO_SOURCES,
  yi,
} from '../../../../tests/fixtures/factories';
import { namedProject } from '../../../../tests/unit/dashboard-fixture';
import { projectList } from './project-list';

const dataset = makeDataset({
  districts: THREE_DISTRICTS,
  sources: TWO_SOURCES,
  projects: [
    namedProject('longhai', { sourceRefs: [makeRef({ sourceId: 's1', quote: '陇海路改造' })] }),
    namedProject('park'),
    makeProject({
      id: 'airport',
      nameZh: '安置房',
      nameEn: 'Resettlement housing',
      districtId: 'jingkai',
      category: 'resettlement-housing',
      investment: yi(5),
      sourceRefs: [makeRef({ sourceId: 's1' }), makeRef({ sourceId: 's2' })],
    }),
  ],
  targets: [
    makeTarget({ projectIds: ['park'], deadline: '2021-06-30' }),
    makeTarget({ projectIds: ['longhai'], deadline: '2021-03-31' }),
  ],
});
const tracker = buildTracker(dataset, [], '2021-04-15');
const specs = listParamSpecs(projectList, tracker);
const rows = tracker.projects;
const kit = (lang: 'zh' | 'en') => ({ lang, labels: recordLabels(lang), tracker });
const query = (search: string, lang: 'zh' | 'en' = 'zh') => {
  const { values } = readUrlState(new URLSearchParams(search), specs);
  return queryList(projectList, values, kit(lang)).rows;
};
const view = (search: string) => query(search).map((row) => row.project.id);

describe('projects: a URL gives the rows it shows', () => {
  it.each<[string, string[]]>([
    ['', ['longhai', 'park', 'airport']],
    ['district=410104', ['longhai']],
    ['district=410104,jingkai', ['longhai', 'airport']],
    ['district=410104&district=jingkai&district=000000', ['longhai', 'airport']],
    ['category=road', ['longhai']],
    ['status=completed', ['park']],
    ['source=s2', ['park', 'airport']],
    ['q=longhai', ['longhai']],
    ['q=公园', ['park']],
    ['q=管城', ['longhai']],
    ['from=2021-04-01', ['park']],
    ['to=2021-04-01', ['longhai']],
    ['sort=-investment', ['longhai', 'airport', 'park']],
    ['sort=investment', ['airport', 'longhai', 'park']],
    ['sort=deadline', ['longhai', 'park', 'airport']],
    ['sort=-deadline', ['park', 'longhai', 'airport']],
    ['district=410102,410104&sort=-name', ['longhai', 'park']],
    // By the category's words (安置房, 道路, 公园绿化), not its code.
    ['sort=category', ['airport', 'longhai', 'park']],
    ['sort=-stage', ['longhai', 'airport', 'park']],
  ])('%s → %j', (query, expected) => expect(view(query)).toEqual(expected));

  it.each<[string, string[]]>([
    ['district=999999', ['district']],
    ['category=boats&status=flying', ['category', 'status']],
    ['sort=-height', ['sort']],
  ])('ignores unknown values in %s', (query, params) => {
    const { ignored } = readUrlState(new URLSearchParams(query), specs);
    expect(ignored.map((i) => i.param)).toEqual(params);
  });

  it('sorts names by the reader’s language', () => {
    expect(query('sort=name', 'en').map((r) => r.project.id)).toEqual([
      'park',
      'longhai',
      'airport',
    ]);
  });
});

describe('projects export', () => {
  it('writes exactly the rows given, in order, in the reader’s language', () => {
    const shown = query('category=road,resettlement-housing');
    const zh = listCsv(projectList, shown, kit('zh'));
    expect(zh.header).toEqual([
      '编号',
      '名称',
      '区县',
      '类别',
      '进展',
      '所述投资',
      '所述投资（元）',
      '截止日期',
      '出处',
      '原文',
    ]);
    expect(zh.rows.map((r) => r[0])).toEqual(['longhai', 'airport']);
    expect(zh.rows[0]).toEqual([
      'longhai',
      '陇海路改造',
      '管城回族区',
      '道路',
      '在建',
      '60亿元',
      6e9,
      '2021-03-31',
      's1',
      '陇海路改造',
    ]);
    const en = listCsv(projectList, shown, kit('en'));
    expect(en.header[6]).toBe('Stated investment (CNY)');
    expect(en.rows[0]?.slice(1, 6)).toEqual([
      'Longhai Road renovation',
      'Guancheng Hui District',
      'Roads',
      'Under construction',
      'CNY 6.0 bn',
    ]);
    expect(en.rows[1]?.[8]).toBe('s1; s2');
  });

  it('the JSON says what made the selection and which pages the rows cite', () => {
    const shown = rows.slice(1, 2);
    const json = listJsonOf(projectList, dataset.sources, shown, {
      url: 'http://x/projects?district=410102',
      exportedAt: 'now',
      filters: { district: ['410102'] },
      total: 3,
    });
    expect(json).toMatchObject({
      kind: 'projects',
      count: 1,
      total: 3,
      url: 'http://x/projects?district=410102',
      filters: { district: ['410102'] },
    });
    expect(json.sources.map((s) => [s.id, s.rows])).toEqual([['s2', 1]]);
    expect(json.rows[0]).toMatchObject({
      id: 'park',
      districtNameZh: '中原区',
      earliestTargetDeadline: '2021-06-30',
    });
  });
});
