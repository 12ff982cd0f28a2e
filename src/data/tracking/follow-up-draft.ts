import { fail, ok, type Result } from '@/lib/result';
import { isoDateSchema } from '../schema';
import {
  FOLLOW_UP_LIMITS,
  followUpStatusSchema,
  isHttpUrl,
  noteWithinLimit,
  urlWithinLimit,
  type FollowUpInput,
  type FollowUpProgress,
} from './follow-up';

/**
 * What a follow-up form holds: every control's value as typed. Validation turns it into a
 * `FollowUpInput` or says, per field, what is wrong (as codes; the UI words them).
 */
export type FollowUpDraft = {
  status: string;
  date: string;
  note: string;
  /** '' when no source is chosen. */
  sourceId: string;
  /** '' when no link is given. */
  url: string;
  /** Progress, optional: the amount done in the target's printed unit ('' when not stated), */
  done: string;
  /** or done as a percent of the plan ('' when not stated), */
  percent: string;
  /** and the last day it counts ('' for the follow-up's own date). */
  through: string;
};

export const EMPTY_DRAFT: FollowUpDraft = {
  status: '',
  date: '',
  note: '',
  sourceId: '',
  url: '',
  done: '',
  percent: '',
  through: '',
};

export type DraftField =
  | 'status'
  | 'date'
  | 'note'
  | 'sourceId'
  | 'url'
  | 'evidence'
  | 'done'
  | 'percent'
  | 'through'
  | 'progress';

export type DraftErrorCode =
  | 'status-required'
  | 'date-required'
  | 'date-invalid'
  | 'date-future'
  | 'note-required'
  | 'note-too-long'
  | 'source-unknown'
  | 'url-invalid'
  | 'url-too-long'
  | 'evidence-required'
  | 'done-invalid'
  | 'done-too-large'
  | 'done-no-plan'
  | 'percent-invalid'
  | 'percent-too-large'
  | 'progress-both'
  | 'through-invalid'
  | 'through-after-date'
  | 'through-without-progress';

export type DraftError = { field: DraftField; code: DraftErrorCode };

export type DraftContext = {
  /** Today (YYYY-MM-DD): a status cannot apply from a day that has not come yet. */
  today: string;
  /** Sources of the dataset in view; evidence may only name one of them. */
  sourceIds: ReadonlySet<string>;
  /**
   * The printed unit of the target's planned amount (亿元 for 60亿元), which an amount done is
   * typed in; null or absent when the target has no planned amount (then only a percent).
   */
  planUnit?: string | null;
};

/**
 * A number as a reader types it: full-width digits and a full-width point read as ASCII ones,
 * thousands separators are dropped, a trailing % is allowed (for a percent). Undefined for
 * anything else (a sign, letters, an exponent, two points).
 */
export function parseDraftNumber(text: string, { percent = false } = {}): number | undefined {
  let value = text.normalize('NFKC').trim().replace(/[,\s]/g, '');
  if (percent) value = value.replace(/%$/, '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** The progress a draft states, or the errors in its progress fields. */
function draftProgress(
  draft: FollowUpDraft,
  date: string | null,
  planUnit: string | null,
  errors: DraftError[],
): FollowUpProgress | undefined {
  const doneText = draft.done.trim();
  const percentText = draft.percent.trim();
  const throughText = draft.through.trim();
  const before = errors.length;

  let done: number | undefined;
  if (doneText !== '') {
    done = parseDraftNumber(doneText);
    if (planUnit === null) errors.push({ field: 'done', code: 'done-no-plan' });
    else if (done === undefined) errors.push({ field: 'done', code: 'done-invalid' });
    else if (done > FOLLOW_UP_LIMITS.amountDone)
      errors.push({ field: 'done', code: 'done-too-large' });
  }
  let percent: number | undefined;
  if (percentText !== '') {
    percent = parseDraftNumber(percentText, { percent: true });
    if (percent === undefined) errors.push({ field: 'percent', code: 'percent-invalid' });
    else if (percent > FOLLOW_UP_LIMITS.percentOfPlan)
      errors.push({ field: 'percent', code: 'percent-too-large' });
  }
  if (doneText !== '' && percentText !== '')
    errors.push({ field: 'progress', code: 'progress-both' });

  if (throughText !== '') {
    if (!isoDateSchema.safeParse(throughText).success)
      errors.push({ field: 'through', code: 'through-invalid' });
    else if (doneText === '' && percentText === '')
      errors.push({ field: 'through', code: 'through-without-progress' });
    else if (date !== null && throughText > date)
      errors.push({ field: 'through', code: 'through-after-date' });
  }

  if (errors.length > before || date === null) return undefined;
  const through = throughText || date;
  if (done !== undefined && planUnit !== null)
    return { done: { value: done, unit: planUnit }, through };
  if (percent !== undefined) return { percentOfPlan: percent, through };
  return undefined;
}

/** Checks every field and reports all problems at once, in the form's order. */
export function validateDraft(
  targetId: string,
  draft: FollowUpDraft,
  context: DraftContext,
): Result<FollowUpInput, DraftError[]> {
  const errors: DraftError[] = [];

  const status = followUpStatusSchema.safeParse(draft.status);
  if (!status.success) errors.push({ field: 'status', code: 'status-required' });

  const date = draft.date.trim();
  let validDate: string | null = null;
  if (date === '') errors.push({ field: 'date', code: 'date-required' });
  else if (!isoDateSchema.safeParse(date).success)
    errors.push({ field: 'date', code: 'date-invalid' });
  else if (date > context.today) errors.push({ field: 'date', code: 'date-future' });
  else validDate = date;

  const note = draft.note.trim();
  if (note === '') errors.push({ field: 'note', code: 'note-required' });
  else if (!noteWithinLimit(note)) errors.push({ field: 'note', code: 'note-too-long' });

  const sourceId = draft.sourceId.trim();
  if (sourceId !== '' && !context.sourceIds.has(sourceId))
    errors.push({ field: 'sourceId', code: 'source-unknown' });

  const url = draft.url.trim();
  if (!urlWithinLimit(url)) errors.push({ field: 'url', code: 'url-too-long' });
  else if (url !== '' && !isHttpUrl(url)) errors.push({ field: 'url', code: 'url-invalid' });

  if (sourceId === '' && url === '') errors.push({ field: 'evidence', code: 'evidence-required' });

  const progress = draftProgress(draft, validDate, context.planUnit ?? null, errors);

  if (errors.length > 0 || !status.success) return fail(errors);
  return ok({
    targetId,
    status: status.data,
    date,
    note,
    evidence: {
      ...(sourceId !== '' ? { sourceId } : {}),
      ...(url !== '' ? { url } : {}),
    },
    ...(progress ? { progress } : {}),
  });
}

/**
 * A stored follow-up back into form values, for editing. A progress that runs through the
 * follow-up's own date leaves the through field empty: it is the default, and it moves with the
 * date if the reader changes it.
 */
export function draftFromFollowUp(followUp: FollowUpInput): FollowUpDraft {
  const { progress } = followUp;
  return {
    status: followUp.status,
    date: followUp.date,
    note: followUp.note,
    sourceId: followUp.evidence.sourceId ?? '',
    url: followUp.evidence.url ?? '',
    done: progress?.done !== undefined ? String(progress.done.value) : '',
    percent: progress?.percentOfPlan !== undefined ? String(progress.percentOfPlan) : '',
    through: progress && progress.through !== followUp.date ? progress.through : '',
  };
}
