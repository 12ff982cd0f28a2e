import { z } from 'zod';
import { fail, ok, type Result } from '@/lib/result';
import { formatPath } from '../validate-dataset';
import {
  canonicalFollowUp,
  FOLLOW_UP_LIMITS,
  followUpSchema,
  followUpV1Schema,
  migrateFollowUpV1,
  type FollowUp,
} from './follow-up';

/**
 * The export/import file: `{ format, version, exportedAt, followUps }`. The format name tells
 * it apart from any other JSON; the version says which shape `followUps` has. Older versions
 * are migrated on import; newer ones are refused with a message. docs/tracking.md.
 */
export const FOLLOW_UP_FILE_FORMAT = 'zz-tracker.follow-ups';
export const FOLLOW_UP_FILE_VERSION = 2;
/** Versions this code reads; each older one has a migration to the current shape. */
export const READABLE_FILE_VERSIONS = [1, 2] as const;

const timestamp = z.iso.datetime({ offset: true, error: 'expected an ISO date-time' });

const followUpList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(
      FOLLOW_UP_LIMITS.records,
      `a file holds at most ${FOLLOW_UP_LIMITS.records.toLocaleString('en')} follow-ups`,
    );

export const followUpFileV1Schema = z.object({
  format: z.literal(FOLLOW_UP_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: timestamp.optional(),
  followUps: followUpList(followUpV1Schema),
});

export const followUpFileSchema = z.object({
  format: z.literal(FOLLOW_UP_FILE_FORMAT),
  version: z.literal(FOLLOW_UP_FILE_VERSION),
  exportedAt: timestamp,
  followUps: followUpList(followUpSchema),
});
export type FollowUpFile = z.infer<typeof followUpFileSchema>;

/** One thing wrong with a file, at a JSON path such as `followUps[2].date`. */
export type FileIssue = { path: string; message: string };

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

export function serializeFollowUpFile(file: FollowUpFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
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
      });
  });
  return issues;
}

/**
 * Parsed JSON → follow-ups in the current shape, or every place the file is wrong.
 * Order of checks: it is an object of our format, of a version we read, of that version's
 * shape, with unique ids; only then is it migrated.
 */
export function validateFollowUpFile(input: unknown): Result<ParsedFollowUpFile, FileProblem> {
  if (!isPlainObject(input)) {
    return problem('not-a-follow-up-file', [
      {
        path: '(root)',
        message: `expected an object with "format": "${FOLLOW_UP_FILE_FORMAT}"`,
      },
    ]);
  }
  if (input.format !== FOLLOW_UP_FILE_FORMAT) {
    return problem('not-a-follow-up-file', [
      { path: 'format', message: `expected "${FOLLOW_UP_FILE_FORMAT}" (not a follow-up file)` },
    ]);
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return problem('invalid', [{ path: 'version', message: 'expected a whole number ≥ 1' }]);
  }
  if (version > FOLLOW_UP_FILE_VERSION) {
    return problem('unsupported-version', [
      {
        path: 'version',
        message: `version ${version} was written by a newer version of this tracker; this one reads versions 1 to ${FOLLOW_UP_FILE_VERSION}`,
      },
    ]);
  }

  const parsed =
    version === 1 ? followUpFileV1Schema.safeParse(input) : followUpFileSchema.safeParse(input);
  if (!parsed.success) {
    return problem(
      'invalid',
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    );
  }
  const duplicates = duplicateIdIssues(parsed.data.followUps);
  if (duplicates.length > 0) return problem('invalid', duplicates);

  if (parsed.data.version === 1) {
    return ok({ fromVersion: 1, followUps: parsed.data.followUps.map(migrateFollowUpV1) });
  }
  return ok({ fromVersion: 2, followUps: parsed.data.followUps.map(canonicalFollowUp) });
}

/** File text → follow-ups. Size first (before parsing), then JSON syntax, then the shape. */
export function parseFollowUpFile(text: string): Result<ParsedFollowUpFile, FileProblem> {
  if (text.length > FOLLOW_UP_LIMITS.fileBytes) {
    return problem('too-large', [
      {
        path: '(root)',
        message: `the file is larger than ${FOLLOW_UP_LIMITS.fileBytes / 1_000_000} MB`,
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
      },
    ]);
  }
  return validateFollowUpFile(json);
}
