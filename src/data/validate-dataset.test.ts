import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { formatPath, parseDataset, validateDataset } from './validate-dataset';
import {
  makeBatch,
  makeDataset,
  makeProject,
  makeReport,
  makeTarget,
  yi,
} from '../../tests/fixtures/factories';

const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Record<
  string,
  unknown[]
>;
const clone = () => structuredClone(bundled) as Record<string, Record<string, unknown>[]>;

describe('formatPath', () => {
  it.each([
    [['targets', 3, 'deadline'], 'targets[3].deadline'],
    [['projects', 0, 'sourceRefs', 1, 'quote'], 'projects[0].sourceRefs[1].quote'],
    [[], '(root)'],
    [['a b'], '["a b"]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('validateDataset', () => {
  it('accepts the bundled dataset', () => {
    const result = validateDataset(bundled);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a deadline that is not a date',
      (d: ReturnType<typeof clone>) => (d.targets![0]!.deadline = '2021-02-30'),
      'targets[0].deadline',
    ],
    [
      'a missing key',
      (d: ReturnType<typeof clone>) => delete d.targets![0]!.statementZh,
      'targets[0].statementZh',
    ],
    [
      'a dangling district',
      (d: ReturnType<typeof clone>) => (d.projects![0]!.districtId = '999999'),
      'projects[0].districtId',
    ],
    [
      'a dangling source',
      (d: ReturnType<typeof clone>) =>
        ((d.targets![0]!.sourceRefs as { sourceId: string }[])[0]!.sourceId = 'nope'),
      'targets[0].sourceRefs[0].sourceId',
    ],
    [
      'a duplicate id',
      (d: ReturnType<typeof clone>) => d.districts!.push({ ...d.districts![0]! }),
      `districts[${bundled.districts!.length}].id`,
    ],
    [
      'an empty string',
      (d: ReturnType<typeof clone>) => (d.projects![0]!.nameZh = '  '),
      'projects[0].nameZh',
    ],
    [
      'a wrong schema version',
      (d: ReturnType<typeof clone>) =>
        ((d as unknown as Record<string, unknown>).schemaVersion = 99),
      'schemaVersion',
    ],
  ])('rejects %s and names the path', (_, mutate, path) => {
    const dataset = clone();
    mutate(dataset);
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason.kind === 'validation') {
      expect(result.reason.issues.map((issue) => issue.path)).toContain(path);
    }
  });
});

describe('parseDataset', () => {
  it('reports JSON syntax errors as values', () => {
    const result = parseDataset('{"schemaVersion": 1,');
    expect(result).toMatchObject({ ok: false, reason: { kind: 'syntax' } });
  });
});

describe('schema v3 rules: roles, parts, batches, progress', () => {
  const base = () =>
    makeDataset({
      projects: [makeProject({ id: 'p' })],
      targets: [
        makeTarget({ id: 'whole', quantity: yi(100, { role: 'plan' }) }),
        makeTarget({ id: 'part', quantity: yi(40, { role: 'plan' }), partOf: 'whole' }),
      ],
      batches: [
        makeBatch({ id: 'b', projectIds: ['p'], total: yi(300, { role: 'total' }) }),
        makeBatch({ id: 'sub', parentId: 'b' }),
      ],
      reports: [
        makeReport({
          targetId: 'whole',
          status: 'in-progress',
          progress: { percentOfPlan: 58.7, through: '2021-06-30' },
        }),
      ],
    });

  it('accepts parts, batches and progress that hold together', () => {
    expect(validateDataset(base())).toMatchObject({ ok: true });
  });

  it.each<[string, (d: Dataset) => void, string, string]>([
    [
      'a part of an unknown target',
      (d) => (d.targets[1]!.partOf = 'gone'),
      'targets[1].partOf',
      'unknown target "gone"',
    ],
    [
      'a part of itself',
      (d) => (d.targets[0]!.partOf = 'part'),
      'targets[0].partOf',
      'not a part of itself',
    ],
    [
      'a part in another role than its whole',
      (d) => (d.targets[1]!.quantity = yi(40, { role: 'total' })),
      'targets[1].partOf',
      "in its whole's unit and role",
    ],
    [
      'a part without an amount',
      (d) => delete d.targets[1]!.quantity,
      'targets[1].partOf',
      'both need an amount',
    ],
    [
      'an unknown batch',
      (d) => (d.targets[0]!.batchId = 'nope'),
      'targets[0].batchId',
      'unknown batch "nope"',
    ],
    [
      'a batch member that does not exist',
      (d) => d.batches[0]!.projectIds.push('ghost'),
      'batches[0].projectIds[1]',
      'unknown project',
    ],
    [
      'a subset of an unknown batch',
      (d) => (d.batches[1]!.parentId = 'nope'),
      'batches[1].parentId',
      'unknown batch',
    ],
    [
      'a batch that is its own subset',
      (d) => (d.batches[0]!.parentId = 'sub'),
      'batches[0].parentId',
      'not its own subset',
    ],
    [
      'a batch total in the role of a plan',
      (d) => (d.batches[0]!.total = yi(300, { role: 'plan' })),
      'batches[0].total',
      'role "total"',
    ],
    [
      'progress stating both the amount and the percent',
      (d) =>
        (d.reports[0]!.progress = {
          percentOfPlan: 50,
          done: yi(1, { role: 'done' }),
          through: '2021-06-30',
        }),
      'reports[0].progress',
      'exactly one of the two',
    ],
    [
      'progress on a project',
      (d) =>
        (d.reports[0] = makeReport({
          projectId: 'p',
          stage: 'completed',
          progress: { percentOfPlan: 1, through: '2021-06-30' },
        })),
      'reports[0]',
      'only a report on a target states progress',
    ],
  ])('rejects %s', (_, change, path, message) => {
    const dataset = base();
    change(dataset);
    const result = validateDataset(dataset);
    if (result.ok || result.reason.kind !== 'validation')
      throw new Error('expected a validation failure');
    const issue = result.reason.issues.find((i) => i.path === path);
    expect(issue?.message, JSON.stringify(result.reason.issues)).toContain(message);
  });
});
