import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deeplyNestedJson, wrongJsonValue } from '../../../tests/fixtures/wrong-json';
import { FOLLOW_UP_LIMITS, FOLLOW_UP_STATUSES, type FollowUp } from './follow-up';
import {
  FOLLOW_UP_FILE_FORMAT,
  FOLLOW_UP_FILE_VERSION,
  parseFollowUpFile,
  type FileProblemKind,
} from './follow-up-file';
import { createFollowUpStore, type FollowUpStore } from './follow-up-store';

/**
 * Property: whatever is wrong with an import file, parsing returns a typed problem naming the
 * JSON path of the defect — it never throws, never accepts the file, and importing it leaves
 * storage exactly as it was. Each generated file is a valid one with one defect planted at a
 * known path, or text that is not JSON at all.
 */

const RUNS = 1_200;
const SEED = 20_211_122;

type Json = Record<string, unknown>;

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2025-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const isoDate = instant.map((d) => d.toISOString().slice(0, 10));
const timestamp = instant.map((d) => d.toISOString());
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const note = fc
  .string({ minLength: 1, maxLength: 60, unit: 'grapheme' })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const url = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => u.length <= 2_000);
const evidence = fc.oneof(
  slug.map((sourceId) => ({ sourceId })),
  url.map((u) => ({ url: u })),
  fc.tuple(slug, url).map(([sourceId, u]) => ({ sourceId, url: u })),
);

const followUpAt = (index: number): fc.Arbitrary<FollowUp> =>
  fc
    .record({
      targetId: slug,
      status: fc.constantFrom(...FOLLOW_UP_STATUSES),
      date: isoDate,
      note,
      evidence,
      createdAt: timestamp,
    })
    .map((r) => ({ id: `fu-${index}`, ...r, updatedAt: r.createdAt }));

const validFile = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => followUpAt(i))))
  .map((followUps) => ({
    format: FOLLOW_UP_FILE_FORMAT,
    version: FOLLOW_UP_FILE_VERSION,
    exportedAt: '2026-11-22T00:00:00.000Z',
    followUps: followUps as FollowUp[],
  }));

type Defect = { describe: string; path: string; kind?: FileProblemKind; text: string };

const REQUIRED = ['id', 'targetId', 'status', 'date', 'note', 'evidence', 'createdAt', 'updatedAt'];

/** A valid file, a record index in it, and a function planting one defect into a copy. */
const plant = (
  name: string,
  change: fc.Arbitrary<(file: Json, i: number) => { path: string; describe: string }>,
): fc.Arbitrary<Defect> =>
  fc.tuple(validFile, fc.nat(), change).map(([file, n, apply]) => {
    const copy = structuredClone(file) as unknown as Json;
    const i = n % file.followUps.length;
    const { path, describe } = apply(copy, i);
    return { describe: `${name}: ${describe}`, path, text: JSON.stringify(copy) };
  });

const record = (file: Json, i: number) => (file.followUps as Json[])[i]!;

