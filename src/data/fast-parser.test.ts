import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { generateSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';
import { compileFastParser, INVALID, UnsupportedSchemaError } from './fast-parser';
import { datasetShapeSchema } from './schema';
import { followUpFileSchema } from './tracking/follow-up-file';

/**
 * The fast parser and zod must agree: on whether an input is accepted, and on the output when
 * it is. What the fast parser refuses goes to zod, so zod's verdict and issues on input the fast
 * parser has already touched must also be those on the untouched input.
 */

type Verdict =
  { ok: true; data: unknown } | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

function zodVerdict(schema: z.core.$ZodType, input: unknown): Verdict {
  const result = z.safeParse(schema, input);
  return result.success
    ? { ok: true, data: result.data }
    : {
        ok: false,
        issues: result.error.issues.map(({ path, message }) => ({ path, message })),
      };
}

/**
 * Runs both, each on its own copy from `make`, and checks they agree; returns whether zod
 * accepted. (A factory, not structuredClone: that would drop symbol keys and non-enumerable
 * properties.)
 */
function expectAgreement(schema: z.core.$ZodType, make: () => unknown, label = ''): boolean {
  const fast = compileFastParser(schema);
  const forFast = make();
  const pristine = zodVerdict(schema, make());
  const out = fast(forFast);
  expect(out !== INVALID, `${label}: fast accepts iff zod accepts`).toBe(pristine.ok);
  if (pristine.ok) expect(out, `${label}: same output`).toStrictEqual(pristine.data);
  else expect(zodVerdict(schema, forFast), `${label}: zod on the touched input`).toEqual(pristine);
  return pristine.ok;
}

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(4));

describe('compileFastParser agrees with zod (table)', () => {
  const record = z.object({
    name: text,
    note: z.optional(text),
    day: z.nullable(z.iso.date()),
    tags: z._default(z.array(z.enum(['a', 'b'])).check(z.maxLength(2)), []),
    level: z._default(z.enum(['low', 'high']), 'low'),
    size: z.optional(z.number()),
    kind: z.literal(1),
  });
  const valid = { name: 'x', day: null, kind: 1 };

  it.each<[string, () => unknown]>([
    ['a minimal record (defaults filled in)', () => ({ ...valid })],
    [
      'every field',
      () => ({ ...valid, note: 'n', day: '2024-02-29', tags: ['a'], level: 'high', size: 2 }),
    ],
    ['text trimmed', () => ({ ...valid, name: '  x \u3000', note: '\ty\n' })],
    ['text only whitespace', () => ({ ...valid, name: ' \u3000 ' })],
    ['text long before trimming, short after', () => ({ ...valid, name: '   abcd   ' })],
    ['four astral characters (eight UTF-16 units)', () => ({ ...valid, name: '𠀀𠀁𠀂𠀃' })],
    ['five astral characters', () => ({ ...valid, name: '𠀀𠀁𠀂𠀃𠀄' })],
    ['unknown keys dropped', () => ({ ...valid, extra: 1, constructor: 'x' })],
    [
      'an own __proto__ key',
      () => JSON.parse('{"name":"x","day":null,"kind":1,"__proto__":{"a":1}}'),
    ],
    ['a missing required key', () => ({ day: null, kind: 1 })],
    [
      'a non-enumerable key with a bad value',
      () => Object.defineProperty({ ...valid }, 'size', { value: 'big', enumerable: false }),
    ],
    ['a symbol key', () => ({ ...valid, [Symbol('s')]: 1 })],
    ['a required key present but undefined', () => ({ ...valid, name: undefined })],
    ['an optional key present but undefined', () => ({ ...valid, note: undefined })],
    ['a defaulted key present but undefined', () => ({ ...valid, tags: undefined })],
    ['null where not nullable', () => ({ ...valid, name: null })],
    ['an impossible date', () => ({ ...valid, day: '2023-02-29' })],
    ['a date with time', () => ({ ...valid, day: '2024-02-29T00:00:00Z' })],
    ['NaN', () => ({ ...valid, size: NaN })],
    ['Infinity', () => ({ ...valid, size: Infinity })],
    ['a number as a string', () => ({ ...valid, size: '2' })],
    ['an enum value outside the set', () => ({ ...valid, level: 'mid' })],
    ['a wrong literal', () => ({ ...valid, kind: 2 })],
    ['an array too long', () => ({ ...valid, tags: ['a', 'b', 'a'] })],
    ['a bad array element', () => ({ ...valid, tags: ['a', 'c'] })],
    ['an array where an object belongs', () => [{ ...valid }]],
    ['a class instance where an object belongs', () => new (class Row {})()],
    ['a string', () => 'x'],
    ['null', () => null],
  ])('%s', (label, make) => {
    expectAgreement(record, make, label);
  });

  it('runs checks on objects (a refine) and arrays after their contents', () => {
    const pair = z
      .object({ from: z.number(), to: z.number() })
      .check(z.refine((p) => p.from <= p.to, 'from ≤ to'));
    expect(expectAgreement(pair, () => ({ from: 1, to: 2 }))).toBe(true);
    expect(expectAgreement(pair, () => ({ from: 3, to: 2 }))).toBe(false);
    const list = z.array(text).check(z.refine((xs) => xs.every((x) => x === x.trim())));
    expect(expectAgreement(list, () => [' a ', 'b '])).toBe(true);
  });

  it('gives each default a fresh copy', () => {
    const parse = compileFastParser(record);
    const a = parse({ ...valid }) as { tags: string[] };
    const b = parse({ ...valid }) as { tags: string[] };
    expect(a.tags).not.toBe(b.tags);
  });

  it('normalizes in place and returns its input', () => {
    const input = { ...valid, name: ' x ', extra: true };
    expect(compileFastParser(record)(input)).toBe(input);
    expect(input).toStrictEqual({ name: 'x', day: null, kind: 1, tags: [], level: 'low' });
  });

  it.each<[string, z.core.$ZodType]>([
    ['a union', z.union([z.string(), z.number()])],
    [
      'a transform',
      z.pipe(
        z.string(),
        z.transform((s) => s.length),
      ),
    ],
    ['a strict object', z.strictObject({ a: z.string() })],
    ['a key Object.prototype has', z.object({ toString: z.string() })],
    ['coercion', z.coerce.number()],
  ])('refuses to compile %s', (_, schema) => {
    expect(() => compileFastParser(schema)).toThrow(UnsupportedSchemaError);
  });
});

