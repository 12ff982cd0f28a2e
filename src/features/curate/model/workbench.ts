import { draftArticle, isIsoDate, type ArticleDraft, type Candidate } from '@/curation/draft';
import { divisionOf } from '@/curation/gazetteer';
import { pageDateProblem } from '@/curation/page-dates';
import { compactText } from '@/curation/provenance';
import type { Proposal } from '@/curation/reading';
import { parseQuantity } from '@/data/normalize/quantity';
import {
  batchKindSchema,
  dateCertaintySchema,
  figureBasisSchema,
  idSchema,
  projectCategorySchema,
  projectStageSchema,
  quantityRoleSchema,
  reportedStageSchema,
  reportedStatusSchema,
  targetFirmnessSchema,
  type Batch,
  type Dataset,
  type DateCertainty,
  type Figure,
  type Project,
  type Quantity,
  type QuantityRole,
  type Report,
  type Source,
  type SourceRef,
  type Target,
} from '@/data/schema';
import { validateDataset } from '@/data/validate-dataset';
import { fail, ok, type Result } from '@/lib/result';
import { districtSlug, keyWords, periodSlug, slugOf, uniqueId } from './ids';

/**
 * The curation workbench's model: the page being curated, the record drafts made from its
 * sentences' proposals, and the dataset they make. Pure; the components only draw it and
 * store it. Every field of every record kind can be set (FIELDS); what the page says is filled
 * in, so a curator types only what it does not say (English, judgements).
 */

/** A page's text is refused above this size (a real page is 3–10 KB): the workbench stays quick. */
export const PAGE_TEXT_LIMIT = 200_000;

/** The size of a text in UTF-8 bytes, without encoding a text far over the limit. */
export function textBytes(text: string): number {
  if (text.length > PAGE_TEXT_LIMIT) return text.length * 3;
  return new TextEncoder().encode(text).length;
}

export type PageMeta = {
  sourceId: string;
  /** False until the curator edits the id: the proposed id follows the page. */
  sourceIdEdited: boolean;
  titleZh: string;
  /** False until the curator edits the headline: the page's first heading is proposed. */
  titleZhEdited: boolean;
  titleEn: string;
  paper: string;
  publishedOn: string;
  /** given by the curator (default), printed on the page (exact), or worked out (inferred). */
  dateCertainty: DateCertainty;
  dateEvidence: string;
  /** The same reasons in Chinese; required whenever the English ones are written. */
  dateEvidenceZh: string;
  /** Verbatim spans that carry the dating evidence, one per line. */
  dateEvidenceQuotes: string;
  summaryZh: string;
  summaryEn: string;
  url: string;
};

export type DraftKind = 'target' | 'figure' | 'project' | 'batch' | 'report';

export type QuantitySlot = 'quantity' | 'investment' | 'count' | 'total' | 'plan' | 'done';
export type LinkSlot = 'projectIds' | 'parentId' | 'partOf' | 'batchId' | 'targetId' | 'projectId';

/** A quantity as the curator sees it: as printed (60亿元以上) and what it is. */
export type QuantityDraft = { printed: string; role: QuantityRole };

/** A reference to a record: `draft:<key>` for a draft of this page, else the record's id. */
export type RecordRef = string;
export const draftRef = (key: string): RecordRef => `draft:${key}`;

export type RecordDraft = {
  key: string;
  kind: DraftKind;
  /** The sentence and proposal it was drafted from (the proposal's index, or -1). */
  sentence: number;
  proposal: number;
  /** Verbatim quotes: the first is the record's main one; a record may cite several. */
  quotes: string[];
  districtId: string;
  /** Every text, choice, date and number field, as the form edits it. */
  fields: Record<string, string>;
  quantities: Partial<Record<QuantitySlot, QuantityDraft>>;
  links: Partial<Record<LinkSlot, RecordRef[]>>;
  /** Fields the curator has edited: the others follow the quote. */
  edited: string[];
};

export type WorkbenchState = { version: 2; text: string; meta: PageMeta; drafts: RecordDraft[] };

export const emptyMeta = (): PageMeta => ({
  sourceId: '',
  sourceIdEdited: false,
  titleZh: '',
  titleZhEdited: false,
  titleEn: '',
  paper: '',
  publishedOn: '',
  dateCertainty: 'given',
  dateEvidence: '',
  dateEvidenceZh: '',
  dateEvidenceQuotes: '',
  summaryZh: '',
  summaryEn: '',
  url: '',
});

export const emptyWorkbench = (): WorkbenchState => ({
  version: 2,
  text: '',
  meta: emptyMeta(),
  drafts: [],
});

/** The engine's reading of the page, or why there is none yet. */
export function readPage(state: {
  text: string;
  meta: Pick<PageMeta, 'publishedOn' | 'sourceId'>;
}): Result<ArticleDraft, 'empty' | 'date' | 'size' | string> {
  if (state.text.trim() === '') return fail('empty');
  if (textBytes(state.text) > PAGE_TEXT_LIMIT) return fail('size');
  if (!isIsoDate(state.meta.publishedOn)) return fail('date');
  return draftArticle(state.text, {
    sourceId: state.meta.sourceId || 'draft',
    publishedOn: state.meta.publishedOn,
  });
}

