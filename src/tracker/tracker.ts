import type {
  Batch,
  Dataset,
  District,
  Figure,
  Project,
  ProjectCategory,
  ProjectStage,
  Quantity,
  Report,
  Source,
  SourceRef,
  Target,
  TargetStatus,
} from '@/data/schema';
import type { FollowUp } from '@/data/tracking/follow-up';
import { DEADLINE_STATES, judgeDeadline, MET_STATES, type DeadlineState } from './deadline-state';
import {
  DEFAULT_PACE_RULE,
  measurePace,
  normalizedLike,
  type PaceMeasure,
  type PaceRule,
  type StatedProgress,
} from './progress';
import { districtRates, type DistrictRates } from './district-rates';
import {
  groupAmounts,
  investmentAmounts,
  type AmountGroup,
  type AmountSource,
  type StatedAmount,
} from './amounts';
import { FIELD_SEPARATOR, foldForSearch } from '@/lib/search-text';
import { compareFollowUpsNewestFirst } from './follow-up-order';

/**
 * The tracker: everything the dashboard derives from (dataset, the reader's follow-ups, as-of
 * date), built once by `buildTracker` and read by every view. A status, a deadline state or a
 * count shown in two places is the same value here, so a follow-up changes every page that
 * shows its target: the overview, the lists, the district, project and source pages and both
 * exports. Pure and DOM-free (tracker.test.ts); the React glue is use-tracker.tsx.
 */

/** What a target is about: the categories of the projects it names, or "unlinked". */
export const UNLINKED_CATEGORY = 'unlinked';
export type TargetCategory = ProjectCategory | typeof UNLINKED_CATEGORY;

/** A dated piece of evidence about a target's status: a page's report, or a reader's follow-up. */
export type Evidence =
  | { kind: 'report'; date: string; status: TargetStatus; report: Report }
  | { kind: 'follow-up'; date: string; status: TargetStatus; followUp: FollowUp };

/**
 * A target's progress on the as-of date: measured against plan and pace from the latest report
 * or follow-up stating it (`measured`); `unreported` for a target with a planned amount and no
 * progress stated yet (grey, never a light); `unquantified` for a target with neither.
 */
export type TargetProgress =
  | { kind: 'measured'; measure: PaceMeasure; evidence: Evidence }
  | { kind: 'unreported' }
  | { kind: 'unquantified' };

/**
 * Where the status in force comes from: the latest evidence dated on or before the as-of date,
 * or none (then the status is "not yet rated"): no status without evidence.
 */
export type StatusOrigin = Evidence | { kind: 'none'; status: 'not-rated' };

/** A project's stage on the as-of date: the latest report's, else the one its own page states. */
export type StageOrigin = { kind: 'stated' } | { kind: 'report'; report: Report };

/** When a record was first and last reported: the dates of the earliest and latest page citing it. */
export type Reported = { firstReported: string; lastReported: string };

export type TargetRow = Reported & {
  target: Target;
  district: District | undefined;
  /** The status in force on the as-of date. */
  status: TargetStatus;
  /** Where that status comes from. */
  origin: StatusOrigin;
  /** `not-announced` when its first page was printed after the as-of date. */
  state: DeadlineState;
  /** met-late: days late (逾期完成 N 天); overdue: days past the deadline (逾期 N 天); else null. */
  daysLate: number | null;
  /** The day an achieved target was met (its evidence's day, or the last day its progress counts). */
  metOn: string | null;
  progress: TargetProgress;
  /** True when a follow-up, not the dataset, set the status in force. */
  followedUp: boolean;
  /** Every report and follow-up on this target, newest first (those after the as-of date too). */
  evidence: readonly Evidence[];
  /** The reader's follow-ups on this target, newest first (including those after the as-of date). */
  followUps: readonly FollowUp[];
  projects: readonly Project[];
  categories: readonly TargetCategory[];
  searchText: string;
};

