import { useMemo, type ReactNode } from 'react';
import type { Candidate } from '@/curation/draft';
import { divisionOf, divisions } from '@/curation/gazetteer';
import { quantityRoleSchema, type Dataset, type QuantityRole } from '@/data/schema';
import { useRecordLabels } from '@/components/records/labels';
import { pick, useLang, useT } from '@/lib/i18n';
import {
  draftRef,
  editField,
  editQuotes,
  FIELDS,
  FIXED_ROLE,
  LINK_SLOTS,
  LINK_TARGET,
  namedProjectsOf,
  QUANTITY_SLOTS,
  titleOf,
  type DraftKind,
  type FieldSpec,
  type LinkSlot,
  type Problem,
  type QuantitySlot,
  type RecordDraft,
} from '../model/workbench';
import { choiceMessages, curateMessages, draftFieldMessages } from '../messages';

type FieldName = keyof typeof draftFieldMessages.en;

const COLLECTION_KIND: Record<'targets' | 'figures' | 'projects' | 'batches', DraftKind> = {
  targets: 'target',
  figures: 'figure',
  projects: 'project',
  batches: 'batch',
};

/**
 * One draft's form: every field of its record kind, labelled in the reader's language; its
 * quotes (several allowed, each verbatim); its quantities as printed with what each one is;
 * its links to records drafted from this page or already in the dataset.
 */
