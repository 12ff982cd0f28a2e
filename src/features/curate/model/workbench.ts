import {
  draftArticle,
  isIsoDate,
  type ArticleDraft,
  type Candidate,
  type CandidateKind,
} from '@/curation/draft';
import { divisionOf } from '@/curation/gazetteer';
import { compactText } from '@/curation/provenance';
import {
  idSchema,
  LIMITS,
  reportedStatusSchema,
  type Dataset,
  type Figure,
  type Project,
  type Quantity,
  type QuantityRole,
  type Source,
  type Target,
} from '@/data/schema';
import type { PrintedQuantity } from '@/data/normalize/quantity';
import { validateDataset } from '@/data/validate-dataset';
import { fail, ok, type Result } from '@/lib/result';

/**
 * The curation workbench's model: the page being curated, the record drafts made from its
 * sentences, and the dataset they make. Pure; the components only draw it and store it.
 */

/** A draft is of one of the kinds the curation engine proposes for a sentence. */
export type DraftKind = CandidateKind;

export type PageMeta = {
  sourceId: string;
  titleZh: string;
  titleEn: string;
  paper: string;
  publishedOn: string;
  /** The date is worked out, not printed: `dateEvidence` says how. */
  dateInferred: boolean;
  dateEvidence: string;
  url: string;
};

export type RecordDraft = {
  key: string;
  kind: DraftKind;
  sentence: number;
  quote: string;
  districtId: string;
  quantity: PrintedQuantity | null;
  /** The record's other fields as the form edits them (text). */
  fields: Record<string, string>;
};

export type WorkbenchState = { version: 1; text: string; meta: PageMeta; drafts: RecordDraft[] };

export const emptyWorkbench = (): WorkbenchState => ({
  version: 1,
  text: '',
  meta: {
    sourceId: '',
    titleZh: '',
    titleEn: '',
    paper: '',
    publishedOn: '',
    dateInferred: false,
    dateEvidence: '',
    url: '',
  },
  drafts: [],
});

/** The engine's reading of the page, or why there is none yet. */
export function readPage(state: {
  text: string;
  meta: Pick<PageMeta, 'publishedOn' | 'sourceId'>;
}): Result<ArticleDraft, string> {
  if (state.text.trim() === '') return fail('empty');
  if (!isIsoDate(state.meta.publishedOn)) return fail('date');
  return draftArticle(state.text, {
    sourceId: state.meta.sourceId || 'draft',
    publishedOn: state.meta.publishedOn,
  });
}

const CLAUSE = /[^,，;；。!！?？]+[,，;；。!！?？]?/g;

/**
 * The shortest verbatim span worth quoting: the sentence when it fits (80 characters), else
 * the clause holding the first quantity, deadline or cue, else the sentence's start.
 */
function quoteOf(candidate: Candidate): string {
  const sentence = candidate.quote.replace(/[。!！?？]$/, '');
  if (sentence.length <= LIMITS.quoteLength) return sentence;
  const marks = [
    ...candidate.quantities.map((q) => q.printed),
    ...candidate.deadlines.map((d) => d.wording),
    ...candidate.cues.pledge,
    ...candidate.cues.report,
  ];
  const clauses = (sentence.match(CLAUSE) ?? []).map((c) => c.replace(/[,，;；。!！?？]$/, ''));
  const clause = marks
    .map((mark) => clauses.find((c) => c.includes(mark)))
    .find((c) => c !== undefined);
  return (clause ?? sentence).slice(0, LIMITS.quoteLength);
}

const slug = (districtId: string) => divisionOf(districtId)?.id ?? districtId;

/** A draft of `kind` from a candidate sentence, its fields filled for the curator to correct. */
export function draftFrom(
  candidate: Candidate,
  kind: DraftKind,
  meta: PageMeta,
  key: string,
  reportOn?: string,
): RecordDraft {
  const year = meta.publishedOn.slice(0, 4) || 'yyyy';
  const districtId = candidate.districtId ?? '';
  const id = `${slug(districtId) || 'district'}-${year}-${kind}-${candidate.sentence + 1}`;
  const quantity = candidate.quantities[0] ?? null;
  const quote = quoteOf(candidate);
  const reported = candidate.cues.report.some((c) =>
    ['完成', '建成', '竣工', '完工', '实现'].includes(c),
  );
  const fields: Record<DraftKind, Record<string, string>> = {
    target: {
      id,
      statementZh: quote,
      statementEn: '',
      metric: quantity?.normalizedUnit === 'CNY' ? 'investment' : 'completion',
      firmness: candidate.firmness ?? 'plan',
      deadline: candidate.deadline?.date ?? '',
      deadlineText: candidate.deadline?.wording ?? '',
      period: candidate.period,
    },
    figure: {
      id,
      indicatorZh: quote,
      indicatorEn: '',
      period: candidate.period.slice(0, 4),
      basis: candidate.cues.report.length > 0 ? 'actual' : 'planned',
    },
    project: {
      id,
      nameZh: '',
      nameEn: '',
      category: 'governance',
      stage: reported ? 'completed' : 'unstated',
    },
    report: { targetId: reportOn ?? '', status: reported ? 'achieved' : 'in-progress' },
  };
  return {
    key,
    kind,
    sentence: candidate.sentence,
    quote,
    districtId,
    quantity: kind === 'project' || kind === 'report' ? null : quantity,
    fields: fields[kind],
  };
}