export type ProjectRow = Reported & {
  project: Project;
  district: District | undefined;
  /** The stage on the as-of date and where it comes from. */
  stage: ProjectStage;
  stageOrigin: StageOrigin;
  /** The reports on this project, newest first. */
  reports: readonly Report[];
  /** The project it is part of, and its own parts. */
  parent: Project | undefined;
  parts: readonly Project[];
  /** The targets that name this project, as they stand on the as-of date. */
  targets: readonly TargetRow[];
  /** The batches that list this project among their members. */
  batches: readonly Batch[];
  /** The earliest deadline among those targets; null when none has one. */
  deadline: string | null;
  /** The stated investment in CNY, when the page states one in money. */
  investment: number | null;
  figures: readonly Figure[];
  searchText: string;
};

export type FigureRow = Reported & {
  figure: Figure;
  district: District | undefined;
  projects: readonly Project[];
  /**
   * The figure's series: every figure of the same indicator in the same district (this one
   * included), oldest period first, so one indicator can be followed over time.
   */
  series: readonly Figure[];
  searchText: string;
};

/** One indicator of one district: what a series is keyed by. */
export const seriesKey = (figure: Pick<Figure, 'districtId' | 'indicatorZh' | 'basis'>) =>
  `${figure.districtId}|${figure.basis}|${figure.indicatorZh.replace(/\s+/g, '')}`;

export type StateCounts = Record<DeadlineState, number>;

export type DistrictSummary = {
  district: District;
  projects: readonly ProjectRow[];
  targets: readonly TargetRow[];
  figures: readonly FigureRow[];
  batches: readonly BatchRow[];
  states: StateCounts;
  /** Rates that compare districts fairly (按期完成率…), over announced targets. */
  rates: DistrictRates;
};

/** A batch of projects with its members, subsets and the targets and figures about it. */
export type BatchRow = Reported & {
  batch: Batch;
  district: District | undefined;
  members: readonly Project[];
  parent: Batch | undefined;
  subsets: readonly Batch[];
  targets: readonly TargetRow[];
  figures: readonly Figure[];
};

export type SourceSummary = {
  source: Source;
  projects: readonly ProjectRow[];
  targets: readonly TargetRow[];
  figures: readonly FigureRow[];
  batches: readonly BatchRow[];
};

export type Tracker = {
  dataset: Dataset;
  asOf: string;
  /** The rule lights are given by. */
  paceRule: PaceRule;
  followUps: readonly FollowUp[];
  districts: readonly District[];
  sources: readonly Source[];
  projects: readonly ProjectRow[];
  /** The targets announced by the as-of date: what lists, counts and exports show. */
  targets: readonly TargetRow[];
  /** Targets whose first page was printed after the as-of date, left out of every count. */
  notYetAnnounced: readonly TargetRow[];
  figures: readonly FigureRow[];
  batches: readonly BatchRow[];
  districtById: ReadonlyMap<string, District>;
  sourceById: ReadonlyMap<string, Source>;
  projectById: ReadonlyMap<string, ProjectRow>;
  targetById: ReadonlyMap<string, TargetRow>;
  figureById: ReadonlyMap<string, FigureRow>;
  batchById: ReadonlyMap<string, BatchRow>;
  /** Every district of the dataset, in its order, with its records and deadline states (announced targets only). */
  byDistrict: ReadonlyMap<string, DistrictSummary>;
  /** Every source with the records citing it (a record citing it twice counts once), announced or not. */
  bySource: ReadonlyMap<string, SourceSummary>;
  /** Deadline states of the announced targets. */
  states: StateCounts;
  /**
   * The investment the pages state, announced by the as-of date: every amount with its role,
   * and the groups that may be added (one role, one period; parts listed, not added).
   */
  investment: { amounts: readonly StatedAmount[]; groups: readonly AmountGroup[] };
  /** Follow-ups whose target is not in this dataset. */
  orphanFollowUps: readonly FollowUp[];
};

