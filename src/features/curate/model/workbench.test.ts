// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { similarRecords } from '@/curation/similar';
import type { Dataset } from '@/data/schema';
import {
  curate,
  draftFrom,
  emptyWorkbench,
  parseWorkbench,
  readPage,
  type WorkbenchState,
} from './workbench';

const PAGE = [
  '管城回族区 开局就要决战',
  '会议要求,力争一季度完成投资30亿元以上。',
  '陇海路道路综合改造工程已全面完工,比原计划提前一个月。',
].join('\n\n');

const base = (): Dataset => ({
  schemaVersion: 3,
  sources: [
    {
      id: 'old',
      headlinesZh: ['旧版面'],
      headlinesEn: ['Old page'],
      publishedOn: '2021-02-18',
      dateCertainty: 'exact',
      dateEvidence: 'Printed.',
      dateEvidenceRefs: [],
      districtIds: ['410104'],
    },
  ],
  districts: [
    { id: '410104', nameZh: '管城回族区', nameEn: 'Guancheng', kind: 'district', aliasesZh: [] },
  ],
  projects: [],
  targets: [
    {
      id: 'guancheng-longhai-road-done',
      districtId: '410104',
      statementZh: '陇海路道路综合改造工程年底前完工',
      statementEn: 'Finish the Longhai Road renovation by the end of the year',
      metric: 'completion',
      firmness: 'commitment',
      deadline: '2021-12-31',
      deadlineText: '年底前',
      period: '2021',
      projectIds: [],
      sourceRefs: [{ sourceId: 'old', quote: '陇海路道路综合改造工程年底前完工' }],
    },
  ],
  figures: [],
  reports: [],
  batches: [],
});

function workbench(): WorkbenchState {
  const state = emptyWorkbench();
  state.text = PAGE;
  state.meta = {
    ...state.meta,
    sourceId: 'new-page',
    titleZh: '管城回族区 开局就要决战',
    titleEn: 'Guancheng: the start decides',
    publishedOn: '2021-11-20',
  };
  return state;
}

/** The pledge sentence and the report sentence of PAGE. */
const candidates = (state: WorkbenchState) => {
  const page = readPage(state);
  if (!page.ok) throw new Error(page.reason);
  const find = (part: string) => page.data.candidates.find((c) => c.quote.includes(part))!;
  return [find('力争'), find('陇海路')] as const;
};

function withDrafts(): WorkbenchState {
  const state = workbench();
  const [pledge, report] = candidates(state);
  const target = draftFrom(pledge, 'target', state.meta, 'd1');
  target.fields.statementEn = 'Invest at least 3 bn yuan in Q1';
  const status = draftFrom(report, 'report', state.meta, 'd2', 'guancheng-longhai-road-done');
  return { ...state, drafts: [target, status] };
}

describe('draftFrom', () => {
  it('fills a target from its sentence', () => {
    const state = workbench();
    const draft = draftFrom(candidates(state)[0], 'target', state.meta, 'd1');
    expect(draft).toMatchObject({
      kind: 'target',
      quote: '会议要求,力争一季度完成投资30亿元以上',
      districtId: '410104',
      quantity: { value: 30, unit: '亿元', normalized: 3e9, comparator: 'at-least' },
      fields: {
        id: '410104-2021-target-2',
        firmness: 'aim',
        metric: 'investment',
        deadline: '2021-03-31',
        deadlineText: '一季度',
        period: '2021-Q1',
      },
    });
  });
});

describe('similarRecords', () => {
  it('offers the existing target a later sentence reports on', () => {
    const state = workbench();
    const report = candidates(state)[1];
    expect(similarRecords(base(), report).map((r) => r.id)).toEqual([
      'guancheng-longhai-road-done',
    ]);
    expect(similarRecords(base(), candidates(state)[0])).toEqual([]);
  });
});

