// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeFollowUp } from '@/data/tracking/follow-up.fixtures';
import {
  makeBatch,
  makeDataset,
  makeFigure,
  makeProject,
  makeQuantity,
  makeRef,
  makeReport,
  makeSource,
  makeTarget,
  yi,
  THREE_DISTRICTS,
  TWO_SOURCES,
} from '../../tests/fixtures/factories';
import type { Target } from '@/data/schema';
import type { FollowUp } from '@/data/tracking/follow-up';
import { buildTracker, nearestDeadlines, overdueWithoutResult, seriesKey } from './tracker';

const dataset = makeDataset({
  districts: THREE_DISTRICTS,
  sources: TWO_SOURCES,
  projects: [
    makeProject({ id: 'road', districtId: '410104', category: 'road' }),
    makeProject({ id: 'park', districtId: '410102', category: 'green-space' }),
  ],
  targets: [
    makeTarget({
      id: 'q1',
      districtId: '410104',
      deadline: '2021-03-31',
      projectIds: ['road'],
      sourceRefs: [makeRef({ sourceId: 's1' }), makeRef({ sourceId: 's1', quote: '又一句' })],
    }),
    makeTarget({ id: 'h1', districtId: '410104', deadline: '2021-06-30', projectIds: ['road'] }),
    makeTarget({
      id: 'y',
      districtId: '410102',
      deadline: '2021-12-31',
      projectIds: ['park'],
      sourceRefs: [makeRef({ sourceId: 's2' })],
    }),
    makeTarget({ id: 'none', districtId: 'jingkai', deadline: null }),
  ],
  figures: [
    makeFigure({ id: 'gdp-2022', districtId: '410102', indicatorZh: '生产总值', period: '2022' }),
    makeFigure({ id: 'gdp-2021', districtId: '410102', indicatorZh: '生产 总值', period: '2021' }),
    makeFigure({ id: 'gdp-plan', districtId: '410102', indicatorZh: '生产总值', basis: 'planned' }),
    makeFigure({
      id: 'jobs',
      districtId: '410104',
      quantity: makeQuantity(),
      projectIds: ['road'],
    }),
  ],
});

/** Every place the dashboard shows target q1's state, read from one tracker. */
function everywhere(tracker: ReturnType<typeof buildTracker>) {
  const row = tracker.targetById.get('q1');
  return {
    list: tracker.targets.find((r) => r.target.id === 'q1')?.state,
    detail: row?.state,
    project: tracker.projectById.get('road')?.targets.find((r) => r.target.id === 'q1')?.state,
    district: tracker.byDistrict.get('410104')?.targets.find((r) => r.target.id === 'q1')?.state,
    source: tracker.bySource.get('s1')?.targets.find((r) => r.target.id === 'q1')?.state,
    districtOverdue: tracker.byDistrict.get('410104')?.states.overdue,
    districtMet: tracker.byDistrict.get('410104')?.states['met-late'],
    overdue: tracker.states.overdue,
    met: tracker.states['met-late'],
    daysLate: row?.daysLate,
  };
}