const defects: fc.Arbitrary<Defect>[] = [
  plant(
    'wrong type',
    fc.tuple(fc.constantFrom(...REQUIRED), wrongJsonValue).map(([key, value]) => (file, i) => {
      record(file, i)[key] = value;
      return { path: `followUps[${i}].${key}`, describe: `${key} = ${JSON.stringify(value)}` };
    }),
  ),
  plant(
    'missing key',
    fc.constantFrom(...REQUIRED).map((key) => (file, i) => {
      delete record(file, i)[key];
      return { path: `followUps[${i}].${key}`, describe: `delete ${key}` };
    }),
  ),
  plant(
    'duplicate id',
    fc.constant((file: Json, i: number) => {
      const list = file.followUps as Json[];
      list.push({ ...list[i]!, note: 'copy' });
      return {
        path: `followUps[${list.length - 1}].id`,
        describe: `followUps[${list.length - 1}] repeats followUps[${i}].id`,
      };
    }),
  ),
  plant(
    'huge string',
    fc
      .tuple(
        fc.constantFrom(
          ['note', FOLLOW_UP_LIMITS.noteLength],
          ['id', FOLLOW_UP_LIMITS.idLength],
          ['evidence.url', FOLLOW_UP_LIMITS.urlLength],
          ['targetId', 120],
        ),
        fc.integer({ min: 1, max: 200_000 }),
      )
      .map(([[key, limit], extra]) => (file, i) => {
        const r = record(file, i);
        const long =
          key === 'evidence.url'
            ? `https://example.org/${'a'.repeat(limit + extra)}`
            : 'a'.repeat(limit + extra);
        if (key === 'evidence.url') r.evidence = { url: long };
        else r[key] = long;
        return { path: `followUps[${i}].${key}`, describe: `${key} of ${long.length} chars` };
      }),
  ),
  plant(
    'deep nesting',
    fc
      .tuple(fc.constantFrom(...REQUIRED, '(record)'), deeplyNestedJson)
      .map(([key, value]) => (file, i) => {
        if (key === '(record)') {
          (file.followUps as unknown[])[i] = value;
          return { path: `followUps[${i}]`, describe: 'the record is nested arrays/objects' };
        }
        record(file, i)[key] = value;
        return { path: `followUps[${i}].${key}`, describe: `${key} is deeply nested` };
      }),
  ),
  plant(
    'impossible date',
    fc
      .tuple(
        fc.constantFrom('date', 'createdAt', 'updatedAt'),
        fc.constantFrom(
          '2021-02-30',
          '2023-02-29',
          '2021-13-01',
          '2021-00-10',
          '2021-04-31',
          '20210101',
          '2021-1-1',
          '2021/01/01',
          '0000-00-00',
          '2021-12-32',
          '',
        ),
      )
      .map(([key, value]) => (file, i) => {
        record(file, i)[key] = key === 'date' || value === '' ? value : `${value}T00:00:00Z`;
        return { path: `followUps[${i}].${key}`, describe: `${key} = ${value}` };
      }),
  ),
  plant(
    'bad evidence',
    fc
      .constantFrom(
        [{}, 'evidence'],
        [{ url: 'javascript:alert(1)' }, 'evidence.url'],
        [{ url: 'data:text/html,<b>x</b>' }, 'evidence.url'],
        [{ url: 'ftp://example.org/x' }, 'evidence.url'],
        [{ sourceId: '<script>' }, 'evidence.sourceId'],
        [{ sourceId: '' }, 'evidence.sourceId'],
      )
      .map(([value, path]) => (file, i) => {
        record(file, i).evidence = value;
        return { path: `followUps[${i}].${path as string}`, describe: JSON.stringify(value) };
      }),
  ),
  plant(
    'unknown status',
    fc.constantFrom('not-rated', 'done', 'ACHIEVED', '已完成', '').map((value) => (file, i) => {
      record(file, i).status = value;
      return { path: `followUps[${i}].status`, describe: `status = ${value}` };
    }),
  ),
  plant(
    'envelope',
    fc
      .constantFrom(
        ['format', 'other.format', 'format'],
        ['format', undefined, 'format'],
        ['version', '2', 'version'],
        ['version', 0, 'version'],
        ['version', -1, 'version'],
        ['version', 1.5, 'version'],
        ['version', FOLLOW_UP_FILE_VERSION + 1, 'version'],
        ['version', 1e9, 'version'],
        ['followUps', {}, 'followUps'],
        ['followUps', 'none', 'followUps'],
        ['followUps', null, 'followUps'],
        ['exportedAt', 'yesterday', 'exportedAt'],
      )
      .map(([key, value, path]) => (file) => {
        if (value === undefined) delete file[key as string];
        else file[key as string] = value;
        return { path: path as string, describe: `${key as string} = ${JSON.stringify(value)}` };
      }),
  ),
  plant(
    'v1 file holding v2 records',
    fc.constant((file: Json, i: number) => {
      file.version = 1;
      return { path: `followUps[${i}].evidence`, describe: 'version 1 with object evidence' };
    }),
  ),
  fc
    .oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer()), fc.boolean())
    .map((value) => ({
      describe: `root is ${JSON.stringify(value).slice(0, 40)}`,
      path: '(root)',
      text: JSON.stringify(value),
    })),
  // text that is not JSON at all
  fc
    .string({ maxLength: 200 })
    .filter((text) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    })
    .map((text) => ({ describe: 'random text', path: '(root)', kind: 'syntax' as const, text })),
  // valid JSON broken on purpose: NaN, Infinity, undefined, comments, trailing commas, cut short
  fc
    .tuple(
      validFile,
      fc.constantFrom('NaN', 'Infinity', '-Infinity', 'undefined', "'x'", '/* c */ 1', '1,'),
    )
    .map(([file, token]) => ({
      describe: `version: ${token}`,
      path: '(root)',
      kind: 'syntax' as const,
      text: JSON.stringify(file).replace(
        `"version":${FOLLOW_UP_FILE_VERSION}`,
        `"version":${token}`,
      ),
    })),
  fc.tuple(validFile, fc.nat()).map(([file, n]) => {
    const text = JSON.stringify(file);
    const cut = n % (text.length - 1);
    return {
      describe: `cut at ${cut}`,
      path: '(root)',
      kind: 'syntax' as const,
      text: text.slice(0, cut),
    };
  }),
];

