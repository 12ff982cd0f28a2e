import { memo, useMemo } from 'react';
import type { Candidate } from '@/curation/draft';
import { divisionOf } from '@/curation/gazetteer';
import type { Proposal } from '@/curation/reading';
import { similarRecords } from '@/curation/similar';
import type { Dataset } from '@/data/schema';
import { pick, useLang, useT } from '@/lib/i18n';
import { draftRef, type RecordDraft, type RecordRef } from '../model/workbench';
import { curateMessages } from '../messages';

function DistrictName({ id }: { id: string | null }) {
  const { lang } = useLang();
  const division = id ? divisionOf(id) : undefined;
  return <>{division ? pick(lang, division.nameZh, division.nameEn) : (id ?? '—')}</>;
}

/** One line that says what a proposal holds: its number, deadline, period or name. */
function ProposalSummary({ proposal, quote }: { proposal: Proposal; quote: string }) {
  const t = useT(curateMessages);
  const parts: string[] = [];
  switch (proposal.kind) {
    case 'target':
      if (proposal.quantity) parts.push(proposal.quantity.printed);
      if (proposal.deadline)
        parts.push(`${proposal.deadline.wording} → ${proposal.deadline.date ?? '—'}`);
      parts.push(proposal.period);
      break;
    case 'figure':
      parts.push(proposal.quantity.printed, t(`basis_${proposal.basis}`), proposal.period);
      if (proposal.through) parts.push(t('through', { date: proposal.through }));
      break;
    case 'project':
      parts.push(proposal.nameZh);
      if (proposal.investment) parts.push(proposal.investment.printed);
      break;
    case 'batch':
      parts.push(
        proposal.nameZh,
        ...[proposal.count, proposal.total, proposal.plan].flatMap((q) => (q ? [q.printed] : [])),
      );
      break;
    case 'progress':
      if (proposal.percentOfPlan !== undefined)
        parts.push(t('percentOfPlan', { n: proposal.percentOfPlan }));
      if (proposal.done) parts.push(proposal.done.printed);
      parts.push(t('through', { date: proposal.through }));
      break;
  }
  return (
    <>
      <span className="proposal-kind">{t(`proposal_${proposal.kind}`)}</span>{' '}
      <span lang="zh-CN">{parts.join(' · ')}</span>
      {proposal.kind !== 'project' && (
        <span className="proposal-quote" lang="zh-CN">
          {' '}
          «{quote}»
        </span>
      )}
    </>
  );
}

/**
 * A sentence with what the engine read in it (its kind, district, quantities, deadlines, cue
 * words), existing records of the same district that look like it, and one "draft" button per
 * proposal; a status or stage report may be drafted on any record, of this page or the dataset.
 */
export const SentenceItem = memo(function SentenceItem({
  candidate: c,
  dataset,
  drafts,
  onDraft,
  onReport,
}: {
  candidate: Candidate;
  dataset: Dataset;
  drafts: readonly RecordDraft[];
  onDraft: (candidate: Candidate, index: number) => void;
  onReport: (
    candidate: Candidate,
    on: { slot: 'targetId' | 'projectId'; ref: RecordRef | null },
  ) => void;
}) {
  const t = useT(curateMessages);
  const similar = useMemo(() => similarRecords(dataset, c, 3), [dataset, c]);
  const drafted = (index: number) =>
    drafts.some((d) => d.sentence === c.sentence && d.proposal === index);
  // A report goes on the most similar existing record, else on a target drafted from this page.
  const target =
    similar.find((r) => r.collection === 'targets')?.id ??
    drafts.find((d) => d.kind === 'target')?.key;
  const project =
    similar.find((r) => r.collection === 'projects')?.id ??
    drafts.find((d) => d.kind === 'project')?.key;
  const refOf = (id: string | undefined) =>
    id === undefined ? undefined : drafts.some((d) => d.key === id) ? draftRef(id) : id;
  return (
    <li className="curate-sentence" data-kind={c.kind}>
      <p lang="zh-CN">{c.quote}</p>
      <ul className="curate-marks" aria-label={t(`kind_${c.kind}`)}>
        <li className="mark-kind">{t(`kind_${c.kind}`)}</li>
        <li className="mark-district">
          <DistrictName id={c.districtId} />
          {c.districtInferred && ` (${t('inferred')})`}
        </li>
        {c.quantities.map((q) => (
          <li key={q.index} className="mark-quantity">
            {q.printed} = {q.normalized.toLocaleString('en')} {q.normalizedUnit}
          </li>
        ))}
        {c.deadlines.map((d) => (
          <li key={d.index} className="mark-deadline">
            {d.wording} → {d.date ?? '—'}
          </li>
        ))}
        {[...c.cues.pledge, ...c.cues.report].map((cue) => (
          <li key={cue} className="mark-cue">
            {cue}
          </li>
        ))}
      </ul>
      {similar.length > 0 && (
        <p className="curate-similar">
          {t('similar')} {similar.map((r) => r.id).join(', ')}
        </p>
      )}
      {c.proposals.length > 0 && (
        <ul className="curate-proposals">
          {c.proposals.map((p, i) => (
            <li key={i} data-proposal={p.kind}>
              <ProposalSummary proposal={p} quote={c.quote.slice(p.start, p.end)} />{' '}
              <button type="button" disabled={drafted(i)} onClick={() => onDraft(c, i)}>
                {drafted(i) ? t('drafted') : t('draft')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="curate-actions">
        <button
          type="button"
          onClick={() => onReport(c, { slot: 'targetId', ref: refOf(target) ?? null })}
        >
          {t('statusReport')}
        </button>
        <button
          type="button"
          onClick={() => onReport(c, { slot: 'projectId', ref: refOf(project) ?? null })}
        >
          {t('stageReport')}
        </button>
      </div>
    </li>
  );
});