describe('buildTracker: one status for every view', () => {
  it.each([
    [
      'no follow-up: overdue everywhere, by 106 days',
      [],
      { state: 'overdue', districtOverdue: 2, districtMet: 0, overdue: 2, met: 0, daysLate: 106 },
    ],
    [
      'a follow-up marking it achieved a day late: met late everywhere, each count moves by one',
      [makeFollowUp({ targetId: 'q1', status: 'achieved', date: '2021-04-01' })],
      { state: 'met-late', districtOverdue: 1, districtMet: 1, overdue: 1, met: 1, daysLate: 1 },
    ],
    [
      'a follow-up dated after the as-of date does not count yet',
      [makeFollowUp({ targetId: 'q1', status: 'achieved', date: '2022-01-01' })],
      { state: 'overdue', districtOverdue: 2, districtMet: 0, overdue: 2, met: 0, daysLate: 106 },
    ],
  ])('%s', (_, followUps, expected) => {
    const seen = everywhere(buildTracker(dataset, followUps, '2021-07-15'));
    const { state, ...counts } = expected;
    expect(seen).toEqual({
      list: state,
      detail: state,
      project: state,
      district: state,
      source: state,
      ...counts,
    });
  });

  it('says where the status in force comes from', () => {
    const followUp = makeFollowUp({ targetId: 'q1', status: 'achieved', date: '2021-04-01' });
    const tracker = buildTracker(dataset, [followUp], '2021-07-15');
    expect(tracker.targetById.get('q1')?.origin).toEqual({
      kind: 'follow-up',
      date: '2021-04-01',
      status: 'achieved',
      followUp,
    });
    expect(tracker.targetById.get('h1')?.origin).toEqual({ kind: 'none', status: 'not-rated' });
  });

  it('lists follow-ups whose target is not in the dataset', () => {
    const orphan = makeFollowUp({ targetId: 'gone' });
    expect(buildTracker(dataset, [orphan], '2021-07-15').orphanFollowUps).toEqual([orphan]);
  });
});

describe('buildTracker: links and counts', () => {
  const tracker = buildTracker(dataset, [], '2021-07-15');

  it('files each record under its district and every page it cites, once per page', () => {
    const counts = (id: string) => {
      const s = tracker.bySource.get(id);
      return [s?.projects.length, s?.targets.length, s?.figures.length];
    };
    // q1 cites s1 twice: it counts once.
    expect(counts('s2')).toEqual([0, 1, 0]);
    expect(tracker.bySource.get('s1')?.targets.map((r) => r.target.id)).toEqual(['q1']);
    expect(tracker.byDistrict.get('410104')?.projects.map((r) => r.project.id)).toEqual(['road']);
    expect([...tracker.byDistrict.keys()]).toEqual(THREE_DISTRICTS.map((d) => d.id));
  });

  it('gives a project its targets, earliest deadline and figures', () => {
    const road = tracker.projectById.get('road');
    expect(road?.targets.map((r) => r.target.id)).toEqual(['q1', 'h1']);
    expect(road?.deadline).toBe('2021-03-31');
    expect(road?.figures.map((f) => f.id)).toEqual(['jobs']);
  });

  it('gives a target the categories of its projects, or "unlinked"', () => {
    expect(tracker.targetById.get('q1')?.categories).toEqual(['road']);
    expect(tracker.targetById.get('none')?.categories).toEqual(['unlinked']);
  });

  it('puts one indicator of one district and basis in one series, oldest first', () => {
    expect(tracker.figureById.get('gdp-2022')?.series.map((f) => f.id)).toEqual([
      'gdp-2021',
      'gdp-2022',
    ]);
    expect(tracker.figureById.get('gdp-plan')?.series.map((f) => f.id)).toEqual(['gdp-plan']);
    expect(seriesKey(makeFigure({ districtId: 'a', indicatorZh: '生产 总值' }))).toBe(
      seriesKey(makeFigure({ districtId: 'a', indicatorZh: '生产总值' })),
    );
  });

  it('searches Chinese and English text, quotes and district names', () => {
    const text = tracker.targetById.get('q1')?.searchText ?? '';
    expect(text).toContain('管城回族区');
    expect(text).toContain('guancheng');
    expect(text).toContain('又一句');
  });
});

describe('deadline lists', () => {
  const rows = buildTracker(dataset, [], '2021-05-01').targets;
  it('overdue without result, longest overdue first', () => {
    expect(overdueWithoutResult(rows).map((r) => r.target.id)).toEqual(['q1']);
  });
  it('nearest deadlines from the as-of date on', () => {
    expect(nearestDeadlines(rows, '2021-05-01', 1).map((r) => r.target.id)).toEqual(['h1']);
  });
});

