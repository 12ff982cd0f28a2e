import { useEffect, useMemo, useState, type ChangeEvent, type ReactNode } from 'react';
import { todayInZhengzhou, type Candidate } from '@/curation/draft';
import { divisionOf, divisions } from '@/curation/gazetteer';
import { similarRecords } from '@/curation/similar';
import { decodeText } from '@/curation/text-file';
import {
  DATASET_PARAM,
  PREVIEW_PARAM,
  useCurrentDataset,
  useDatasetSource,
} from '@/data/dataset-source';
import { PREVIEW_STORAGE_KEY } from '@/data/load-dataset';
import {
  figureBasisSchema,
  projectCategorySchema,
  projectStageSchema,
  targetFirmnessSchema,
  targetStatusSchema,
  type Dataset,
} from '@/data/schema';
import { Section } from '@/components/ui/section';
import { downloadText, toJson } from '@/lib/export';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';
import {
  curate,
  draftFrom,
  emptyWorkbench,
  parseWorkbench,
  readPage,
  type Curated,
  type DraftKind,
  type PageMeta,
  type Problem,
  type RecordDraft,
  type WorkbenchState,
} from '../model/workbench';
import { curateMessages, fieldMessages } from '../messages';
import '../curate.css';

/** Where the workbench keeps its state between visits (this browser only). */
const WORKBENCH_KEY = 'zz-tracker.curate';

function loadWorkbench(): WorkbenchState {
  try {
    const stored = localStorage.getItem(WORKBENCH_KEY);
    if (stored) {
      const parsed = parseWorkbench(stored);
      if (parsed.ok) return parsed.data;
    }
  } catch {
    // storage can be blocked (privacy mode): the workbench still works for this visit
  }
  return emptyWorkbench();
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const ENUMS: Record<string, readonly string[]> = {
  firmness: targetFirmnessSchema.options,
  basis: figureBasisSchema.options,
  category: projectCategorySchema.options,
  stage: projectStageSchema.options,
  status: ['unchanged', ...targetStatusSchema.options],
};

async function readFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  return decoded.ok ? { ok: true, text: decoded.data } : { ok: false, reason: decoded.reason };
}