// ---------------------------------------------------------------------------------------------
// Fields

export type FieldType = 'text' | 'long' | 'choice' | 'date' | 'number' | 'period';
export type FieldSpec = {
  name: string;
  type: FieldType;
  /** The schema requires it. */
  required?: boolean;
  options?: readonly string[];
  /** The language of its text (English fields are the curator's translation). */
  lang?: 'zh' | 'en';
};

/** Every field a record of each kind has, in the order the form shows them. */
export const FIELDS: Record<DraftKind, readonly FieldSpec[]> = {
  target: [
    { name: 'statementZh', type: 'long', required: true, lang: 'zh' },
    { name: 'statementEn', type: 'long', required: true, lang: 'en' },
    { name: 'id', type: 'text', required: true },
    { name: 'metric', type: 'text', required: true },
    { name: 'firmness', type: 'choice', required: true, options: targetFirmnessSchema.options },
    { name: 'deadline', type: 'date' },
    { name: 'deadlineText', type: 'text', lang: 'zh' },
    { name: 'deadlineNoteZh', type: 'long', lang: 'zh' },
    { name: 'deadlineNote', type: 'long', lang: 'en' },
    { name: 'period', type: 'period', required: true },
  ],
  figure: [
    { name: 'indicatorZh', type: 'text', required: true, lang: 'zh' },
    { name: 'indicatorEn', type: 'text', required: true, lang: 'en' },
    { name: 'id', type: 'text', required: true },
    { name: 'basis', type: 'choice', required: true, options: figureBasisSchema.options },
    { name: 'period', type: 'period', required: true },
    { name: 'through', type: 'date' },
    { name: 'growthPercent', type: 'number' },
    { name: 'descriptionZh', type: 'long', lang: 'zh' },
    { name: 'descriptionEn', type: 'long', lang: 'en' },
    { name: 'seriesId', type: 'text' },
  ],
  project: [
    { name: 'nameZh', type: 'text', required: true, lang: 'zh' },
    { name: 'nameEn', type: 'text', required: true, lang: 'en' },
    { name: 'id', type: 'text', required: true },
    { name: 'category', type: 'choice', required: true, options: projectCategorySchema.options },
    { name: 'stage', type: 'choice', required: true, options: projectStageSchema.options },
    { name: 'reportedStage', type: 'choice', options: ['', ...reportedStageSchema.options] },
    { name: 'locationZh', type: 'text', lang: 'zh' },
    { name: 'locationEn', type: 'text', lang: 'en' },
    { name: 'descriptionZh', type: 'long', lang: 'zh' },
    { name: 'descriptionEn', type: 'long', lang: 'en' },
  ],
  batch: [
    { name: 'nameZh', type: 'text', required: true, lang: 'zh' },
    { name: 'nameEn', type: 'text', required: true, lang: 'en' },
    { name: 'id', type: 'text', required: true },
    { name: 'batchKind', type: 'choice', required: true, options: batchKindSchema.options },
    { name: 'ordinal', type: 'number' },
    { name: 'date', type: 'date' },
    { name: 'period', type: 'period', required: true },
    { name: 'descriptionZh', type: 'long', lang: 'zh' },
    { name: 'descriptionEn', type: 'long', lang: 'en' },
  ],
  report: [
    { name: 'id', type: 'text', required: true },
    { name: 'status', type: 'choice', options: ['', ...reportedStatusSchema.options] },
    { name: 'stage', type: 'choice', options: ['', ...reportedStageSchema.options] },
    { name: 'date', type: 'date', required: true },
    { name: 'percentOfPlan', type: 'number' },
    { name: 'through', type: 'date' },
    { name: 'noteZh', type: 'long', lang: 'zh' },
    { name: 'noteEn', type: 'long', lang: 'en' },
  ],
};

/** The quantities each kind carries, and the role each slot must have when the schema fixes it. */
export const QUANTITY_SLOTS: Record<DraftKind, readonly QuantitySlot[]> = {
  target: ['quantity'],
  figure: ['quantity'],
  project: ['investment'],
  batch: ['count', 'total', 'plan'],
  report: ['done'],
};
export const FIXED_ROLE: Partial<Record<QuantitySlot, QuantityRole>> = {
  investment: 'total',
  count: 'count',
  total: 'total',
  plan: 'plan',
  done: 'done',
};

/** The references each kind carries. */
export const LINK_SLOTS: Record<DraftKind, readonly LinkSlot[]> = {
  target: ['projectIds', 'partOf', 'batchId'],
  figure: ['projectIds', 'partOf', 'batchId'],
  project: ['parentId'],
  batch: ['projectIds', 'parentId'],
  report: ['targetId', 'projectId'],
};

/** What a link points at. */
export const LINK_TARGET: Record<
  LinkSlot,
  'targets' | 'figures' | 'projects' | 'batches' | 'same'
> = {
  projectIds: 'projects',
  parentId: 'same',
  partOf: 'same',
  batchId: 'batches',
  targetId: 'targets',
  projectId: 'projects',
};

/** The field a draft's Chinese title follows from its first quote until edited. */
const FOLLOWS_QUOTE: Partial<Record<DraftKind, string>> = {
  target: 'statementZh',
};

