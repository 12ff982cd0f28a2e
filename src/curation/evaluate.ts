import type { PrintedQuantity } from '@/data/normalize/quantity';
import type { Dataset, QuantityRole } from '@/data/schema';
import type { ArticleDraft } from './draft';
import { compactText } from './provenance';
import { SIMILAR_SHARE, wordingOverlap } from './similar';

/**
 * A draft measured against the records curators made from the same page. Each target and
 * figure of the page is matched with the proposal of its sentence that says the most of it (the
 * same number first, then the most of its quote), and checked: the proposal's kind (a target,
 * an actual or a planned figure), its deadline (none where the record has none: an invented
 * deadline is counted apart), its period and its quantity. Each project of the page is either
 * named in the page (the page prints its name, or its name without a bracketed alias) and
 * "proposed" when a project draft of the page carries that name; or composed by the curator from
 * the page's words (新密市新街坑洼道路修复) and "proposed" when a project draft of a sentence the
 * record quotes looks like it (the similar-record measure of similar.ts). Used by `coverage`,
 * the seed-page test and docs/curation.md.
 */

/** What the measure needs of a proposal: the new engine's and an older one's alike. */
export type ProposalLike = {
  kind: 'target' | 'figure' | 'project' | 'other';
  basis?: 'actual' | 'planned';
  /** The quoted span in its sentence. */
  start: number;
  end: number;
  quantity: (PrintedQuantity & { role?: QuantityRole }) | null;
  deadline: string | null;
  period: string | null;
  nameZh?: string;
};

export type SentenceProposals = { sentence: number; text: string; proposals: ProposalLike[] };

export type RecordCheck = {
  id: string;
  collection: 'targets' | 'figures';
  quote: string;
  /** The sentence that holds the record's quote, when one was read. */
  sentence: number | null;
  kind: boolean;
  deadline: boolean;
  /** The proposal has a deadline where the record has none. */
  invented: boolean;
  period: boolean;
  quantity: boolean;
  /** Both have a quantity and their roles agree. */
  role: boolean | null;
};

export type PageCoverage = {
  sourceId: string;
  records: RecordCheck[];
  kind: number;
  deadline: number;
  invented: number;
  period: number;
  quantity: number;
  /** Records with a quantity whose role agrees, of those with one. */
  role: number;
  projects: ProjectCoverage;
  /** Target and figure proposals in sentences that hold no target or figure of the page. */
  unrecorded: number;
  /** Project drafts that are no project of the page (by either match above). */
  unrecordedProjects: number;
};

export type ProjectCoverage = {
  total: number;
  proposed: number;
  missed: string[];
  /** The page prints the name (or the name without its bracketed alias). */
  named: { total: number; proposed: number; missed: string[] };
  /** The curator composed the name from the page's words. */
  composed: { total: number; proposed: number; missed: string[] };
};

const sameQuantity = (a: PrintedQuantity, b: PrintedQuantity) =>
  a.value === b.value &&
  a.unit === b.unit &&
  a.normalized === b.normalized &&
  a.normalizedUnit === b.normalizedUnit &&
  a.comparator === b.comparator;

/** A name without its quotation marks, brackets and spaces. */
const bare = (name: string) => compactText(name).replace(/[“”"《》()（）·]/g, '');

/** Two names of one project: one holds the other (陇海路 / 陇海路道路综合改造). */
export function sameProjectName(draft: string, record: string): boolean {
  const a = bare(draft);
  const b = bare(record);
  if (a.length < 2 || b.length < 2) return false;
  // The record's name may carry a second name in brackets: 金岱科创城(金岱园区).
  const alternatives = [
    b,
    bare(withoutAlias(record)),
    ...[...record.matchAll(/[(（]([^)）]+)[)）]/g)].map((m) => bare(m[1]!)),
  ].filter((name) => name.length >= 2);
  return alternatives.some((name) => name.includes(a) || a.includes(name));
}

/** 商代都城遗址核心板块(商代王城遗址板块) → 商代都城遗址核心板块. */
const withoutAlias = (name: string) => name.replace(/[(（][^)）]*[)）]/g, '');

/**
 * Whether the page prints the project's name: the whole name or the name without its bracketed
 * alias (郑州中央文化区(CCD)北区 is printed; 青峰路路灯安装 is the curator's, from 青峰路…安上了路灯).
 * The alias alone does not count: it is often a description (三期工程, 厂房租赁).
 */
export function namedInPage(pageText: string, record: string): boolean {
  const page = bare(pageText);
  return [record, withoutAlias(record)].some(
    (name) => bare(name).length >= 2 && page.includes(bare(name)),
  );
}

/**
 * A composed name and a draft's name look like one item: they share wording by the
 * similar-record measure, and the draft's first two characters (where a name says which
 * road, village or firm it is) are in the record's name: 大连理工大学 is not 香港理工大学合作项目.
 */
export function looksLikeProject(draft: string, record: string): boolean {
  const head = bare(draft)
    .replace(/[\d\p{P}\p{S}]/gu, '')
    .slice(0, 2);
  return (
    head.length === 2 &&
    bare(record).includes(head) &&
    wordingOverlap(draft, record) >= SIMILAR_SHARE
  );
}

/** The proposals of a draft made by this engine, in the measure's terms. */
export function proposalsOf(draft: ArticleDraft): SentenceProposals[] {
  return draft.candidates.map((c) => ({
    sentence: c.sentence,
    text: c.quote,
    proposals: c.proposals.map((p): ProposalLike => {
      switch (p.kind) {
        case 'target':
          return { ...p, deadline: p.deadline?.date ?? null };
        case 'figure':
          return { ...p, deadline: null };
        case 'project':
          return { ...p, quantity: null, deadline: null, period: null };
        default:
          return { ...p, kind: 'other', quantity: null, deadline: null, period: null };
      }
    }),
  }));
}

