import { useState, type ButtonHTMLAttributes } from 'react';
import type { FollowUp } from '@/data/tracking/follow-up';
import { useRecordLabels } from '@/components/records/labels';
import { todayIso } from '@/lib/calendar';
import { formatDate } from '@/lib/format';
import { useLang, useT } from '@/lib/i18n';
import { trackingMessages } from '../messages';
import { FollowUpEvidence } from './follow-up-evidence';
import { FollowUpProgressLine } from './follow-up-progress';

/** The local calendar day of a stored timestamp, as the reader writes dates. */
function localDay(timestamp: string, lang: 'zh' | 'en'): string {
  return formatDate(todayIso(new Date(timestamp)), lang);
}

export function followUpElementId(id: string) {
  return `follow-up-${id}`;
}

type Props = {
  followUp: FollowUp;
  onEdit: () => void;
  onDelete: () => Promise<void> | void;
  busy: boolean;
};

/** A button acting on one follow-up: its text, then, for screen readers, which follow-up. */
function ItemButton({
  text,
  item,
  ...button
}: { text: string; item: string } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>) {
  return (
    <button type="button" {...button}>
      {text}
      <span className="visually-hidden">: {item}</span>
    </button>
  );
}

/** One follow-up, marked as the user's own; delete asks first, inline. */
export function FollowUpItem({ followUp, onEdit, onDelete, busy }: Props) {
  const t = useT(trackingMessages);
  const labels = useRecordLabels();
  const { lang } = useLang();
  const [confirming, setConfirming] = useState(false);
  const date = formatDate(followUp.date, lang);
  const edited = followUp.updatedAt !== followUp.createdAt;
  const confirmId = `${followUpElementId(followUp.id)}-confirm`;
  const item = t('itemLabel', { date });

  return (
    <article
      id={followUpElementId(followUp.id)}
      className="follow-up"
      tabIndex={-1}
      aria-label={`${t('mine')}: ${labels.status(followUp.status)}, ${t('appliesFrom', { date })}`}
    >
      <header className="follow-up-header">
        <span className="mine-badge">{t('mine')}</span>
        <strong className={`status-chip status-${followUp.status}`}>
          {labels.status(followUp.status)}
        </strong>
        <span className="follow-up-date">{t('appliesFrom', { date })}</span>
      </header>
      <p className="follow-up-note">{followUp.note}</p>
      <FollowUpProgressLine followUp={followUp} />
      <FollowUpEvidence evidence={followUp.evidence} />
      <p className="follow-up-meta">
        {t('recordedOn', { date: localDay(followUp.createdAt, lang) })}
        {edited && <> · {t('editedOn', { date: localDay(followUp.updatedAt, lang) })}</>}
      </p>
      {confirming ? (
        <div className="follow-up-confirm" role="group" aria-labelledby={confirmId}>
          <p id={confirmId}>{t('confirmDelete')}</p>
          <div className="form-actions">
            <ItemButton
              className="button button-danger"
              disabled={busy}
              onClick={() => void onDelete()}
              text={t('confirmDeleteYes')}
              item={item}
            />
            <button
              type="button"
              className="button button-secondary"
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <ItemButton
            className="button button-secondary"
            onClick={onEdit}
            text={t('edit')}
            item={item}
          />
          <ItemButton
            className="button button-secondary"
            onClick={() => setConfirming(true)}
            text={t('delete')}
            item={item}
          />
        </div>
      )}
    </article>
  );
}
