import './zod-config';
import * as z from 'zod/mini';

/**
 * The dataset's single source of truth. Types are inferred from it; the JSON Schema in
 * public/data/dataset.schema.json is exported from it (a test fails when that file is stale).
 * Field meanings and curation rules: docs/data.md.
 */

/**
 * Version 3 gives every quantity its role (a lifetime total, a period's plan, done so far, a
 * count, a measure), lets a target or figure be part of another (其中, `partOf`), adds batches
 * of projects (集中开工第N批, 年度重点项目), progress on reports (done so far or a percent of
 * plan, through a date), the short names of districts (`aliasesZh`), figures that run through
 * a date (1–N月), pages without a headline, dates given by the curator, and quotes up to a
 * whole sentence. Version 2 added status reports as records (`reports`), the parts of umbrella
 * projects (`parentId`) and figure series (`seriesId`), and dropped a target's own `status`.
 * Versions 1 and 2 still load (migrate.ts).
 */
export const SCHEMA_VERSION = 3;

/** Limits keep a hostile or broken file from exhausting the tab; reasons in docs/security.md. */
export const LIMITS = {
  idLength: 120,
  textLength: 4_000,
  quoteLength: 300,
  recordsPerCollection: 250_000,
  refsPerRecord: 50,
} as const;

const text = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(LIMITS.textLength));
const optionalText = z.optional(text);

export const idSchema = z
  .string()
  .check(
    z.maxLength(LIMITS.idLength),
    z.regex(
      /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/,
      'must be a lowercase slug or a code (a-z, 0-9, - and _)',
    ),
  );

/** A real calendar date written YYYY-MM-DD (2023-02-30 is rejected). */
export const isoDateSchema = z.iso.date({ error: 'expected an ISO date (YYYY-MM-DD)' });

/**
 * A period a target or figure belongs to: a year (2024), a quarter (2021-Q1),
 * a half (2021-H1) or a month (2024-03).
 */
export const periodSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(?:-(?:Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/,
      'expected a period: YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM',
    ),
  );

export const sourceRefSchema = z.object({
  sourceId: idSchema,
  /** The shortest verbatim span of the article that states the fact. */
  quote: text.check(
    z.maxLength(LIMITS.quoteLength, `a quote is at most ${LIMITS.quoteLength} characters`),
  ),
  /**
   * Where the quote starts in its page's text with all whitespace removed (a character offset):
   * the sentence's place on the page, and its stable anchor (`/sources/<id>#q-<at>`).
   */
  at: z.optional(z.int().check(z.minimum(0))),
});

const sourceRefs = z
  .array(sourceRefSchema)
  .check(
    z.minLength(1, 'every record cites at least one source'),
    z.maxLength(LIMITS.refsPerRecord),
  );

/**
 * How a stated number relates to the truth: 以上 → at-least; 余/多/逾/突破/超 → more-than;
 * 约 → about; 近 → nearly; no word → exactly. The original word is kept in `qualifierZh`.
 */
export const comparatorSchema = z.enum([
  'exactly',
  'at-least',
  'more-than',
  'about',
  'nearly',
  'at-most',
]);

/** What a normalized number counts: money in CNY, percentages, plain counts, lengths, areas. */
export const normalizedUnitSchema = z.enum([
  'CNY',
  '%',
  'count',
  'km',
  'm',
  'mu',
  'hours',
  'days',
  'years',
]);

/**
 * What an amount is, so that amounts of different roles are never added (docs/data.md):
 * - total: a lifetime total (a project's or a batch's 总投资; a site's whole area);
 * - plan: planned for a period (年度计划投资; a target's amount);
 * - done: achieved so far, through a date (完成投资; a period's result);
 * - count: how many there are (projects in a batch, grid workers, working groups);
 * - measure: a size, a duration or a rate that is none of the above (a road's width, 增长8%).
 */
export const quantityRoleSchema = z.enum(['total', 'plan', 'done', 'count', 'measure']);