export function coverageOf(
  sourceId: string,
  sentences: readonly SentenceProposals[],
  dataset: Dataset,
  /** The page's text: which project names it prints (without it, the read sentences). */
  pageText: string = sentences.map((s) => s.text).join('\n'),
): PageCoverage {
  const compacted = sentences.map((s) => ({ ...s, compact: compactText(s.text) }));
  const holding = (quote: string) => compacted.find((s) => s.compact.includes(compactText(quote)));

  const records: RecordCheck[] = (['targets', 'figures'] as const).flatMap((collection) =>
    dataset[collection].flatMap((row): RecordCheck[] => {
      const quotes = row.sourceRefs.filter((ref) => ref.sourceId === sourceId).map((r) => r.quote);
      if (quotes.length === 0) return [];
      const sentence = quotes.map(holding).find((s) => s !== undefined);
      const deadline = 'deadline' in row ? row.deadline : null;
      const basis = 'basis' in row ? row.basis : undefined;
      const miss: RecordCheck = {
        id: row.id,
        collection,
        quote: quotes[0]!,
        sentence: sentence?.sentence ?? null,
        kind: false,
        deadline: false,
        invented: false,
        period: false,
        quantity: false,
        role: null,
      };
      if (!sentence) return [miss];
      // Where the record's quotes stand in the sentence, to prefer the proposal covering them.
      const spans = quotes.flatMap((quote) => {
        const at = sentence.text.indexOf(quote);
        return at >= 0 ? [[at, at + quote.length] as const] : [];
      });
      const overlap = (p: ProposalLike) =>
        spans.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, p.end) - Math.max(s, p.start)), 0);
      const candidates = sentence.proposals.filter(
        (p) => p.kind === 'target' || p.kind === 'figure',
      );
      // The same number first, then the most of the quote, then the least beyond it.
      const score = (p: ProposalLike) =>
        (row.quantity && p.quantity && sameQuantity(p.quantity, row.quantity) ? 1e6 : 0) +
        overlap(p) * 1000 -
        Math.min(999, p.end - p.start - overlap(p));
      const best = candidates.reduce<ProposalLike | undefined>(
        (top, p) => (top === undefined || score(p) > score(top) ? p : top),
        undefined,
      );
      if (!best) return [miss];
      const kind =
        collection === 'targets'
          ? best.kind === 'target'
          : best.kind === 'figure' && best.basis === basis;
      return [
        {
          ...miss,
          kind,
          deadline: (best.kind === 'target' ? best.deadline : null) === deadline,
          invented: best.deadline !== null && deadline === null,
          period: best.period === row.period,
          quantity:
            row.quantity === undefined
              ? best.quantity === null
              : best.quantity !== null && sameQuantity(best.quantity, row.quantity),
          role:
            row.quantity && best.quantity?.role ? best.quantity.role === row.quantity.role : null,
        },
      ];
    }),
  );

  const drafts = compacted.flatMap((s) =>
    s.proposals
      .filter((p) => p.kind === 'project' && p.nameZh)
      .map((p) => ({ name: p.nameZh!, sentence: s })),
  );
  const projects = dataset.projects.flatMap((p) => {
    const quotes = p.sourceRefs.filter((ref) => ref.sourceId === sourceId).map((r) => r.quote);
    if (quotes.length === 0) return [];
    const named = namedInPage(pageText, p.nameZh);
    // A composed name is matched only by drafts of the sentences that state the project.
    // (A quote may run over two sentences: each holds its piece.)
    const pieces = quotes
      .flatMap((quote) => quote.split(/[。！？!?\n]/).map(compactText))
      .filter((piece) => piece.length >= 2);
    const quoted = (s: (typeof compacted)[number]) =>
      pieces.some((piece) => s.compact.includes(piece));
    const matches = (draft: (typeof drafts)[number]) =>
      named
        ? sameProjectName(draft.name, p.nameZh)
        : quoted(draft.sentence) && looksLikeProject(draft.name, p.nameZh);
    return [{ nameZh: p.nameZh, named, matches, proposed: drafts.some(matches) }];
  });
  const tally = (rows: typeof projects) => ({
    total: rows.length,
    proposed: rows.filter((p) => p.proposed).length,
    missed: rows.filter((p) => !p.proposed).map((p) => p.nameZh),
  });
  const unrecordedProjects = drafts.filter(
    (draft) => !projects.some((p) => p.matches(draft)),
  ).length;

  const recorded = new Set(records.map((r) => r.sentence));
  const unrecorded = sentences
    .filter((s) => !recorded.has(s.sentence))
    .flatMap((s) => s.proposals.filter((p) => p.kind === 'target' || p.kind === 'figure')).length;

  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const targets = records.filter((r) => r.collection === 'targets');
  const withRole = records.filter((r) => r.role !== null);
  return {
    sourceId,
    records,
    kind: share(records.filter((r) => r.kind).length, records.length),
    deadline: share(targets.filter((r) => r.deadline).length, targets.length),
    invented: records.filter((r) => r.invented).length,
    period: share(records.filter((r) => r.period).length, records.length),
    quantity: share(records.filter((r) => r.quantity).length, records.length),
    role: share(withRole.filter((r) => r.role).length, withRole.length),
    projects: {
      ...tally(projects),
      named: tally(projects.filter((p) => p.named)),
      composed: tally(projects.filter((p) => !p.named)),
    },
    unrecorded,
    unrecordedProjects,
  };
}