describe('curate', () => {
  it('adds the source, the new target and the status report, and says what changed', () => {
    const result = curate(base(), withDrafts(), '2021-12-01', 'a'.repeat(64));
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    const { dataset, summary } = result.data;
    expect(summary).toEqual({
      added: { projects: 0, targets: 1, figures: 0 },
      mentions: 0,
      reports: 1,
      byDistrict: { '410104': 2 },
      newDistricts: [],
    });
    expect(dataset.sources.at(-1)).toMatchObject({
      id: 'new-page',
      dateCertainty: 'exact',
      districtIds: ['410104'],
      textSha256: 'a'.repeat(64),
    });
    expect(dataset.targets[0]).toMatchObject({
      sourceRefs: [{ sourceId: 'old' }, { sourceId: 'new-page' }],
    });
    expect(dataset.reports).toEqual([
      expect.objectContaining({
        targetId: 'guancheng-longhai-road-done',
        status: 'achieved',
        sourceRef: expect.objectContaining({ sourceId: 'new-page' }),
      }),
    ]);
    expect(dataset.targets[1]).toMatchObject({
      id: '410104-2021-target-2',
      deadline: '2021-03-31',
    });
    expect(base().reports).toEqual([]);
  });

  it('adds a district the dataset lacks from the gazetteer', () => {
    const state = withDrafts();
    state.drafts[0]!.districtId = 'gaoxin';
    const result = curate(base(), state, '2021-12-01');
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.data.dataset.districts.at(-1)).toEqual({
      id: 'gaoxin',
      nameZh: '郑州高新技术产业开发区',
      nameEn: 'Zhengzhou High-tech Industrial Development Zone',
      kind: 'development-zone',
      aliasesZh: ['郑州高新区', '高新区', '高新技术产业开发区'],
      gbCode: '410172',
    });
    expect(result.data.summary.newDistricts).toEqual(['gaoxin']);
  });

  it.each([
    [
      'a quote edited away from the text',
      (s: WorkbenchState) => void (s.drafts[0]!.quote = '力争一季度完成投资40亿元以上'),
      'd1',
      'quote',
    ],
    [
      'a district the gazetteer does not know',
      (s: WorkbenchState) => void (s.drafts[0]!.districtId = 'xinqu'),
      'd1',
      'districtId',
    ],
    [
      'a date in the future',
      (s: WorkbenchState) => void (s.meta.publishedOn = '2021-12-02'),
      undefined,
      'publishedOn',
    ],
    [
      'an inferred date without evidence',
      (s: WorkbenchState) => void (s.meta.dateInferred = true),
      undefined,
      'dateEvidence',
    ],
    [
      'a source id already used',
      (s: WorkbenchState) => void (s.meta.sourceId = 'old'),
      undefined,
      'sourceId',
    ],
    [
      'a missing translation (the schema)',
      (s: WorkbenchState) => void (s.drafts[0]!.fields.statementEn = ''),
      'd1',
      'statementEn',
    ],
    [
      'a bad deadline (the schema)',
      (s: WorkbenchState) => void (s.drafts[0]!.fields.deadline = '2021-02-30'),
      'd1',
      'deadline',
    ],
    [
      'a report on no target',
      (s: WorkbenchState) => void (s.drafts[1]!.fields.targetId = ''),
      'd2',
      'targetId',
    ],
  ])('names the draft and field of %s', (_, spoil, draftKey, field) => {
    const state = withDrafts();
    spoil(state);
    const result = curate(base(), state, '2021-12-01');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContainEqual(
        expect.objectContaining(draftKey ? { draftKey, field } : { field }),
      );
    }
  });
});

describe('parseWorkbench', () => {
  it('reads back what was exported', () => {
    const state = withDrafts();
    expect(parseWorkbench(JSON.stringify(state))).toEqual({ ok: true, data: state });
  });

  it.each([['{'], ['{"version":2}'], ['{"version":1,"text":"","meta":{},"drafts":[{}]}']])(
    'rejects %s',
    (json) => {
      expect(parseWorkbench(json).ok).toBe(false);
    },
  );
});