const seedInputs = [
  {
    targetId: 'a',
    status: 'achieved',
    date: '2021-04-01',
    note: '甲',
    evidence: { url: 'https://example.org/1' },
  },
  {
    targetId: 'b',
    status: 'stalled',
    date: '2021-05-01',
    note: '乙',
    evidence: { sourceId: 'src-1' },
  },
] as const;

describe('malformed follow-up files (property)', () => {
  let store: FollowUpStore;
  let before: FollowUp[];

  beforeAll(async () => {
    store = createFollowUpStore({ name: `property-${Date.now()}` });
    for (const input of seedInputs) await store.add({ ...input, evidence: { ...input.evidence } });
    const listed = await store.list();
    if (!listed.ok) throw new Error('seeding failed');
    before = listed.data;
  });

  afterAll(() => store.close());

  it(`${RUNS} generated files: each refused with a typed error at the planted path; storage unchanged`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(...defects), async (defect) => {
        runs += 1;
        let result: ReturnType<typeof parseFollowUpFile>;
        try {
          result = parseFollowUpFile(defect.text);
        } catch (error) {
          throw new Error(`${defect.describe}: threw ${String(error)}`);
        }
        expect(result.ok, defect.describe).toBe(false);
        if (result.ok) return;
        if (defect.kind) expect(result.reason.kind, defect.describe).toBe(defect.kind);
        expect(result.reason.issues.length).toBeGreaterThan(0);
        expect(result.reason.total).toBeGreaterThanOrEqual(result.reason.issues.length);
        for (const issue of result.reason.issues) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
          // Every planted defect is a kind the UI words in both languages.
          expect(issue.code, `${defect.describe}: ${issue.message}`).not.toBe('other');
        }
        // The planted path, or a path inside it (a record replaced by an object whose own
        // keys are then missing is reported key by key).
        const paths = result.reason.issues.map((issue) => issue.path);
        const named = paths.some(
          (path) =>
            path === defect.path ||
            path.startsWith(`${defect.path}.`) ||
            path.startsWith(`${defect.path}[`),
        );
        expect(named, `${defect.describe} (${defect.path}): ${JSON.stringify(paths)}`).toBe(true);

        const imported = await store.importText(defect.text);
        expect(imported.ok).toBe(false);
        const after = await store.list();
        expect(after.ok && after.data).toEqual(before);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(runs).toBe(RUNS);
  });

  it('valid generated files are accepted unchanged (the generator is not the reason files fail)', () => {
    fc.assert(
      fc.property(validFile, (file) => {
        const result = parseFollowUpFile(JSON.stringify(file));
        expect(result).toEqual({
          ok: true,
          data: { fromVersion: FOLLOW_UP_FILE_VERSION, followUps: file.followUps },
        });
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