describe('records announced after the as-of date', () => {
  const later = makeDataset({
    districts: THREE_DISTRICTS,
    sources: [
      makeSource({ id: 'p2021', publishedOn: '2021-02-19' }),
      makeSource({ id: 'p2023', publishedOn: '2023-03-08' }),
    ],
    targets: [
      makeTarget({
        id: 'old',
        deadline: '2021-03-31',
        sourceRefs: [makeRef({ sourceId: 'p2021' })],
      }),
      makeTarget({
        id: 'new',
        deadline: '2023-03-31',
        sourceRefs: [makeRef({ sourceId: 'p2023' })],
      }),
    ],
  });

  it.each([
    ['2021-03-01', ['old'], ['new'], 'not-announced'],
    ['2023-03-08', ['old', 'new'], [], 'due-soon'],
  ])('as of %s: listed %j, not yet announced %j', (asOf, listed, waiting, state) => {
    const tracker = buildTracker(later, [], asOf);
    expect(tracker.targets.map((r) => r.target.id)).toEqual(listed);
    expect(tracker.notYetAnnounced.map((r) => r.target.id)).toEqual(waiting);
    expect(tracker.targetById.get('new')?.state).toBe(state);
    const counted = Object.values(tracker.states).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(listed.length);
    // The page still lists every record it printed.
    expect(tracker.bySource.get('p2023')?.targets.map((r) => r.target.id)).toEqual(['new']);
  });

  it('a record is first and last reported on the dates of its pages', () => {
    const both = makeTarget({
      id: 'both',
      sourceRefs: [makeRef({ sourceId: 'p2023' }), makeRef({ sourceId: 'p2021' })],
    });
    const dataset = { ...later, targets: [both] };
    const row = buildTracker(dataset, [], '2021-03-01').targetById.get('both');
    expect(row?.state).not.toBe('not-announced');
    expect([row?.firstReported, row?.lastReported]).toEqual(['2021-02-19', '2023-03-08']);
  });
});

describe('progress against plan, from the latest report stating it', () => {
  const plan = yi(60, { role: 'plan', comparator: 'at-least', qualifierZh: '以上' });
  const progressDataset = makeDataset({
    targets: [
      makeTarget({ id: 'q1', metric: 'investment', quantity: plan, period: '2021-Q1' }),
      makeTarget({ id: 'count', quantity: makeQuantity({ role: 'measure' }) }),
      makeTarget({ id: 'words' }),
    ],
    reports: [
      makeReport({
        targetId: 'q1',
        status: 'in-progress',
        date: '2021-02-28',
        progress: { percentOfPlan: 35, through: '2021-02-28' },
      }),
      makeReport({
        targetId: 'q1',
        status: 'in-progress',
        date: '2021-03-16',
        progress: { done: yi(45, { role: 'done' }), through: '2021-03-15' },
      }),
    ],
  });

  type Expected =
    { kind: 'unreported' } | { kind: 'measured'; percent: number; time: number; light: string };
  it.each<[string, string, Expected]>([
    ['before any report: grey, never a light', '2021-02-01', { kind: 'unreported' }],
    [
      'the February report: 35 % at two months of three, 31.7 points behind',
      '2021-03-01',
      { kind: 'measured', percent: 35, time: (2 / 3) * 100, light: 'red' },
    ],
    [
      'the March report: 45亿 of 60亿 through 03-15',
      '2021-04-30',
      { kind: 'measured', percent: 75, time: (74 / 90) * 100, light: 'yellow' },
    ],
  ])('%s', (_, asOf, expected) => {
    const progress = buildTracker(progressDataset, [], asOf).targetById.get('q1')?.progress;
    if (expected.kind !== 'measured') return expect(progress).toEqual(expected);
    if (progress?.kind !== 'measured') throw new Error('expected a measured progress');
    expect(progress.measure.percent).toBeCloseTo(expected.percent, 10);
    expect(progress.measure.time.percent).toBeCloseTo(expected.time, 10);
    expect(progress.measure.light).toBe(expected.light);
  });

  it('the relative rule lights the same progress by its own thresholds (35 ≥ half of 66.7)', () => {
    const row = buildTracker(progressDataset, [], '2021-03-01', 'relative').targetById.get('q1');
    expect(row?.progress.kind === 'measured' && row.progress.measure.light).toBe('yellow');
  });

  it('a target without a planned amount has no progress to show', () => {
    const tracker = buildTracker(progressDataset, [], '2021-04-30');
    expect(tracker.targetById.get('count')?.progress).toEqual({ kind: 'unquantified' });
    expect(tracker.targetById.get('words')?.progress).toEqual({ kind: 'unquantified' });
  });

  it('an achieved report with progress through the deadline is met on time, whenever printed', () => {
    const tracker = buildTracker(
      makeDataset({
        targets: [makeTarget({ id: 'y', deadline: '2023-12-31', period: '2023', quantity: plan })],
        reports: [
          makeReport({
            targetId: 'y',
            status: 'achieved',
            date: '2024-02-27',
            progress: { percentOfPlan: 100.2, through: '2023-12-31' },
          }),
        ],
      }),
      [],
      '2024-03-01',
    );
    expect(tracker.targetById.get('y')).toMatchObject({
      state: 'met-on-time',
      metOn: '2023-12-31',
      daysLate: null,
    });
  });
});

