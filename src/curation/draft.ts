import type { Source } from '@/data/schema';
import { fail, ok, type Result } from '@/lib/result';
import { findCues, firmnessOf, PLAN_WORDS, type Cues } from './cues';
import { findDeadlines, setsDeadline, type FoundDeadline } from './deadlines';
import { divisionOf, findDistricts, type DistrictMention } from './gazetteer';
import { findQuantities, type FoundQuantity } from './quantities';
import { readSentence, type Proposal, type SentenceKind } from './reading';
import { paragraphsOf, sentencesOf, type Sentence } from './sentences';

/**
 * The curation engine: an article's text → the proposed source record and one candidate per
 * sentence that may hold a record, with everything the normalizers find in it. Pure: no DOM,
 * no file system; the CLI (scripts/curate.ts) and the workbench both call it.
 */

export type { SentenceKind } from './reading';

export type Candidate = {
  /** Position among the article's sentences. */
  sentence: number;
  paragraph: number;
  /** What the sentence does; null when it gives nothing (an exhortation's kind is kept). */
  kind: SentenceKind;
  /** The sentence as printed, whitespace inside it removed. */
  quote: string;
  /** GB/T 2260 code or zone id; null when neither the sentence nor its context names one. */
  districtId: string | null;
  /** True when the sentence names no district and takes its paragraph's, section's or page's. */
  districtInferred: boolean;
  districtMentions: DistrictMention[];
  /** Every quantity (ordinals, session numbers and slogan counts left out). */
  quantities: FoundQuantity[];
  /** Every wording that sets a deadline (a year that dates a batch or a result does not). */
  deadlines: FoundDeadline[];
  /** The period of the sentence's first proposal, else the page's year. */
  period: string;
  cues: Cues;
  firmness: 'commitment' | 'aim' | 'plan' | null;
  /** The records the sentence proposes, clause by clause (reading.ts). */
  proposals: Proposal[];
};

export type SourceDraft = Omit<Source, 'dateEvidenceRefs' | 'summaryZh' | 'summaryEn'> & {
  url?: string;
  textSha256?: string;
};

export type ArticleDraft = {
  source: SourceDraft;
  sentences: number;
  candidates: Candidate[];
};

export type DraftOptions = {
  /** The source id: the archived file's name without .txt. */
  sourceId: string;
  /** YYYY-MM-DD. */
  publishedOn: string;
  title?: string;
  url?: string;
  textSha256?: string;
};