export const quantitySchema = z.object({
  /** The number as printed, in the printed unit (60 for 60亿元). */
  value: z.number(),
  /** The printed unit (亿元, 万元, 个, 户, %, 公里…). */
  unit: text.check(z.maxLength(20)),
  /** The number in the normalized unit (6e9 for 60亿元). Sums use this. */
  normalized: z.number(),
  normalizedUnit: normalizedUnitSchema,
  comparator: comparatorSchema,
  /** The approximation word as printed (余, 多, 逾, 约, 以上, 突破), when there is one. */
  qualifierZh: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(10))),
  role: quantityRoleSchema,
});

/**
 * How a page's date is known: printed on it (exact), worked out from what it says (inferred),
 * or given by the curator from outside the text, such as the paper's edition (given).
 */
export const dateCertaintySchema = z.enum(['exact', 'inferred', 'given']);

export const sourceSchema = z.object({
  id: idSchema,
  /** The page's headlines; a page may have none (a continued page, a photo page). */
  headlinesZh: z._default(z.array(text).check(z.maxLength(LIMITS.refsPerRecord)), []),
  headlinesEn: z._default(z.array(text).check(z.maxLength(LIMITS.refsPerRecord)), []),
  /** The page's publication date. When inferred it is the earliest date the page allows. */
  publishedOn: isoDateSchema,
  dateCertainty: dateCertaintySchema,
  /** Why this date and year (English), citing what the page says. */
  dateEvidence: text,
  /** The same reasoning in Chinese, for the Chinese pages (docs/data.md, "Notes in both languages"). */
  dateEvidenceZh: optionalText,
  /** Verbatim spans that carry the dating evidence. */
  dateEvidenceRefs: z._default(
    z.array(sourceRefSchema).check(z.maxLength(LIMITS.refsPerRecord)),
    [],
  ),
  districtIds: z.array(idSchema),
  summaryZh: optionalText,
  summaryEn: optionalText,
  /** Where the page can be read (http or https), when it is online. */
  url: z.optional(
    z
      .string()
      .check(
        z.maxLength(LIMITS.textLength),
        z.regex(/^https?:\/\/\S+$/, 'expected an http or https address'),
      ),
  ),
  /**
   * SHA-256 (hex) of the page's archived text file, byte for byte: a later edit of the archive
   * is caught by the provenance test (docs/curation.md).
   */
  textSha256: z.optional(
    z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lowercase hex')),
  ),
});

export const districtKindSchema = z.enum([
  'district',
  'county',
  'county-level-city',
  'development-zone',
  'city',
]);

export const districtSchema = z.object({
  /** GB/T 2260 code where one exists (中原区 = 410102), else a stable slug. */
  id: idSchema,
  nameZh: text,
  nameEn: text,
  kind: districtKindSchema,
  /** The GB/T 2260 code when `id` is a slug but a code exists (the city: 410100). */
  gbCode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  /** Other names papers use for it (管城区 and 管城 for 管城回族区; 经开区 for the zone). */
  aliasesZh: z._default(
    z
      .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))
      .check(z.maxLength(LIMITS.refsPerRecord)),
    [],
  ),
});

/** A small taxonomy of what a project is; documented in docs/data.md. */
export const projectCategorySchema = z.enum([
  'industrial-park',
  'industry',
  'innovation',
  'housing-rescue',
  'resettlement-housing',
  'urban-renewal',
  'road',
  'green-space',
  'heritage-culture',
  'transport-logistics',
  'public-service',
  'water-flood-control',
  'agreement',
  'sports-events',
  'governance',
  'real-estate',
  'commerce',
  'municipal-utilities',
]);

/**
 * The stage the page states; `inspected` when a page only reports a visit; `unstated` when a
 * page names a project (as part of a list or a plan) without saying where it stands.
 */
