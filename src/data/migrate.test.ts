// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { migrateDataset } from './migrate';
import { SCHEMA_VERSION } from './schema';
import { parseDataset } from './validate-dataset';
import {
  makeDataset,
  makeQuantity,
  makeRef,
  makeSource,
  makeTarget,
} from '../../tests/fixtures/factories';

/** A version 1 file: targets carry their own status, there are no reports. */
function v1(targets: Record<string, unknown>[]) {
  const { reports: _reports, ...v2 } = makeDataset({
    sources: [makeSource({ id: 'p1', publishedOn: '2021-02-19' })],
  });
  return { ...v2, schemaVersion: 1, targets };
}
const target = (status?: string) => {
  const { ...t } = makeTarget({ id: 't1', sourceRefs: [makeRef({ sourceId: 'p1', quote: '句' })] });
  return status === undefined ? t : { ...t, status };
};

describe('v1 → v2', () => {
  it.each([
    ['a target not yet rated: no report', target('not-rated'), []],
    ['a target without a status field: no report', target(), []],
    [
      'a rated target: a report on it, dated on its first page, citing its first quote',
      target('achieved'),
      [
        {
          id: 't1-status',
          targetId: 't1',
          status: 'achieved',
          date: '2021-02-19',
          sourceRef: { sourceId: 'p1', quote: '句' },
        },
      ],
    ],
  ])('%s', (_name, input, reports) => {
    const migrated = migrateDataset(v1([input])) as Record<string, unknown>;
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.reports).toEqual(reports);
    expect((migrated.targets as Record<string, unknown>[])[0]).not.toHaveProperty('status');
  });

  it('a project’s stated stage becomes a report on it; the project keeps "unstated"', () => {
    const project = {
      id: 'p1',
      stage: 'completed',
      sourceRefs: [{ sourceId: 'p1', quote: '已建成' }],
    };
    const migrated = migrateDataset({
      ...v1([]),
      projects: [project, { ...project, id: 'p2', stage: 'unstated' }],
    }) as {
      projects: { id: string; stage: string }[];
      reports: unknown[];
    };
    expect(migrated.projects.map((p) => p.stage)).toEqual(['unstated', 'unstated']);
    expect(migrated.reports).toEqual([
      {
        id: 'p1-stage',
        projectId: 'p1',
        stage: 'completed',
        date: '2021-02-19',
        sourceRef: { sourceId: 'p1', quote: '已建成' },
      },
    ]);
  });

  it.each([
    ['the current version', { schemaVersion: SCHEMA_VERSION, targets: [] }],
    ['a version from the future', { schemaVersion: 99 }],
    ['no version', { targets: [] }],
    ['not an object', [1, 2]],
    ['a string', 'dataset'],
  ])('leaves %s as it is', (_name, input) => {
    expect(migrateDataset(input)).toEqual(input);
  });

  it('a v1 file loads as a valid v2 dataset; a broken one still names the path', () => {
    const loaded = parseDataset(JSON.stringify(v1([target('in-progress')])));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.reason));
    expect(loaded.data.reports.map((r) => r.status)).toEqual(['in-progress']);

    const broken = parseDataset(JSON.stringify(v1([{ ...target('achieved'), deadline: 'soon' }])));
    expect(broken.ok).toBe(false);
    if (!broken.ok && broken.reason.kind === 'validation')
      expect(broken.reason.issues[0]?.path).toBe('targets[0].deadline');
  });
});

describe('v2 → v3: every quantity gets its role, from where it stands', () => {
  const v2 = (over: Record<string, unknown[]>) => {
    const { batches: _batches, ...rest } = makeDataset({
      sources: [makeSource({ id: 'p1', publishedOn: '2021-02-19' })],
    });
    return { ...rest, schemaVersion: 2, ...over };
  };
  const money = {
    value: 60,
    unit: '亿元',
    normalized: 6e9,
    normalizedUnit: 'CNY',
    comparator: 'exactly',
  };
  const percent = {
    value: 9,
    unit: '%',
    normalized: 9,
    normalizedUnit: '%',
    comparator: 'exactly',
  };
  const ref = [makeRef({ sourceId: 'p1', quote: '句' })];

  it.each([
    [
      'a project’s investment: its lifetime total',
      'projects',
      { id: 'p', investment: money },
      'investment',
      'total',
    ],
    ['a target’s amount: a plan', 'targets', { id: 't', quantity: money }, 'quantity', 'plan'],
    [
      'a target’s rate: a measure',
      'targets',
      { id: 't', quantity: percent },
      'quantity',
      'measure',
    ],
    [
      'an actual figure: done',
      'figures',
      { id: 'f', basis: 'actual', indicatorZh: '完成投资', quantity: money },
      'quantity',
      'done',
    ],
    [
      'a planned figure: a plan',
      'figures',
      { id: 'f', basis: 'planned', indicatorZh: '计划投资', quantity: money },
      'quantity',
      'plan',
    ],
    [
      'a planned 总投资: a total',
      'figures',
      { id: 'f', basis: 'planned', indicatorZh: '重大项目总投资', quantity: money },
      'quantity',
      'total',
    ],
    [
      'a growth rate figure: a measure',
      'figures',
      { id: 'f', basis: 'actual', indicatorZh: '增速', quantity: percent },
      'quantity',
      'measure',
    ],
  ])('%s', (_, collection, record, field, role) => {
    const migrated = migrateDataset(
      v2({ [collection]: [{ ...record, sourceRefs: ref }] }),
    ) as Record<string, Record<string, { role?: string }>[]>;
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.batches).toEqual([]);
    expect(migrated[collection]?.[0]?.[field]?.role).toBe(role);
  });

  it('keeps a role a file already gives', () => {
    const migrated = migrateDataset(
      v2({ figures: [{ id: 'f', basis: 'actual', quantity: { ...money, role: 'count' } }] }),
    ) as { figures: { quantity: { role: string } }[] };
    expect(migrated.figures[0]?.quantity.role).toBe('count');
  });

  it('a v2 file loads as a valid v3 dataset, and so does a v1 file', () => {
    const target = makeTarget({ id: 't1', sourceRefs: ref });
    const { role: _role, ...printed } = target.quantity ?? makeQuantity();
    const loaded = parseDataset(
      JSON.stringify(v2({ targets: [{ ...target, quantity: printed }] })),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.reason));
    expect(loaded.data.targets[0]?.quantity?.role).toBe('plan');
    expect(loaded.data.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
