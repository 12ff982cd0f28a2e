import type { ClipboardEvent } from 'react';
import { todayInZhengzhou } from '@/curation/draft';
import { dateCertaintySchema } from '@/data/schema';
import { useT } from '@/lib/i18n';
import { PAGE_TEXT_LIMIT, textBytes, type PageMeta, type WorkbenchState } from '../model/workbench';
import { curateMessages } from '../messages';

/**
 * The page: its text (refused above 200 KB before it reaches the page, so a 10 MB paste never
 * freezes the workbench or gets saved), its id, headline, paper, date and where the date comes
 * from, and its address.
 */
export function PageForm({
  state,
  setMeta,
  setText,
  onTooLarge,
}: {
  state: WorkbenchState;
  setMeta: (patch: Partial<PageMeta>) => void;
  setText: (text: string) => boolean;
  onTooLarge: (bytes: number) => void;
}) {
  const t = useT(curateMessages);
  const { meta } = state;
  const field = (key: 'titleZh' | 'titleEn' | 'paper' | 'url', type = 'text') => (
    <label>
      {t(key)}
      <input
        type={type}
        value={meta[key]}
        onChange={(e) =>
          setMeta(
            key === 'titleZh'
              ? { titleZh: e.target.value, titleZhEdited: true }
              : { [key]: e.target.value },
          )
        }
      />
    </label>
  );
  // A paste is measured before the browser inserts it: what would be over the limit is refused.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const area = event.currentTarget;
    const kept = area.value.length - (area.selectionEnd - area.selectionStart);
    if (pasted.length + kept > PAGE_TEXT_LIMIT || textBytes(pasted) + kept > PAGE_TEXT_LIMIT) {
      event.preventDefault();
      onTooLarge(pasted.length > PAGE_TEXT_LIMIT ? pasted.length * 3 : textBytes(pasted) + kept);
    }
  };
  return (
    <div className="curate-form">
      <label className="curate-wide">
        {t('text')} <span className="curate-hint">{t('textLimit')}</span>
        <textarea
          rows={8}
          value={state.text}
          onPaste={onPaste}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <label>
        {t('sourceId')}
        <input
          value={meta.sourceId}
          onChange={(e) => setMeta({ sourceId: e.target.value, sourceIdEdited: true })}
        />
      </label>
      {field('titleZh')}
      {field('titleEn')}
      {field('paper')}
      <label>
        {t('publishedOn')}
        <input
          type="date"
          max={todayInZhengzhou()}
          value={meta.publishedOn}
          onChange={(e) => setMeta({ publishedOn: e.target.value })}
        />
      </label>
      {field('url', 'url')}
      <fieldset className="curate-wide curate-choices">
        <legend>{t('dateCertainty')}</legend>
        {dateCertaintySchema.options.map((certainty) => (
          <label key={certainty} className="curate-check">
            <input
              type="radio"
              name="date-certainty"
              value={certainty}
              checked={meta.dateCertainty === certainty}
              onChange={() => setMeta({ dateCertainty: certainty })}
            />
            {t(`certainty_${certainty}`)}
          </label>
        ))}
      </fieldset>
      <label className="curate-wide">
        {t('dateEvidenceZh')}
        <textarea
          rows={2}
          lang="zh-CN"
          value={meta.dateEvidenceZh}
          onChange={(e) => setMeta({ dateEvidenceZh: e.target.value })}
        />
      </label>
      <label className="curate-wide">
        {t('dateEvidence')}
        <textarea
          rows={2}
          lang="en"
          value={meta.dateEvidence}
          onChange={(e) => setMeta({ dateEvidence: e.target.value })}
        />
      </label>
      <label className="curate-wide">
        {t('dateEvidenceQuotes')}
        <textarea
          rows={2}
          lang="zh-CN"
          value={meta.dateEvidenceQuotes}
          onChange={(e) => setMeta({ dateEvidenceQuotes: e.target.value })}
        />
      </label>
      <label className="curate-wide">
        {t('summaryZh')}
        <textarea
          rows={2}
          lang="zh-CN"
          value={meta.summaryZh}
          onChange={(e) => setMeta({ summaryZh: e.target.value })}
        />
      </label>
      <label className="curate-wide">
        {t('summaryEn')}
        <textarea
          rows={2}
          lang="en"
          value={meta.summaryEn}
          onChange={(e) => setMeta({ summaryEn: e.target.value })}
        />
      </label>
    </div>
  );
}
