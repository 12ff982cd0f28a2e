import { useEffect, useRef, useState } from 'react';
import { useTracker } from '@/tracker/use-tracker';
import { compareNewestFirst, type FollowUpInput } from '@/data/tracking/follow-up';
import { draftFromFollowUp } from '@/data/tracking/follow-up-draft';
import {
  useAddFollowUp,
  useDeleteFollowUp,
  useUpdateFollowUp,
} from '@/data/tracking/follow-up-mutations';
import { useFollowUpsForTarget } from '@/data/tracking/follow-up-queries';
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
import { StorageUnavailable } from './storage-unavailable';
import { FollowUpTransferPanel } from './transfer-panel';
import '../tracking.css';

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; id: string };

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
  const view = useFollowUpsForTarget(targetId);
  const add = useAddFollowUp();
  const update = useUpdateFollowUp();
  const remove = useDeleteFollowUp();
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** Where focus goes once it has rendered: a new or edited item, the heading or the add button. */
  const pendingFocus = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  const followUps = view.state === 'ready' ? [...view.followUps].sort(compareNewestFirst) : [];

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

  function describeProblem(reason: StorageProblem): string {
    if (reason.kind === 'not-found') return t('notFound');
    return t('failed', { message: reason.message });
  }

  async function settle<T>(
    result: Result<T, StorageProblem>,
    success: string,
    focus: (data: T) => string,
  ) {
    if (!result.ok) {
      setProblem(describeProblem(result.reason));
      return;
    }
    setProblem(null);
    setEditing({ kind: 'closed' });
    setAnnouncement(success);
    pendingFocus.current = focus(result.data);
  }

  const save = async (input: FollowUpInput) => {
    setAnnouncement('');
    if (editing.kind === 'edit') {
      const id = editing.id;
      await settle(await update.mutateAsync({ id, input }), t('saved'), () =>
        followUpElementId(id),
      );
    } else {
      await settle(await add.mutateAsync(input), t('added'), (created) =>
        followUpElementId(created.id),
      );
    }
  };

  const busy = add.isPending || update.isPending || remove.isPending;

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
            <DeadlineStateBadge state={state} />
          </dd>
        </div>
      </dl>

      <p className="tracking-flash" role="status">
        {announcement}
      </p>
      {problem && (
        <p className="tracking-problem" role="alert">
          {problem}
        </p>
      )}

      {view.state === 'loading' && <p className="follow-up-muted">{t('loading')}</p>}
      {view.state === 'unavailable' && <StorageUnavailable problem={view.problem} />}

      {view.state === 'ready' && (
        <>
          {editing.kind === 'add' ? (
            <FollowUpForm
              mode="add"
              targetId={targetId}
              sources={sources}
              busy={busy}
              onSubmit={save}
              onCancel={() => {
                setEditing({ kind: 'closed' });
                pendingFocus.current = 'add';
              }}
            />
          ) : (
            <p>
              <button
                ref={addButtonRef}
                type="button"
                className="button"
                onClick={() => {
                  setAnnouncement('');
                  setProblem(null);
                  setEditing({ kind: 'add' });
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
                    <FollowUpForm
                      mode="edit"
                      targetId={targetId}
                      sources={sources}
                      initial={draftFromFollowUp(followUp)}
                      busy={busy}
                      onSubmit={save}
                      onCancel={() => {
                        setEditing({ kind: 'closed' });
                        pendingFocus.current = followUpElementId(followUp.id);
                      }}
                    />
                  ) : (
                    <FollowUpItem
                      followUp={followUp}
                      busy={busy}
                      onEdit={() => {
                        setAnnouncement('');
                        setProblem(null);
                        setEditing({ kind: 'edit', id: followUp.id });
                      }}
                      onDelete={async () => {
                        setAnnouncement('');
                        const result = await remove.mutateAsync(followUp.id);
                        await settle(result, t('deleted'), () => 'heading');
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
