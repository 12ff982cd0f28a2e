import type { Source } from '@/data/schema';
import { fail, ok, type Result } from '@/lib/result';
import { findCues, firmnessOf, type Cues } from './cues';
import { findDeadlines, type FoundDeadline } from './deadlines';
import { divisionOf, findDistricts, type DistrictMention } from './gazetteer';
import { findQuantities, type FoundQuantity } from './quantities';
import { paragraphsOf, sentencesOf, type Sentence } from './sentences';

/**
 * The curation engine: an article's text → the proposed source record and one candidate per
 * sentence that may hold a record, with everything the normalizers find in it. Pure: no DOM,
 * no file system; the CLI (scripts/curate.ts) and the workbench both call it.
 */

export type CandidateKind = 'project' | 'target' | 'figure' | 'report';

export type Candidate = {
  /** Position among the article's sentences. */
  sentence: number;
  paragraph: number;
  kind: CandidateKind;
  /** The sentence as printed, whitespace inside it removed. */
  quote: string;
  /** GB/T 2260 code or zone id; null when neither the sentence nor its context names one. */
  districtId: string | null;
  /** True when the sentence names no district and takes its paragraph's, section's or page's. */
  districtInferred: boolean;
  districtMentions: DistrictMention[];
  quantities: FoundQuantity[];
  /** The first deadline wording in the sentence; all of them are in `deadlines`. */
  deadline: FoundDeadline | null;
  deadlines: FoundDeadline[];
  /** The period a record drafted from this sentence belongs to. */
  period: string;
  cues: Cues;
  firmness: 'commitment' | 'aim' | 'plan' | null;
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

/** Words that name a thing a project record is about. */
const PROJECT_WORDS =
  /项目|产业园|园区|工程|基地|中心|遗址|街区|公园|安置房|楼盘|研究院|协议|水库|管廊|市场|道路|赛车场|班列|口岸|平台/;

function kindOf(
  cues: Cues,
  quantities: readonly FoundQuantity[],
  deadlines: readonly FoundDeadline[],
  publishedOn: string,
  text: string,
): CandidateKind | null {
  const ahead = deadlines.some((d) => d.date !== null && d.date >= publishedOn);
  if (cues.pledge.length > 0 || (ahead && cues.report.length > 0)) return 'target';
  if (quantities.length > 0) return 'figure';
  if (cues.report.length > 0) return 'report';
  if (PROJECT_WORDS.test(text)) return 'project';
  return null;
}

/**
 * The period a sentence speaks of: its first dated wording; 去年 or 一年来 (the past year,
 * docs/data.md "Periods of figures"); a year printed earlier in its paragraph (2023年中原区生产
 * 总值…; 41个省市重点项目完成…); else the page's year.
 */
function periodOf(
  text: string,
  deadlines: readonly FoundDeadline[],
  pageYear: number,
  paragraphYear: string | undefined,
): string {
  const first = deadlines[0];
  if (first) return first.period;
  if (/去年|一年来/.test(text)) return String(pageYear - 1);
  return paragraphYear ?? String(pageYear);
}

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
  sentences.forEach((s, i) => {
    const cues = findCues(s.text);
    const quantities = findQuantities(s.text);
    const deadlines = findDeadlines(s.text, pageYear);
    const year = paragraphYear?.paragraph === s.paragraph ? paragraphYear.year : undefined;
    const printedYear = deadlines.find((d) => /^\d{4}年$/.test(d.wording));
    if (printedYear) paragraphYear = { paragraph: s.paragraph, year: printedYear.period };
    const kind = kindOf(cues, quantities, deadlines, options.publishedOn, s.text);
    if (kind === null) return;
    const district = districts[i]!;
    candidates.push({
      sentence: s.index,
      paragraph: s.paragraph,
      kind,
      quote: s.text,
      districtId: district.districtId,
      districtInferred: district.inferred,
      districtMentions: district.mentions,
      quantities,
      deadline: deadlines[0] ?? null,
      deadlines,
      period: periodOf(s.text, deadlines, pageYear, year),
      cues,
      firmness: firmnessOf(cues.pledge),
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
    dateCertainty: 'exact',
    dateEvidence: `Publication date given by the curator: ${options.publishedOn}.`,
    districtIds: named,
    ...(options.url ? { url: options.url } : {}),
    ...(options.textSha256 ? { textSha256: options.textSha256 } : {}),
  };
  return ok({ source, sentences: sentences.length, candidates });
}
