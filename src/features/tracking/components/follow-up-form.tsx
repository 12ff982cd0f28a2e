import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { Quantity, Source } from '@/data/schema';
import { monthEnds, todayIso } from '@/lib/calendar';
import {
  FOLLOW_UP_LIMITS,
  FOLLOW_UP_STATUSES,
  type FollowUpInput,
} from '@/data/tracking/follow-up';
import {
  EMPTY_DRAFT,
  validateDraft,
  type DraftError,
  type DraftField,
  type FollowUpDraft,
} from '@/data/tracking/follow-up-draft';
import { useRecordLabels } from '@/components/records/labels';
import { formatDate, formatNumber, formatQuantity } from '@/lib/format';
import { codePointLength } from '@/lib/text';
import { useLang, useT } from '@/lib/i18n';
import { trackingMessages } from '../messages';
import { sourceName } from '@/components/records/record-names';

type Props = {
  targetId: string;
  /** The newspaper pages evidence can name (the dataset's sources). */
  sources: readonly Source[];
  /**
   * The target's planned amount (role `plan`): an amount done is typed in its printed unit.
   * Without one, progress is a percent of plan only.
   */
  plan?: Quantity | undefined;
  /** The target's period (2021-Q1): its months' last days are offered as through dates. */
  period?: string | null | undefined;
  /** Values to start from when editing. */
  initial?: FollowUpDraft;
  mode: 'add' | 'edit';
  /** Resolves when saved; the form stays open (and says why) when it is not. */
  onSubmit: (input: FollowUpInput) => Promise<void> | void;
  onCancel: () => void;
  /** Told every change, so the panel can carry the text into another form (save as new). */
  onDraftChange?: (draft: FollowUpDraft) => void;
  busy?: boolean;
  /** For tests: today's date (YYYY-MM-DD). */
  today?: string;
};

/** A form field: its label, its hint if it has one, its control, then its error if any. */
function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {error}
    </div>
  );
}

/**
 * Add or edit one follow-up. Every field is labelled; problems show beside their field and in
 * a summary that takes focus on a failed save (and links to each field), so a screen reader
 * hears them and a keyboard user lands on them.
 */
