import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { todayInZhengzhou, type Candidate } from '@/curation/draft';
import { decodeText } from '@/curation/text-file';
import {
  DATASET_PARAM,
  PREVIEW_PARAM,
  useCurrentDataset,
  useDatasetSource,
} from '@/data/dataset-source';
import { datasetQueryKey, PREVIEW_DATASET_URL, PREVIEW_STORAGE_KEY } from '@/data/load-dataset';
import { withDatasetParam } from '@/components/ui/app-link';
import { Section } from '@/components/ui/section';
import { downloadText, toJson } from '@/lib/export';
import { formatNumber } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';
import { datasetCounts } from '@/data/dataset-counts';
import {
  parseWorkbench,
  saveWorkbench,
  WORKBENCH_KEY,
  type SaveOutcome,
} from '../model/stored-state';
import {
  curate,
  draftFromProposal,
  draftNamedProjects,
  emptyWorkbench,
  PAGE_TEXT_LIMIT,
  pageDistrict,
  pageInDataset,
  proposedSourceId,
  readPage,
  reportDraft,
  textBytes,
  type Curated,
  type PageMeta,
  type Problem,
  type RecordDraft,
  type RecordRef,
  withProposedMeta,
  type WorkbenchState,
} from '../model/workbench';
import { curateMessages } from '../messages';
import { DraftForm } from './draft-form';
import { PageForm } from './page-form';
import { ProblemList } from './problem-list';
import { SentenceItem } from './sentence-item';
import '../curate.css';

type Loaded = { state: WorkbenchState; unreadable: { raw: string; reason: string } | null };

