// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/curation/draft';
import type { Dataset } from '@/data/schema';
import { districtSlug, slugOf, uniqueId } from './ids';
import {
  curate,
  draftFromProposal,
  draftNamedProjects,
  draftRef,
  editField,
  editQuotes,
  emptyWorkbench,
  proposedSourceId,
  readPage,
  reportDraft,
  type RecordDraft,
  type WorkbenchState,
} from './workbench';

/** A page of the genre, written for this test. */
const PAGE = [
  '管城回族区重点项目集中开工',
  '本报讯 4月18日,管城回族区举行第二批重点项目集中开工活动。此次集中开工项目18个,总投资126.5亿元,年度计划投资42亿元;其中,省市重点项目7个,总投资88亿元。',
  '开工项目包括紫辰路道路改造工程、商都遗址数字展示中心等。',
  '区长要求,确保全年完成投资42亿元以上。',
  '陇海路道路综合改造工程已全面完工,比原计划提前一个月。',
].join('\n\n');

const base = (): Dataset => ({
  schemaVersion: 3,
  sources: [
    {
      id: '004_old',
      headlinesZh: ['旧版面'],
      headlinesEn: ['Old page'],
      publishedOn: '2024-02-18',
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
      deadline: '2024-12-31',
      deadlineText: '年底前',
      period: '2024',
      projectIds: [],
      sourceRefs: [{ sourceId: '004_old', quote: '陇海路道路综合改造工程年底前完工' }],
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
    sourceId: '005_guancheng_2024_04_19',
    titleZh: '管城回族区重点项目集中开工',
    titleEn: 'Guancheng breaks ground together',
    publishedOn: '2024-04-19',
  };
  return state;
}

const page = () => {
  const read = readPage(workbench());
  if (!read.ok) throw new Error(read.reason);
  return read.data;
};
const sentence = (part: string): Candidate =>
  page().candidates.find((c) => c.quote.includes(part))!;
const proposalOf = (c: Candidate, kind: string, n = 0) =>
  c.proposals.map((p, i) => [p.kind, i] as const).filter(([k]) => k === kind)[n]![1];

let keys = 0;
const context = (drafts: RecordDraft[] = []) => ({
  meta: workbench().meta,
  dataset: base(),
  drafts,
  key: `d${(keys += 1)}`,
});

/** A batch with its two listed projects, the target, and a report on the existing target. */
function withDrafts(): WorkbenchState {
  const batchSentence = sentence('此次集中开工');
  const batch = draftFromProposal(batchSentence, proposalOf(batchSentence, 'batch'), context());
  const { owner, projects } = draftNamedProjects(batch, batchSentence, {
    ...context([batch]),
    keys: () => `p${(keys += 1)}`,
    next: sentence('开工项目包括'),
  });
  const pledge = sentence('确保全年');
  const target = draftFromProposal(pledge, proposalOf(pledge, 'target'), context());
  const done = reportDraft(
    sentence('陇海路'),
    { slot: 'targetId', ref: 'guancheng-longhai-road-done' },
    context(),
  );
  const english = (d: RecordDraft, name: string, text: string) => editField(d, name, text);
  const drafts = [
    english(owner, 'nameEn', 'Second ground-breaking batch'),
    ...projects.map((p, i) => english(p, 'nameEn', `Project ${i + 1}`)),
    english(target, 'statementEn', 'Invest at least 4.2 bn yuan this year'),
    done,
  ];
  return { ...workbench(), drafts };
}

describe('drafts from proposals', () => {
  it('fills a target: statement, readable id, deadline, period, quantity with its role', () => {
    const pledge = sentence('确保全年');
    const draft = draftFromProposal(pledge, proposalOf(pledge, 'target'), context());
    expect(draft).toMatchObject({
      kind: 'target',
      quotes: ['确保全年完成投资42亿元以上'],
      districtId: '410104',
      quantities: { quantity: { printed: '42亿元以上', role: 'plan' } },
      fields: {
        id: 'guancheng-2024-investment',
        statementZh: '确保全年完成投资42亿元以上',
        firmness: 'commitment',
        metric: 'investment',
        deadline: '2024-12-31',
        deadlineText: '全年',
        deadlineNote: "Year taken from the page's date (2024).",
        deadlineNoteZh: '年份取自该版日期（2024年）。',
        period: '2024',
      },
    });
  });

  it('fills a batch with its count, total and plan, and its subset with its parent', () => {
    const c = sentence('此次集中开工');
    const whole = draftFromProposal(c, proposalOf(c, 'batch'), context());
    const subset = draftFromProposal(c, proposalOf(c, 'batch', 1), context([whole]));
    expect(whole).toMatchObject({
      kind: 'batch',
      quantities: {
        count: { printed: '18个', role: 'count' },
        total: { printed: '126.5亿元', role: 'total' },
        plan: { printed: '42亿元', role: 'plan' },
      },
      fields: { batchKind: 'groundbreaking', ordinal: '2', date: '2024-04-18', period: '2024' },
    });
    expect(subset.links.parentId).toEqual([draftRef(whole.key)]);
  });

  it('turns the list of a batch into project drafts linked to it, in one step', () => {
    const state = withDrafts();
    const batch = state.drafts.find((d) => d.kind === 'batch')!;
    const projects = state.drafts.filter((d) => d.kind === 'project');
    expect(projects.map((p) => [p.fields.nameZh, p.fields.category, p.fields.id])).toEqual([
      ['紫辰路道路改造工程', 'road', 'guancheng-zichen-road-roads-gaizao-works'],
      ['商都遗址数字展示中心', 'heritage-culture', 'guancheng-shangdouyizhishuzizhanshi-center'],
    ]);
    expect(batch.links.projectIds).toEqual(projects.map((p) => draftRef(p.key)));
  });

  it('keeps the statement following the quote until the curator edits it', () => {
    const pledge = sentence('确保全年');
    const draft = draftFromProposal(pledge, proposalOf(pledge, 'target'), context());
    const followed = editQuotes(draft, ['区长要求,确保全年完成投资42亿元以上']);
    expect(followed.fields.statementZh).toBe('区长要求,确保全年完成投资42亿元以上');
    const edited = editField(followed, 'statementZh', '全年完成投资42亿元以上');
    expect(editQuotes(edited, ['确保全年完成投资42亿元以上']).fields.statementZh).toBe(
      '全年完成投资42亿元以上',
    );
  });

  it.each([
    ['410104', 'guancheng'],
    ['jingkai', 'jingkai'],
    ['410122', 'zhongmou'],
  ])('district %s has the slug %s', (id, slug) => {
    expect(districtSlug(id)).toBe(slug);
  });

  it.each([
    ['陇海路道路综合改造', 'longhai-road-roads-zonghegaizao'],
    ['金洼安置房项目', 'jinwa-resettlement-housing-projects'],
    ['7-ELEVEN河南区域总部基地', '7-elevenhenanquyuzongbu-base'],
  ])('%s becomes the id words %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('makes an id unique against those taken', () => {
    expect(uniqueId('Guancheng 2024 investment', new Set())).toBe('guancheng-2024-investment');
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });

  it('proposes the next page id from the dataset, the district and the date', () => {
    expect(proposedSourceId(base(), '410104', '2024-04-19')).toBe('005_guancheng_2024_04_19');
    expect(proposedSourceId(base(), null, '')).toBe('005');
  });
});

describe('curate', () => {
  it('adds the source, the batch with its projects, the target and the report, at their places', () => {
    const result = curate(base(), withDrafts(), '2024-12-01', 'a'.repeat(64));
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    const { dataset, summary } = result.data;
    expect(summary).toEqual({
      added: { projects: 2, targets: 1, figures: 0, batches: 1 },
      mentions: 1,
      reports: 1,
      byDistrict: { '410104': 5 },
      newDistricts: [],
    });
    expect(dataset.sources.at(-1)).toEqual({
      id: '005_guancheng_2024_04_19',
      headlinesZh: ['管城回族区重点项目集中开工'],
      headlinesEn: ['Guancheng breaks ground together'],
      publishedOn: '2024-04-19',
      dateCertainty: 'given',
      dateEvidence: 'Publication date given by the curator: 2024-04-19.',
      dateEvidenceZh: '出版日期由整理者给出：2024-04-19。',
      dateEvidenceRefs: [],
      districtIds: ['410104'],
      textSha256: 'a'.repeat(64),
    });
    const batch = dataset.batches[0]!;
    expect(batch).toMatchObject({
      kind: 'groundbreaking',
      ordinal: 2,
      count: { value: 18, role: 'count' },
      total: { value: 126.5, role: 'total' },
      plan: { value: 42, role: 'plan' },
      projectIds: dataset.projects.map((p) => p.id),
    });
    // Every quote carries its place on the page.
    const compact = PAGE.replace(/\s+/g, '');
    for (const ref of [...batch.sourceRefs, ...dataset.targets.at(-1)!.sourceRefs])
      expect(compact.indexOf(ref.quote)).toBe(ref.at);
    expect(dataset.targets[0]!.sourceRefs.map((r) => r.sourceId)).toEqual([
      '004_old',
      '005_guancheng_2024_04_19',
    ]);
    expect(dataset.reports).toEqual([
      expect.objectContaining({ targetId: 'guancheng-longhai-road-done', status: 'achieved' }),
    ]);
  });

  it('keeps a worked-out date with its evidence quoted, and the page summary', () => {
    const state = withDrafts();
    state.meta = {
      ...state.meta,
      dateCertainty: 'inferred',
      dateEvidence: 'The ground-breaking on 18 April; printed the next day at the earliest.',
      dateEvidenceZh: '4月18日集中开工，最早次日见报。',
      dateEvidenceQuotes: '4月18日,管城回族区举行第二批重点项目集中开工活动\n',
      summaryZh: '管城第二批重点项目集中开工。',
      summaryEn: 'Guancheng breaks ground on its second batch.',
    };
    const result = curate(base(), state, '2024-12-01');
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.data.dataset.sources.at(-1)).toMatchObject({
      dateCertainty: 'inferred',
      dateEvidence: 'The ground-breaking on 18 April; printed the next day at the earliest.',
      dateEvidenceZh: '4月18日集中开工，最早次日见报。',
      dateEvidenceRefs: [
        {
          sourceId: '005_guancheng_2024_04_19',
          quote: '4月18日,管城回族区举行第二批重点项目集中开工活动',
          at: PAGE.replace(/\s+/g, '').indexOf('4月18日'),
        },
      ],
      summaryZh: '管城第二批重点项目集中开工。',
      summaryEn: 'Guancheng breaks ground on its second batch.',
    });
    state.meta.dateEvidenceQuotes = '5月18日';
    const spoiled = curate(base(), state, '2024-12-01');
    expect(!spoiled.ok && spoiled.reason.map((p) => p.field)).toEqual(['dateEvidenceQuotes']);
  });

  it('accepts a page with no headline', () => {
    const state = withDrafts();
    state.meta.titleZh = '';
    state.meta.titleEn = '';
    const result = curate(base(), state, '2024-12-01');
    expect(result.ok && result.data.dataset.sources.at(-1)?.headlinesZh).toEqual([]);
  });

  it('states progress on a target drafted from the same page', () => {
    const state = withDrafts();
    const target = state.drafts.find((d) => d.kind === 'target')!;
    const report = reportDraft(
      sentence('确保全年'),
      { slot: 'targetId', ref: draftRef(target.key) },
      context(state.drafts),
    );
    const progressed = editField(editField(report, 'percentOfPlan', '20'), 'through', '2024-04-18');
    const result = curate(
      base(),
      { ...state, drafts: [...state.drafts, progressed] },
      '2024-12-01',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.data.dataset.reports.at(-1)).toMatchObject({
      targetId: target.fields.id,
      progress: { percentOfPlan: 20, through: '2024-04-18' },
    });
  });

  it('tells a page already in the dataset in view (a preview) from an id taken by another page', () => {
    const first = curate(base(), withDrafts(), '2024-12-01', 'b'.repeat(64));
    if (!first.ok) throw new Error('first page');
    const again = curate(first.data.dataset, withDrafts(), '2024-12-01', 'b'.repeat(64));
    expect(!again.ok && again.reason.map((p) => p.message)).toContain(
      'this page is already in the dataset in view: start the next page',
    );
    const other = curate(first.data.dataset, withDrafts(), '2024-12-01', 'c'.repeat(64));
    expect(!other.ok && other.reason.map((p) => p.message)).toContain(
      'the dataset already has a source "005_guancheng_2024_04_19": choose another id',
    );
  });

  it.each([
    [
      'a quote edited away from the text',
      (s: WorkbenchState) => void (s.drafts[3]!.quotes = ['确保全年完成投资90亿元以上']),
      '确保全年完成投资42亿元以上',
      'quote',
    ],
    [
      'a district the gazetteer does not know',
      (s: WorkbenchState) => void (s.drafts[3]!.districtId = 'xinqu'),
      '确保全年完成投资42亿元以上',
      'districtId',
    ],
    [
      'a date in the future',
      (s: WorkbenchState) => void (s.meta.publishedOn = '2024-12-02'),
      undefined,
      'publishedOn',
    ],
    [
      'an inferred date without evidence',
      (s: WorkbenchState) => void (s.meta.dateCertainty = 'inferred'),
      undefined,
      'dateEvidence',
    ],
    [
      'date evidence in English only',
      (s: WorkbenchState) => void (s.meta.dateEvidence = 'Printed on the page.'),
      undefined,
      'dateEvidenceZh',
    ],
    [
      'date evidence in Chinese only',
      (s: WorkbenchState) => void (s.meta.dateEvidenceZh = '版面印有日期。'),
      undefined,
      'dateEvidence',
    ],
    [
      'a deadline note in English only',
      (s: WorkbenchState) => void (s.drafts[3]!.fields.deadlineNoteZh = ''),
      '确保全年完成投资42亿元以上',
      'deadlineNoteZh',
    ],
    [
      'a deadline note in Chinese only',
      (s: WorkbenchState) => void (s.drafts[3]!.fields.deadlineNote = ''),
      '确保全年完成投资42亿元以上',
      'deadlineNote',
    ],
    [
      'a headline without its translation',
      (s: WorkbenchState) => void (s.meta.titleEn = ''),
      undefined,
      'titleEn',
    ],
    [
      'a missing translation',
      (s: WorkbenchState) => void (s.drafts[3]!.fields.statementEn = ''),
      '确保全年完成投资42亿元以上',
      'statementEn',
    ],
    [
      'a bad deadline (the schema)',
      (s: WorkbenchState) => void (s.drafts[3]!.fields.deadline = '2024-02-30'),
      '确保全年完成投资42亿元以上',
      'deadline',
    ],
    [
      'a quantity that is none',
      (s: WorkbenchState) =>
        void (s.drafts[3]!.quantities.quantity = { printed: '很多', role: 'plan' }),
      '确保全年完成投资42亿元以上',
      'quantity',
    ],
    [
      'a report on nothing',
      (s: WorkbenchState) => void (s.drafts[4]!.links = {}),
      '陇海路道路综合改造工程已全面完工,比原计划提前一个月',
      'targetId',
    ],
    [
      'a link to a removed draft',
      (s: WorkbenchState) => void s.drafts.splice(1, 1),
      '第二批重点项目集中开工',
      'projectIds',
    ],
  ])('names the record by its title and the field of %s', (_, spoil, title, field) => {
    const state = withDrafts();
    spoil(state);
    const result = curate(base(), state, '2024-12-01');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toContainEqual(
        expect.objectContaining(title ? { title, field } : { field }),
      );
  });
});
