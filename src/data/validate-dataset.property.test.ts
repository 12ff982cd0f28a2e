import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deeplyNestedJson, wrongJsonValue } from '../../tests/fixtures/wrong-json';
import { LIMITS } from './schema';
import { parseDataset, validateDataset } from './validate-dataset';

/**
 * Property: whatever is wrong with a dataset, validation returns a typed problem naming the
 * JSON path — it never throws and never accepts the file. Each generated dataset is the
 * bundled one with one defect planted at a known path.
 */

type Json = Record<string, unknown>;
const base = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Record<string, Json[]>;
const COLLECTIONS = ['sources', 'districts', 'projects', 'targets', 'figures'] as const;
const filled = COLLECTIONS.filter((name) => (base[name]?.length ?? 0) > 0);

/** Required string fields per collection (all must be non-empty text). */
const TEXT_FIELDS: Record<(typeof COLLECTIONS)[number], string[]> = {
  sources: ['dateEvidence'],
  districts: ['nameZh', 'nameEn'],
  projects: ['nameZh', 'nameEn'],
  targets: ['statementZh', 'statementEn'],
  figures: ['indicatorZh', 'indicatorEn'],
};
const REQUIRED_KEYS: Record<(typeof COLLECTIONS)[number], string[]> = {
  sources: ['id', 'publishedOn', 'dateCertainty', 'dateEvidence', 'districtIds'],
  districts: ['id', 'nameZh', 'kind'],
  projects: ['id', 'nameZh', 'districtId', 'category', 'stage', 'sourceRefs'],
  targets: [
    'id',
    'districtId',
    'statementZh',
    'metric',
    'firmness',
    'deadline',
    'period',
    'sourceRefs',
  ],
  figures: ['id', 'districtId', 'indicatorZh', 'quantity', 'period', 'basis', 'sourceRefs'],
};

type Defect = {
  describe: string;
  expectedPath: string;
  apply: (dataset: Record<string, Json[]>) => void;
};

const collectionAndIndex = fc
  .constantFrom(...filled)
  .chain((name) => fc.tuple(fc.constant(name), fc.nat({ max: (base[name]?.length ?? 1) - 1 })));