/** Sets a field as the curator typed it: it no longer follows the page. */
export function editField(draft: RecordDraft, name: string, value: string): RecordDraft {
  return {
    ...draft,
    fields: { ...draft.fields, [name]: value },
    edited: draft.edited.includes(name) ? draft.edited : [...draft.edited, name],
  };
}

/** Sets the quotes; a title that follows the quote follows it. */
export function editQuotes(draft: RecordDraft, quotes: string[]): RecordDraft {
  const follows = FOLLOWS_QUOTE[draft.kind];
  const fields =
    follows && !draft.edited.includes(follows)
      ? { ...draft.fields, [follows]: quotes[0] ?? '' }
      : draft.fields;
  return { ...draft, quotes, fields };
}

/** The draft's title in errors and headings: its Chinese statement, name or indicator. */
export function titleOf(draft: RecordDraft): string {
  const f = draft.fields;
  const title = f.statementZh || f.nameZh || f.indicatorZh || draft.quotes[0] || f.id || draft.key;
  return title.length > 40 ? `${title.slice(0, 39)}…` : title;
}

// ---------------------------------------------------------------------------------------------
// Drafting from proposals

/** The page's id and headline as the page proposes them, where the curator has typed none. */
export function withProposedMeta(
  state: WorkbenchState,
  proposed: { sourceId: string; titleZh: string },
): WorkbenchState {
  const { meta } = state;
  const sourceId = meta.sourceIdEdited ? meta.sourceId : proposed.sourceId;
  const titleZh = meta.titleZhEdited ? meta.titleZh : proposed.titleZh;
  return sourceId === meta.sourceId && titleZh === meta.titleZh
    ? state
    : { ...state, meta: { ...meta, sourceId, titleZh } };
}

/** The page's proposed source id: the next number, the page's district and date. */
export function proposedSourceId(
  dataset: Dataset,
  districtId: string | null,
  publishedOn: string,
): string {
  const numbers = dataset.sources.map((s) => Number(/^(\d+)_/.exec(s.id)?.[1] ?? -1));
  const next = String(Math.max(-1, ...numbers) + 1).padStart(3, '0');
  const parts = [next, districtId ? districtSlug(districtId) : '', publishedOn.replace(/-/g, '_')];
  return uniqueId(
    parts.filter(Boolean).join('_'),
    new Set(dataset.sources.map((s) => s.id)),
  ).replace(/-/g, '_');
}