export function emptyStateCounts(): StateCounts {
  return Object.fromEntries(DEADLINE_STATES.map((state) => [state, 0])) as StateCounts;
}

export function countStates(rows: readonly TargetRow[]): StateCounts {
  const counts = emptyStateCounts();
  for (const row of rows) counts[row.state] += 1;
  return counts;
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.id, row]));

/**
 * The other names papers use for a district (管城区, 管城; 经开区, 经开), carried by the dataset:
 * the one place aliases are read from, for every search.
 */
export function districtAliases(district: District): readonly string[] {
  return district.aliasesZh;
}

/** A district's names, with the short ones the papers use. */
const districtNames = (district: District | undefined) =>
  district ? [district.nameZh, district.nameEn, ...districtAliases(district)] : [];

/** The keys of a record's text fields. */
type TextField<Entry> = {
  [Key in keyof Entry]: Entry[Key] extends string | null | undefined ? Key : never;
}[keyof Entry];

/**
 * The text in both languages that searches look through, folded (lib/search-text.ts): the
 * record's `fields`, the quotes it rests on and its district's names, each a field of its own.
 */
function searchText<Entry extends { sourceRefs: readonly SourceRef[] }>(
  record: Entry,
  fields: readonly TextField<Entry>[],
  district: District | undefined,
): string {
  return foldForSearch(
    [
      ...fields.map((field) => record[field] as string | null | undefined),
      ...record.sourceRefs.map((ref) => ref.quote),
      ...districtNames(district),
    ]
      .filter(Boolean)
      .join(FIELD_SEPARATOR),
  );
}

/**
 * Newest first: by date; on the same day a reader's follow-up (later knowledge) before a page's
 * report, then the later recorded.
 */
function compareEvidence(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === 'follow-up' ? -1 : 1;
  if (a.kind === 'follow-up' && b.kind === 'follow-up')
    return compareFollowUpsNewestFirst(a.followUp, b.followUp);
  return 0;
}

function groupFollowUps(followUps: readonly FollowUp[]): Map<string, FollowUp[]> {
  const map = new Map<string, FollowUp[]>();
  for (const followUp of followUps) {
    const list = map.get(followUp.targetId);
    if (list) list.push(followUp);
    else map.set(followUp.targetId, [followUp]);
  }
  for (const list of map.values()) list.sort(compareFollowUpsNewestFirst);
  return map;
}

