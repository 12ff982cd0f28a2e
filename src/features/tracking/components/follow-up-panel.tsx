import { useCallback, useEffect, useRef, useState } from 'react';
import { useTracker } from '@/tracker/use-tracker';
import type { FollowUp, FollowUpInput } from '@/data/tracking/follow-up';
import { draftFromFollowUp, type FollowUpDraft } from '@/data/tracking/follow-up-draft';
import {
  useAddFollowUp,
  useDeleteFollowUp,
  useUpdateFollowUp,
} from '@/data/tracking/follow-up-mutations';
import { useFollowUps } from '@/data/tracking/follow-up-queries';
import type { StorageProblem } from '@/data/tracking/follow-up-store';
import { useAsOf } from '@/tracker/use-as-of';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { useRecordLabels } from '@/components/records/labels';
import { formatDate } from '@/lib/format';
import { useLang, useT } from '@/lib/i18n';
import type { Result } from '@/lib/result';
import { trackingMessages } from '../messages';
import { FollowUpForm } from './follow-up-form';
import { FollowUpItem, followUpElementId } from './follow-up-item';
import { BackupReminder } from './backup-reminder';
import { FollowUpEvidence } from './follow-up-evidence';
import { FollowUpProgressLine } from './follow-up-progress';
import { DatabaseGoneNotice, StorageProblemNotice, useLastSeenFollowUps } from './storage-problem';
import { StorageUnavailable } from './storage-unavailable';
import { FollowUpTransferPanel } from './transfer-panel';
import '../tracking.css';

/**
 * What the form is doing. An edit remembers the version it started from (`base`): saving
 * against a version another tab has replaced is refused, and the form then shows the stored
 * one. `draft` carries typed text into a new form (an edit whose follow-up was deleted
 * elsewhere, saved as a new one).
 */
type Editing =
  | { kind: 'closed' }
  | { kind: 'add'; draft?: FollowUpDraft; serial: number }
  | { kind: 'edit'; id: string; base: FollowUp };

/** A failed write: a save (add or edit) or a delete, and why. */
type Problem =
  | { kind: 'storage'; action: 'save' | 'delete'; problem: StorageProblem }
  | { kind: 'delete-conflict' }
  | null;

/**
 * A target's follow-ups: the status as of the view's date with where it comes from (the
 * articles or the user), the user's follow-ups newest first, and the form to add or edit one.
 */