const defects: fc.Arbitrary<Defect>[] = [
  // a required text field of the wrong type
  fc.tuple(collectionAndIndex, wrongJsonValue).map(([[name, i], value]) => {
    const field = TEXT_FIELDS[name][0]!;
    return {
      describe: `${name}[${i}].${field} = ${JSON.stringify(value)}`,
      expectedPath: `${name}[${i}].${field}`,
      apply: (d) => void (d[name]![i]![field] = value),
    };
  }),
  // a required key missing
  collectionAndIndex.chain(([name, i]) =>
    fc.constantFrom(...REQUIRED_KEYS[name]).map((key) => ({
      describe: `delete ${name}[${i}].${key}`,
      expectedPath: `${name}[${i}].${key}`,
      apply: (d: Record<string, Json[]>) => void delete d[name]![i]![key],
    })),
  ),
  // an empty or whitespace-only string
  fc
    .tuple(collectionAndIndex, fc.constantFrom('', ' ', '\u3000', '\n\t'))
    .map(([[name, i], value]) => {
      const field = TEXT_FIELDS[name][1] ?? TEXT_FIELDS[name][0]!;
      return {
        describe: `${name}[${i}].${field} = ${JSON.stringify(value)}`,
        expectedPath: `${name}[${i}].${field}`,
        apply: (d) => void (d[name]![i]![field] = value),
      };
    }),
  // a huge string
  fc.tuple(collectionAndIndex, fc.integer({ min: 1, max: 200_000 })).map(([[name, i], extra]) => {
    const field = TEXT_FIELDS[name][0]!;
    return {
      describe: `${name}[${i}].${field} of ${LIMITS.textLength + extra} chars`,
      expectedPath: `${name}[${i}].${field}`,
      apply: (d) => void (d[name]![i]![field] = '郑'.repeat(LIMITS.textLength + extra)),
    };
  }),
  // deep nesting where a string belongs
  fc.tuple(collectionAndIndex, deeplyNestedJson).map(([[name, i], value]) => {
    const field = TEXT_FIELDS[name][0]!;
    return {
      describe: `${name}[${i}].${field} nested`,
      expectedPath: `${name}[${i}].${field}`,
      apply: (d) => void (d[name]![i]![field] = value),
    };
  }),
  // a duplicate id
  collectionAndIndex.map(([name, i]) => ({
    describe: `duplicate ${name}[${i}]`,
    expectedPath: `${name}[${base[name]!.length}].id`,
    apply: (d: Record<string, Json[]>) => void d[name]!.push(structuredClone(d[name]![i]!)),
  })),
  // a dangling reference
  fc
    .tuple(
      fc.constantFrom(
        ...filled.filter((n) => n === 'projects' || n === 'targets' || n === 'figures'),
      ),
      fc.stringMatching(/^[a-z]{3,12}$/),
    )
    .chain(([name, id]) =>
      fc.nat({ max: base[name]!.length - 1 }).map((i) => ({
        describe: `${name}[${i}].districtId = nowhere-${id}`,
        expectedPath: `${name}[${i}].districtId`,
        apply: (d: Record<string, Json[]>) => void (d[name]![i]!.districtId = `nowhere-${id}`),
      })),
    ),
  // an impossible or malformed date
  fc
    .tuple(
      fc.constantFrom(
        '2023-02-29',
        '2021-02-30',
        '2021-13-01',
        '2021-00-10',
        '2021-04-31',
        '21-03-31',
        'tomorrow',
        '2021/03/31',
        '',
      ),
      fc.nat({ max: base.sources!.length - 1 }),
    )
    .map(([date, i]) => ({
      describe: `sources[${i}].publishedOn = ${date}`,
      expectedPath: `sources[${i}].publishedOn`,
      apply: (d: Record<string, Json[]>) => void (d.sources![i]!.publishedOn = date),
    })),
  // a non-finite number (possible when a dataset is built in JS rather than parsed)
  fc
    .tuple(
      fc.constantFrom(NaN, Infinity, -Infinity),
      fc.constantFrom(...filled.filter((n) => n === 'figures' || n === 'targets')),
    )
    .chain(([value, name]) => {
      const withQuantity = base[name]!.map((row, i) => [row, i] as const).filter(
        ([row]) => row.quantity,
      );
      return fc.constantFrom(...withQuantity.map(([, i]) => i)).map((i) => ({
        describe: `${name}[${i}].quantity.value = ${value}`,
        expectedPath: `${name}[${i}].quantity.value`,
        apply: (d: Record<string, Json[]>) => void ((d[name]![i]!.quantity as Json).value = value),
      }));
    }),
  // a whole collection of the wrong type
  fc
    .tuple(
      fc.constantFrom(...COLLECTIONS),
      wrongJsonValue.filter((v) => !Array.isArray(v)),
    )
    .map(([name, value]) => ({
      describe: `${name} = ${JSON.stringify(value)}`,
      expectedPath: name,
      apply: (d: Record<string, Json[]>) => void ((d as Record<string, unknown>)[name] = value),
    })),
];

describe('validateDataset on malformed datasets (property)', () => {
  it('names the JSON path of the planted defect and never throws (≥ 1,000 datasets)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(...defects), (defect) => {
        runs++;
        const dataset = structuredClone(base);
        defect.apply(dataset);
        let result: ReturnType<typeof validateDataset>;
        try {
          result = validateDataset(dataset);
        } catch (error) {
          throw new Error(`threw on ${defect.describe}: ${String(error)}`);
        }
        expect(result.ok, defect.describe).toBe(false);
        if (result.ok || result.reason.kind !== 'validation') return;
        const paths = result.reason.issues.map((issue) => issue.path);
        expect(
          paths.some(
            (path) =>
              path === defect.expectedPath ||
              path.startsWith(`${defect.expectedPath}.`) ||
              path.startsWith(`${defect.expectedPath}[`),
          ),
          `${defect.describe}: got ${paths.join(', ')}`,
        ).toBe(true);
      }),
      { numRuns: 1_200, seed: 20261121 },
    );
    expect(runs).toBeGreaterThanOrEqual(1_000);
  }, 120_000); // 1,200 validations of the whole dataset: minutes on a loaded machine, not a hang

  it('reports any text that is not JSON as a syntax problem, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let isJson = true;
        try {
          JSON.parse(text);
        } catch {
          isJson = false;
        }
        const result = parseDataset(text);
        expect(result.ok).toBe(false);
        if (!isJson && !result.ok) expect(result.reason.kind).toBe('syntax');
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('rejects any JSON value that is not a dataset object', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = validateDataset(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