/** The dates of the earliest and latest pages a record cites (its own page when none is known). */
function reportedSpan(refs: readonly SourceRef[], sources: ReadonlyMap<string, Source>): Reported {
  let firstReported = '';
  let lastReported = '';
  for (const ref of refs) {
    const date = sources.get(ref.sourceId)?.publishedOn;
    if (!date) continue;
    if (!firstReported || date < firstReported) firstReported = date;
    if (!lastReported || date > lastReported) lastReported = date;
  }
  return { firstReported, lastReported };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What a piece of evidence says of progress, if anything, against the target's `plan`: a page's
 * report states an amount done as a quantity (its normalized value is compared); a reader's
 * follow-up states it in the plan's printed unit (45 for 60亿元), normalized like the plan
 * (`normalizedLike`). A follow-up's amount in another unit than the plan's (a dataset that now
 * prints the plan otherwise) is not compared: it states nothing the plan can measure.
 */
export function statedProgress(
  evidence: Evidence,
  plan: Quantity | undefined,
): StatedProgress | undefined {
  if (evidence.kind === 'report') {
    const progress = evidence.report.progress;
    if (!progress) return undefined;
    return progress.done !== undefined
      ? { kind: 'amount', done: progress.done.normalized, through: progress.through }
      : { kind: 'percent', percent: progress.percentOfPlan ?? 0, through: progress.through };
  }
  const progress = evidence.followUp.progress;
  if (!progress) return undefined;
  if (progress.done === undefined)
    return { kind: 'percent', percent: progress.percentOfPlan ?? 0, through: progress.through };
  if (plan?.role !== 'plan' || plan.unit !== progress.done.unit) return undefined;
  return {
    kind: 'amount',
    done: normalizedLike(plan, progress.done.value),
    through: progress.through,
  };
}

/**
 * A target's progress on the as-of date: from the latest evidence (on or before it) that
 * states progress; `evidence` is newest first.
 */
function targetProgress(
  target: Target,
  evidence: readonly Evidence[],
  asOf: string,
  rule: PaceRule,
): TargetProgress {
  for (const item of evidence) {
    if (item.date > asOf) continue;
    const stated = statedProgress(item, target.quantity);
    if (!stated) continue;
    const measure = measurePace(stated, target.quantity, target.period, rule);
    if (measure) return { kind: 'measured', measure, evidence: item };
  }
  return target.quantity?.role === 'plan' ? { kind: 'unreported' } : { kind: 'unquantified' };
}

export function buildTracker(
  dataset: Dataset,
  followUps: readonly FollowUp[],
  asOf: string,
  paceRule: PaceRule = DEFAULT_PACE_RULE,
): Tracker {
  const districtById = byId(dataset.districts);
  const sourceById = byId(dataset.sources);
  const projectsById = byId(dataset.projects);
  const followUpsByTarget = groupFollowUps(followUps);
  const reportsByTarget = new Map<string, Report[]>();
  const reportsByProject = new Map<string, Report[]>();
  for (const report of dataset.reports) {
    if (report.targetId !== undefined) push(reportsByTarget, report.targetId, report);
    if (report.projectId !== undefined) push(reportsByProject, report.projectId, report);
  }

  const allTargets: TargetRow[] = dataset.targets.map((target) => {
    const district = districtById.get(target.districtId);
    const reported = reportedSpan(target.sourceRefs, sourceById);
    const announced = !reported.firstReported || reported.firstReported <= asOf;
    const own = followUpsByTarget.get(target.id) ?? [];
    const evidence: Evidence[] = [
      ...(reportsByTarget.get(target.id) ?? []).map((report): Evidence => ({
        kind: 'report',
        date: report.date,
        status: report.status ?? 'unverifiable',
        report,
      })),
      ...own.map((followUp): Evidence => ({
        kind: 'follow-up',
        date: followUp.date,
        status: followUp.status,
        followUp,
      })),
    ].sort(compareEvidence);
    const origin: StatusOrigin = evidence.find((item) => item.date <= asOf) ?? {
      kind: 'none',
      status: 'not-rated',
    };
    const projects = target.projectIds.flatMap((id) => projectsById.get(id) ?? []);
    const categories = [...new Set(projects.map((p) => p.category))];
    const metOn =
      origin.kind !== 'none' && origin.status === 'achieved'
        ? (statedProgress(origin, target.quantity)?.through ?? origin.date)
        : null;
    const judged = judgeDeadline(target.deadline, origin.status, asOf, metOn ?? asOf);
    return {
      target,
      district,
      ...reported,
      status: origin.status,
      origin,
      state: announced ? judged.state : 'not-announced',
      daysLate: announced ? judged.daysLate : null,
      metOn,
      progress: targetProgress(target, evidence, asOf, paceRule),
      followedUp: origin.kind === 'follow-up',
      evidence,
      followUps: own,
      projects,
      categories: categories.length ? categories : [UNLINKED_CATEGORY],
      searchText: searchText(
        target,
        ['id', 'statementZh', 'statementEn', 'deadlineText', 'metric'],
        district,
      ),
    };
  });

  const seriesOf = new Map<string, Figure[]>();
  for (const figure of dataset.figures) push(seriesOf, seriesKey(figure), figure);
  for (const series of seriesOf.values())
    series.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const targets = allTargets.filter((row) => row.state !== 'not-announced');
  const figures: FigureRow[] = dataset.figures.map((figure) => {
    const district = districtById.get(figure.districtId);
    return {
      figure,
      district,
      ...reportedSpan(figure.sourceRefs, sourceById),
      projects: figure.projectIds.flatMap((id) => projectsById.get(id) ?? []),
      series: seriesOf.get(seriesKey(figure)) ?? [figure],
      searchText: searchText(
        figure,
        ['id', 'indicatorZh', 'indicatorEn', 'descriptionZh', 'descriptionEn'],
        district,
      ),
    };
  });

  const targetsByProject = new Map<string, TargetRow[]>();
  for (const row of allTargets)
    for (const id of new Set(row.target.projectIds)) push(targetsByProject, id, row);
  const figuresByProject = new Map<string, Figure[]>();
  for (const row of figures)
    for (const id of new Set(row.figure.projectIds)) push(figuresByProject, id, row.figure);

  const partsOf = new Map<string, Project[]>();
  for (const project of dataset.projects)
    if (project.parentId !== undefined) push(partsOf, project.parentId, project);
  const batchesOfProject = new Map<string, Batch[]>();
  for (const batch of dataset.batches)
    for (const id of new Set(batch.projectIds)) push(batchesOfProject, id, batch);
  const projects: ProjectRow[] = dataset.projects.map((project) => {
    const district = districtById.get(project.districtId);
    const own = targetsByProject.get(project.id) ?? [];
    let deadline: string | null = null;
    for (const row of own) {
      const d = row.target.deadline;
      if (d !== null && (deadline === null || d < deadline)) deadline = d;
    }
    const reports = (reportsByProject.get(project.id) ?? []).sort((a, b) =>
      a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
    );
    const deciding = reports.find((report) => report.date <= asOf);
    return {
      project,
      district,
      ...reportedSpan(project.sourceRefs, sourceById),
      stage: deciding?.stage ?? project.stage,
      stageOrigin: deciding ? { kind: 'report', report: deciding } : { kind: 'stated' },
      reports,
      parent: project.parentId === undefined ? undefined : projectsById.get(project.parentId),
      parts: partsOf.get(project.id) ?? [],
      targets: own,
      batches: batchesOfProject.get(project.id) ?? [],
      deadline,
      investment:
        project.investment?.normalizedUnit === 'CNY' ? project.investment.normalized : null,
      figures: figuresByProject.get(project.id) ?? [],
      searchText: searchText(
        project,
        ['id', 'nameZh', 'nameEn', 'descriptionZh', 'descriptionEn', 'locationZh', 'locationEn'],
        district,
      ),
    };
  });

  const rawBatchById = byId(dataset.batches);
  const subsetsOf = new Map<string, Batch[]>();
  for (const batch of dataset.batches)
    if (batch.parentId !== undefined) push(subsetsOf, batch.parentId, batch);
  const targetsOfBatch = new Map<string, TargetRow[]>();
  for (const row of allTargets)
    if (row.target.batchId !== undefined) push(targetsOfBatch, row.target.batchId, row);
  const figuresOfBatch = new Map<string, Figure[]>();
  for (const figure of dataset.figures)
    if (figure.batchId !== undefined) push(figuresOfBatch, figure.batchId, figure);
  const batches: BatchRow[] = dataset.batches.map((batch) => ({
    batch,
    district: districtById.get(batch.districtId),
    ...reportedSpan(batch.sourceRefs, sourceById),
    members: batch.projectIds.flatMap((id) => projectsById.get(id) ?? []),
    parent: batch.parentId === undefined ? undefined : rawBatchById.get(batch.parentId),
    subsets: subsetsOf.get(batch.id) ?? [],
    targets: targetsOfBatch.get(batch.id) ?? [],
    figures: figuresOfBatch.get(batch.id) ?? [],
  }));

  const byDistrict = new Map<string, DistrictSummary>(
    dataset.districts.map((district) => [
      district.id,
      {
        district,
        projects: [],
        targets: [],
        figures: [],
        batches: [],
        states: emptyStateCounts(),
        rates: districtRates([]),
      },
    ]),
  );
  const bySource = new Map<string, SourceSummary>(
    dataset.sources.map((source) => [
      source.id,
      { source, projects: [], targets: [], figures: [], batches: [] },
    ]),
  );
  const file = <K extends 'projects' | 'targets' | 'figures' | 'batches'>(
    kind: K,
    row: DistrictSummary[K][number],
    districtId: string,
    refs: readonly SourceRef[],
  ) => {
    const summary = byDistrict.get(districtId);
    if (summary) (summary[kind] as (typeof row)[]).push(row);
    for (const sourceId of new Set(refs.map((ref) => ref.sourceId))) {
      const source = bySource.get(sourceId);
      if (source) (source[kind] as (typeof row)[]).push(row);
    }
  };
  for (const row of projects) file('projects', row, row.project.districtId, row.project.sourceRefs);
  for (const row of allTargets) {
    const counted = row.state !== 'not-announced';
    for (const sourceId of new Set(row.target.sourceRefs.map((ref) => ref.sourceId)))
      (bySource.get(sourceId)?.targets as TargetRow[] | undefined)?.push(row);
    const summary = byDistrict.get(row.target.districtId);
    if (summary && counted) {
      (summary.targets as TargetRow[]).push(row);
      summary.states[row.state] += 1;
    }
  }
  for (const row of figures) file('figures', row, row.figure.districtId, row.figure.sourceRefs);
  for (const row of batches) file('batches', row, row.batch.districtId, row.batch.sourceRefs);
  for (const summary of byDistrict.values()) summary.rates = districtRates(summary.targets);

  const known = new Set(dataset.targets.map((t) => t.id));
  const projectById = new Map(projects.map((row) => [row.project.id, row]));
  const targetById = new Map(allTargets.map((row) => [row.target.id, row]));
  const figureById = new Map(figures.map((row) => [row.figure.id, row]));
  const batchById = new Map(batches.map((row) => [row.batch.id, row]));
  const rows: Record<AmountSource, ReadonlyMap<string, Reported>> = {
    project: projectById,
    batch: batchById,
    target: targetById,
    figure: figureById,
  };
  const amounts = investmentAmounts(
    dataset,
    (source, id) => rows[source].get(id)?.firstReported ?? '',
  ).filter((amount) => amount.announced <= asOf);
  return {
    dataset,
    asOf,
    paceRule,
    followUps,
    districts: dataset.districts,
    sources: dataset.sources,
    projects,
    targets,
    notYetAnnounced: allTargets.filter((row) => row.state === 'not-announced'),
    figures,
    batches,
    districtById,
    sourceById,
    projectById,
    targetById,
    figureById,
    batchById,
    byDistrict,
    bySource,
    states: countStates(targets),
    investment: { amounts, groups: groupAmounts(amounts) },
    orphanFollowUps: followUps.filter((f) => !known.has(f.targetId)),
  };
}

/** Overdue with no result reported, the longest overdue first. */
export function overdueWithoutResult(rows: readonly TargetRow[]): TargetRow[] {
  return rows
    .filter((row) => row.state === 'overdue')
    .sort((a, b) => (a.target.deadline ?? '').localeCompare(b.target.deadline ?? ''));
}

/** Deadlines still ahead on the as-of date (that day included), the nearest first. */
export function nearestDeadlines(
  rows: readonly TargetRow[],
  asOf: string,
  limit: number,
): TargetRow[] {
  return rows
    .filter(
      (row) =>
        row.target.deadline !== null &&
        row.target.deadline >= asOf &&
        !MET_STATES.has(row.state) &&
        row.state !== 'missed',
    )
    .sort((a, b) => (a.target.deadline ?? '').localeCompare(b.target.deadline ?? ''))
    .slice(0, limit);
}