function loadWorkbench(): Loaded {
  try {
    const stored = localStorage.getItem(WORKBENCH_KEY);
    if (stored) {
      const parsed = parseWorkbench(stored);
      if (parsed.ok) return { state: parsed.data, unreadable: null };
      return { state: emptyWorkbench(), unreadable: { raw: stored, reason: parsed.reason } };
    }
  } catch {
    // storage can be blocked (privacy mode): the workbench still works for this visit
  }
  return { state: emptyWorkbench(), unreadable: null };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sentences drawn at once: a page has 30–120; one at the size limit, some 800. */
const SHOWN_AT_ONCE = 150;

const newKey = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** "12.3 MB" / "250 KB": the size of a refused text. */
function sizeText(bytes: number, lang: 'zh' | 'en'): string {
  return bytes >= 1e6
    ? `${formatNumber(bytes / 1e6, lang, 1)} MB`
    : `${formatNumber(Math.ceil(bytes / 1000), lang, 0)} KB`;
}

export function CuratePage() {
  const t = useT(curateMessages);
  const { lang } = useLang();
  const dataset = useCurrentDataset();
  const [loaded] = useState(loadWorkbench);
  const [stored, setStored] = useState(loaded.state);
  const [unreadable, setUnreadable] = useState(loaded.unreadable);
  const [notice, setNotice] = useState<string | null>(null);
  const [saved, setSaved] = useState<SaveOutcome>({ ok: true });
  const [outcome, setOutcome] = useState<
    { ok: true; curated: Curated; hash: string } | { ok: false; problems: Problem[] } | null
  >(null);
  // Every change goes through here: kept, and saved at once (a failure is shown at once, with
  // "export drafts" beside it). The latest state is kept beside React's for the next change.
  const latestRef = useRef(loaded.state);
  const [shown, setShown] = useState(SHOWN_AT_ONCE);
  const update = useCallback((change: (s: WorkbenchState) => WorkbenchState) => {
    const next = change(latestRef.current);
    latestRef.current = next;
    setStored(next);
    setSaved(saveWorkbench(localStorage, next));
  }, []);

  // Read again only when the page or its date change: a keystroke in a title or a draft keeps
  // the candidates, so each sentence's similar records are not searched again.
  const { text } = stored;
  const { publishedOn } = stored.meta;
  const page = useMemo(
    () => readPage({ text, meta: { publishedOn, sourceId: 'draft' } }),
    [text, publishedOn],
  );

  // The page's id and headline follow the page until the curator types their own.
  const district = page.ok ? pageDistrict(page.data) : null;
  const headline = page.ok ? (page.data.source.headlinesZh[0] ?? '') : '';
  const state = withProposedMeta(stored, {
    sourceId: stored.text.trim() === '' ? '' : proposedSourceId(dataset, district, publishedOn),
    titleZh: headline,
  });

  const setMeta = (patch: Partial<PageMeta>) => {
    setOutcome(null);
    update((s) => ({ ...s, meta: { ...s.meta, ...patch } }));
  };
  const setText = (next: string) => {
    const bytes = textBytes(next);
    if (bytes > PAGE_TEXT_LIMIT) {
      setNotice(t('textTooLarge', { size: sizeText(bytes, lang) }));
      return false;
    }
    setNotice(null);
    setOutcome(null);
    update((s) => ({ ...s, text: next }));
    return true;
  };
  const setDrafts = (change: (drafts: RecordDraft[]) => RecordDraft[]) => {
    setOutcome(null);
    update((s) => ({ ...s, drafts: change(s.drafts) }));
  };
  const context = (drafts: readonly RecordDraft[]) => ({ meta: state.meta, dataset, drafts });

  // Stable, so that a keystroke elsewhere does not draw every sentence again (SentenceItem is
  // memoized: a page at the size limit has 800 of them).
  const draftProposal = useCallback(
    (candidate: Candidate, index: number) => {
      setOutcome(null);
      update((s) => ({
        ...s,
        drafts: [
          ...s.drafts,
          draftFromProposal(candidate, index, {
            meta: s.meta,
            dataset,
            drafts: s.drafts,
            key: newKey(),
          }),
        ],
      }));
    },
    [dataset, update],
  );
  const draftReport = useCallback(
    (candidate: Candidate, on: { slot: 'targetId' | 'projectId'; ref: RecordRef | null }) => {
      setOutcome(null);
      update((s) => ({
        ...s,
        drafts: [
          ...s.drafts,
          reportDraft(candidate, on, { meta: s.meta, dataset, drafts: s.drafts, key: newKey() }),
        ],
      }));
    },
    [dataset, update],
  );
  const nextOf = (candidate: Candidate) =>
    page.ok ? page.data.candidates.find((c) => c.sentence === candidate.sentence + 1) : undefined;
  const draftProjectsOf = (owner: RecordDraft, candidate: Candidate) =>
    setDrafts((drafts) => {
      const next = nextOf(candidate);
      const { owner: linked, projects } = draftNamedProjects(owner, candidate, {
        ...context(drafts),
        keys: newKey,
        ...(next ? { next } : {}),
      });
      return [...drafts.map((d) => (d.key === owner.key ? linked : d)), ...projects];
    });

  const openPage = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // A file over the limit is refused before it is read.
    if (file.size > PAGE_TEXT_LIMIT)
      return setNotice(t('textTooLarge', { size: sizeText(file.size, lang) }));
    const read = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!read.ok) return setNotice(t('openFailed', { reason: read.reason }));
    setText(read.data);
  };

  const importDrafts = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > PAGE_TEXT_LIMIT * 20)
      return setNotice(t('importFailed', { reason: 'the file is too large for a drafts file' }));
    const read = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
    const parsed = read.ok ? parseWorkbench(read.data) : read;
    if (!parsed.ok) return setNotice(t('importFailed', { reason: parsed.reason }));
    setNotice(null);
    setOutcome(null);
    update(() => parsed.data);
  };

  const exportDrafts = () =>
    downloadText(
      toJson(state),
      `curate-${state.meta.sourceId || 'drafts'}.json`,
      'application/json',
    );

  const check = async () => {
    const hash = await sha256(state.text);
    const result = curate(dataset, state, todayInZhengzhou(), hash);
    setOutcome(
      result.ok ? { ok: true, curated: result.data, hash } : { ok: false, problems: result.reason },
    );
  };

  const startNextPage = () => {
    setOutcome(null);
    setNotice(null);
    update(() => emptyWorkbench());
  };

  const problemsOf = (key?: string) =>
    outcome && !outcome.ok ? outcome.problems.filter((p) => p.draftKey === key) : [];
  const inView = state.text.trim() !== '' && pageInDataset(dataset, state);

  return (
    <div className="curate">
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      {!saved.ok && (
        <div role="alert" className="notice notice-error curate-save-failed">
          <p>{t('saveFailed')}</p>
          <button type="button" onClick={exportDrafts}>
            {t('exportDrafts')}
          </button>
        </div>
      )}
      {unreadable && (
        <div role="alert" className="notice notice-error">
          <p>{t('storedUnreadable', { reason: unreadable.reason })}</p>
          <button
            type="button"
            onClick={() => {
              downloadText(unreadable.raw, 'curate-unreadable.json', 'application/json');
              setUnreadable(null);
            }}
          >
            {t('downloadStored')}
          </button>
        </div>
      )}
      {notice && (
        <p role="alert" className="curate-notice">
          {notice}
        </p>
      )}

      <Section id="curate-page" title={t('pageSection')}>
        {inView && (
          <div className="notice curate-in-view" role="status">
            <p>{t('pageInView')}</p>
            <button type="button" onClick={startNextPage}>
              {t('nextPage')}
            </button>
          </div>
        )}
        <PageForm
          state={state}
          setMeta={setMeta}
          setText={setText}
          onTooLarge={(bytes) => setNotice(t('textTooLarge', { size: sizeText(bytes, lang) }))}
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
              {page.data.candidates.slice(0, shown).map((c) => (
                <SentenceItem
                  key={c.sentence}
                  candidate={c}
                  dataset={dataset}
                  drafts={state.drafts}
                  onDraft={draftProposal}
                  onReport={draftReport}
                />
              ))}
            </ol>
            {page.data.candidates.length > shown && (
              <button type="button" onClick={() => setShown((n) => n + SHOWN_AT_ONCE)}>
                {t('showMore', { n: Math.min(SHOWN_AT_ONCE, page.data.candidates.length - shown) })}
              </button>
            )}
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
            drafts={state.drafts}
            dataset={dataset}
            candidate={
              page.ok ? page.data.candidates.find((c) => c.sentence === draft.sentence) : undefined
            }
            problems={problemsOf(draft.key)}
            onChange={(next) => setDrafts((ds) => ds.map((d) => (d.key === draft.key ? next : d)))}
            onRemove={() => setDrafts((ds) => ds.filter((d) => d.key !== draft.key))}
            onDraftProjects={draftProjectsOf}
            next={
              page.ok
                ? page.data.candidates.find((c) => c.sentence === draft.sentence + 1)
                : undefined
            }
          />
        ))}
      </Section>

      <Section id="curate-output" title={t('outputSection')}>
        <div className="curate-actions">
          <button type="button" onClick={() => void check()}>
            {t('check')}
          </button>
          <button type="button" onClick={exportDrafts}>
            {t('exportDrafts')}
          </button>
          <label className="curate-file">
            {t('importDrafts')}
            <input type="file" accept=".json,application/json" onChange={importDrafts} />
          </label>
          <button type="button" onClick={startNextPage}>
            {t('clear')}
          </button>
        </div>
        {outcome && !outcome.ok && <ProblemList problems={outcome.problems} all />}
        {outcome?.ok && (
          <Summary curated={outcome.curated} state={state} onNextPage={startNextPage} />
        )}
      </Section>
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