describe('progress from my follow-ups, measured like a page’s report', () => {
  const plan = yi(60, { role: 'plan', comparator: 'at-least', qualifierZh: '以上' });
  const followUpDataset = makeDataset({
    targets: [
      makeTarget({
        id: 'q1',
        metric: 'investment',
        quantity: plan,
        period: '2021-Q1',
        deadline: '2021-03-31',
      }),
    ],
    reports: [
      makeReport({
        targetId: 'q1',
        status: 'in-progress',
        date: '2021-02-28',
        progress: { percentOfPlan: 35, through: '2021-02-28' },
      }),
    ],
  });
  const followUp = (progress: FollowUp['progress'], overrides: Partial<FollowUp> = {}) =>
    makeFollowUp({
      targetId: 'q1',
      status: 'in-progress',
      date: '2021-03-20',
      ...(progress ? { progress } : {}),
      ...overrides,
    });

  type Expected = { from: 'follow-up' | 'report'; percent: number; light: string };
  it.each<[string, FollowUp['progress'], Expected]>([
    [
      '45 in 亿元 of 60亿元 through 03-15: 75 %, yellow',
      { done: { value: 45, unit: '亿元' }, through: '2021-03-15' },
      { from: 'follow-up', percent: 75, light: 'yellow' },
    ],
    [
      '85 % of plan through 03-15 (time 82.2 %): green',
      { percentOfPlan: 85, through: '2021-03-15' },
      { from: 'follow-up', percent: 85, light: 'green' },
    ],
    [
      '20 % of plan through 03-15: red',
      { percentOfPlan: 20, through: '2021-03-15' },
      { from: 'follow-up', percent: 20, light: 'red' },
    ],
    [
      'an amount in another unit than the plan’s: the page’s report still decides',
      { done: { value: 450_000, unit: '万元' }, through: '2021-03-15' },
      { from: 'report', percent: 35, light: 'red' },
    ],
    [
      'no progress stated: the page’s report still decides',
      undefined,
      { from: 'report', percent: 35, light: 'red' },
    ],
  ])('%s', (_label, progress, expected) => {
    const row = buildTracker(followUpDataset, [followUp(progress)], '2021-03-25').targetById.get(
      'q1',
    );
    if (row?.progress.kind !== 'measured') throw new Error('expected a measured progress');
    expect(row.progress.evidence.kind).toBe(expected.from);
    expect(row.progress.measure.percent).toBeCloseTo(expected.percent, 10);
    expect(row.progress.measure.light).toBe(expected.light);
  });

  it('a follow-up dated after the as-of date does not count yet', () => {
    const tracker = buildTracker(
      followUpDataset,
      [followUp({ percentOfPlan: 80, through: '2021-03-15' })],
      '2021-03-19',
    );
    const progress = tracker.targetById.get('q1')?.progress;
    expect(progress?.kind === 'measured' && progress.evidence.kind).toBe('report');
  });

  it.each<[string, FollowUp['progress'], string, number | null]>([
    [
      'achieved, progress through the deadline',
      { percentOfPlan: 100, through: '2021-03-31' },
      'met-on-time',
      null,
    ],
    ['achieved 45 days late, no progress', undefined, 'met-late', 45],
    [
      'achieved, progress through 45 days late',
      { done: { value: 61, unit: '亿元' }, through: '2021-05-15' },
      'met-late',
      45,
    ],
  ])('%s', (_label, progress, state, daysLate) => {
    const tracker = buildTracker(
      followUpDataset,
      [followUp(progress, { status: 'achieved', date: '2021-05-15' })],
      '2021-06-01',
    );
    expect(tracker.targetById.get('q1')).toMatchObject({ state, daysLate });
  });
});