export function DraftForm({
  draft,
  drafts,
  dataset,
  candidate,
  problems,
  onChange,
  onRemove,
  onDraftProjects,
  next,
}: {
  draft: RecordDraft;
  drafts: readonly RecordDraft[];
  dataset: Dataset;
  candidate: Candidate | undefined;
  problems: Problem[];
  onChange: (draft: RecordDraft) => void;
  onRemove: () => void;
  onDraftProjects: (owner: RecordDraft, candidate: Candidate) => void;
  /** The sentence after the draft's: it may list a batch's members. */
  next: Candidate | undefined;
}) {
  const t = useT(curateMessages);
  const label = useT(draftFieldMessages);
  const choice = useT(choiceMessages);
  const labels = useRecordLabels();
  const { lang } = useLang();
  const problemOf = (field: string) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join('; ');
  const control = (name: string, text: string, input: ReactNode, wide = false) => {
    const message = problemOf(name);
    return (
      <label
        key={name}
        className={
          [message ? 'curate-invalid' : '', wide ? 'curate-wide' : ''].join(' ').trim() || undefined
        }
      >
        {text}
        {input}
        {message && <span className="curate-problem">{message}</span>}
      </label>
    );
  };

  const optionLabel = (spec: FieldSpec, option: string): string => {
    if (option === '') return choice('choose');
    switch (spec.name) {
      case 'firmness':
        return labels.firmness(option as never);
      case 'basis':
        return labels.basis(option as never);
      case 'category':
        return labels.category(option as never);
      case 'stage':
      case 'reportedStage':
        return labels.stage(option as never);
      case 'status':
        return labels.status(option as never);
      case 'batchKind':
        return choice(`batch_${option}` as keyof typeof choiceMessages.en);
      default:
        return option;
    }
  };

  const fieldControl = (spec: FieldSpec) => {
    const value = draft.fields[spec.name] ?? '';
    const set = (next: string) => onChange(editField(draft, spec.name, next));
    const text = label(spec.name as FieldName);
    const lang = spec.lang === 'zh' ? 'zh-CN' : spec.lang;
    switch (spec.type) {
      case 'choice': {
        const options =
          value !== '' && !spec.options!.includes(value)
            ? [value, ...spec.options!]
            : spec.options!;
        return control(
          spec.name,
          text,
          <select value={value} onChange={(e) => set(e.target.value)}>
            {value === '' && !options.includes('') && <option value="">{choice('choose')}</option>}
            {options.map((option) => (
              <option key={option} value={option}>
                {optionLabel(spec, option)}
              </option>
            ))}
          </select>,
        );
      }
      case 'long':
        return control(
          spec.name,
          text,
          <textarea rows={2} lang={lang} value={value} onChange={(e) => set(e.target.value)} />,
          true,
        );
      case 'date':
        return control(
          spec.name,
          text,
          <input type="date" value={value} onChange={(e) => set(e.target.value)} />,
        );
      case 'number':
        return control(
          spec.name,
          text,
          <input
            type="number"
            inputMode="decimal"
            value={value}
            onChange={(e) => set(e.target.value)}
          />,
        );
      default:
        return control(
          spec.name,
          text,
          <input lang={lang} value={value} onChange={(e) => set(e.target.value)} />,
        );
    }
  };

  const quantityControl = (slot: QuantitySlot) => {
    const q = draft.quantities[slot];
    const fixed = FIXED_ROLE[slot];
    const set = (patch: Partial<{ printed: string; role: QuantityRole }>) => {
      const next = { printed: q?.printed ?? '', role: q?.role ?? fixed ?? 'plan', ...patch };
      const quantities = { ...draft.quantities };
      if (next.printed === '' && !patch.role) delete quantities[slot];
      else quantities[slot] = next;
      onChange({ ...draft, quantities });
    };
    const listId = `${draft.key}-${slot}-printed`;
    return (
      <div key={slot} className={`curate-quantity${problemOf(slot) ? ' curate-invalid' : ''}`}>
        <label>
          {label(slot as FieldName)}
          <input
            list={listId}
            lang="zh-CN"
            value={q?.printed ?? ''}
            onChange={(e) => set({ printed: e.target.value })}
          />
        </label>
        <datalist id={listId}>
          {(candidate?.quantities ?? []).map((found) => (
            <option key={found.index} value={found.printed} />
          ))}
        </datalist>
        {!fixed && (
          <label>
            {label('role')}
            <select
              value={q?.role ?? 'plan'}
              onChange={(e) => set({ role: e.target.value as QuantityRole })}
            >
              {quantityRoleSchema.options.map((role) => (
                <option key={role} value={role}>
                  {choice(`role_${role}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {problemOf(slot) && <span className="curate-problem">{problemOf(slot)}</span>}
      </div>
    );
  };

  const linkOptions = useMemo(() => {
    const options = (slot: LinkSlot) => {
      const target = LINK_TARGET[slot];
      const kind = target === 'same' ? draft.kind : COLLECTION_KIND[target];
      const collection =
        target === 'same'
          ? (
              {
                target: 'targets',
                figure: 'figures',
                project: 'projects',
                batch: 'batches',
                report: 'reports',
              } as const
            )[draft.kind]
          : target;
      const pageDrafts = drafts
        .filter((d) => d.kind === kind && d.key !== draft.key)
        .map((d) => ({ value: draftRef(d.key), text: titleOf(d) }));
      const records = (
        dataset[collection] as {
          id: string;
          districtId?: string;
          statementZh?: string;
          nameZh?: string;
          indicatorZh?: string;
        }[]
      )
        .filter((r) => !r.districtId || r.districtId === draft.districtId)
        .map((r) => ({
          value: r.id,
          text: `${r.id} — ${r.statementZh ?? r.nameZh ?? r.indicatorZh ?? ''}`,
        }));
      return { pageDrafts, records };
    };
    return Object.fromEntries(
      LINK_SLOTS[draft.kind].map((slot) => [slot, options(slot)]),
    ) as Record<LinkSlot, ReturnType<typeof options>>;
  }, [draft.key, draft.kind, draft.districtId, drafts, dataset]);

  const linkControl = (slot: LinkSlot) => {
    const { pageDrafts, records } = linkOptions[slot];
    const refs = draft.links[slot] ?? [];
    const setRefs = (next: string[]) => {
      const links = { ...draft.links };
      if (next.length === 0) delete links[slot];
      else links[slot] = next;
      // A report is on a target or a project, never both.
      if (slot === 'targetId' && next.length > 0) delete links.projectId;
      if (slot === 'projectId' && next.length > 0) delete links.targetId;
      onChange({ ...draft, links });
    };
    if (slot === 'projectIds') {
      const extra = refs.filter((ref) => !pageDrafts.some((o) => o.value === ref));
      return (
        <fieldset key={slot} className="curate-wide curate-links">
          <legend>{label(slot)}</legend>
          {pageDrafts.map((option) => (
            <label key={option.value} className="curate-check">
              <input
                type="checkbox"
                checked={refs.includes(option.value)}
                onChange={(e) =>
                  setRefs(
                    e.target.checked
                      ? [...refs, option.value]
                      : refs.filter((r) => r !== option.value),
                  )
                }
              />
              <span lang="zh-CN">{option.text}</span>
            </label>
          ))}
          <label>
            {t('linkDataset')}
            <select
              multiple
              value={extra}
              onChange={(e) =>
                setRefs([
                  ...refs.filter((r) => pageDrafts.some((o) => o.value === r)),
                  ...[...e.target.selectedOptions].map((o) => o.value),
                ])
              }
            >
              {records.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      );
    }
    return control(
      slot,
      label(slot),
      <select
        value={refs[0] ?? ''}
        onChange={(e) => setRefs(e.target.value ? [e.target.value] : [])}
      >
        <option value="">{t('none')}</option>
        {pageDrafts.length > 0 && (
          <optgroup label={t('linkDrafts')}>
            {pageDrafts.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </optgroup>
        )}
        {records.length > 0 && (
          <optgroup label={t('linkDataset')}>
            {records.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </optgroup>
        )}
      </select>,
    );
  };

  const named =
    candidate && draft.proposal >= 0 ? namedProjectsOf(candidate, draft.proposal, next) : [];
  const title = titleOf(draft);

  return (
    <article
      className="curate-draft"
      data-kind={draft.kind}
      aria-label={`${t(`draft_${draft.kind}`)}: ${title}`}
    >
      <h3>
        {t(`draft_${draft.kind}`)}: <span lang="zh-CN">{title}</span>
      </h3>
      <div className="curate-form">
        <fieldset
          className={`curate-wide curate-quotes${problemOf('quote') ? ' curate-invalid' : ''}`}
        >
          <legend>{t('quotes')}</legend>
          {draft.quotes.map((quote, i) => (
            <div key={i} className="curate-quote">
              <textarea
                rows={2}
                lang="zh-CN"
                aria-label={`${label('quote')} ${i + 1}`}
                value={quote}
                onChange={(e) =>
                  onChange(
                    editQuotes(
                      draft,
                      draft.quotes.map((q, j) => (j === i ? e.target.value : q)),
                    ),
                  )
                }
              />
              {draft.quotes.length > 1 && (
                <button
                  type="button"
                  onClick={() =>
                    onChange(
                      editQuotes(
                        draft,
                        draft.quotes.filter((_, j) => j !== i),
                      ),
                    )
                  }
                >
                  {t('removeQuote')}
                </button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => onChange(editQuotes(draft, [...draft.quotes, '']))}>
            {t('addQuote')}
          </button>
          {problemOf('quote') && <span className="curate-problem">{problemOf('quote')}</span>}
        </fieldset>
        {draft.kind !== 'report' &&
          control(
            'districtId',
            t('district'),
            <select
              value={draft.districtId}
              onChange={(e) => onChange({ ...draft, districtId: e.target.value })}
            >
              {!divisionOf(draft.districtId) && (
                <option value={draft.districtId}>{draft.districtId || '—'}</option>
              )}
              {divisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {pick(lang, d.nameZh, d.nameEn)} ({d.gbCode ?? d.id})
                </option>
              ))}
            </select>,
          )}
        {FIELDS[draft.kind].map(fieldControl)}
        {QUANTITY_SLOTS[draft.kind].map(quantityControl)}
        {LINK_SLOTS[draft.kind].map(linkControl)}
      </div>
      {problemOf('record') && <p className="curate-problem">{problemOf('record')}</p>}
      <div className="curate-actions">
        {candidate && named.length > 0 && (
          <button type="button" onClick={() => onDraftProjects(draft, candidate)}>
            {t('draftProjects', { n: named.length })}
          </button>
        )}
        <button type="button" onClick={onRemove}>
          {t('remove')}
        </button>
      </div>
    </article>
  );
}