export const projectStageSchema = z.enum([
  'planned',
  'preparing',
  'under-construction',
  'resumed',
  'completed',
  'in-operation',
  'signed',
  'resolved',
  'inspected',
  'selected',
  'unveiled',
  'unstated',
]);

export const projectSchema = z.object({
  id: idSchema,
  nameZh: text,
  nameEn: text,
  districtId: idSchema,
  category: projectCategorySchema,
  stage: projectStageSchema,
  investment: z.optional(quantitySchema),
  descriptionZh: optionalText,
  descriptionEn: optionalText,
  /** Where it is, as the page says (南三环与鹏程大道交会处). */
  locationZh: optionalText,
  locationEn: optionalText,
  /** The umbrella project or area this one is part of (书院街 → 商代都城遗址核心板块). */
  parentId: z.optional(idSchema),
  sourceRefs,
});

/** Reported status of a target; the default is "not yet rated". docs/tracking.md. */
export const targetStatusSchema = z.enum([
  'not-rated',
  'in-progress',
  'achieved',
  'partly-achieved',
  'not-achieved',
  'stalled',
  'unverifiable',
]);

/** How firmly the page states a target: 确保/要 → commitment, 力争/争取 → aim, 计划/将 → plan. */
export const targetFirmnessSchema = z.enum(['commitment', 'aim', 'plan']);

export const targetSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  statementZh: text,
  statementEn: text,
  /** What is measured, as a short slug (investment, completion, roads-opened…). */
  metric: idSchema,
  quantity: z.optional(quantitySchema),
  firmness: targetFirmnessSchema,
  /** End of the stated period, YYYY-MM-DD; null when the page gives no deadline. */
  deadline: z.nullable(isoDateSchema),
  /** The deadline as printed (3月底前, 一季度, 上半年). */
  deadlineText: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
  /** Why the deadline's year (or date) is what it is, when it is not printed. */
  deadlineNote: optionalText,
  /** The same note in Chinese; present whenever `deadlineNote` is (a test checks the bundled data). */
  deadlineNoteZh: optionalText,
  period: periodSchema,
  projectIds: z._default(z.array(idSchema).check(z.maxLength(LIMITS.refsPerRecord)), []),
  /** The target whose amount this one is part of (其中): never added to it. */
  partOf: z.optional(idSchema),
  /** The batch of projects the target is about (its plan, its count). */
  batchId: z.optional(idSchema),
  sourceRefs,
});

export const figureBasisSchema = z.enum(['actual', 'planned']);

export const figureSchema = z.object({
  id: idSchema,
  districtId: idSchema,
  indicatorZh: text,
  indicatorEn: text,
  quantity: quantitySchema,
  period: periodSchema,
  /** Year-on-year growth in percent, when stated (8.1 for 增长8.1%). */
  growthPercent: z.optional(z.number()),
  basis: figureBasisSchema,
  /** What the number covers and anything inferred about it (a period read from 去年…). */
  descriptionZh: optionalText,
  descriptionEn: optionalText,
  projectIds: z._default(z.array(idSchema).check(z.maxLength(LIMITS.refsPerRecord)), []),
  /** The series the figure belongs to: one indicator of one district over periods and pages. */
  seriesId: z.optional(idSchema),
  /**
   * The last day a cumulative figure counts (1–10月 → YYYY-10-31): with `period`, it says how
   * much of the period the figure covers. Absent when the figure covers its whole period.
   */
  through: z.optional(isoDateSchema),
  /** The figure whose amount this one is part of (其中): never added to it. */
  partOf: z.optional(idSchema),
  /** The batch of projects the figure is about. */
  batchId: z.optional(idSchema),
  sourceRefs,
});

/**
 * What kind of batch: projects that break ground together (集中开工), a year's key or major
 * projects (年度重点项目), projects signed together (集中签约), completed or put into production
 * together (集中竣工/投产), or another named group.
 */
export const batchKindSchema = z.enum([
  'groundbreaking',
  'key-projects',
  'signing',
  'completion',
  'other',
]);

