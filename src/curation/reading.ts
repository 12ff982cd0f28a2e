import type { BatchKind, ProjectCategory, QuantityRole, ReportedStage } from '@/data/schema';
import { lastDayOfMonth } from '@/data/normalize/deadline';
import { parseChineseNumber } from '@/data/normalize/quantity';
import { clausesOf, type Clause } from './clauses';
import {
  CONCRETE,
  CONNECTIVE,
  DESCRIPTION,
  DETAIL,
  NEGATED,
  TASK_VERB,
  EVENT_DAY,
  EVENT_VERB,
  EXHORTATION,
  findCues,
  firmnessOf,
  INTENTION_ONLY,
  OPEN_INTENTION,
  PAST_WORDS,
  PLAN_WORDS,
  PURPOSE,
  VERB_START,
  type Firmness,
} from './cues';
import type { FoundDeadline } from './deadlines';
import { categoryOf, namedItems, type NamedItem } from './names';
import type { FoundQuantity } from './quantities';

/**
 * What one sentence does, clause by clause, and the records it proposes: a pledge gives targets
 * (one per number and per deadline, each with the deadline that governs its clause); a result
 * gives actual figures and progress; a plan (谋划, 规划, 总投资) gives planned figures; a batch
 * announcement gives a batch with its subsets; a named item gives a project. Exhortations and
 * purpose clauses give nothing. docs/curation.md describes the rules with examples.
 */

export type SentenceKind = 'pledge' | 'result' | 'plan' | 'event' | 'background' | 'exhortation';

/** A quantity with what it is (docs/data.md, "Roles of amounts"). */
export type RoleQuantity = FoundQuantity & { role: QuantityRole };

type Span = {
  /** Offset of the quoted span in the sentence. */
  start: number;
  end: number;
};

export type TargetProposal = Span & {
  kind: 'target';
  quantity: RoleQuantity | null;
  deadline: FoundDeadline | null;
  period: string;
  firmness: Firmness;
  metric: string;
};

export type FigureProposal = Span & {
  kind: 'figure';
  quantity: RoleQuantity;
  basis: 'actual' | 'planned';
  period: string;
  /** 1–N月: the last day the figure counts. */
  through?: string;
  growthPercent?: number;
  indicatorZh: string;
};

export type ProjectProposal = Span & {
  kind: 'project';
  nameZh: string;
  category: ProjectCategory | null;
  /** The stage the sentence states (a visit → inspected), made a stage report on export. */
  stage: ReportedStage | null;
  investment?: RoleQuantity;
  /** The proposal (target, figure or batch) of the same sentence that names it. */
  of?: number;
};

export type BatchProposal = Span & {
  kind: 'batch';
  nameZh: string;
  batchKind: BatchKind;
  ordinal?: number;
  date?: string;
  period: string;
  count?: RoleQuantity;
  total?: RoleQuantity;
  plan?: RoleQuantity;
  /** The batch proposal of the same sentence this one is a subset of (其中…). */
  parent?: number;
};

export type ProgressProposal = Span & {
  kind: 'progress';
  /** Done so far (role done), or: */
  done?: RoleQuantity;
  /** done as a percent of the plan. */
  percentOfPlan?: number;
  through: string;
};

export type Proposal =
  TargetProposal | FigureProposal | ProjectProposal | BatchProposal | ProgressProposal;

export type SentenceReading = {
  kind: SentenceKind | null;
  proposals: Proposal[];
};

export type ReadingContext = {
  pageYear: number;
  publishedOn: string;
  /** A year printed earlier in the paragraph (2023年中原区生产总值…; 41个…完成…). */
  paragraphYear?: string;
  /** The paragraph states plans (规划…): its sizes are planned too. */
  paragraphPlanned: boolean;
  /** A headline or a kicker: it names things and money, and pledges nothing. */
  heading?: boolean;
  /**
   * An earlier sentence of the section pledged (中牟县将通过实施…): its plans' details
   * (即开展“八大专项攻坚行动”, 打造…队伍) carry the pledge on unless they say they happened.
   */
  sectionPledge?: boolean;
  /** The sentence before it in its paragraph: a batch's name, number and day may stand there. */
  previous?: string;
  /** The sentence before it proposed planned figures (其中… after a plan is planned too). */
  previousPlanned?: boolean;
};

type ClauseRole = 'pledge' | 'result' | 'plan' | 'event' | 'background' | 'purpose' | 'exhortation';

type ClauseReading = Clause & {
  end: number;
  role: ClauseRole;
  firmness: Firmness | null;
  /** Its own strong pledge word (确保, 力争, 要…), not only an intention (推进). */
  ownCue: boolean;
  quantities: FoundQuantity[];
  deadlines: FoundDeadline[];
  names: NamedItem[];
};

