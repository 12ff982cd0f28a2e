import { fail, ok, type Result } from '@/lib/result';
import { isoDateSchema } from '../schema';
import {
  followUpStatusSchema,
  isHttpUrl,
  noteWithinLimit,
  urlWithinLimit,
  type FollowUpInput,
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
};

export const EMPTY_DRAFT: FollowUpDraft = { status: '', date: '', note: '', sourceId: '', url: '' };

export type DraftField = 'status' | 'date' | 'note' | 'sourceId' | 'url' | 'evidence';

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
  | 'evidence-required';

export type DraftError = { field: DraftField; code: DraftErrorCode };

export type DraftContext = {
  /** Today (YYYY-MM-DD): a status cannot apply from a day that has not come yet. */
  today: string;
  /** Sources of the dataset in view; evidence may only name one of them. */
  sourceIds: ReadonlySet<string>;
};

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
  if (date === '') errors.push({ field: 'date', code: 'date-required' });
  else if (!isoDateSchema.safeParse(date).success)
    errors.push({ field: 'date', code: 'date-invalid' });
  else if (date > context.today) errors.push({ field: 'date', code: 'date-future' });

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
  });
}

/** A stored follow-up back into form values, for editing. */
export function draftFromFollowUp(followUp: FollowUpInput): FollowUpDraft {
  return {
    status: followUp.status,
    date: followUp.date,
    note: followUp.note,
    sourceId: followUp.evidence.sourceId ?? '',
    url: followUp.evidence.url ?? '',
  };
}