/** The district the page names most, among its sentences' districts. */
export function pageDistrict(page: ArticleDraft): string | null {
  const counts = new Map<string, number>();
  for (const c of page.candidates)
    if (c.districtId) counts.set(c.districtId, (counts.get(c.districtId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Ids already used by a collection's records and drafts. */
function takenIds(dataset: Dataset, drafts: readonly RecordDraft[], kind: DraftKind): Set<string> {
  const collection = {
    target: dataset.targets,
    figure: dataset.figures,
    project: dataset.projects,
    batch: dataset.batches,
    report: dataset.reports,
  }[kind];
  return new Set([
    ...collection.map((r) => r.id),
    ...drafts.filter((d) => d.kind === kind).map((d) => d.fields.id ?? ''),
  ]);
}

type DraftContext = {
  meta: PageMeta;
  dataset: Dataset;
  drafts: readonly RecordDraft[];
  key: string;
};

function baseDraft(
  candidate: Candidate,
  kind: DraftKind,
  proposal: number,
  quote: string,
  key: string,
): RecordDraft {
  return {
    key,
    kind,
    sentence: candidate.sentence,
    proposal,
    quotes: [quote],
    districtId: candidate.districtId ?? '',
    fields: {},
    quantities: {},
    links: {},
    edited: [],
  };
}

/** The draft a proposal of a sentence makes, its fields filled from what the page says. */
export function draftFromProposal(
  candidate: Candidate,
  index: number,
  context: DraftContext,
): RecordDraft {
  const proposal = candidate.proposals[index]!;
  const quote = candidate.quote.slice(proposal.start, proposal.end);
  const draft = baseDraft(
    candidate,
    proposal.kind === 'progress' ? 'report' : proposal.kind,
    index,
    quote,
    context.key,
  );
  const slug = districtSlug(draft.districtId);
  const taken = takenIds(context.dataset, context.drafts, draft.kind);
  const f = draft.fields;
  switch (proposal.kind) {
    case 'target': {
      const deadline = proposal.deadline;
      f.statementZh = quote;
      f.statementEn = '';
      f.metric = proposal.metric;
      f.firmness = proposal.firmness;
      f.deadline = deadline?.date ?? '';
      f.deadlineText = deadline?.wording ?? '';
      const yearFromPage = deadline?.date && !/\d{4}年/.test(deadline.wording);
      const pageYear = context.meta.publishedOn.slice(0, 4);
      f.deadlineNote = yearFromPage ? `Year taken from the page's date (${pageYear}).` : '';
      f.deadlineNoteZh = yearFromPage ? `年份取自该版日期（${pageYear}年）。` : '';
      f.period = proposal.period;
      if (proposal.quantity)
        draft.quantities.quantity = {
          printed: proposal.quantity.printed,
          role: proposal.quantity.role,
        };
      const when = deadline?.date ? periodSlug(proposal.period) : proposal.period.slice(0, 4);
      f.id = uniqueId(`${slug}-${when}-${slugOf(keyWords(quote)) || proposal.metric}`, taken);
      break;
    }
    case 'figure': {
      f.indicatorZh = proposal.indicatorZh;
      f.indicatorEn = '';
      f.basis = proposal.basis;
      f.period = proposal.period;
      f.through = proposal.through ?? '';
      f.growthPercent = proposal.growthPercent === undefined ? '' : String(proposal.growthPercent);
      f.descriptionZh = '';
      f.descriptionEn = '';
      f.seriesId = '';
      draft.quantities.quantity = {
        printed: proposal.quantity.printed,
        role: proposal.quantity.role,
      };
      f.id = uniqueId(
        `${slug}-${proposal.period.slice(0, 4)}-${slugOf(proposal.indicatorZh)}`,
        taken,
      );
      break;
    }
    case 'project': {
      f.nameZh = proposal.nameZh;
      f.nameEn = '';
      f.category = proposal.category ?? '';
      f.stage = 'unstated';
      f.reportedStage = proposal.stage ?? '';
      f.locationZh = '';
      f.locationEn = '';
      f.descriptionZh = '';
      f.descriptionEn = '';
      if (proposal.investment)
        draft.quantities.investment = { printed: proposal.investment.printed, role: 'total' };
      f.id = uniqueId(`${slug}-${slugOf(proposal.nameZh, 5)}`, taken);
      // Linked to the target, figure or batch drafted from the proposal that names it.
      const parent = linkedDraft(context.drafts, candidate.sentence, proposal.of);
      if (parent?.kind === 'project') draft.links.parentId = [draftRef(parent.key)];
      break;
    }
    case 'batch': {
      f.nameZh = proposal.nameZh;
      f.nameEn = '';
      f.batchKind = proposal.batchKind;
      f.ordinal = proposal.ordinal === undefined ? '' : String(proposal.ordinal);
      f.date = proposal.date ?? '';
      f.period = proposal.period;
      f.descriptionZh = '';
      f.descriptionEn = '';
      for (const slot of ['count', 'total', 'plan'] as const) {
        const q = proposal[slot];
        if (q)
          draft.quantities[slot] = { printed: q.printed, role: slot === 'count' ? 'count' : slot };
      }
      f.id = uniqueId(
        `${slug}-${proposal.period}-${slugOf(keyWords(proposal.nameZh)) || 'batch'}`,
        taken,
      );
      const parent = linkedDraft(context.drafts, candidate.sentence, proposal.parent);
      if (parent) draft.links.parentId = [draftRef(parent.key)];
      break;
    }
    case 'progress':
      Object.assign(f, reportFields(context.meta, taken, slug));
      f.percentOfPlan = proposal.percentOfPlan === undefined ? '' : String(proposal.percentOfPlan);
      f.through = proposal.through;
      f.status = 'in-progress';
      if (proposal.done) draft.quantities.done = { printed: proposal.done.printed, role: 'done' };
      break;
  }
  return draft;
}

function reportFields(meta: PageMeta, taken: ReadonlySet<string>, slug: string) {
  return {
    id: uniqueId(`${slug}-report-${meta.publishedOn || 'page'}`, taken),
    status: '',
    stage: '',
    date: meta.publishedOn,
    percentOfPlan: '',
    through: '',
    noteZh: '',
    noteEn: '',
  };
}

/** The draft made from proposal `index` of a sentence, if one was. */
function linkedDraft(
  drafts: readonly RecordDraft[],
  sentence: number,
  index: number | undefined,
): RecordDraft | undefined {
  if (index === undefined) return undefined;
  return drafts.find((d) => d.sentence === sentence && d.proposal === index);
}

/**
 * The project drafts a target's or batch's proposal names (its 、 list), each linked to it: the
 * target's or batch's `projectIds` gets them. Names already drafted are linked, not drafted again.
 */
export function draftNamedProjects(
  owner: RecordDraft,
  candidate: Candidate,
  context: Omit<DraftContext, 'key'> & { keys: () => string; next?: Candidate },
): { owner: RecordDraft; projects: RecordDraft[] } {
  const projects: RecordDraft[] = [];
  const links = [...(owner.links.projectIds ?? [])];
  for (const named of namedProjectsOf(candidate, owner.proposal, context.next)) {
    const existing = [...context.drafts, ...projects].find(
      (d) => d.kind === 'project' && d.fields.nameZh === named.proposal.nameZh,
    );
    const project =
      existing ??
      draftFromProposal(named.candidate, named.index, {
        ...context,
        drafts: [...context.drafts, ...projects],
        key: context.keys(),
      });
    if (!existing) projects.push(project);
    if (!links.includes(draftRef(project.key))) links.push(draftRef(project.key));
  }
  return { owner: { ...owner, links: { ...owner.links, projectIds: links } }, projects };
}

type ProjectProposal = Extract<Proposal, { kind: 'project' }>;

/** A sentence that lists a batch's members (开工项目包括A、B、C等). */
const MEMBERS = /^[^,，。]{0,10}包括/;

/**
 * The projects a target's or batch's proposal names: in its own sentence, and for a batch in
 * the sentence after it when that one lists the members (开工项目包括…).
 */
export function namedProjectsOf(
  candidate: Candidate,
  proposal: number,
  next?: Candidate,
): { candidate: Candidate; index: number; proposal: ProjectProposal }[] {
  const own = candidate.proposals.flatMap((p, index) =>
    p.kind === 'project' && p.of === proposal ? [{ candidate, index, proposal: p }] : [],
  );
  const owner = candidate.proposals[proposal];
  if (owner?.kind !== 'batch' || !next || next.sentence !== candidate.sentence + 1) return own;
  if (!MEMBERS.test(next.quote)) return own;
  const listed = next.proposals.flatMap((p, index) =>
    p.kind === 'project' && p.of === undefined ? [{ candidate: next, index, proposal: p }] : [],
  );
  return [...own, ...listed];
}

/**
 * A status or stage report on a record drafted from this page or one in the dataset, quoting the
 * sentence: a result word reads as achieved (completed for a project), else in progress.
 */
export function reportDraft(
  candidate: Candidate,
  on: { slot: 'targetId' | 'projectId'; ref: RecordRef | null } | null,
  context: DraftContext,
): RecordDraft {
  const draft = baseDraft(
    candidate,
    'report',
    -1,
    candidate.quote.replace(/[。!！?？]$/, ''),
    context.key,
  );
  const taken = takenIds(context.dataset, context.drafts, 'report');
  const about = on?.ref?.startsWith('draft:')
    ? context.drafts.find((d) => draftRef(d.key) === on.ref)?.fields.id
    : (on?.ref ?? undefined);
  Object.assign(
    draft.fields,
    reportFields(context.meta, taken, about ?? districtSlug(draft.districtId)),
  );
  draft.fields.id = uniqueId(
    `${about ?? districtSlug(draft.districtId)}-${context.meta.publishedOn || 'report'}`,
    taken,
  );
  const done = candidate.kind === 'result' || candidate.cues.report.length > 0;
  if (on?.slot === 'projectId') {
    if (on.ref) draft.links.projectId = [on.ref];
    draft.fields.stage = /竣工|完工|建成/.test(candidate.quote)
      ? 'completed'
      : 'under-construction';
  } else {
    if (on?.ref) draft.links.targetId = [on.ref];
    draft.fields.status = done ? 'achieved' : 'in-progress';
  }
  return draft;
}

// ---------------------------------------------------------------------------------------------
// Building the dataset

export type Problem = {
  /** The draft the problem is in, and its title (its statement, name or indicator). */
  draftKey?: string;
  title?: string;
  field: string;
  message: string;
};

export type ChangeSummary = {
  added: { projects: number; targets: number; figures: number; batches: number };
  /** Existing records this page cites again (a report's target or project). */
  mentions: number;
  reports: number;
  byDistrict: Record<string, number>;
  newDistricts: string[];
};

export type Curated = { dataset: Dataset; summary: ChangeSummary };

const trimmed = (text: string | undefined) => (text ?? '').trim();
const optional = <K extends string>(key: K, text: string | undefined) =>
  trimmed(text) ? ({ [key]: trimmed(text) } as Record<K, string>) : {};
const optionalNumber = <K extends string>(key: K, text: string | undefined) =>
  trimmed(text) !== '' && Number.isFinite(Number(text))
    ? ({ [key]: Number(text) } as Record<K, number>)
    : {};

/** The default date evidence for each certainty; an inferred date needs the curator's reasons. */
function dateEvidenceOf(meta: PageMeta): string {
  if (trimmed(meta.dateEvidence)) return trimmed(meta.dateEvidence);
  const paper = meta.paper.trim() ? ` (${meta.paper.trim()})` : '';
  return meta.dateCertainty === 'exact'
    ? `Publication date printed on the page${paper}: ${meta.publishedOn}.`
    : `Publication date given by the curator${paper}: ${meta.publishedOn}.`;
}

/**
 * The Chinese date evidence: the curator's, or the default beside the English default; none
 * when the curator wrote English reasons only (a problem `curate` reports).
 */
function dateEvidenceZhOf(meta: PageMeta): string | undefined {
  if (trimmed(meta.dateEvidenceZh)) return trimmed(meta.dateEvidenceZh);
  if (trimmed(meta.dateEvidence)) return undefined;
  const paper = meta.paper.trim() ? `（${meta.paper.trim()}）` : '';
  return meta.dateCertainty === 'exact'
    ? `出版日期印在版面上${paper}：${meta.publishedOn}。`
    : `出版日期由整理者给出${paper}：${meta.publishedOn}。`;
}

/** The date evidence's quotes, one per line. */
const evidenceQuotes = (meta: PageMeta) =>
  meta.dateEvidenceQuotes
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function sourceOf(
  meta: PageMeta,
  districtIds: string[],
  sha256: string | undefined,
  ref: (quote: string) => SourceRef,
): Source {
  return {
    id: meta.sourceId,
    headlinesZh: trimmed(meta.titleZh) ? [trimmed(meta.titleZh)] : [],
    headlinesEn: trimmed(meta.titleEn) ? [trimmed(meta.titleEn)] : [],
    publishedOn: meta.publishedOn,
    dateCertainty: meta.dateCertainty,
    dateEvidence: dateEvidenceOf(meta),
    ...optional('dateEvidenceZh', dateEvidenceZhOf(meta)),
    dateEvidenceRefs: evidenceQuotes(meta).map(ref),
    districtIds,
    ...optional('summaryZh', meta.summaryZh),
    ...optional('summaryEn', meta.summaryEn),
    ...optional('url', meta.url),
    ...(sha256 ? { textSha256: sha256 } : {}),
  };
}

/** Whether the dataset in view already holds this page (a preview built from it). */
export function pageInDataset(base: Dataset, state: WorkbenchState, sha256?: string): boolean {
  const source = base.sources.find((s) => s.id === state.meta.sourceId);
  return source !== undefined && (sha256 === undefined || source.textSha256 === sha256);
}

/**
 * The dataset with the page and its drafts added, and what changed; or every problem found,
 * each naming the draft by its title and the field. `today` (YYYY-MM-DD) bounds the date;
 * `sha256` is the page text's hash when the caller has computed it.
 */
export function curate(
  base: Dataset,
  state: WorkbenchState,
  today: string,
  sha256?: string,
): Result<Curated, Problem[]> {
  const { meta, drafts, text } = state;
  const problems: Problem[] = [];
  const page = compactText(text);
  const problem = (draft: RecordDraft | undefined, field: string, message: string) =>
    problems.push(
      draft ? { draftKey: draft.key, title: titleOf(draft), field, message } : { field, message },
    );
  if (page === '') problem(undefined, 'text', 'the page text is empty');
  if (textBytes(text) > PAGE_TEXT_LIMIT) problem(undefined, 'text', 'the page text is over 200 KB');
  if (!idSchema.safeParse(meta.sourceId).success) {
    problem(undefined, 'sourceId', 'a lowercase slug (a-z, 0-9, - and _)');
  } else if (base.sources.some((s) => s.id === meta.sourceId)) {
    problem(
      undefined,
      'sourceId',
      pageInDataset(base, state, sha256)
        ? 'this page is already in the dataset in view: start the next page'
        : `the dataset already has a source "${meta.sourceId}": choose another id`,
    );
  }
  // The command line's rule for a page's date: a calendar day, not after today, not before 1949.
  const dateProblem = pageDateProblem(meta.publishedOn, today);
  if (dateProblem) problem(undefined, 'publishedOn', dateProblem);
  if (meta.dateCertainty === 'inferred' && trimmed(meta.dateEvidence) === '')
    problem(undefined, 'dateEvidence', 'say why the date is what it is');
  if (trimmed(meta.dateEvidence) && !trimmed(meta.dateEvidenceZh))
    problem(undefined, 'dateEvidenceZh', 'write the date evidence in Chinese too');
  if (trimmed(meta.dateEvidenceZh) && !trimmed(meta.dateEvidence))
    problem(undefined, 'dateEvidence', 'write the date evidence in English too');
  for (const quote of evidenceQuotes(meta))
    if (!page.includes(compactText(quote)))
      problem(undefined, 'dateEvidenceQuotes', `«${quote}» is not verbatim in the page text`);
  if (trimmed(meta.titleZh) && !trimmed(meta.titleEn))
    problem(undefined, 'titleEn', 'translate the headline');
  if (drafts.length === 0) problem(undefined, 'drafts', 'no record drafted yet');

  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const resolve = (ref: RecordRef): string | undefined =>
    ref.startsWith('draft:') ? byKey.get(ref.slice(6))?.fields.id : ref;

  for (const draft of drafts) {
    if (draft.quotes.length === 0 || draft.quotes.every((q) => trimmed(q) === ''))
      problem(draft, 'quote', 'quote the sentence it comes from');
    draft.quotes.forEach((quote, i) => {
      if (trimmed(quote) !== '' && !page.includes(compactText(quote)))
        problem(draft, i === 0 ? 'quote' : `quote ${i + 1}`, 'not verbatim in the page text');
    });
    if (draft.kind !== 'report' && !divisionOf(draft.districtId))
      problem(draft, 'districtId', `the gazetteer knows no district "${draft.districtId}"`);
    for (const spec of FIELDS[draft.kind]) {
      if (spec.required && trimmed(draft.fields[spec.name]) === '')
        problem(draft, spec.name, 'must not be empty');
    }
    if (draft.kind === 'target') {
      const [en, zh] = [trimmed(draft.fields.deadlineNote), trimmed(draft.fields.deadlineNoteZh)];
      if (en && !zh) problem(draft, 'deadlineNoteZh', 'write the note in Chinese too');
      if (zh && !en) problem(draft, 'deadlineNote', 'write the note in English too');
    }
    for (const slot of QUANTITY_SLOTS[draft.kind]) {
      const q = draft.quantities[slot];
      if (q && trimmed(q.printed) !== '' && !parseQuantity(q.printed.trim()).ok)
        problem(draft, slot, `"${q.printed}" is not a quantity (60亿元以上, 110余户…)`);
    }
    if (draft.kind === 'figure' && !trimmed(draft.quantities.quantity?.printed))
      problem(draft, 'quantity', 'a figure states a number');
    for (const [slot, refs] of Object.entries(draft.links) as [LinkSlot, RecordRef[]][]) {
      for (const ref of refs)
        if (resolve(ref) === undefined) problem(draft, slot, 'the draft it names was removed');
    }
    if (draft.kind === 'report') {
      const on = draft.links.targetId?.[0] ?? draft.links.projectId?.[0];
      if (!on) problem(draft, 'targetId', 'choose the target or project it reports on');
      if (draft.links.targetId?.length && !draft.fields.status)
        problem(draft, 'status', 'choose the status the page reports');
      if (draft.links.projectId?.length && !draft.fields.stage)
        problem(draft, 'stage', 'choose the stage the page reports');
    }
  }
  if (problems.length > 0) return fail(problems);

  const dataset: Dataset = structuredClone(base);
  const at = (quote: string) => {
    const index = page.indexOf(compactText(quote));
    return index >= 0 ? { at: index } : {};
  };
  const ref = (quote: string): SourceRef => ({
    sourceId: meta.sourceId,
    quote: trimmed(quote),
    ...at(quote),
  });
  const refs = (draft: RecordDraft) => draft.quotes.filter((q) => trimmed(q) !== '').map(ref);
  const byDistrict: Record<string, number> = {};
  const count = (districtId: string) =>
    (byDistrict[districtId] = (byDistrict[districtId] ?? 0) + 1);
  const summary: ChangeSummary = {
    added: { projects: 0, targets: 0, figures: 0, batches: 0 },
    mentions: 0,
    reports: 0,
    byDistrict,
    newDistricts: [],
  };
  /** Where each draft went, to name it when the dataset's own check fails. */
  const placed = new Map<string, string>();
  const quantityOf = (draft: RecordDraft, slot: QuantitySlot): Quantity | undefined => {
    const q = draft.quantities[slot];
    if (!q || trimmed(q.printed) === '') return undefined;
    const parsed = parseQuantity(q.printed.trim());
    if (!parsed.ok) return undefined;
    return { ...parsed.data, role: FIXED_ROLE[slot] ?? q.role };
  };
  const linked = (draft: RecordDraft, slot: LinkSlot) =>
    (draft.links[slot] ?? []).map(resolve).filter((id): id is string => id !== undefined);
  const one = <K extends string>(key: K, draft: RecordDraft, slot: LinkSlot) => {
    const id = linked(draft, slot)[0];
    return id ? ({ [key]: id } as Record<K, string>) : {};
  };
  const add = <List extends 'projects' | 'targets' | 'figures' | 'batches'>(
    list: List,
    draft: RecordDraft,
    record: Dataset[List][number],
  ) => {
    const records: Dataset[List][number][] = dataset[list];
    placed.set(`${list}[${records.length}]`, draft.key);
    records.push(record);
    summary.added[list] += 1;
    count(draft.districtId);
  };
  const report = (draft: RecordDraft, record: Report) => {
    placed.set(`reports[${dataset.reports.length}]`, draft.key);
    dataset.reports.push(record);
    summary.reports += 1;
  };

  for (const draft of drafts) {
    const f = draft.fields;
    switch (draft.kind) {
      case 'target':
        add('targets', draft, {
          id: f.id!,
          districtId: draft.districtId,
          statementZh: trimmed(f.statementZh),
          statementEn: trimmed(f.statementEn),
          metric: trimmed(f.metric),
          ...((q) => (q ? { quantity: q } : {}))(quantityOf(draft, 'quantity')),
          firmness: f.firmness as Target['firmness'],
          deadline: trimmed(f.deadline) || null,
          deadlineText: trimmed(f.deadlineText) || null,
          ...optional('deadlineNote', f.deadlineNote),
          ...optional('deadlineNoteZh', f.deadlineNoteZh),
          period: trimmed(f.period),
          projectIds: linked(draft, 'projectIds'),
          ...one('partOf', draft, 'partOf'),
          ...one('batchId', draft, 'batchId'),
          sourceRefs: refs(draft),
        } satisfies Target);
        break;
      case 'figure':
        add('figures', draft, {
          id: f.id!,
          districtId: draft.districtId,
          indicatorZh: trimmed(f.indicatorZh),
          indicatorEn: trimmed(f.indicatorEn),
          quantity: quantityOf(draft, 'quantity')!,
          period: trimmed(f.period),
          ...optionalNumber('growthPercent', f.growthPercent),
          basis: f.basis as Figure['basis'],
          ...optional('descriptionZh', f.descriptionZh),
          ...optional('descriptionEn', f.descriptionEn),
          projectIds: linked(draft, 'projectIds'),
          ...optional('seriesId', f.seriesId),
          ...optional('through', f.through),
          ...one('partOf', draft, 'partOf'),
          ...one('batchId', draft, 'batchId'),
          sourceRefs: refs(draft),
        } satisfies Figure);
        break;
      case 'project': {
        const investment = quantityOf(draft, 'investment');
        add('projects', draft, {
          id: f.id!,
          nameZh: trimmed(f.nameZh),
          nameEn: trimmed(f.nameEn),
          districtId: draft.districtId,
          category: f.category as Project['category'],
          stage: f.stage as Project['stage'],
          ...(investment ? { investment } : {}),
          ...optional('descriptionZh', f.descriptionZh),
          ...optional('descriptionEn', f.descriptionEn),
          ...optional('locationZh', f.locationZh),
          ...optional('locationEn', f.locationEn),
          ...one('parentId', draft, 'parentId'),
          sourceRefs: refs(draft),
        } satisfies Project);
        // The stage this page states is a report of its own (docs/data.md, "Status reports").
        if (trimmed(f.reportedStage)) {
          report(draft, {
            id: uniqueId(
              `${f.id}-stage-${meta.publishedOn}`,
              new Set(dataset.reports.map((r) => r.id)),
            ),
            projectId: f.id!,
            stage: f.reportedStage as Report['stage'] & string,
            date: meta.publishedOn,
            sourceRef: refs(draft)[0]!,
          });
        }
        break;
      }
      case 'batch':
        add('batches', draft, {
          id: f.id!,
          districtId: draft.districtId,
          nameZh: trimmed(f.nameZh),
          nameEn: trimmed(f.nameEn),
          kind: f.batchKind as Batch['kind'],
          ...optionalNumber('ordinal', f.ordinal),
          ...optional('date', f.date),
          period: trimmed(f.period),
          ...((q) => (q ? { count: q } : {}))(quantityOf(draft, 'count')),
          ...((q) => (q ? { total: q } : {}))(quantityOf(draft, 'total')),
          ...((q) => (q ? { plan: q } : {}))(quantityOf(draft, 'plan')),
          ...one('parentId', draft, 'parentId'),
          projectIds: linked(draft, 'projectIds'),
          ...optional('descriptionZh', f.descriptionZh),
          ...optional('descriptionEn', f.descriptionEn),
          sourceRefs: refs(draft),
        } satisfies Batch);
        break;
      case 'report': {
        const targetId = linked(draft, 'targetId')[0];
        const projectId = linked(draft, 'projectId')[0];
        const done = quantityOf(draft, 'done');
        const percent = optionalNumber('percentOfPlan', f.percentOfPlan);
        const progress =
          targetId && (done || 'percentOfPlan' in percent)
            ? {
                progress: {
                  ...(done ? { done } : percent),
                  through: trimmed(f.through) || trimmed(f.date) || meta.publishedOn,
                },
              }
            : {};
        report(draft, {
          id: f.id!,
          ...(targetId ? { targetId, status: f.status as Report['status'] & string } : {}),
          ...(projectId && !targetId
            ? { projectId, stage: f.stage as Report['stage'] & string }
            : {}),
          date: trimmed(f.date) || meta.publishedOn,
          ...progress,
          sourceRef: refs(draft)[0]!,
          ...optional('noteZh', f.noteZh),
          ...optional('noteEn', f.noteEn),
        } as Report);
        // The page cites an existing record again: the record gets the quote as a mention.
        const existing =
          (targetId &&
            dataset.targets.find((t) => t.id === targetId && !isDrafted(drafts, t.id, 'target'))) ||
          (projectId &&
            dataset.projects.find(
              (p) => p.id === projectId && !isDrafted(drafts, p.id, 'project'),
            ));
        if (existing) {
          existing.sourceRefs.push(...refs(draft));
          summary.mentions += 1;
          count(existing.districtId);
        }
        break;
      }
    }
  }

  const districtIds = [
    ...new Set(drafts.filter((d) => d.kind !== 'report').map((d) => d.districtId)),
  ];
  for (const id of districtIds) {
    if (dataset.districts.some((d) => d.id === id)) continue;
    const division = divisionOf(id)!;
    dataset.districts.push({
      id: division.id,
      nameZh: division.nameZh,
      nameEn: division.nameEn,
      kind: division.kind,
      aliasesZh: division.aliases.filter((alias) => alias !== division.nameZh),
      ...(division.gbCode && division.gbCode !== division.id ? { gbCode: division.gbCode } : {}),
    });
    summary.newDistricts.push(id);
  }
  dataset.sources.push(sourceOf(meta, districtIds, sha256, ref));

  // The app's own rules, on a copy: validateDataset normalizes its input in place.
  const checked = validateDataset(structuredClone(dataset));
  if (!checked.ok) {
    if (checked.reason.kind === 'syntax')
      return fail([{ field: 'dataset', message: checked.reason.message }]);
    return fail(
      checked.reason.issues.map((issue) => {
        const [, record, field] =
          /^((?:projects|targets|figures|batches|reports)\[\d+\])\.?(.*)$/.exec(issue.path) ?? [];
        const draft = record ? byKey.get(placed.get(record) ?? '') : undefined;
        return draft
          ? {
              draftKey: draft.key,
              title: titleOf(draft),
              field: fieldOf(field ?? ''),
              message: issue.message,
            }
          : { field: issue.path, message: issue.message };
      }),
    );
  }
  return ok({ dataset, summary });
}

const isDrafted = (drafts: readonly RecordDraft[], id: string, kind: DraftKind) =>
  drafts.some((d) => d.kind === kind && d.fields.id === id);

/** sourceRefs[1].quote → quote; quantity.value → quantity; statementEn → statementEn. */
function fieldOf(path: string): string {
  if (/^(?:sourceRefs\[\d+\]|sourceRef)\.quote/.test(path)) return 'quote';
  return path.split(/[.[]/)[0] || 'record';
}

// Re-exported for the stored-state parser and the form.
export { dateCertaintySchema, quantityRoleSchema };