export function FollowUpForm({
  targetId,
  sources,
  plan,
  period,
  initial = EMPTY_DRAFT,
  mode,
  onSubmit,
  onCancel,
  onDraftChange,
  busy = false,
  today = todayIso(),
}: Props) {
  const t = useT(trackingMessages);
  const labels = useRecordLabels();
  const { lang } = useLang();
  const base = useId();
  const id = (field: DraftField | 'title' | 'summary') => `${base}-${field}`;
  const [draft, setDraft] = useState<FollowUpDraft>(initial);
  const [submitted, setSubmitted] = useState<DraftError[] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstFieldRef = useRef<HTMLSelectElement>(null);
  // Opening the form puts the keyboard on its first field.
  useEffect(() => firstFieldRef.current?.focus(), []);
  const sourceIds = useMemo(() => new Set(sources.map((s) => s.id)), [sources]);
  const planned = plan?.role === 'plan' ? plan : undefined;
  const context = { today, sourceIds, planUnit: planned?.unit ?? null };
  // The amount field is for targets with a planned amount; it also shows when an edited
  // follow-up holds an amount, so the reader sees why it cannot be saved as it is.
  const showDone = planned !== undefined || draft.done.trim() !== '';
  const throughChoices = useMemo(() => (period ? monthEnds(period) : []), [period]);

  // After a failed save, field messages follow the current values; the summary stays as it was.
  const live = submitted
    ? (() => {
        const result = validateDraft(targetId, draft, context);
        return result.ok ? [] : result.reason;
      })()
    : [];
  const errorFor = (field: DraftField) => live.find((error) => error.field === field);
  const LIMIT_OF: Partial<Record<DraftError['code'], number>> = {
    'note-too-long': FOLLOW_UP_LIMITS.noteLength,
    'url-too-long': FOLLOW_UP_LIMITS.urlLength,
    'done-too-large': FOLLOW_UP_LIMITS.amountDone,
    'percent-too-large': FOLLOW_UP_LIMITS.percentOfPlan,
  };
  const message = (error: DraftError) =>
    t(error.code, { max: formatNumber(LIMIT_OF[error.code] ?? 0, lang, 0) });

  const set = (field: keyof FollowUpDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  useEffect(() => onDraftChange?.(draft), [draft, onDraftChange]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateDraft(targetId, draft, context);
    if (!result.ok) {
      setSubmitted(result.reason);
      // Wait for the summary to render, then move focus to it.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSubmitted(null);
    // The text stays in the form whatever happens: the panel closes it only once saved.
    try {
      await onSubmit(result.data);
    } catch {
      // the panel reports the failure; nothing typed is lost
    }
  }

  const fieldTarget = (field: DraftField) =>
    field === 'evidence'
      ? 'sourceId'
      : field === 'progress'
        ? showDone
          ? 'done'
          : 'percent'
        : field;
  const describedBy = (field: DraftField, hint?: boolean, count?: boolean) =>
    [
      hint ? id(field) + '-hint' : '',
      count ? id(field) + '-count' : '',
      errorFor(field) ? id(field) + '-error' : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;

  /** What FormField shows of a field: its label, its hint if it has one, its error if any. */
  const field = (name: keyof FollowUpDraft, label: string, hint?: string) => ({
    id: id(name),
    label,
    hint,
    error: fieldError(name),
  });

  /**
   * What a field's control has: its id, value and change handler, and its error state and
   * descriptions (its hint's when it has one). A source or link field is also invalid when
   * the evidence as a whole is.
   */
  const control = (
    name: keyof FollowUpDraft,
    {
      hint = false,
      evidence = false,
      count = false,
      progress = false,
    }: { hint?: boolean; evidence?: boolean; count?: boolean; progress?: boolean } = {},
  ) => ({
    id: id(name),
    value: draft[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      set(name)(event.target.value),
    'aria-invalid':
      errorFor(name) || (evidence && errorFor('evidence')) || (progress && errorFor('progress'))
        ? true
        : undefined,
    'aria-describedby': describedBy(name, hint, count),
  });

  const fieldError = (field: DraftField) => {
    const error = errorFor(field);
    return error ? (
      <p id={`${id(field)}-error`} className="field-error">
        {message(error)}
      </p>
    ) : null;
  };

  return (
    <form className="follow-up-form" noValidate onSubmit={submit} aria-labelledby={id('title')}>
      <h3 id={id('title')}>{mode === 'add' ? t('formAddTitle') : t('formEditTitle')}</h3>

      {submitted && submitted.length > 0 && (
        <div
          ref={summaryRef}
          className="form-error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby={id('summary')}
        >
          <p id={id('summary')}>{t('errorSummary', { count: submitted.length })}</p>
          <ul>
            {submitted.map((error) => (
              <li key={`${error.field}-${error.code}`}>
                <a
                  href={`#${id(fieldTarget(error.field))}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(id(fieldTarget(error.field)))?.focus();
                  }}
                >
                  {message(error)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <FormField {...field('status', t('fieldStatus'))}>
        <select ref={firstFieldRef} {...control('status')} required>
          <option value="">{t('chooseStatus')}</option>
          {FOLLOW_UP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels.status(status)}
            </option>
          ))}
        </select>
      </FormField>

      <FormField {...field('date', t('fieldDate'), t('fieldDateHint'))}>
        <input type="date" max={today} {...control('date', { hint: true })} required />
      </FormField>

      <FormField {...field('note', t('fieldNote'), t('fieldNoteHint'))}>
        {/* No maxLength: it counts UTF-16 units, so it would stop an emoji or 𠮷 note at half
            the limit. The count below and validateDraft count characters (code points). */}
        <textarea rows={4} {...control('note', { hint: true, count: true })} required />
        <NoteCount id={id('note') + '-count'} note={draft.note} />
      </FormField>

      <fieldset
        className="form-fieldset"
        aria-describedby={errorFor('evidence') ? `${id('evidence')}-error` : undefined}
      >
        <legend>{t('fieldEvidence')}</legend>
        <FormField {...field('sourceId', t('fieldSource'))}>
          <select {...control('sourceId', { evidence: true })}>
            <option value="">{t('noSource')}</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {sourceName(source, lang)} · {formatDate(source.publishedOn, lang)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField {...field('url', t('fieldUrl'))}>
          <input
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            // A cap on pasting, not the rule: each character may take two UTF-16 units.
            maxLength={FOLLOW_UP_LIMITS.urlLength * 2 + 100}
            {...control('url', { evidence: true })}
          />
        </FormField>
        {fieldError('evidence')}
      </fieldset>

      <fieldset
        className="form-fieldset"
        aria-describedby={[
          `${id('progress')}-hint`,
          errorFor('progress') ? `${id('progress')}-error` : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <legend>{t('fieldProgress')}</legend>
        <p id={`${id('progress')}-hint`} className="field-hint">
          {t(showDone ? 'fieldProgressHint' : 'fieldProgressHintPercent')}
        </p>
        {showDone && (
          <FormField
            {...field(
              'done',
              t('fieldDone', { unit: planned?.unit ?? '' }),
              planned ? t('fieldDoneHint', { plan: formatQuantity(planned, lang) }) : undefined,
            )}
          >
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              {...control('done', { hint: planned !== undefined, progress: true })}
            />
          </FormField>
        )}
        <FormField {...field('percent', t(showDone ? 'fieldPercentOr' : 'fieldPercent'))}>
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            {...control('percent', { progress: true })}
          />
        </FormField>
        <FormField {...field('through', t('fieldThrough'), t('fieldThroughHint'))}>
          <input type="date" max={draft.date || today} {...control('through', { hint: true })} />
        </FormField>
        {throughChoices.length > 0 && (
          <div className="form-field">
            <label htmlFor={id('through') + '-month'}>{t('fieldMonthEnd')}</label>
            <select
              id={id('through') + '-month'}
              value={throughChoices.includes(draft.through) ? draft.through : ''}
              onChange={(event) => set('through')(event.target.value)}
            >
              <option value="">{t('chooseMonthEnd')}</option>
              {throughChoices.map((day) => (
                <option key={day} value={day}>
                  {formatDate(day, lang)}
                </option>
              ))}
            </select>
          </div>
        )}
        {fieldError('progress')}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * How many characters the note has, of how many allowed: counted as the rule counts them
 * (code points; the note as saved, without surrounding spaces), so the reader sees the limit
 * coming instead of meeting it only on saving.
 */
function NoteCount({ id, note }: { id: string; note: string }) {
  const t = useT(trackingMessages);
  const { lang } = useLang();
  const count = codePointLength(note.trim());
  const max = FOLLOW_UP_LIMITS.noteLength;
  const over = count > max;
  return (
    <p id={id} className={over ? 'field-count field-count-over' : 'field-count'}>
      {over
        ? t('noteCountOver', {
            over: formatNumber(count - max, lang, 0),
            max: formatNumber(max, lang, 0),
          })
        : t('noteCount', { count: formatNumber(count, lang, 0), max: formatNumber(max, lang, 0) })}
    </p>
  );
}