describe('district rates: compared by shares, not counts', () => {
  const rates = (targets: Target[], followUps: FollowUp[] = []) =>
    buildTracker(makeDataset({ targets }), followUps, '2021-06-30').byDistrict.get('410104')?.rates;

  it('counts what is due and the shares met on time, overdue and with a result', () => {
    const result = rates(
      [
        makeTarget({ id: 'late', deadline: '2021-03-31' }),
        makeTarget({ id: 'on-time', deadline: '2021-03-31' }),
        makeTarget({ id: 'overdue', deadline: '2021-03-31' }),
        makeTarget({ id: 'early', deadline: '2021-12-31' }),
        makeTarget({ id: 'ahead', deadline: '2021-12-31' }),
        makeTarget({ id: 'none', deadline: null }),
      ],
      [
        makeFollowUp({ targetId: 'late', status: 'achieved', date: '2021-05-15' }),
        makeFollowUp({ targetId: 'on-time', status: 'achieved', date: '2021-03-30' }),
        makeFollowUp({ targetId: 'early', status: 'achieved', date: '2021-06-01' }),
      ],
    );
    expect(result).toMatchObject({
      due: 4,
      metOnTime: 2,
      metLate: 1,
      overdue: 1,
      onTime: 0.5,
      overdueRate: 0.25,
      withResult: 0.75,
      small: true,
    });
  });

  it('says no rate when nothing is due', () => {
    expect(rates([makeTarget({ deadline: '2021-12-31' })])).toMatchObject({
      due: 0,
      onTime: null,
      small: true,
    });
  });
});

describe('batches', () => {
  const tracker = buildTracker(
    makeDataset({
      projects: [makeProject({ id: 'p1' }), makeProject({ id: 'p2' })],
      batches: [
        makeBatch({ id: 'b', projectIds: ['p1', 'p2'], count: makeQuantity({ role: 'count' }) }),
        makeBatch({ id: 'key', parentId: 'b', projectIds: ['p1'] }),
      ],
      targets: [makeTarget({ id: 't', batchId: 'b' })],
    }),
    [],
    '2021-06-30',
  );

  it('gives a batch its members, subsets and targets, and a project its batches', () => {
    const b = tracker.batchById.get('b');
    expect(b?.members.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(b?.subsets.map((s) => s.id)).toEqual(['key']);
    expect(b?.targets.map((r) => r.target.id)).toEqual(['t']);
    expect(tracker.batchById.get('key')?.parent?.id).toBe('b');
    expect(tracker.projectById.get('p1')?.batches.map((x) => x.id)).toEqual(['b', 'key']);
    expect(tracker.byDistrict.get('410104')?.batches.map((r) => r.batch.id)).toEqual(['b', 'key']);
  });
});