export function CuratePage() {
  const t = useT(curateMessages);
  const dataset = useCurrentDataset();
  const [state, setState] = useState(loadWorkbench);
  const [notice, setNotice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<
    { ok: true; curated: Curated; hash: string } | { ok: false; problems: Problem[] } | null
  >(null);

  useEffect(() => {
    try {
      localStorage.setItem(WORKBENCH_KEY, JSON.stringify(state));
    } catch {
      // storage full or blocked: export keeps the drafts
    }
  }, [state]);

  // Read again only when the page or its date and id change: a keystroke in a title or a draft
  // keeps the candidates, so each sentence's similar records are not searched again.
  const { text } = state;
  const { publishedOn, sourceId } = state.meta;
  const page = useMemo(
    () => readPage({ text, meta: { publishedOn, sourceId } }),
    [text, publishedOn, sourceId],
  );
  const setMeta = (patch: Partial<PageMeta>) => {
    setOutcome(null);
    setState((s) => ({ ...s, meta: { ...s.meta, ...patch } }));
  };
  const setDrafts = (update: (drafts: RecordDraft[]) => RecordDraft[]) => {
    setOutcome(null);
    setState((s) => ({ ...s, drafts: update(s.drafts) }));
  };

  const addDraft = (candidate: Candidate, kind: DraftKind) => {
    const similar = similarRecords(dataset, candidate).find((r) => r.collection === 'targets');
    const key = `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    setDrafts((drafts) => [...drafts, draftFrom(candidate, kind, state.meta, key, similar?.id)]);
  };

  const openPage = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readFile(file);
    if (!read.ok) return setNotice(t('openFailed', { reason: read.reason }));
    setNotice(null);
    setState((s) => ({ ...s, text: read.text }));
  };

  const importDrafts = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readFile(file);
    const parsed = read.ok ? parseWorkbench(read.text) : read;
    if (!parsed.ok) return setNotice(t('importFailed', { reason: parsed.reason }));
    setNotice(null);
    setOutcome(null);
    setState(parsed.data);
  };

  const check = async () => {
    const hash = await sha256(state.text);
    const result = curate(dataset, state, todayInZhengzhou(), hash);
    setOutcome(
      result.ok ? { ok: true, curated: result.data, hash } : { ok: false, problems: result.reason },
    );
  };

  const problemsOf = (key?: string) =>
    outcome && !outcome.ok ? outcome.problems.filter((p) => p.draftKey === key) : [];

  return (
    <div className="curate">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      {notice && (
        <p role="alert" className="curate-notice">
          {notice}
        </p>
      )}

      <Section id="curate-page" title={t('pageSection')}>
        <PageForm
          state={state}
          setMeta={setMeta}
          setText={(text) => setState((s) => ({ ...s, text }))}
        />
        <label className="curate-file">
          {t('openFile')}
          <input type="file" accept=".txt,.md,text/plain,text/markdown" onChange={openPage} />
        </label>
        <ProblemList problems={problemsOf(undefined)} />
      </Section>

      <Section id="curate-sentences" title={t('sentencesSection')}>
        {page.ok ? (
          <>
            <p>{t('sentences', { n: page.data.sentences, c: page.data.candidates.length })}</p>
            <ol className="curate-sentences">
              {page.data.candidates.map((c) => (
                <SentenceItem key={c.sentence} candidate={c} dataset={dataset} onDraft={addDraft} />
              ))}
            </ol>
          </>
        ) : (
          <p>{t('noPage')}</p>
        )}
      </Section>

      <Section id="curate-drafts" title={t('draftsSection')}>
        {state.drafts.length === 0 && <p>{t('noDrafts')}</p>}
        {state.drafts.map((draft) => (
          <DraftForm
            key={draft.key}
            draft={draft}
            dataset={dataset}
            candidate={
              page.ok ? page.data.candidates.find((c) => c.sentence === draft.sentence) : undefined
            }
            problems={problemsOf(draft.key)}
            onChange={(next) => setDrafts((ds) => ds.map((d) => (d.key === draft.key ? next : d)))}
            onRemove={() => setDrafts((ds) => ds.filter((d) => d.key !== draft.key))}
          />
        ))}
      </Section>

      <Section id="curate-output" title={t('outputSection')}>
        <div className="curate-actions">
          <button type="button" onClick={() => void check()}>
            {t('check')}
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(
                toJson(state),
                `curate-${state.meta.sourceId || 'drafts'}.json`,
                'application/json',
              )
            }
          >
            {t('exportDrafts')}
          </button>
          <label className="curate-file">
            {t('importDrafts')}
            <input type="file" accept=".json,application/json" onChange={importDrafts} />
          </label>
          <button
            type="button"
            onClick={() => {
              setOutcome(null);
              setState(emptyWorkbench());
            }}
          >
            {t('clear')}
          </button>
        </div>
        {outcome && !outcome.ok && <ProblemList problems={outcome.problems} all />}
        {outcome?.ok && <Summary curated={outcome.curated} state={state} />}
      </Section>
    </div>
  );
}

function PageForm({
  state,
  setMeta,
  setText,
}: {
  state: WorkbenchState;
  setMeta: (patch: Partial<PageMeta>) => void;
  setText: (text: string) => void;
}) {
  const t = useT(curateMessages);
  const { meta } = state;
  const text = (key: 'sourceId' | 'titleZh' | 'titleEn' | 'paper' | 'url', type = 'text') => (
    <label>
      {t(key)}
      <input type={type} value={meta[key]} onChange={(e) => setMeta({ [key]: e.target.value })} />
    </label>
  );
  return (
    <div className="curate-form">
      <label className="curate-wide">
        {t('text')}
        <textarea rows={8} value={state.text} onChange={(e) => setText(e.target.value)} />
      </label>
      {text('sourceId')}
      {text('titleZh')}
      {text('titleEn')}
      {text('paper')}
      <label>
        {t('publishedOn')}
        <input
          type="date"
          max={todayInZhengzhou()}
          value={meta.publishedOn}
          onChange={(e) => setMeta({ publishedOn: e.target.value })}
        />
      </label>
      {text('url', 'url')}
      <label className="curate-check">
        <input
          type="checkbox"
          checked={meta.dateInferred}
          onChange={(e) => setMeta({ dateInferred: e.target.checked })}
        />
        {t('dateInferred')}
      </label>
      {meta.dateInferred && (
        <label className="curate-wide">
          {t('dateEvidence')}
          <textarea
            rows={2}
            value={meta.dateEvidence}
            onChange={(e) => setMeta({ dateEvidence: e.target.value })}
          />
        </label>
      )}
    </div>
  );
}

function DistrictName({ id }: { id: string | null }) {
  const { lang } = useLang();
  const division = id ? divisionOf(id) : undefined;
  return <>{division ? pick(lang, division.nameZh, division.nameEn) : (id ?? '—')}</>;
}

/** The drafts a sentence can start, in the order their buttons stand. */
const DRAFT_BUTTONS = [
  ['target', 'draftTarget'],
  ['figure', 'draftFigure'],
  ['project', 'draftProject'],
  ['report', 'draftReport'],
] as const satisfies readonly (readonly [DraftKind, string])[];

function SentenceItem({
  candidate: c,
  dataset,
  onDraft,
}: {
  candidate: Candidate;
  dataset: Dataset;
  onDraft: (candidate: Candidate, kind: DraftKind) => void;
}) {
  const t = useT(curateMessages);
  const similar = useMemo(() => similarRecords(dataset, c, 3), [dataset, c]);
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
          {t('similar')} {similar.map((r) => `${r.id}`).join(', ')}
        </p>
      )}
      <div className="curate-actions">
        {DRAFT_BUTTONS.map(([kind, label]) => (
          <button key={kind} type="button" onClick={() => onDraft(c, kind)}>
            {t(label)}
          </button>
        ))}
      </div>
    </li>
  );
}

function DraftForm({
  draft,
  dataset,
  candidate,
  problems,
  onChange,
  onRemove,
}: {
  draft: RecordDraft;
  dataset: Dataset;
  candidate: Candidate | undefined;
  problems: Problem[];
  onChange: (draft: RecordDraft) => void;
  onRemove: () => void;
}) {
  const t = useT(curateMessages);
  const label = useT(fieldMessages);
  const { lang } = useLang();
  const problem = (field: string) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join('; ');
  const field = (name: string, label: string, control: ReactNode) => {
    const message = problem(name);
    const id = `${draft.key}-${name}-problem`;
    return (
      <label key={name} className={message ? 'curate-invalid' : undefined}>
        {label}
        {control}
        {message && (
          <span id={id} className="curate-problem">
            {message}
          </span>
        )}
      </label>
    );
  };
  const setField = (name: string, value: string) =>
    onChange({ ...draft, fields: { ...draft.fields, [name]: value } });
  const quantities = candidate?.quantities ?? (draft.quantity ? [draft.quantity] : []);
  const targets = useMemo(() => {
    const similar = candidate
      ? similarRecords(dataset, candidate, 10).filter((r) => r.collection === 'targets')
      : [];
    const first = new Set(similar.map((r) => r.id));
    return [
      ...similar.map((r) => ({ id: r.id, text: r.text })),
      ...dataset.targets
        .filter((x) => !first.has(x.id))
        .map((x) => ({ id: x.id, text: x.statementZh })),
    ];
  }, [candidate, dataset]);

  return (
    <article
      className="curate-draft"
      aria-label={`${t(`kind_${draft.kind}`)} ${draft.fields.id ?? draft.fields.targetId ?? ''}`}
    >
      <h3>
        {t(`kind_${draft.kind}`)}: <span lang="zh-CN">{draft.quote}</span>
      </h3>
      <div className="curate-form">
        {field(
          'quote',
          t('quote'),
          <textarea
            rows={2}
            value={draft.quote}
            onChange={(e) => onChange({ ...draft, quote: e.target.value })}
          />,
        )}
        {draft.kind !== 'report' &&
          field(
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
        {(draft.kind === 'target' || draft.kind === 'figure') &&
          field(
            'quantity',
            t('quantity'),
            <select
              value={quantities.findIndex(
                (q) => q.value === draft.quantity?.value && q.unit === draft.quantity?.unit,
              )}
              onChange={(e) =>
                onChange({ ...draft, quantity: quantities[Number(e.target.value)] ?? null })
              }
            >
              <option value={-1}>{t('none')}</option>
              {quantities.map((q, i) => (
                <option key={i} value={i}>
                  {'printed' in q ? String(q.printed) : `${q.value}${q.unit}`}
                </option>
              ))}
            </select>,
          )}
        {draft.kind === 'report' &&
          field(
            'targetId',
            t('targetId'),
            <select
              value={draft.fields.targetId}
              onChange={(e) => setField('targetId', e.target.value)}
            >
              <option value="">{t('none')}</option>
              {targets.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.id} — {x.text}
                </option>
              ))}
            </select>,
          )}
        {Object.entries(draft.fields)
          .filter(([name]) => name !== 'targetId')
          .map(([name, value]) =>
            field(
              name,
              name in fieldMessages.en
                ? `${label(name as keyof typeof fieldMessages.en)} (${name})`
                : name,
              ENUMS[name] ? (
                <select value={value} onChange={(e) => setField(name, e.target.value)}>
                  {ENUMS[name].map((option) => (
                    <option key={option}>{option}</option>
                  ))}
                </select>
              ) : (
                <input value={value} onChange={(e) => setField(name, e.target.value)} />
              ),
            ),
          )}
      </div>
      {problem('record') && <p className="curate-problem">{problem('record')}</p>}
      <button type="button" onClick={onRemove}>
        {t('remove')}
      </button>
    </article>
  );
}

function ProblemList({ problems, all = false }: { problems: Problem[]; all?: boolean }) {
  const t = useT(curateMessages);
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="curate-problems">
      {all && <p>{t('problems', { n: problems.length })}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.draftKey ? `${p.draftKey} · ` : `${t('pageProblem')} · `}
            <code>{p.field}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Said beside the download when another dataset is in view. Kept here, not in ../messages.ts,
 * which the layout loads on every page for the navigation's link.
 */
const downloadBaseMessages = defineMessages({
  zh: {
    external: ({ url }) =>
      `注意：新的 dataset.json 以当前查看的另一个数据集（${url}）为基础，不是本站内置的数据集。`,
    preview:
      '注意：新的 dataset.json 以预览数据集（此前在本浏览器中生成、尚未发布）为基础，不是本站内置的数据集。',
  },
  en: {
    external: ({ url }) =>
      `Note: the new dataset.json is built on the other dataset in view (${url}), not on this site’s bundled dataset.`,
    preview:
      'Note: the new dataset.json is built on the preview dataset (made earlier in this browser, not published), not on this site’s bundled dataset.',
  },
});

function Summary({ curated, state }: { curated: Curated; state: WorkbenchState }) {
  const t = useT(curateMessages);
  const { summary, dataset } = curated;
  // The banner says which dataset is in view; the download says it again, where it matters.
  const source = useDatasetSource();
  const tBase = useT(downloadBaseMessages);
  return (
    <div className="curate-summary" role="status">
      <p>
        {t('summary', {
          p: summary.added.projects,
          t: summary.added.targets,
          f: summary.added.figures,
          m: summary.mentions,
          r: summary.reports,
        })}
      </p>
      <p>
        {t('byDistrict')}{' '}
        {Object.entries(summary.byDistrict)
          .map(([id, n]) => `${divisionOf(id)?.nameZh ?? id} ${n}`)
          .join(', ')}
      </p>
      {summary.newDistricts.length > 0 && (
        <p>
          {t('newDistricts')} {summary.newDistricts.join(', ')}
        </p>
      )}
      {source.kind === 'external' && (
        <p className="notice" data-testid="download-base">
          {tBase('external', { url: source.url })}
        </p>
      )}
      {source.kind === 'preview' && (
        <p className="notice" data-testid="download-base">
          {tBase('preview')}
        </p>
      )}
      <div className="curate-actions">
        <button
          type="button"
          onClick={() => downloadText(toJson(dataset), 'dataset.json', 'application/json')}
        >
          {t('downloadDataset')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(state.text, `${state.meta.sourceId}.txt`, 'text/plain;charset=utf-8')
          }
        >
          {t('downloadText')}
        </button>
        <PreviewButton dataset={dataset} />
      </div>
    </div>
  );
}

/**
 * Opens the dashboard on the new dataset without publishing it: the dataset is saved in this
 * browser (localStorage) and the dashboard reads it through `?data=preview`, in a new tab.
 */
function PreviewButton({ dataset }: { dataset: Dataset }) {
  const t = useT(curateMessages);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          try {
            localStorage.setItem(PREVIEW_STORAGE_KEY, JSON.stringify(dataset));
            setProblem(null);
            window.open(`${import.meta.env.BASE_URL}?${DATASET_PARAM}=${PREVIEW_PARAM}`, '_blank');
          } catch (error) {
            setProblem(
              t('previewFailed', { reason: error instanceof Error ? error.message : '?' }),
            );
          }
        }}
      >
        {t('preview')}
      </button>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
    </>
  );
}
