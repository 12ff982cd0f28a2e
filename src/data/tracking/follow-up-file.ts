import * as z from 'zod/mini';
import { fail, ok, type Result } from '@/lib/result';
import { formatPath } from '../validate-dataset';
import {
  FOLLOW_UP_LIMITS,
  followUpSchema,
  followUpV1Schema,
  followUpV2Schema,
  migrateFollowUpV1,
  migrateFollowUpV2,
  type FollowUp,
} from './follow-up';
import { canonicalFollowUp } from './follow-up-canonical';

/**
 * The export/import file: `{ format, version, exportedAt, followUps }`. The format name tells
 * it apart from any other JSON; the version says which shape `followUps` has. Older versions
 * are migrated on import; newer ones are refused with a message. docs/tracking.md.
 */
export const FOLLOW_UP_FILE_FORMAT = 'zz-tracker.follow-ups';
/**
 * 3 added a follow-up's progress. A file of version 2 reads as it is; a release that reads
 * only up to version 2 refuses a version-3 file rather than dropping the progress it holds.
 */
export const FOLLOW_UP_FILE_VERSION = 3;
/** Versions this code reads; each older one has a migration to the current shape. */
export const READABLE_FILE_VERSIONS = [1, 2, 3] as const;

const timestamp = z.iso.datetime({ offset: true, error: 'expected an ISO date-time' });

const followUpList = <T extends z.ZodMiniType>(item: T) =>
  z
    .array(item)
    .check(
      z.maxLength(
        FOLLOW_UP_LIMITS.records,
        `a file holds at most ${FOLLOW_UP_LIMITS.records.toLocaleString('en')} follow-ups`,
      ),
    );

