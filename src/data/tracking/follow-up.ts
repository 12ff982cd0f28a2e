import * as z from 'zod/mini';
import '../zod-messages';
import { codePointLength } from '@/lib/text';
import { idSchema, isoDateSchema, targetStatusSchema, type TargetStatus } from '../schema';

/**
 * A follow-up: what a user found out about a target after the page was printed, with the day
 * it applies from, a note and the evidence. Stored in the browser (follow-up-store.ts), never
 * in the dataset. docs/tracking.md describes the model, the file format and the limits.
 */

/**
 * Limits keep a hostile or broken import file from exhausting the tab, and they bound what can
 * be stored: the store refuses an add, edit or import that would take it past `records` or make
 * its export file larger than `fileBytes`, so every backup the app writes, it can read back.
 * Figures and reasons in docs/tracking.md.
 */
export const FOLLOW_UP_LIMITS = {
  /** Largest file, in bytes of UTF-8: what import accepts and what an export may reach. */
  fileBytes: 10_000_000,
  /** Most follow-ups in one file, and in storage. */
  records: 10_000,
  idLength: 64,
  noteLength: 4_000,
  urlLength: 2_000,
  /**
   * Progress: an amount done, in the target's printed unit (45 for a 60亿元 target), at most a
   * trillion (a plan printed in 元 reaches 10^11); a percent of plan at most 100,000 (the
   * dataset's own limit for a report's percent).
   */
  amountDone: 1_000_000_000_000,
  percentOfPlan: 100_000,
  /** The printed unit an amount is in (亿元, 公里): the dataset's own limit for a unit. */
  unitLength: 20,
  /**
   * How far past now a date or timestamp may be (time zones: a reader east of another can be
   * a calendar day ahead). Anything later is a hand-edited value, refused on import.
   */
  futureToleranceMs: 24 * 60 * 60 * 1000,
} as const;

/**
 * A follow-up reports a finding, so "not yet rated" (the absence of one) is not among its
 * statuses; to withdraw a finding, delete the follow-up.
 */
export const followUpStatusSchema = z.enum(
  targetStatusSchema.options.filter(
    (status): status is Exclude<TargetStatus, 'not-rated'> => status !== 'not-rated',
  ),
);
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
export const FOLLOW_UP_STATUSES = followUpStatusSchema.options;

/** True for an absolute http: or https: URL with a host — the only URLs rendered as links. */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
}

export const followUpIdSchema = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(FOLLOW_UP_LIMITS.idLength),
    z.regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, - or _'),
  );

/**
 * Whether a note is within the limit, counted in characters as a reader counts them (code
 * points: an emoji or 𠮷 is one, not two UTF-16 units). The one rule for the form
 * (follow-up-draft.ts), an import file and the store, so a note that imports can be edited
 * and saved again.
 */
export function noteWithinLimit(note: string): boolean {
  return codePointLength(note) <= FOLLOW_UP_LIMITS.noteLength;
}

const noteSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'a note is required'),
  z.refine(noteWithinLimit, {
    message: `a note is at most ${FOLLOW_UP_LIMITS.noteLength} characters`,
    params: { code: 'too-long', max: FOLLOW_UP_LIMITS.noteLength },
  }),
);

/** Whether a link is within the limit, counted like a note's length (code points). */
export function urlWithinLimit(url: string): boolean {
  return codePointLength(url) <= FOLLOW_UP_LIMITS.urlLength;
}

export const httpUrlSchema = z.string().check(
  z.trim(),
  z.refine(urlWithinLimit, {
    message: `a URL is at most ${FOLLOW_UP_LIMITS.urlLength} characters`,
    params: { code: 'too-long', max: FOLLOW_UP_LIMITS.urlLength },
  }),
  z.refine(isHttpUrl, { message: 'expected an http(s) URL', params: { code: 'bad-url' } }),
);

const timestampSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO date-time (YYYY-MM-DDTHH:MM:SSZ)',
});

export const evidenceSchema = z
  .object({
    /** A source of the dataset (an article page) that supports the status. */
    sourceId: z.optional(idSchema),
    /** A web page that supports the status. */
    url: z.optional(httpUrlSchema),
  })
  .check(
    z.refine((evidence) => evidence.sourceId !== undefined || evidence.url !== undefined, {
      message: 'evidence needs a source id or an http(s) URL',
      params: { code: 'evidence-required' },
    }),
  );
export type Evidence = z.infer<typeof evidenceSchema>;

/** A number within [0, max] (zod's numbers are finite), as the progress fields take them. */
const boundedNumber = (max: number) =>
  z
    .number()
    .check(
      z.minimum(0, 'expected a number of at least 0'),
      z.maximum(max, `expected a number of at most ${max.toLocaleString('en')}`),
    );

