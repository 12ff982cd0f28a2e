import type {
  Dataset,
  District,
  Figure,
  Project,
  ProjectCategory,
  ProjectStage,
  Report,
  Source,
  SourceRef,
  Target,
  TargetStatus,
} from '@/data/schema';
import { DEADLINE_STATES, deadlineState, type DeadlineState } from '@/data/tracking/deadline-state';
import type { FollowUp } from '@/data/tracking/follow-up';
import { divisionOf } from '@/curation/gazetteer';
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
  states: StateCounts;
};

export type SourceSummary = {
  source: Source;
  projects: readonly ProjectRow[];
  targets: readonly TargetRow[];
  figures: readonly FigureRow[];
};

export type Tracker = {
  dataset: Dataset;
  asOf: string;
  followUps: readonly FollowUp[];
  districts: readonly District[];
  sources: readonly Source[];
  projects: readonly ProjectRow[];
  /** The targets announced by the as-of date: what lists, counts and exports show. */
  targets: readonly TargetRow[];
  /** Targets whose first page was printed after the as-of date, left out of every count. */
  notYetAnnounced: readonly TargetRow[];
  figures: readonly FigureRow[];
  districtById: ReadonlyMap<string, District>;
  sourceById: ReadonlyMap<string, Source>;
  projectById: ReadonlyMap<string, ProjectRow>;
  targetById: ReadonlyMap<string, TargetRow>;
  figureById: ReadonlyMap<string, FigureRow>;
  /** Every district of the dataset, in its order, with its records and deadline states (announced targets only). */
  byDistrict: ReadonlyMap<string, DistrictSummary>;
  /** Every source with the records citing it (a record citing it twice counts once), announced or not. */
  bySource: ReadonlyMap<string, SourceSummary>;
  /** Deadline states of the announced targets. */
  states: StateCounts;
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

/** A district's names, with the short ones the papers use (管城区, 经开区) from the gazetteer. */
const districtNames = (district: District | undefined) =>
  district ? [district.nameZh, district.nameEn, ...(divisionOf(district.id)?.aliases ?? [])] : [];

/** The keys of a record's text fields. */
type TextField<Entry> = {
  [Key in keyof Entry]: Entry[Key] extends string | null | undefined ? Key : never;
}[keyof Entry];

/**
 * Lower-cased text in both languages that searches look through: the record's `fields`, the
 * quotes it rests on and its district's names.
 */
function searchText<Entry extends { sourceRefs: readonly SourceRef[] }>(
  record: Entry,
  fields: readonly TextField<Entry>[],
  district: District | undefined,
): string {
  return [
    ...fields.map((field) => record[field] as string | null | undefined),
    ...record.sourceRefs.map((ref) => ref.quote),
    ...districtNames(district),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
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

export function buildTracker(
  dataset: Dataset,
  followUps: readonly FollowUp[],
  asOf: string,
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
    return {
      target,
      district,
      ...reported,
      status: origin.status,
      origin,
      state: announced ? deadlineState(target.deadline, origin.status, asOf) : 'not-announced',
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

  const byDistrict = new Map<string, DistrictSummary>(
    dataset.districts.map((district) => [
      district.id,
      { district, projects: [], targets: [], figures: [], states: emptyStateCounts() },
    ]),
  );
  const bySource = new Map<string, SourceSummary>(
    dataset.sources.map((source) => [
      source.id,
      { source, projects: [], targets: [], figures: [] },
    ]),
  );
  const file = <K extends 'projects' | 'targets' | 'figures'>(
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

  const known = new Set(dataset.targets.map((t) => t.id));
  return {
    dataset,
    asOf,
    followUps,
    districts: dataset.districts,
    sources: dataset.sources,
    projects,
    targets,
    notYetAnnounced: allTargets.filter((row) => row.state === 'not-announced'),
    figures,
    districtById,
    sourceById,
    projectById: new Map(projects.map((row) => [row.project.id, row])),
    targetById: new Map(allTargets.map((row) => [row.target.id, row])),
    figureById: new Map(figures.map((row) => [row.figure.id, row])),
    byDistrict,
    bySource,
    states: countStates(targets),
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
        row.state !== 'met' &&
        row.state !== 'missed',
    )
    .sort((a, b) => (a.target.deadline ?? '').localeCompare(b.target.deadline ?? ''))
    .slice(0, limit);
}