function Summary({
  curated,
  state,
  onNextPage,
}: {
  curated: Curated;
  state: WorkbenchState;
  onNextPage: () => void;
}) {
  const t = useT(curateMessages);
  const { summary, dataset } = curated;
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { search } = useLocation();
  const totals = datasetCounts(dataset);
  // The banner says which dataset is in view; the download says it again, where it matters.
  const source = useDatasetSource();
  const tBase = useT(downloadBaseMessages);

  /** Saves the new dataset as this browser's preview; false (with the reason shown) if it fails. */
  const savePreview = () => {
    try {
      localStorage.setItem(PREVIEW_STORAGE_KEY, JSON.stringify(dataset));
      void queryClient.removeQueries({ queryKey: datasetQueryKey(PREVIEW_DATASET_URL) });
      setProblem(null);
      return true;
    } catch (error) {
      setProblem(t('previewFailed', { reason: error instanceof Error ? error.message : '?' }));
      return false;
    }
  };
  const previewUrl = (path: string) =>
    withDatasetParam(
      `${path}?${DATASET_PARAM}=${PREVIEW_PARAM}`,
      new URLSearchParams(
        [...new URLSearchParams(search)].filter(([name]) => name !== DATASET_PARAM),
      ).toString(),
    ) as string;

  return (
    <div className="curate-summary" role="status">
      <p>
        {t('summary', {
          p: summary.added.projects,
          t: summary.added.targets,
          f: summary.added.figures,
          b: summary.added.batches,
          m: summary.mentions,
          r: summary.reports,
        })}
      </p>
      <p>{t('totals', { s: totals.pages, r: totals.records })}</p>
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
        <button
          type="button"
          onClick={() => {
            if (savePreview())
              window.open(
                `${import.meta.env.BASE_URL}${previewUrl('').replace(/^\//, '')}`,
                '_blank',
              );
          }}
        >
          {t('preview')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (!savePreview()) return;
            onNextPage();
            void navigate(previewUrl('/curate'));
          }}
        >
          {t('curateNext')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
    </div>
  );
}