const quantityOf = (role: QuantityRole) =>
  quantitySchema.check(
    z.refine((quantity) => quantity.role === role, `expected a quantity with the role "${role}"`),
  );

/**
 * A named batch of projects (第N批集中开工, 2024年重点项目): its date, period, how many projects,
 * their lifetime total, the period's planned investment, its member projects and its subsets
 * (其中 N个省市重点项目, or a district's share of a city-wide batch: a batch whose `parentId`
 * names the whole).
 */
export const batchSchema = z.object({
  id: idSchema,
  /** The district, or the city (a district of kind `city`) for a city-wide batch. */
  districtId: idSchema,
  nameZh: text,
  nameEn: text,
  kind: batchKindSchema,
  /** 第N批 (the N-th batch of its year), when printed. */
  ordinal: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  /** The event's day (the ground-breaking), when the page dates it. */
  date: z.optional(isoDateSchema),
  period: periodSchema,
  count: z.optional(quantityOf('count')),
  total: z.optional(quantityOf('total')),
  plan: z.optional(quantityOf('plan')),
  /** The batch this one is a subset or a district's share of (其中). */
  parentId: z.optional(idSchema),
  /** The member projects the page names (often fewer than `count`). */
  projectIds: z._default(z.array(idSchema).check(z.maxLength(LIMITS.recordsPerCollection)), []),
  descriptionZh: optionalText,
  descriptionEn: optionalText,
  sourceRefs,
});

/** What a report can say of a target: any status but "not yet rated" (the absence of one). */
export const reportedStatusSchema = z.enum(
  targetStatusSchema.options.filter(
    (status): status is Exclude<TargetStatus, 'not-rated'> => status !== 'not-rated',
  ),
);

/** What a report can say of a project: any stage but "unstated". */
export const reportedStageSchema = z.enum(
  projectStageSchema.options.filter(
    (stage): stage is Exclude<ProjectStage, 'unstated'> => stage !== 'unstated',
  ),
);

/**
 * A status report: what a page says about a target (its status) or a project (its stage) at a
 * date, with the sentence that says it. A target's status and a project's stage on any day are
 * those of the latest report dated on or before it (or of the reader's follow-ups): no status
 * without evidence. docs/data.md says what counts as a report.
 */
/**
 * How far along a target is, as a report or a follow-up states it: the amount done so far (in
 * the target's unit, role `done`) or done as a percent of the plan, and the last day it counts
 * (1–N月 → the end of month N; else the report's day).
 */
export const progressSchema = z
  .object({
    done: z.optional(quantityOf('done')),
    percentOfPlan: z.optional(z.number().check(z.minimum(0), z.maximum(100_000))),
    through: isoDateSchema,
  })
  .check(
    z.refine(
      (progress) => (progress.done === undefined) !== (progress.percentOfPlan === undefined),
      'progress states the amount done or the percent of plan (exactly one of the two)',
    ),
  );

export const reportSchema = z
  .object({
    id: idSchema,
    /** The target reported on; or */
    targetId: z.optional(idSchema),
    /** the project reported on (exactly one of the two). */
    projectId: z.optional(idSchema),
    /** A target's status, for a report on a target. */
    status: z.optional(reportedStatusSchema),
    /** A project's stage, for a report on a project. */
    stage: z.optional(reportedStageSchema),
    /** The day the report speaks of: the event's day when the page dates it, else the page's. */
    date: isoDateSchema,
    /** How far along the target is, for a report on a target that states it. */
    progress: z.optional(progressSchema),
    sourceRef: sourceRefSchema,
    noteZh: optionalText,
    noteEn: optionalText,
  })
  .check(
    z.refine(
      (report) =>
        report.targetId !== undefined
          ? report.projectId === undefined && report.status !== undefined && !report.stage
          : report.projectId !== undefined && report.stage !== undefined && !report.status,
      'a report names a target with a status, or a project with a stage',
    ),
    z.refine(
      (report) => report.progress === undefined || report.targetId !== undefined,
      'only a report on a target states progress',
    ),
  );