/**
 * How far along the target is, as the reader found out: an amount done so far in the target's
 * printed unit (`done`: 45 亿元 of a 60亿元 plan; the unit is kept so that a dataset which prints
 * the plan in another unit is never compared with it) or done as a percent of the plan
 * (`percentOfPlan`), exactly one of the two, and the last day it counts (`through`: 1–N月 is
 * the end of month N; by default the follow-up's own date). The tracker measures it against the
 * target's plan and 时间进度 like a page's report (tracker/tracker.ts, `statedProgress`).
 */
export const followUpProgressSchema = z
  .object({
    done: z.optional(
      z.object({
        value: boundedNumber(FOLLOW_UP_LIMITS.amountDone),
        unit: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'a unit is required'),
            z.maxLength(FOLLOW_UP_LIMITS.unitLength),
          ),
      }),
    ),
    percentOfPlan: z.optional(boundedNumber(FOLLOW_UP_LIMITS.percentOfPlan)),
    through: isoDateSchema,
  })
  .check(
    z.refine(
      (progress) => (progress.done === undefined) !== (progress.percentOfPlan === undefined),
      {
        message: 'progress states the amount done or the percent of plan (exactly one of the two)',
        params: { code: 'progress-one-of' },
      },
    ),
  );
export type FollowUpProgress = z.infer<typeof followUpProgressSchema>;

/** The fields every version from 2 on has. */
const followUpV2Shape = {
  id: followUpIdSchema,
  targetId: idSchema,
  status: followUpStatusSchema,
  /** The day the status applies from. */
  date: isoDateSchema,
  note: noteSchema,
  evidence: evidenceSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** Version 2: as the current shape, without progress. */
export const followUpV2Schema = z.object(followUpV2Shape);
export type FollowUpV2 = z.infer<typeof followUpV2Schema>;

/**
 * The current shape of a follow-up (file format version 3, and what IndexedDB stores): version
 * 2 and an optional progress, which cannot run past the day the follow-up reports it.
 */
export const followUpSchema = z
  .object({ ...followUpV2Shape, progress: z.optional(followUpProgressSchema) })
  .check(
    z.refine((followUp) => !followUp.progress || followUp.progress.through <= followUp.date, {
      message: 'progress cannot run through a day after the follow-up’s date',
      path: ['progress', 'through'],
      params: { code: 'through-after-date' },
    }),
  );
export type FollowUp = z.infer<typeof followUpSchema>;

/** What the form (or an edit) supplies; the store adds the id and the timestamps. */
export type FollowUpInput = Pick<
  FollowUp,
  'targetId' | 'status' | 'date' | 'note' | 'evidence' | 'progress'
>;

/**
 * Version 1, the first shape: no `updatedAt`, and the evidence a single string holding either
 * a source id or an http(s) URL.
 */
export const followUpV1Schema = z.object({
  id: followUpIdSchema,
  targetId: idSchema,
  status: followUpStatusSchema,
  date: isoDateSchema,
  note: noteSchema,
  evidence: z.string().check(
    z.trim(),
    z.maxLength(FOLLOW_UP_LIMITS.urlLength),
    z.refine((value) => isHttpUrl(value) || idSchema.safeParse(value).success, {
      message: 'expected a source id or an http(s) URL',
      params: { code: 'bad-evidence' },
    }),
  ),
  createdAt: timestampSchema,
});
export type FollowUpV1 = z.infer<typeof followUpV1Schema>;

/**
 * v1 → v3: the evidence string becomes `{ url }` or `{ sourceId }`; updatedAt = createdAt; no
 * progress (version 3 added it).
 * Built in canonical key order (follow-up-canonical.ts), which imports from here, not back.
 */
export function migrateFollowUpV1(v1: FollowUpV1): FollowUp {
  return {
    id: v1.id,
    targetId: v1.targetId,
    status: v1.status,
    date: v1.date,
    note: v1.note,
    evidence: isHttpUrl(v1.evidence) ? { url: v1.evidence } : { sourceId: v1.evidence },
    createdAt: v1.createdAt,
    updatedAt: v1.createdAt,
  };
}

/**
 * v2 → v3: nothing to change (progress is new and optional); the key order is made canonical
 * by the caller (follow-up-canonical.ts).
 */
export function migrateFollowUpV2(v2: FollowUpV2): FollowUp {
  return { ...v2 };
}

/** A new random id; crypto.getRandomValues works outside secure contexts, unlike randomUUID. */
export function newFollowUpId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `fu-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The last instant a four-digit ISO year can write. */
const LATEST_TIMESTAMP_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A timestamp for a write: now, but always later than the previous one, so "the later
 * updatedAt wins" (imports) also holds when the clock moved back.
 */
export function nextTimestamp(now: Date, previous?: string): string {
  const previousMs = previous === undefined ? Number.NaN : Date.parse(previous);
  const ms = Number.isFinite(previousMs) ? Math.max(now.getTime(), previousMs + 1) : now.getTime();
  // A hand-edited 9999-12-31T23:59:59.999Z has no later ISO timestamp: stepping past it would
  // fail validation on every edit, so such a value is not followed.
  if (ms > LATEST_TIMESTAMP_MS) return now.toISOString();
  return new Date(ms).toISOString();
}