/** Every place in a JSON value: [parent, key] pairs, objects and arrays included. */
function places(root: unknown): [Record<PropertyKey, unknown>, string | number][] {
  const out: [Record<PropertyKey, unknown>, string | number][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push([value as unknown as Record<PropertyKey, unknown>, i]);
        walk(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        out.push([value as Record<PropertyKey, unknown>, key]);
        walk(item);
      }
    }
  };
  walk(root);
  return out;
}

const oddValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u3000',
    ' padded ',
    '2024-02-29',
    '2023-02-29',
    '2021-13-01',
    '2024',
    '2021-Q1',
    'not-rated',
    'achieved',
    'road',
    'CNY',
    'exactly',
    '410102',
    'UPPER',
    '𠀀'.repeat(80),
    '𠀀'.repeat(81),
    'x'.repeat(121),
    null,
    undefined,
    true,
    0,
    -1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    [],
    {},
  ),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer(),
);

type Mutation = (root: unknown) => void;

/** One change at the place chosen by `pick` (a fraction of the places). */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // set any value to an odd one
  fc
    .tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), oddValue)
    .map(([pick, value]) => (root: unknown) => {
      const all = places(root);
      const [parent, key] = all[Math.floor(pick * all.length)] ?? [];
      if (parent !== undefined) parent[key!] = structuredClone(value);
    }),
  // pad a string with whitespace (valid where the schema trims)
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((pick) => (root: unknown) => {
    const strings = places(root).filter(([p, k]) => typeof p[k] === 'string');
    const [parent, key] = strings[Math.floor(pick * strings.length)] ?? [];
    if (parent !== undefined) parent[key!] = ` \t${String(parent[key!])}\u3000`;
  }),
  // delete a key (valid where it is optional or defaulted)
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map((pick) => (root: unknown) => {
    const keys = places(root).filter(([p]) => !Array.isArray(p));
    const [parent, key] = keys[Math.floor(pick * keys.length)] ?? [];
    if (parent !== undefined) delete parent[key!];
  }),
  // add a key no schema names (valid, and dropped)
  fc
    .tuple(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.constantFrom('extra', 'constructor', 'toString', '__proto__', 'id ', ''),
      oddValue,
    )
    .map(([pick, name, value]) => (root: unknown) => {
      const objects = [root, ...places(root).map(([p, k]) => p[k])].filter(
        (v): v is Record<string, unknown> =>
          typeof v === 'object' && v !== null && !Array.isArray(v),
      );
      const target = objects[Math.floor(pick * objects.length)];
      if (target)
        Object.defineProperty(target, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }),
  // empty an array, or repeat one of its elements
  fc
    .tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.boolean())
    .map(([pick, empty]) => (root: unknown) => {
      const arrays = places(root)
        .map(([p, k]) => p[k])
        .filter((v): v is unknown[] => Array.isArray(v));
      const target = arrays[Math.floor(pick * arrays.length)];
      if (!target) return;
      if (empty) target.length = 0;
      else if (target.length > 0) target.push(structuredClone(target[0]));
    }),
);

describe('compileFastParser agrees with zod on the dataset schema (property)', () => {
  it('the bundled dataset: accepted by both, with the same output', () => {
    const bundled: unknown = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
    expect(expectAgreement(datasetShapeSchema, () => structuredClone(bundled), 'bundled')).toBe(
      true,
    );
  });

  it('synthetic datasets with up to three changes each: the same verdict and output (1,000 runs)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(mutation, { minLength: 0, maxLength: 3 }),
        (records, seed, changes) => {
          const dataset: unknown = generateSyntheticDataset({ records, seed });
          for (const change of changes) change(dataset);
          const make = () => structuredClone(dataset);
          if (expectAgreement(datasetShapeSchema, make, `seed ${seed}`)) accepted++;
          else refused++;
        },
      ),
      { numRuns: 1_000, seed: 20261122 },
    );
    // Both sides of the comparison are exercised, not just refusals.
    expect(accepted).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(150);
  });

  it('follow-up files (object refines, optional keys, ISO date-times): the same (300 runs)', () => {
    const file = {
      format: 'zz-tracker.follow-ups',
      version: 2,
      exportedAt: '2021-05-01T00:00:00.000Z',
      followUps: [
        {
          id: 'fu-1',
          targetId: 'guancheng-2021-q1-investment',
          status: 'achieved',
          date: '2021-04-20',
          note: '区统计局：一季度完成固定资产投资62亿元。',
          evidence: { sourceId: '003_13d16aa499b581b9', url: 'https://example.org/report' },
          createdAt: '2021-04-21T08:00:00.000Z',
          updatedAt: '2021-04-21T08:00:00.000Z',
        },
      ],
    };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 0, maxLength: 2 }), (changes) => {
        const input: unknown = structuredClone(file);
        for (const change of changes) change(input);
        expectAgreement(followUpFileSchema, () => structuredClone(input));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