export function FollowUpPanel({ targetId }: { targetId: string }) {
  const t = useT(trackingMessages);
  const labels = useRecordLabels();
  const { lang } = useLang();
  const tracker = useTracker();
  const row = tracker.targetById.get(targetId);
  const target = row?.target;
  const sources = tracker.sources;
  const { asOf } = useAsOf();
  // Whether storage answered (loading, unavailable, ready); the follow-ups themselves are the
  // tracker's, in the order that also picks the status in force (tracker/follow-up-order.ts).
  const view = useFollowUps();
  const add = useAddFollowUp();
  const update = useUpdateFollowUp();
  const remove = useDeleteFollowUp();
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const lastSeen = useLastSeenFollowUps();
  // The text in the open form, as typed. State, not a ref: when the edited follow-up leaves the
  // list (deleted in another tab) its form moves and mounts again, and must start from this text.
  const [typed, setTyped] = useState<FollowUpDraft | null>(null);
  const keepDraft = useCallback((draft: FollowUpDraft) => setTyped(draft), []);
  /** Where focus goes once it has rendered: a new or edited item, the heading or the add button. */
  const pendingFocus = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  const followUps = view.state === 'ready' ? (row?.followUps ?? []) : [];

  // Move focus once the element it should land on has rendered (a new or edited item, or a button).
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    const element =
      wanted === 'heading'
        ? headingRef.current
        : wanted === 'add'
          ? addButtonRef.current
          : document.getElementById(wanted);
    if (element) {
      element.focus();
      pendingFocus.current = null;
    }
  });

  if (!target || !row) return null;

  // The status and deadline state in force come from the tracker, as on every other page.
  const { origin, state } = row;
  const reported = row.evidence.find((item) => item.kind === 'report' && item.date <= asOf);
  const articlesStatus = reported?.status ?? 'not-rated';
  const asOfText = formatDate(asOf, lang);

  /** The stored copy of the follow-up being edited, as this tab last read it. */
  const editedNow =
    editing.kind === 'edit' ? followUps.find((followUp) => followUp.id === editing.id) : undefined;
  /** Another tab deleted it while the form was open: the form stays, with the text. */
  const deletedElsewhere = editing.kind === 'edit' && view.state === 'ready' && !editedNow;
  /** Another tab changed it: its stored version is shown above the form. */
  const changedElsewhere =
    editing.kind === 'edit' &&
    editedNow !== undefined &&
    editedNow.updatedAt !== editing.base.updatedAt
      ? editedNow
      : undefined;

  /** The stored version to show above the edit form: changed elsewhere, or met on saving. */
  const shownVersion =
    changedElsewhere ??
    (problem?.kind === 'storage' && problem.problem.kind === 'conflict'
      ? problem.problem.current
      : undefined);

  function succeeded(success: string, focus: string) {
    setProblem(null);
    setEditing({ kind: 'closed' });
    setTyped(null);
    setAnnouncement(success);
    pendingFocus.current = focus;
  }

  /** Closes the form unsaved; the focus goes back to what opened it. */
  function cancelled(opener: string) {
    setEditing({ kind: 'closed' });
    setProblem(null);
    pendingFocus.current = opener;
  }

  /** Runs a write; any failure keeps the form open with its text and says what is stored. */
  async function attempt<T>(write: () => Promise<Result<T, StorageProblem>>) {
    try {
      return await write();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false as const, reason: { kind: 'unexpected' as const, message } };
    }
  }

  const save = async (input: FollowUpInput) => {
    setAnnouncement('');
    if (editing.kind === 'edit') {
      const { id, base } = editing;
      const result = await attempt(() =>
        update.mutateAsync({ id, input, expectedUpdatedAt: base.updatedAt }),
      );
      if (result.ok) return succeeded(t('saved'), followUpElementId(id));
      if (result.reason.kind === 'conflict') {
        // The stored version becomes the one this edit replaces if the user saves again.
        setEditing({ kind: 'edit', id, base: result.reason.current });
      }
      setProblem({ kind: 'storage', action: 'save', problem: result.reason });
      return;
    }
    const result = await attempt(() => add.mutateAsync(input));
    if (result.ok) return succeeded(t('added'), followUpElementId(result.data.id));
    setProblem({ kind: 'storage', action: 'save', problem: result.reason });
  };

  const busy = add.isPending || update.isPending || remove.isPending;

  /**
   * The add or the edit form; keyed by what it adds or edits, so a re-read of the list never
   * resets its text. Cancelling closes it and focuses what opened it.
   */
  function form(open: Exclude<Editing, { kind: 'closed' }>) {
    const opened =
      open.kind === 'edit'
        ? {
            key: `edit-${open.id}`,
            initial: typed ?? draftFromFollowUp(open.base),
            opener: followUpElementId(open.id),
          }
        : { key: `add-${open.serial}`, initial: open.draft, opener: 'add' };
    return (
      <FollowUpForm
        key={opened.key}
        mode={open.kind}
        targetId={targetId}
        sources={sources}
        plan={target?.quantity}
        period={target?.period}
        initial={opened.initial}
        busy={busy}
        onSubmit={save}
        onDraftChange={keepDraft}
        onCancel={() => cancelled(opened.opener)}
      />
    );
  }

  return (
    <section
      id="my-follow-ups"
      className="tracking-panel follow-up-panel"
      aria-labelledby="follow-up-panel-title"
    >
      <h2 id="follow-up-panel-title" ref={headingRef} tabIndex={-1}>
        {t('panelTitle')}
      </h2>
      <p className="tracking-intro">{t('panelIntro')}</p>

      <dl className="tracking-summary">
        <div>
          <dt>{t('statusInArticles')}</dt>
          <dd>
            <span className={`status-chip status-${articlesStatus}`}>
              {labels.status(articlesStatus)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('statusAsOf', { date: asOfText })}</dt>
          <dd data-testid="merged-status">
            <span className={`status-chip status-${origin.status}`}>
              {labels.status(origin.status)}
            </span>{' '}
            {origin.kind === 'follow-up' ? (
              <span className="mine-badge">
                {t('fromMyFollowUp', { date: formatDate(origin.followUp.date, lang) })}
              </span>
            ) : (
              <span className="follow-up-muted">{t('fromArticles')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('deadlineStateAsOf', { date: asOfText })}</dt>
          <dd data-testid="merged-deadline-state" data-state={state}>
            <DeadlineStateBadge state={state} daysLate={row.daysLate} />
          </dd>
        </div>
      </dl>

      <p className="tracking-flash" role="status">
        {announcement}
      </p>
      {problem?.kind === 'storage' &&
        !(problem.problem.kind === 'not-found' && deletedElsewhere) && (
          <StorageProblemNotice
            problem={problem.problem}
            action={problem.action}
            lastSeen={lastSeen}
          />
        )}
      {/* Said once: by the failed write when that is how it was noticed. */}
      {!(
        problem?.kind === 'storage' &&
        problem.problem.kind === 'write-failed' &&
        problem.problem.after.state === 'gone'
      ) && <DatabaseGoneNotice lastSeen={lastSeen} />}
      {problem?.kind === 'delete-conflict' && (
        <p className="tracking-problem" role="alert">
          {t('conflictDelete')}
        </p>
      )}

      {view.state === 'loading' && <p className="follow-up-muted">{t('loading')}</p>}
      {view.state === 'unavailable' && <StorageUnavailable problem={view.problem} />}
      <BackupReminder />

      {/* A form with text in it stays, whatever storage does meanwhile. */}
      {editing.kind === 'add' && form(editing)}
      {editing.kind === 'edit' && (deletedElsewhere || view.state !== 'ready') && (
        <div className="follow-up-orphan-form">
          {deletedElsewhere && (
            <div className="tracking-problem" role="alert">
              <p>{t('deletedElsewhere')}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setProblem(null);
                  setEditing({
                    kind: 'add',
                    draft: typed ?? draftFromFollowUp(editing.base),
                    serial: Date.now(),
                  });
                }}
              >
                {t('saveAsNew')}
              </button>
            </div>
          )}
          {form(editing)}
        </div>
      )}

      {view.state === 'ready' && (
        <>
          {editing.kind === 'add' ? null : (
            <p>
              <button
                ref={addButtonRef}
                type="button"
                className="button"
                onClick={() => {
                  setAnnouncement('');
                  setProblem(null);
                  setEditing({ kind: 'add', serial: Date.now() });
                }}
              >
                {t('addFollowUp')}
              </button>
            </p>
          )}

          {followUps.length === 0 ? (
            <p className="follow-up-muted">{t('noFollowUps')}</p>
          ) : (
            <ol className="follow-up-list">
              {followUps.map((followUp) => (
                <li key={followUp.id}>
                  {editing.kind === 'edit' && editing.id === followUp.id ? (
                    <>
                      {shownVersion && <StoredVersion followUp={shownVersion} />}
                      {form(editing)}
                    </>
                  ) : (
                    <FollowUpItem
                      followUp={followUp}
                      busy={busy}
                      onEdit={() => {
                        setAnnouncement('');
                        setProblem(null);
                        setTyped(null);
                        setEditing({ kind: 'edit', id: followUp.id, base: followUp });
                      }}
                      onDelete={async () => {
                        setAnnouncement('');
                        const result = await attempt(() =>
                          remove.mutateAsync({
                            id: followUp.id,
                            expectedUpdatedAt: followUp.updatedAt,
                          }),
                        );
                        if (result.ok) return succeeded(t('deleted'), 'heading');
                        setProblem(
                          result.reason.kind === 'conflict'
                            ? { kind: 'delete-conflict' }
                            : { kind: 'storage', action: 'delete', problem: result.reason },
                        );
                      }}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}

          <details className="transfer-details">
            <summary>{t('toTransfer')}</summary>
            <FollowUpTransferPanel embedded />
          </details>
        </>
      )}
    </section>
  );
}

/** The version another tab saved, shown above a form whose text would replace it. */
function StoredVersion({ followUp }: { followUp: FollowUp }) {
  const t = useT(trackingMessages);
  const labels = useRecordLabels();
  const { lang } = useLang();
  return (
    <div className="follow-up-stored-version" data-testid="stored-version">
      <p>
        <strong>{t('currentVersion')}</strong>: {labels.status(followUp.status)} ·{' '}
        {t('appliesFrom', { date: formatDate(followUp.date, lang) })}
      </p>
      <p className="follow-up-note">{followUp.note}</p>
      <FollowUpProgressLine followUp={followUp} />
      <FollowUpEvidence evidence={followUp.evidence} />
    </div>
  );
}