export type Problem = { draftKey?: string; field: string; message: string };

export type ChangeSummary = {
  added: { projects: number; targets: number; figures: number };
  mentions: number;
  reports: number;
  byDistrict: Record<string, number>;
  newDistricts: string[];
};

export type Curated = { dataset: Dataset; summary: ChangeSummary };

const orNull = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : null);

function sourceOf(meta: PageMeta, districtIds: string[], sha256: string | undefined): Source {
  return {
    id: meta.sourceId,
    headlinesZh: [meta.titleZh],
    headlinesEn: [meta.titleEn],
    publishedOn: meta.publishedOn,
    dateCertainty: meta.dateInferred ? 'inferred' : 'exact',
    dateEvidence:
      meta.dateEvidence.trim() ||
      `Publication date printed on the page${meta.paper ? ` (${meta.paper})` : ''}.`,
    dateEvidenceRefs: [],
    districtIds,
    ...(meta.url.trim() ? { url: meta.url.trim() } : {}),
    ...(sha256 ? { textSha256: sha256 } : {}),
  };
}

/**
 * The dataset with the page and its drafts added, and what changed; or every problem found,
 * each naming the draft and the field. `today` (YYYY-MM-DD) bounds the publication date;
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
  if (page === '') problems.push({ field: 'text', message: 'the page text is empty' });
  if (!idSchema.safeParse(meta.sourceId).success) {
    problems.push({ field: 'sourceId', message: 'a lowercase slug (a-z, 0-9, - and _)' });
  } else if (base.sources.some((s) => s.id === meta.sourceId)) {
    problems.push({
      field: 'sourceId',
      message: `the dataset already has a source "${meta.sourceId}"`,
    });
  }
  if (!isIsoDate(meta.publishedOn)) {
    problems.push({ field: 'publishedOn', message: 'expected a date (YYYY-MM-DD)' });
  } else if (meta.publishedOn > today) {
    problems.push({
      field: 'publishedOn',
      message: `the date is in the future (today is ${today})`,
    });
  }
  if (meta.dateInferred && meta.dateEvidence.trim() === '') {
    problems.push({ field: 'dateEvidence', message: 'say why the date is what it is' });
  }
  if (drafts.length === 0) problems.push({ field: 'drafts', message: 'no record drafted yet' });

  for (const draft of drafts) {
    if (!page.includes(compactText(draft.quote))) {
      problems.push({
        draftKey: draft.key,
        field: 'quote',
        message: 'not verbatim in the page text',
      });
    }
    if (!divisionOf(draft.districtId) && draft.kind !== 'report') {
      problems.push({
        draftKey: draft.key,
        field: 'districtId',
        message: `the gazetteer knows no district "${draft.districtId}"`,
      });
    }
    if (draft.kind === 'report' && !base.targets.some((t) => t.id === draft.fields.targetId)) {
      problems.push({
        draftKey: draft.key,
        field: 'targetId',
        message: 'choose an existing target',
      });
    }
  }
  if (problems.length > 0) return fail(problems);

  const dataset: Dataset = structuredClone(base);
  const ref = (quote: string) => [{ sourceId: meta.sourceId, quote }];
  const byDistrict: Record<string, number> = {};
  const count = (districtId: string) =>
    (byDistrict[districtId] = (byDistrict[districtId] ?? 0) + 1);
  const summary: ChangeSummary = {
    added: { projects: 0, targets: 0, figures: 0 },
    mentions: 0,
    reports: 0,
    byDistrict,
    newDistricts: [],
  };
  /** Where each draft went, to name it when the dataset's own check fails. */
  const placed = new Map<string, string>();
  /** Appends a record a draft makes to its list, and counts it. */
  const add = <List extends keyof ChangeSummary['added']>(
    list: List,
    draftKey: string,
    record: Dataset[List][number],
  ) => {
    const records: Dataset[List][number][] = dataset[list];
    placed.set(`${list}[${records.length}]`, draftKey);
    records.push(record);
    summary.added[list] += 1;
  };

  for (const draft of drafts) {
    const f = draft.fields;
    if (draft.kind === 'report') {
      const index = dataset.targets.findIndex((t) => t.id === f.targetId);
      const target = dataset.targets[index]!;
      target.sourceRefs.push(...ref(draft.quote));
      // A status the page reports is a report record citing the sentence; without one the
      // sentence is only another mention of the target.
      const status = reportedStatusSchema.safeParse(f.status);
      if (status.success) {
        dataset.reports.push({
          id: `${target.id}-${meta.sourceId}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-'),
          targetId: target.id,
          status: status.data,
          date: meta.publishedOn,
          sourceRef: { sourceId: meta.sourceId, quote: draft.quote },
        });
        summary.reports += 1;
      } else summary.mentions += 1;
      placed.set(`targets[${index}]`, draft.key);
      count(target.districtId);
      continue;
    }
    if (draft.kind === 'target') {
      add('targets', draft.key, {
        id: f.id,
        districtId: draft.districtId,
        statementZh: f.statementZh,
        statementEn: f.statementEn,
        metric: f.metric,
        ...(draft.quantity ? { quantity: stripPrinted(draft.quantity, 'plan') } : {}),
        firmness: f.firmness,
        deadline: orNull(f.deadline),
        deadlineText: orNull(f.deadlineText),
        period: f.period,
        projectIds: [],
        sourceRefs: ref(draft.quote),
      } as Target);
    } else if (draft.kind === 'figure') {
      add('figures', draft.key, {
        id: f.id,
        districtId: draft.districtId,
        indicatorZh: f.indicatorZh,
        indicatorEn: f.indicatorEn,
        quantity: draft.quantity
          ? stripPrinted(draft.quantity, f.basis === 'actual' ? 'done' : 'plan')
          : undefined,
        period: f.period,
        basis: f.basis,
        projectIds: [],
        sourceRefs: ref(draft.quote),
      } as Figure);
    } else {
      add('projects', draft.key, {
        id: f.id,
        nameZh: f.nameZh,
        nameEn: f.nameEn,
        districtId: draft.districtId,
        category: f.category,
        stage: f.stage,
        sourceRefs: ref(draft.quote),
      } as Project);
    }
    count(draft.districtId);
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
  dataset.sources.push(sourceOf(meta, districtIds, sha256));

  // The app's own rules, on a copy: validateDataset normalizes its input in place.
  const checked = validateDataset(structuredClone(dataset));
  if (!checked.ok) {
    if (checked.reason.kind === 'syntax')
      return fail([{ field: 'dataset', message: checked.reason.message }]);
    return fail(
      checked.reason.issues.map((issue) => {
        const [, record, field] =
          /^((?:projects|targets|figures)\[\d+\])\.?(.*)$/.exec(issue.path) ?? [];
        const draftKey = record ? placed.get(record) : undefined;
        return draftKey
          ? { draftKey, field: fieldOf(field ?? ''), message: issue.message }
          : { field: issue.path, message: issue.message };
      }),
    );
  }
  return ok({ dataset, summary });
}

/** sourceRefs[1].quote → quote; quantity.value → quantity; statementEn → statementEn. */
function fieldOf(path: string): string {
  if (/^sourceRefs\[\d+\]\.quote/.test(path)) return 'quote';
  return path.split(/[.[]/)[0] || 'record';
}

/** The dataset's quantity: the engine's found quantity without its position and print. */
function stripPrinted(
  q: PrintedQuantity & { printed?: string; index?: number },
  role: QuantityRole,
): Quantity {
  const { value, unit, normalized, normalizedUnit, comparator, qualifierZh } = q;
  return {
    value,
    unit,
    normalized,
    normalizedUnit,
    comparator,
    ...(qualifierZh ? { qualifierZh } : {}),
    role,
  };
}

/** The stored or imported workbench, or why it is not one. */
export function parseWorkbench(json: string): Result<WorkbenchState, string> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('not JSON');
  }
  const v = value as Partial<WorkbenchState> | null;
  if (
    !v ||
    v.version !== 1 ||
    typeof v.text !== 'string' ||
    typeof v.meta !== 'object' ||
    v.meta === null ||
    !Array.isArray(v.drafts) ||
    !v.drafts.every(
      (d) =>
        d &&
        typeof d.key === 'string' &&
        typeof d.quote === 'string' &&
        typeof d.districtId === 'string' &&
        ['project', 'target', 'figure', 'report'].includes(d.kind) &&
        typeof d.fields === 'object',
    )
  ) {
    return fail('not a workbench file (version 1)');
  }
  return ok({
    ...emptyWorkbench(),
    ...v,
    meta: { ...emptyWorkbench().meta, ...v.meta },
  } as WorkbenchState);
}