/** The district named most often, the first named on a tie; null when none is named. */
function mostNamed(mentions: readonly DistrictMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.districtId, (counts.get(m.districtId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

type Context = { section: string | null; paragraph: string | null; paragraphIndex: number };

/**
 * Resolves each sentence's district: the first it names; else the last one named earlier in
 * its paragraph; else its section's (the district its headline names, or the first its prose
 * names); else the page's (the district named most often).
 */
function districtsOf(sentences: readonly Sentence[]) {
  const mentions = sentences.map((s) => findDistricts(s.text));
  const page = mostNamed(mentions.flat());
  // A section starts at a heading that follows prose.
  const sectionOf: number[] = [];
  let section = 0;
  sentences.forEach((s, i) => {
    if (s.heading && i > 0 && !sentences[i - 1]!.heading) section += 1;
    sectionOf.push(section);
  });
  const sectionDistrict = new Map<number, string>();
  const sectionHeadingNamed = new Set<number>();
  sentences.forEach((s, i) => {
    const named = mentions[i]![0];
    const key = sectionOf[i]!;
    if (!named) return;
    // A heading's district outranks what the prose names first.
    const current = sectionDistrict.get(key);
    if (current === undefined || (s.heading && !sectionHeadingNamed.has(key))) {
      sectionDistrict.set(key, named.districtId);
      if (s.heading) sectionHeadingNamed.add(key);
    }
  });
  const context: Context = { section: null, paragraph: null, paragraphIndex: -1 };
  return sentences.map((s, i) => {
    if (s.paragraph !== context.paragraphIndex) {
      context.paragraphIndex = s.paragraph;
      context.paragraph = null;
    }
    context.section = sectionDistrict.get(sectionOf[i]!) ?? null;
    const named = mentions[i]![0];
    if (named) {
      context.paragraph = named.districtId;
      return { districtId: named.districtId, inferred: false, mentions: mentions[i]! };
    }
    const inherited = context.paragraph ?? context.section ?? page;
    return { districtId: inherited, inferred: inherited !== null, mentions: mentions[i]! };
  });
}
/**
 * Today in Zhengzhou's time zone, YYYY-MM-DD: pages are dated there, and a page cannot be
 * published after it (the workbench and the command line agree on it).
 */
export const todayInZhengzhou = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

/** A real calendar day written YYYY-MM-DD (2021-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function draftArticle(text: string, options: DraftOptions): Result<ArticleDraft, string> {
  if (text.replace(/\s+/g, '') === '') return fail('the article is empty');
  if (!isIsoDate(options.publishedOn)) {
    return fail(`the publication date "${options.publishedOn}" is not a date (YYYY-MM-DD)`);
  }
  const pageYear = Number(options.publishedOn.slice(0, 4));
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(paragraphs);
  const districts = districtsOf(sentences);

  const candidates: Candidate[] = [];
  let paragraphYear: { paragraph: number; year: string } | undefined;
  let planned: number | undefined;
  let sectionPledge = false;
  let previousPlanned = false;
  let previous: { paragraph: number; text: string } | undefined;
  sentences.forEach((s, i) => {
    const cues = findCues(s.text);
    const quantities = findQuantities(s.text);
    const deadlines = findDeadlines(s.text, pageYear).filter((d) => setsDeadline(s.text, d));
    const year = paragraphYear?.paragraph === s.paragraph ? paragraphYear.year : undefined;
    const reading = readSentence(s.text, quantities, deadlines, {
      pageYear,
      publishedOn: options.publishedOn,
      ...(year ? { paragraphYear: year } : {}),
      paragraphPlanned: planned === s.paragraph,
      heading: s.heading,
      sectionPledge,
      ...(previous?.paragraph === s.paragraph ? { previous: previous.text } : {}),
      previousPlanned: previous?.paragraph === s.paragraph && previousPlanned,
    });
    if (s.heading) sectionPledge = false;
    else if (
      reading.proposals.some((p) => p.kind === 'target') &&
      /将|要|确保|力争|计划/.test(s.text)
    )
      sectionPledge = true;
    const printedYear = /(?<!\d)(\d{4})年(?!度|以来|第|纳入|和|、|\d{1,2}月\d{1,2}日)/.exec(
      s.text,
    )?.[1];
    if (printedYear) paragraphYear = { paragraph: s.paragraph, year: printedYear };
    if (PLAN_WORDS.test(s.text)) planned = s.paragraph;
    previousPlanned = reading.proposals.some((p) => p.kind === 'figure' && p.basis === 'planned');
    previous = { paragraph: s.paragraph, text: s.text };
    // A sentence that proposes nothing is left out, unless it reports (a status report's sentence).
    if (reading.proposals.length === 0 && reading.kind !== 'result') return;
    const district = districts[i]!;
    const first = reading.proposals.find(
      (p): p is Extract<Proposal, { period: string }> => 'period' in p,
    );
    candidates.push({
      sentence: s.index,
      paragraph: s.paragraph,
      kind: reading.kind ?? 'background',
      quote: s.text,
      districtId: district.districtId,
      districtInferred: district.inferred,
      districtMentions: district.mentions,
      quantities,
      deadlines,
      period: first?.period ?? String(pageYear),
      cues,
      firmness: firmnessOf(cues.pledge),
      proposals: reading.proposals,
    });
  });

  const named = [...new Set(districts.flatMap((d) => d.mentions.map((m) => m.districtId)))].filter(
    (id) => divisionOf(id) !== undefined,
  );
  const headings = paragraphs.filter((p) => p.heading).map((p) => p.text);
  const source: SourceDraft = {
    id: options.sourceId,
    headlinesZh: options.title ? [options.title] : headings.slice(0, 1),
    // Translations are the curator's: the draft leaves them empty for the schema to flag.
    headlinesEn: [],
    publishedOn: options.publishedOn,
    dateCertainty: 'given',
    dateEvidence: `Publication date given by the curator: ${options.publishedOn}.`,
    dateEvidenceZh: `出版日期由整理者给出：${options.publishedOn}。`,
    districtIds: named,
    ...(options.url ? { url: options.url } : {}),
    ...(options.textSha256 ? { textSha256: options.textSha256 } : {}),
  };
  return ok({ source, sentences: sentences.length, candidates });
}
