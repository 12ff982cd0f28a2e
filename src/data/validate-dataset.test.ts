import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, parseDataset, validateDataset } from './validate-dataset';

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