const collection = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.recordsPerCollection));

export const datasetShapeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: collection(sourceSchema),
  districts: collection(districtSchema),
  projects: collection(projectSchema),
  targets: collection(targetSchema),
  figures: collection(figureSchema),
  reports: collection(reportSchema),
  batches: collection(batchSchema),
});

export type Quantity = z.infer<typeof quantitySchema>;
export type QuantityRole = z.infer<typeof quantityRoleSchema>;
export type Batch = z.infer<typeof batchSchema>;
export type BatchKind = z.infer<typeof batchKindSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type NormalizedUnit = z.infer<typeof normalizedUnitSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DateCertainty = z.infer<typeof dateCertaintySchema>;
export type District = z.infer<typeof districtSchema>;
export type DistrictKind = z.infer<typeof districtKindSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectCategory = z.infer<typeof projectCategorySchema>;
export type ProjectStage = z.infer<typeof projectStageSchema>;
export type Target = z.infer<typeof targetSchema>;
export type TargetStatus = z.infer<typeof targetStatusSchema>;
export type TargetFirmness = z.infer<typeof targetFirmnessSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ReportedStatus = z.infer<typeof reportedStatusSchema>;
export type ReportedStage = z.infer<typeof reportedStageSchema>;
export type Dataset = z.infer<typeof datasetShapeSchema>;

/**
 * The dataset file's JSON Schema, for tools outside this app (public/data/dataset.schema.json;
 * `npm run schema` rewrites it, and a test fails while it is stale). It describes the file as
 * written — the parser's input — so fields with defaults (status, projectIds…) are optional.
 * Differences from the zod check: JSON Schema cannot say "not only whitespace", that dates must
 * be real calendar days beyond the pattern, or that ids and references resolve.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; title?: string; description?: string }>();
  metadata.add(datasetShapeSchema, {
    title: 'Zhengzhou district pledges dataset',
    description:
      'Projects, targets and figures that Zhengzhou districts stated in newspaper pages, each quoting its source. Curation rules: docs/data.md.',
  });
  metadata.add(sourceRefSchema, {
    id: 'SourceRef',
    description:
      'A verbatim span of an article (at most 300 characters: a clause or a whole sentence) that states the fact; found in the article once all whitespace is removed from both.',
  });
  metadata.add(quantitySchema, {
    id: 'Quantity',
    description:
      'A stated number: value and unit as printed, the number in a normalized unit (CNY, %, count…), the approximation word (以上, 余, 约…) with its meaning, and its role (total, plan, done, count, measure).',
  });
  metadata.add(sourceSchema, {
    id: 'Source',
    description: 'One newspaper page; id = its file name without .txt.',
  });
  metadata.add(districtSchema, {
    id: 'District',
    description: 'A district, county, county-level city, development zone or the city itself.',
  });
  metadata.add(projectSchema, {
    id: 'Project',
    description: 'A named project, site or agreement.',
  });
  metadata.add(targetSchema, {
    id: 'Target',
    description: 'A promise, with its deadline as printed and as an ISO date.',
  });
  metadata.add(reportSchema, {
    id: 'Report',
    description:
      'What a page says about a target (status) or a project (stage) at a date, with the sentence that says it.',
  });
  metadata.add(batchSchema, {
    id: 'Batch',
    description:
      'A named batch of projects (集中开工第N批, 年度重点项目): count, lifetime total, the period’s plan, members and subsets.',
  });
  metadata.add(progressSchema, {
    id: 'Progress',
    description:
      'How far along a target is: the amount done so far (role done) or the percent of plan, through a date.',
  });
  metadata.add(figureSchema, {
    id: 'Figure',
    description: 'A stated result or count (an economic result, money, people, cases…).',
  });
  return z.toJSONSchema(datasetShapeSchema, { io: 'input', metadata }) as Record<string, unknown>;
}