export const followUpFileV1Schema = z.object({
  format: z.literal(FOLLOW_UP_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.optional(timestamp),
  followUps: followUpList(followUpV1Schema),
});

export const followUpFileV2Schema = z.object({
  format: z.literal(FOLLOW_UP_FILE_FORMAT),
  version: z.literal(2),
  exportedAt: timestamp,
  followUps: followUpList(followUpV2Schema),
});

export const followUpFileSchema = z.object({
  format: z.literal(FOLLOW_UP_FILE_FORMAT),
  version: z.literal(FOLLOW_UP_FILE_VERSION),
  exportedAt: timestamp,
  followUps: followUpList(followUpSchema),
});
export type FollowUpFile = z.infer<typeof followUpFileSchema>;

/**
 * What kind of thing is wrong, so the UI can say it in the reader's language; `message` is
 * the English wording (also what tests and logs read).
 */
export type FileIssueCode =
  | 'too-large'
  | 'not-json'
  | 'not-a-follow-up-file'
  | 'bad-version'
  | 'newer-version'
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'bad-value'
  | 'bad-date'
  | 'bad-timestamp'
  | 'bad-id'
  | 'bad-url'
  | 'bad-evidence'
  | 'evidence-required'
  | 'too-long'
  | 'too-many'
  | 'duplicate-id'
  | 'future'
  | 'progress-one-of'
  | 'through-after-date'
  | 'other';

/** One thing wrong with a file, at a JSON path such as `followUps[2].date`. */
export type FileIssue = {
  path: string;
  message: string;
  code: FileIssueCode;
  /** Values the message names (a limit, the expected type, a duplicate's first index…). */
  params?: Record<string, string | number>;
};

export type FileProblemKind =
  'too-large' | 'syntax' | 'not-a-follow-up-file' | 'unsupported-version' | 'invalid';

/** Why a file was refused: always at least one issue, each naming a JSON path. */
export type FileProblem = { kind: FileProblemKind; issues: FileIssue[]; total: number };

export type ParsedFollowUpFile = {
  /** The version the file was written in (1 files were migrated). */
  fromVersion: (typeof READABLE_FILE_VERSIONS)[number];
  followUps: FollowUp[];
};

/** How many issues a problem lists; the rest are counted in `total`. */
export const MAX_LISTED_ISSUES = 20;

const problem = (kind: FileProblemKind, issues: FileIssue[]): Result<never, FileProblem> =>
  fail({ kind, issues: issues.slice(0, MAX_LISTED_ISSUES), total: issues.length });

/** Builds the file for a set of follow-ups, in a stable order (oldest recorded first). */
export function buildFollowUpFile(followUps: readonly FollowUp[], now: Date): FollowUpFile {
  const sorted = followUps
    .map(canonicalFollowUp)
    .sort(
      (a, b) =>
        Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return {
    format: FOLLOW_UP_FILE_FORMAT,
    version: FOLLOW_UP_FILE_VERSION,
    exportedAt: now.toISOString(),
    followUps: sorted,
  };
}

/**
 * Compact JSON: indentation made a 10,000-follow-up export 30 % larger than the same data
 * compact, past what import accepted. A backup is for the app to read back, not for reading.
 */
export function serializeFollowUpFile(file: FollowUpFile): string {
  return `${JSON.stringify(file)}\n`;
}

/** Bytes of `text` in UTF-8 (what a saved file and File.size measure), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Any instant: `exportedAt` is always 24 characters, so the size does not depend on it. */
const SIZE_PROBE_TIME = new Date(0);

/** The size in bytes of the export file holding exactly these follow-ups. */
export function exportFileBytes(followUps: readonly FollowUp[]): number {
  return utf8Length(serializeFollowUpFile(buildFollowUpFile(followUps, SIZE_PROBE_TIME)));
}

/** Storage would pass a limit: how many follow-ups and bytes it would hold. */
export type LimitProblem = { kind: 'limit'; records: number; bytes: number };

/**
 * Whether a set of follow-ups may be stored: no more than the import accepts in one file, so
 * its export can always be imported again.
 */
export function checkStorageLimits(followUps: readonly FollowUp[]): Result<number, LimitProblem> {
  const records = followUps.length;
  if (records > FOLLOW_UP_LIMITS.records) {
    return fail({ kind: 'limit', records, bytes: exportFileBytes(followUps) });
  }
  const bytes = exportFileBytes(followUps);
  return bytes > FOLLOW_UP_LIMITS.fileBytes ? fail({ kind: 'limit', records, bytes }) : ok(bytes);
}

/** YYYY-MM-DD of an instant in UTC. */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Dates and timestamps later than now plus a day: a follow-up reports what already happened,
 * and a hand-edited `updatedAt` of 9999-12-31 would win every later merge and break every edit.
 */
function futureIssues(followUps: readonly FollowUp[], now: Date): FileIssue[] {
  const latestMs = now.getTime() + FOLLOW_UP_LIMITS.futureToleranceMs;
  const latestDay = utcDay(latestMs);
  const issues: FileIssue[] = [];
  followUps.forEach((followUp, index) => {
    if (followUp.date > latestDay) {
      issues.push({
        path: `followUps[${index}].date`,
        message: `${followUp.date} is in the future (the latest accepted is ${latestDay})`,
        code: 'future',
        params: { value: followUp.date, latest: latestDay },
      });
    }
    for (const field of ['createdAt', 'updatedAt'] as const) {
      if (Date.parse(followUp[field]) > latestMs) {
        issues.push({
          path: `followUps[${index}].${field}`,
          message: `${followUp[field]} is in the future (the latest accepted is ${latestDay})`,
          code: 'future',
          params: { value: followUp[field], latest: latestDay },
        });
      }
    }
  });
  return issues;
}

/** The value at a zod path inside parsed JSON (undefined when any step is missing). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A zod issue as a FileIssue: its path, its English message and what kind of problem it is. */
export function fileIssueFromZod(issue: z.core.$ZodIssue, input: unknown): FileIssue {
  const path = formatPath(issue.path);
  const base = { path, message: issue.message };
  // A key that is absent reads the same whatever its schema says about present values.
  if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
    return { ...base, code: 'missing' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { ...base, code: 'wrong-type', params: { expected: String(issue.expected) } };
    case 'too_small':
      return { ...base, code: issue.origin === 'string' ? 'empty' : 'other' };
    case 'too_big':
      return {
        ...base,
        // A number over its limit (a progress amount) is not "too long".
        code:
          issue.origin === 'array' ? 'too-many' : issue.origin === 'string' ? 'too-long' : 'other',
        params: { max: Number(issue.maximum) },
      };
    case 'invalid_format':
      return {
        ...base,
        code:
          issue.format === 'date'
            ? 'bad-date'
            : issue.format === 'datetime'
              ? 'bad-timestamp'
              : issue.format === 'regex'
                ? 'bad-id'
                : 'other',
      };
    case 'invalid_value':
      return { ...base, code: 'bad-value', params: { allowed: issue.values.join(', ') } };
    case 'custom': {
      // Our own rules carry their code, and the values their message names (a limit).
      const { code, ...params } = (issue.params ?? {}) as { code?: FileIssueCode } & Record<
        string,
        string | number
      >;
      return Object.keys(params).length > 0
        ? { ...base, code: code ?? 'other', params }
        : { ...base, code: code ?? 'other' };
    }
    default:
      return { ...base, code: 'other' };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function duplicateIdIssues(followUps: readonly { id: string }[]): FileIssue[] {
  const issues: FileIssue[] = [];
  const seen = new Map<string, number>();
  followUps.forEach((followUp, index) => {
    const first = seen.get(followUp.id);
    if (first === undefined) seen.set(followUp.id, index);
    else
      issues.push({
        path: `followUps[${index}].id`,
        message: `duplicate id "${followUp.id}" (first at followUps[${first}])`,
        code: 'duplicate-id',
        params: { id: followUp.id, first: `followUps[${first}]` },
      });
  });
  return issues;
}

/**
 * Parsed JSON → follow-ups in the current shape, or every place the file is wrong.
 * Order of checks: it is an object of our format, of a version we read, of that version's
 * shape, with unique ids; only then is it migrated.
 */
export function validateFollowUpFile(
  input: unknown,
  now: Date = new Date(),
): Result<ParsedFollowUpFile, FileProblem> {
  if (!isPlainObject(input)) {
    return problem('not-a-follow-up-file', [
      {
        path: '(root)',
        message: `expected an object with "format": "${FOLLOW_UP_FILE_FORMAT}"`,
        code: 'not-a-follow-up-file',
      },
    ]);
  }
  if (input.format !== FOLLOW_UP_FILE_FORMAT) {
    return problem('not-a-follow-up-file', [
      {
        path: 'format',
        message: `expected "${FOLLOW_UP_FILE_FORMAT}" (not a follow-up file)`,
        code: 'not-a-follow-up-file',
      },
    ]);
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return problem('invalid', [
      { path: 'version', message: 'expected a whole number ≥ 1', code: 'bad-version' },
    ]);
  }
  if (version > FOLLOW_UP_FILE_VERSION) {
    return problem('unsupported-version', [
      {
        path: 'version',
        message: `version ${version} was written by a newer version of this tracker; this one reads versions 1 to ${FOLLOW_UP_FILE_VERSION}`,
        code: 'newer-version',
        params: { version, max: FOLLOW_UP_FILE_VERSION },
      },
    ]);
  }

  const parsed =
    version === 1
      ? followUpFileV1Schema.safeParse(input)
      : version === 2
        ? followUpFileV2Schema.safeParse(input)
        : followUpFileSchema.safeParse(input);
  if (!parsed.success) {
    return problem(
      'invalid',
      parsed.error.issues.map((issue) => fileIssueFromZod(issue, input)),
    );
  }
  const duplicates = duplicateIdIssues(parsed.data.followUps);
  if (duplicates.length > 0) return problem('invalid', duplicates);

  const file = parsed.data;
  const result: ParsedFollowUpFile =
    file.version === 1
      ? { fromVersion: 1, followUps: file.followUps.map(migrateFollowUpV1) }
      : file.version === 2
        ? {
            fromVersion: 2,
            followUps: file.followUps.map((v2) => canonicalFollowUp(migrateFollowUpV2(v2))),
          }
        : { fromVersion: 3, followUps: file.followUps.map(canonicalFollowUp) };
  const future = futureIssues(result.followUps, now);
  return future.length > 0 ? problem('invalid', future) : ok(result);
}

/** File text → follow-ups. Size first (before parsing), then JSON syntax, then the shape. */
export function parseFollowUpFile(
  text: string,
  now: Date = new Date(),
): Result<ParsedFollowUpFile, FileProblem> {
  // Characters never outnumber UTF-8 bytes: a text too long in characters is too large
  // without counting its bytes.
  if (text.length > FOLLOW_UP_LIMITS.fileBytes || utf8Length(text) > FOLLOW_UP_LIMITS.fileBytes) {
    return problem('too-large', [
      {
        path: '(root)',
        message: `the file is larger than ${FOLLOW_UP_LIMITS.fileBytes / 1_000_000} MB`,
        code: 'too-large',
        params: { max: FOLLOW_UP_LIMITS.fileBytes / 1_000_000 },
      },
    ]);
  }
  let json: unknown;
  try {
    // A byte-order mark is what some editors write first; it is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return problem('syntax', [
      {
        path: '(root)',
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        code: 'not-json',
        params: { detail: error instanceof Error ? error.message : String(error) },
      },
    ]);
  }
  return validateFollowUpFile(json, now);
}