const inside = (index: number, clause: { start: number; end: number }) =>
  index >= clause.start && index < clause.end;

/** Past markers: what follows happened (已, 了, 累计…), whatever the verb. */
const PAST_CUES = new Set([
  '已',
  '了',
  '累计',
  '目前',
  '得以',
  '增至',
  '落幕',
  '揭牌',
  '抵达',
  '入选',
  '获评',
]);

/** What a deadline may be preceded by and still open its clause (力争全年…, 要在3月底前…). */
const OPENING_PREFIX = /^(?:要|确保|力争|争取|并|还将?|同时|在|于|到|再|也|，|,)*$/;

/** A clause that is only a pledge word, a deadline and a verb (确保年底前完工): no object. */
const OBJECTLESS = /^[\p{Script=Han}]{0,6}$/u;

const THROUGH_MONTH =
  /(?:1|一)\s*[-—–~至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?|前([一二三])季度|截至(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)/;
const HALF = /上半年|下半年/;
const QUARTER = /(?<!前)([一二三四1-4])季度/;

function monthOf(text: string): number | undefined {
  const n = /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

const endOfMonth = (year: number, month: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;

/** The period (and the last day counted) a result or plan speaks of. */
function figurePeriod(text: string, context: ReadingContext): { period: string; through?: string } {
  const year =
    yearOf(text) ??
    (/去年|一年来|上年/.test(text) ? String(context.pageYear - 1) : undefined) ??
    context.paragraphYear ??
    String(context.pageYear);
  const numericYear = Number(year.slice(0, 4));
  const through = THROUGH_MONTH.exec(text);
  if (through) {
    const month = through[1]
      ? monthOf(through[1])
      : through[2]
        ? (parseChineseNumber(through[2]) ?? 0) * 3
        : monthOf(through[3] ?? '');
    if (month) return { period: year, through: endOfMonth(numericYear, month) };
  }
  const half = HALF.exec(text);
  if (half) return { period: `${year}-${half[0] === '上半年' ? 'H1' : 'H2'}` };
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const n = /\d/.test(quarter[1]!) ? Number(quarter[1]) : parseChineseNumber(quarter[1]!);
    if (n) return { period: `${year}-Q${n}` };
  }
  return { period: year };
}

/** The year a sentence's figures belong to: 2023年…, 去年/一年来 (the year before). */
function yearOf(text: string): string | undefined {
  for (const match of text.matchAll(/(\d{4})年(?!度)(?!以来)/g)) {
    const after = text.slice(match.index + match[0].length);
    // 2019年和2020年纳入…尚未完成的99个小区: batch years, not the count's period.
    if (/^(?:和|、|至|第|纳入|尚未)/.test(after)) continue;
    return match[1];
  }
  if (/去年|一年来|上年/.exec(text)) return undefined;
  return undefined;
}

/** The role of a quantity from the words before it in its clause (docs/data.md). */
export function roleOf(
  quantity: FoundQuantity,
  clause: string,
  offset: number,
  as: 'target' | 'actual' | 'planned',
): QuantityRole {
  if (quantity.normalizedUnit === '%') return 'measure';
  const before = clause.slice(0, Math.max(0, quantity.index - offset));
  if (quantity.normalizedUnit === 'CNY') {
    // A target's amount is what it plans, whatever verb it uses (完成投资…亿元 is still to do).
    if (as === 'target') return /总投资/.test(before.slice(-8)) ? 'total' : 'plan';
    if (/总投资[^,，;；]{0,4}$|总投资(?:约|逾)?$/.test(before) || /总投资/.test(before.slice(-8)))
      return 'total';
    if (/(?:年度)?计划投资|年度投资计划/.test(before.slice(-10))) return 'plan';
    if (/完成投资|累计完成|累计投资|完成$|实现$|已/.test(before.slice(-10))) return 'done';
    return as === 'actual' ? 'done' : 'plan';
  }
  if (['km', 'm', 'mu', 'hours', 'days', 'years'].includes(quantity.normalizedUnit)) {
    return /总占地|占地面积|总面积|总建筑面积/.test(before) ? 'total' : 'measure';
  }
  if (as === 'target') return 'plan';
  if (as === 'planned') return 'count';
  // A count of things done (化解17个, 解决200余件) or of things that exist (7981名网格员).
  return /完成|化解|解决|处理|收集|接受|开展|办了|协调|送上|开行|运量|签约|引进|落地|修复|复工/.test(
    before,
  )
    ? 'done'
    : 'count';
}

function metricOf(text: string, quantity: FoundQuantity | null): string {
  if (quantity?.normalizedUnit === 'CNY') return 'investment';
  if (quantity?.normalizedUnit === '%') return /比重|占/.test(text) ? 'share' : 'growth';
  if (/签约/.test(text)) return 'signing';
  if (/开工|启动|进场/.test(text)) return 'start';
  if (/引进|入驻|入库/.test(text)) return 'attraction';
  if (/运营|投用|投产/.test(text)) return 'operation';
  if (/竣工|完工|建成|完成|回迁/.test(text)) return 'completion';
  if (quantity) return 'count';
  return 'delivery';
}

/** The words naming what a figure counts: before the number, or after it (41个省市重点项目). */
function indicatorOf(clause: string, quantity: FoundQuantity, offset: number): string {
  const at = quantity.index - offset;
  const before = clause
    .slice(0, at)
    .replace(/^(?:\d{4}年|今年以来|去年|一年来|目前|其中|同时|此外|共|已|累计)+/, '')
    .replace(/(?:完成|实现|达到|达|为|有|增至|突破|超过|约|逾|共|累计|已)+$/, '')
    .replace(/^[^\p{Script=Han}A-Za-z0-9“]+/u, '');
  if (before.length >= 2) return before;
  const after = clause.slice(at + quantity.printed.length);
  return (
    (/^[^,，;；。]*?(?=完成|实现|增长|达到|$)/u.exec(after)?.[0] ?? after).slice(0, 30) || clause
  );
}

const BATCH = /集中(开工|签约|竣工|投产)|(年度)?重点项目/;
const BATCH_KINDS: Record<string, BatchKind> = {
  开工: 'groundbreaking',
  签约: 'signing',
  竣工: 'completion',
  投产: 'completion',
};

/** Things described by how they stand: 已开工的, 未开工的, 正在实施的, 在建的, 已建成的. */
const STANDING = /(?:已开工|未开工|正在实施|在建|已建成|已完工|尚未完成|尚未完工)的/;

const VISIT = /调研|察看|查看|督导|暗访|来到|深入|实地|观摩|检查/;

/** The stage a sentence states for a project it names (a report on the project). */
function stageOf(text: string, kind: SentenceKind | null): ReportedStage | null {
  if (kind === 'pledge' && !VISIT.test(text)) return null;
  if (/揭牌/.test(text)) return 'unveiled';
  if (/入选/.test(text)) return 'selected';
  if (/落幕|闭幕/.test(text)) return 'completed';
  if (/签订|签约(?!落地)/.test(text) && kind !== 'pledge') return 'signed';
  if (/复工/.test(text)) return 'resumed';
  if (/化解/.test(text) && kind === 'result') return 'resolved';
  if (/在建|已开工|正在建设/.test(text)) return 'under-construction';
  if (/已(?:建成|竣工|完工)|建成投用/.test(text) && kind !== 'pledge') return 'completed';
  if (VISIT.test(text)) return 'inspected';
  return null;
}

/** Reads one sentence against its page. */
export function readSentence(
  text: string,
  sentenceQuantities: readonly FoundQuantity[],
  sentenceDeadlines: readonly FoundDeadline[],
  context: ReadingContext,
): SentenceReading {
  // Anniversaries date a page; they count nothing (docs/data.md, "Left out").
  let quantities = sentenceQuantities.filter((q) => q.unit !== '周年');
  let deadlines = sentenceDeadlines;
  const names = namedItems(text, quantities);
  if (context.heading) {
    // A headline repeats its article: money it states is a figure, and its names are projects.
    quantities = quantities.filter((q) => q.normalizedUnit === 'CNY');
    deadlines = [];
  }
  const past = PAST_WORDS.test(text);
  // 已成立…, 办了…: the sentence reports, even where a clause of it has no word of its own.
  const reports = past || /已(?![^,，;；。的]{1,4}的)|[办安成过到出决]了/.test(text);
  const described = DESCRIPTION.test(text);
  const event = EVENT_DAY.test(text) && EVENT_VERB.test(text);
  const clauses: ClauseReading[] = clausesOf(text).map((clause) => {
    const end = clause.start + clause.text.length;
    const span = { start: clause.start, end };
    const cues = findCues(clause.text);
    const strong = cues.pledge.filter((cue) => !INTENTION_ONLY.has(cue));
    const pastCue = cues.report.some((cue) => PAST_CUES.has(cue));
    let role: ClauseRole | undefined;
    if (PURPOSE.test(clause.text)) role = 'purpose';
    else if (CONNECTIVE.test(clause.text.trim())) role = 'background';
    else if (context.heading)
      role = PLAN_WORDS.test(clause.text) || /谋划/.test(clause.text) ? 'plan' : 'background';
    else if (strong.length > 0) role = 'pledge';
    else if (NEGATED.test(clause.text) && !/^未开工的/.test(clause.text)) role = 'background';
    else if (PLAN_WORDS.test(clause.text)) role = 'plan';
    else if (pastCue) role = 'result';
    // A task dated ahead of the page with no hedging is assigned (一季度完成…; 7条道路一季度竣工验收).
    else if (
      !past &&
      TASK_VERB.test(clause.text) &&
      deadlines.some(
        (d) => inside(d.index, span) && d.date !== null && d.date >= context.publishedOn,
      )
    )
      role = 'pledge';
    else if (cues.pledge.length > 0)
      role = past
        ? 'result'
        : described
          ? 'background'
          : event && EVENT_VERB.test(clause.text)
            ? 'event'
            : 'pledge';
    return {
      ...clause,
      end,
      role: role ?? 'background',
      // Decided below for clauses with no cue of their own.
      ...(role === undefined ? { undecided: true } : {}),
      firmness: firmnessOf(cues.pledge),
      ownCue: strong.length > 0,
      hasResultWord: cues.report.length > 0,
      quantities: quantities.filter((q) => inside(q.index, span)),
      deadlines: deadlines.filter((d) => inside(d.index, span)),
      names: names.filter((n) => inside(n.index, span)),
    } as ClauseReading & { undecided?: boolean; hasResultWord: boolean };
  });

  // A clause with no cue of its own takes its sentence's mode: after a pledge it carries the
  // pledge on (完成 in 力争…,富国路…完成前期手续办理 is the task, not a result); before a pledge of
  // its part it is the pledge's task (全力做好…收尾工作,确保3月底前竣工); after a result or a plan
  // it goes on reporting; else it is an event's or background.
  clauses.forEach((clause, i) => {
    const c = clause as ClauseReading & { undecided?: boolean; hasResultWord: boolean };
    if (!c.undecided) return;
    const previous = clauses
      .slice(0, i)
      .reverse()
      .find((p) => p.role !== 'purpose' && p.role !== 'background');
    const nextInPart = clauses
      .slice(i + 1)
      .find((n) => n.part === c.part && n.role !== 'background');
    const carriesOn =
      VERB_START.test(c.text) || TASK_VERB.test(c.text) || DETAIL.test(c.text) || /^“/.test(c.text);
    if ((previous?.role === 'pledge' || previous?.role === 'exhortation') && carriesOn)
      c.role = 'pledge';
    else if (previous?.role === 'plan' && !c.hasResultWord) c.role = 'plan';
    else if (previous?.role === 'result' || (c.hasResultWord && (past || !previous)))
      c.role = 'result';
    else if (
      !previous &&
      context.sectionPledge &&
      !reports &&
      !c.hasResultWord &&
      VERB_START.test(c.text)
    )
      c.role = 'pledge';
    else if (
      nextInPart?.role === 'pledge' &&
      VERB_START.test(c.text) &&
      !CONNECTIVE.test(c.text.trim()) &&
      !past
    )
      c.role = 'pledge';
    else c.role = event ? 'event' : 'background';
    if (
      c.role === 'result' &&
      !c.hasResultWord &&
      c.quantities.length === 0 &&
      previous?.role !== 'result'
    )
      c.role = event ? 'event' : 'background';
  });

  // Exhortations: a pledge clause that asks for an attitude and names nothing concrete.
  for (const c of clauses) {
    if (
      c.role === 'pledge' &&
      EXHORTATION.test(c.text) &&
      !CONCRETE.test(c.text) &&
      c.quantities.length === 0 &&
      c.deadlines.length === 0 &&
      c.names.length === 0
    )
      c.role = 'exhortation';
  }

  const proposals: Proposal[] = [];
  const used = new Set<FoundQuantity>();

  // Batches first: their numbers are the batch's, not figures of their own.
  const batchIndex = readBatch(text, clauses, context, proposals, used);

  // Targets: pledge clauses grouped into tasks.
  readTargets(text, clauses, context, proposals, used);

  // 已开工的…7个项目, 正在实施的62个老旧小区: a count of things as they stand is also a figure
  // (actual, a count), whatever the pledge about them.
  for (const clause of clauses) {
    for (const quantity of clause.quantities) {
      if (quantity.normalizedUnit !== 'count') continue;
      if (!STANDING.test(text.slice(clause.start, quantity.index))) continue;
      const { period, through } = figurePeriod(text.slice(0, clause.end), context);
      proposals.push({
        kind: 'figure',
        start: clause.start,
        end:
          quantity.index +
          quantity.printed.length +
          (/^[\p{Script=Han}]{1,6}/u.exec(text.slice(quantity.index + quantity.printed.length))?.[0]
            .length ?? 0),
        quantity: { ...quantity, role: 'count' },
        basis: 'actual',
        period,
        ...(through ? { through } : {}),
        indicatorZh: indicatorOf(clause.text, quantity, clause.start),
      });
      used.add(quantity);
    }
  }

  // A project's investment (投资12亿元的…项目) is the project's, not a figure of its own.
  for (const item of names) if (item.investment) used.add(item.investment);

  // Figures from results, plans, events and background.
  readFigures(text, clauses, context, proposals, used);

  // Progress: done so far or a percent of the plan, through a date.
  readProgress(text, clauses, context, proposals);

  const kind = sentenceKind(clauses, proposals, event);
  // Named items become project drafts, linked to the proposal whose span names them.
  for (const item of names) {
    const of = proposals.findIndex(
      (p) =>
        (p.kind === 'target' || p.kind === 'figure' || p.kind === 'batch') &&
        item.index >= p.start &&
        item.index < p.end,
    );
    const clause = clauses.find((c) => inside(item.index, c)) ?? clauses[0]!;
    const batch = batchIndex !== undefined && of === -1 ? batchIndex : undefined;
    proposals.push({
      kind: 'project',
      start: clause.start,
      end: clause.end,
      nameZh: item.nameZh,
      category: categoryOf(item.nameZh),
      stage: stageOf(text, kind),
      ...(item.investment ? { investment: { ...item.investment, role: 'total' as const } } : {}),
      ...(of >= 0 ? { of } : batch !== undefined ? { of: batch } : {}),
    });
  }
  return { kind, proposals };
}

function sentenceKind(
  clauses: readonly ClauseReading[],
  proposals: readonly Proposal[],
  event: boolean,
): SentenceKind | null {
  const kinds = new Set(proposals.map((p) => p.kind));
  if (kinds.has('target')) return 'pledge';
  if (kinds.has('batch')) return event ? 'event' : 'plan';
  if (proposals.some((p) => p.kind === 'figure' && p.basis === 'planned')) return 'plan';
  if (kinds.has('figure') || kinds.has('progress')) return 'result';
  if (clauses.some((c) => c.role === 'result')) return 'result';
  if (clauses.some((c) => c.role === 'exhortation')) return 'exhortation';
  if (event) return 'event';
  return clauses.some((c) => c.role === 'background' && c.names.length > 0) ? 'background' : null;
}

/** A deadline at the start of its clause (after a pledge word at most) opens its part. */
function opens(clause: ClauseReading, deadline: FoundDeadline): boolean {
  return OPENING_PREFIX.test(clause.text.slice(0, deadline.index - clause.start));
}

const dated = (deadlines: readonly FoundDeadline[]) =>
  deadlines.find((d) => d.date !== null) ?? deadlines[0] ?? null;

function readTargets(
  text: string,
  clauses: readonly ClauseReading[],
  context: ReadingContext,
  proposals: Proposal[],
  used: Set<FoundQuantity>,
) {
  type Task = {
    clauses: ClauseReading[];
    deadline: FoundDeadline | null;
    firmness: Firmness | null;
  };
  const tasks: Task[] = [];
  let current: Task | undefined;
  let governing: { part: number; deadline: FoundDeadline } | undefined;
  let lastFirmness: Firmness | null = null;
  for (const clause of clauses) {
    if (governing && governing.part !== clause.part) governing = undefined;
    const own =
      clause.role === 'pledge' || clause.role === 'purpose' ? dated(clause.deadlines) : null;
    if (clause.role !== 'pledge') {
      // A deadline that is a clause of its own (3月底前,完成…) opens what follows.
      if (clause.role !== 'purpose' && own && clause.text.trim() === own.wording) {
        governing = { part: clause.part, deadline: own };
      } else if (clause.role !== 'exhortation') current = undefined;
      const first = clause.deadlines[0];
      if (
        first &&
        clause.role !== 'purpose' &&
        (clause.text.trim() === first.wording ||
          opens(clause, first) ||
          !/^\d{4}年$/.test(first.wording))
      ) {
        // 2024年谋划…,力争完成投资420亿元以上: the year that opens the part dates its pledge.
        governing = { part: clause.part, deadline: first };
      }
      continue;
    }
    // A deadline governs its clause and every later clause of its part (docs/data.md, "One
    // deadline per governing phrase"), wherever it stands in its clause.
    if (own) governing = { part: clause.part, deadline: own };
    const bare = clause.text
      .replace(/确保|力争|争取|要|将|务必|必须|全部|全面|全力|并|还/g, '')
      .replace(own?.wording ?? '\u0000', '');
    const objectless = OBJECTLESS.test(bare) && clause.quantities.length === 0;
    // 力争2月底前具备绿化施工条件 after …26个项目要加大手续办理: the same task, now with its date.
    const finishesTask =
      clause.quantities.length === 0 &&
      clause.names.length === 0 &&
      (objectless || VERB_START.test(clause.text.replace(own?.wording ?? '\u0000', '')));
    const ownSubject =
      !VERB_START.test(clause.text) && clause.quantities.length + clause.names.length > 0;
    const detail = DETAIL.test(clause.text);
    // 确保工程品质 after …62个老旧小区: the same task, said firmly.
    const sameTask = objectless && !own && current !== undefined && current.deadline === null;
    // 实现“一街道一园区…” closing a sentence sums the whole sentence up and takes no deadline.
    const summary = /^实现“/.test(clause.text) && clause.index === clauses.length - 1;
    const startsNew =
      !current ||
      summary ||
      (clause.opensPart && clause.index > 0) ||
      (!sameTask &&
        ((OPEN_INTENTION.test(clause.text) && current.deadline !== null) ||
          (clause.quantities.length > 0 && current.clauses.some((c) => c.quantities.length > 0)) ||
          (!detail &&
            ((clause.ownCue && !(finishesTask && current.deadline === null && own)) ||
              (ownSubject && current.clauses.length > 0) ||
              (own !== null && current.deadline !== null)))));
    // A bare year (2024年,…) dates only a firm or counted task of its part, not a direction.
    const bareYear = governing !== undefined && /^\d{4}年$/.test(governing.deadline.wording);
    const deadline =
      own ??
      (governing &&
      !summary &&
      governing.deadline.index < clause.start &&
      (!bareYear || clause.ownCue)
        ? governing.deadline
        : null);
    if (startsNew) {
      const inherited = current && objectless && clause.ownCue && own ? current : undefined;
      current = { clauses: [clause], deadline, firmness: clause.firmness ?? lastFirmness };
      if (inherited) {
        // 确保年底前完工 after 3月底前要启动…10条道路: the same roads, a later deadline.
        (current as Task & { inherits?: Task }).inherits = inherited;
      }
      tasks.push(current);
    } else {
      current!.clauses.push(clause);
      if (!current!.deadline && deadline) current!.deadline = deadline;
      if (clause.firmness && !current!.firmness) current!.firmness = clause.firmness;
    }
    if (clause.firmness) lastFirmness = clause.firmness;
  }

  for (const task of tasks) {
    const inherits = (task as Task & { inherits?: Task }).inherits;
    // The quote of a later deadline for the same things includes the clause naming them.
    let start = inherits?.clauses[0]!.start ?? task.clauses[0]!.start;
    const end = task.clauses.at(-1)!.end;
    const words = text.slice(start, end);
    let amounts = task.clauses.flatMap((c) => c.quantities);
    if (amounts.length === 0) {
      const counted = inherits?.clauses
        .flatMap((c) => c.quantities)
        .filter((q) => q.normalizedUnit === 'count');
      if (counted && counted.length > 0) amounts = counted.slice(-1);
      else {
        // The part's topic: 2019年尚未完成的21个老旧小区,…,要确保3月底前完成.
        const topic = topicOf(clauses, task.clauses[0]!);
        if (topic) {
          amounts = [topic.quantity];
          start = topic.clause.start;
        }
      }
    }
    const deadline = task.deadline;
    const period = deadline?.period ?? yearOf(words) ?? String(context.pageYear);
    const firmness = task.firmness ?? 'commitment';
    const quantities: (FoundQuantity | null)[] = amounts.length > 0 ? amounts : [null];
    for (const quantity of quantities) {
      if (quantity) used.add(quantity);
      proposals.push({
        kind: 'target',
        start,
        end,
        quantity: quantity && {
          ...quantity,
          role: roleOf(quantity, text.slice(start, end), start, 'target'),
        },
        deadline,
        period,
        firmness,
        metric: metricOf(words, quantity),
      });
    }
  }
}

/** The noun phrase before a pledge that holds its count (2020年尚未完工的78个老旧小区). */
function topicOf(
  clauses: readonly ClauseReading[],
  pledge: ClauseReading,
): { clause: ClauseReading; quantity: FoundQuantity } | undefined {
  const before = clauses.filter(
    (c) =>
      c.part === pledge.part &&
      c.index < pledge.index &&
      c.role !== 'pledge' &&
      c.role !== 'result' &&
      c.quantities.some((q) => q.normalizedUnit === 'count'),
  );
  const nounPhrase = before.filter(
    (c) => !VERB_START.test(c.text) && !/^(?:主要|涉及|有|包括|其中)/.test(c.text),
  );
  const clause = (nounPhrase.length > 0 ? nounPhrase : before).at(-1);
  const quantity = clause?.quantities.filter((q) => q.normalizedUnit === 'count').at(-1);
  return clause && quantity ? { clause, quantity } : undefined;
}

function readFigures(
  text: string,
  clauses: readonly ClauseReading[],
  context: ReadingContext,
  proposals: Proposal[],
  used: Set<FoundQuantity>,
) {
  const planned =
    PLAN_WORDS.test(text) ||
    context.paragraphPlanned ||
    (/^其中/.test(text) && context.previousPlanned === true);
  let previousFigure: FigureProposal | undefined;
  for (const clause of clauses) {
    if (clause.role === 'pledge' || clause.role === 'purpose' || clause.role === 'exhortation') {
      previousFigure = undefined;
      continue;
    }
    const basis: 'actual' | 'planned' =
      clause.role === 'plan' || (planned && clause.role !== 'result') ? 'planned' : 'actual';
    for (const quantity of clause.quantities) {
      if (used.has(quantity)) continue;
      // 同比增长8.1% after a result: that result's growth, not a figure of its own.
      const before = text.slice(clause.start, quantity.index);
      if (
        quantity.normalizedUnit === '%' &&
        previousFigure &&
        /^(?:同比)?增长$/.test(before) &&
        previousFigure.growthPercent === undefined
      ) {
        previousFigure.growthPercent = quantity.value;
        used.add(quantity);
        continue;
      }
      used.add(quantity);
      const { period, through } = figurePeriod(text.slice(0, clause.end), context);
      const figure: FigureProposal = {
        kind: 'figure',
        start: clause.start,
        end: clause.end,
        quantity: {
          ...quantity,
          role: roleOf(
            quantity,
            clause.text,
            clause.start,
            basis === 'actual' ? 'actual' : 'planned',
          ),
        },
        basis,
        period,
        ...(through ? { through } : {}),
        indicatorZh: indicatorOf(clause.text, quantity, clause.start),
      };
      if (quantity.normalizedUnit === '%' && /增长/.test(before))
        figure.growthPercent = quantity.value;
      proposals.push(figure);
      previousFigure = figure;
    }
  }
}

/** 完成年度投资计划的100.2% / 占年度计划的55%: a percent of the plan; 完成投资X (through 1–N月). */
const PERCENT_OF_PLAN = /(?:完成|占)(?:年度)?(?:投资)?(?:计划|目标)(?:任务)?的$/;

function readProgress(
  text: string,
  clauses: readonly ClauseReading[],
  context: ReadingContext,
  proposals: Proposal[],
) {
  for (const clause of clauses) {
    if (clause.role !== 'result' && clause.role !== 'background' && clause.role !== 'event')
      continue;
    const percent = clause.quantities.find(
      (q) => q.normalizedUnit === '%' && PERCENT_OF_PLAN.test(text.slice(clause.start, q.index)),
    );
    const { period, through } = figurePeriod(text.slice(0, clause.end), context);
    const lastDay = through ?? periodEnd(period, context.publishedOn);
    if (percent) {
      proposals.push({
        kind: 'progress',
        start: clause.start,
        end: clause.end,
        percentOfPlan: percent.value,
        through: lastDay,
      });
      continue;
    }
    const done = clause.quantities.find(
      (q) =>
        q.normalizedUnit === 'CNY' &&
        /(?:完成投资|累计完成|完成)$/.test(text.slice(clause.start, q.index).slice(-6)),
    );
    if (done && (through || HALF.test(text) || QUARTER.test(text))) {
      proposals.push({
        kind: 'progress',
        start: clause.start,
        end: clause.end,
        done: { ...done, role: 'done' },
        through: lastDay,
      });
    }
  }
}

/** The last day of a period, but not after the page's date (a result of 上半年 on 7月29日). */
function periodEnd(period: string, publishedOn: string): string {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  const month =
    rest === ''
      ? 12
      : rest.startsWith('Q')
        ? Number(rest[1]) * 3
        : rest.startsWith('H')
          ? Number(rest[1]) * 6
          : Number(rest);
  const end = endOfMonth(year, month);
  return end < publishedOn ? end : publishedOn;
}

const ORDINAL = /第([一二三四五六七八九十\d]+)批/;

function readBatch(
  text: string,
  clauses: readonly ClauseReading[],
  context: ReadingContext,
  proposals: Proposal[],
  used: Set<FoundQuantity>,
): number | undefined {
  const named = BATCH.exec(text);
  if (!named) return undefined;
  const counts = clauses.flatMap((c) => c.quantities).filter((q) => q.normalizedUnit === 'count');
  const money = clauses.flatMap((c) => c.quantities).filter((q) => q.normalizedUnit === 'CNY');
  if (counts.length === 0 || money.length === 0) return undefined;
  // 其中 opens the subsets: what comes before it is the whole batch.
  const subsetAt = text.search(/其中[,，：:]?/);
  const wholeEnd = subsetAt > 0 ? subsetAt : text.length;
  const amounts = (from: number, to: number) => {
    const inRange = clauses
      .flatMap((c) => c.quantities.map((q) => ({ q, clause: c })))
      .filter(({ q }) => q.index >= from && q.index < to);
    const pick = (role: QuantityRole) =>
      inRange.find(({ q, clause }) => {
        if (role === 'count') return q.normalizedUnit === 'count';
        if (q.normalizedUnit !== 'CNY') return false;
        return roleOf(q, clause.text, clause.start, 'planned') === role;
      })?.q;
    return { count: pick('count'), total: pick('total'), plan: pick('plan') };
  };
  const whole = amounts(0, wholeEnd);
  if (!whole.count || (!whole.total && !whole.plan)) return undefined;
  // The name, number and day may stand in the sentence before (…举行第二批重点项目集中开工活动。
  // 此次集中开工项目18个…).
  const named2 = `${context.previous ?? ''}${text}`;
  const ordinal = ORDINAL.exec(named2);
  const ordinalNumber = ordinal
    ? /\d/.test(ordinal[1]!)
      ? Number(ordinal[1])
      : parseChineseNumber(ordinal[1]!)
    : undefined;
  const day = /(\d{1,2})月(\d{1,2})日/.exec(named2);
  const date = day
    ? `${context.pageYear}-${day[1]!.padStart(2, '0')}-${day[2]!.padStart(2, '0')}`
    : undefined;
  const year = yearOf(text) ?? String(context.pageYear);
  const nameMatch =
    /(?:\d{4}年)?第[一二三四五六七八九十\d]+批(?:重点项目)?集中(?:开工|签约|竣工|投产)(?:项目)?/.exec(
      named2,
    ) ??
    /(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+批)?(?:重点项目)?集中(?:开工|签约|竣工|投产)(?:项目)?|(?:\d{4}年)?(?:年度)?(?:省市)?重点项目/.exec(
      text,
    );
  const batchKind = named[1] ? (BATCH_KINDS[named[1]] ?? 'other') : 'key-projects';
  const withRole = (q: FoundQuantity | undefined, role: QuantityRole) => {
    if (!q) return {};
    used.add(q);
    return { [role]: { ...q, role } };
  };
  const index = proposals.length;
  proposals.push({
    kind: 'batch',
    start: 0,
    end: wholeEnd > 0 ? wholeEnd : text.length,
    nameZh: (nameMatch?.[0] ?? named[0]).replace(/^[^\p{Script=Han}\d]+/u, ''),
    batchKind,
    ...(ordinalNumber ? { ordinal: ordinalNumber } : {}),
    ...(date && date <= context.publishedOn ? { date } : {}),
    period: year,
    ...withRole(whole.count, 'count'),
    ...withRole(whole.total, 'total'),
    ...withRole(whole.plan, 'plan'),
  });
  if (subsetAt > 0) {
    // 其中，省市重点项目12个，总投资…；区重点项目…: one subset per part after 其中.
    const parts = text.slice(subsetAt).split(/[;；]/);
    let offset = subsetAt;
    for (const part of parts) {
      const subset = amounts(offset, offset + part.length);
      if (subset.count) {
        const label = /([\p{Script=Han}]{2,12}?(?:项目|重点项目))[\d一二三四五六七八九十]+个/u.exec(
          part,
        );
        proposals.push({
          kind: 'batch',
          start: offset,
          end: offset + part.length,
          nameZh: label?.[1]?.replace(/^其中[,，]?/, '') ?? part.slice(0, 20),
          batchKind,
          period: year,
          parent: index,
          ...withRole(subset.count, 'count'),
          ...withRole(subset.total, 'total'),
          ...withRole(subset.plan, 'plan'),
        });
      }
      offset += part.length + 1;
    }
  }
  return index;
}
