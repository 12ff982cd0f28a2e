import './zod-config';
import * as z from 'zod/mini';

/**
 * The dataset's single source of truth. Types are inferred from it; the JSON Schema in
 * public/data/dataset.schema.json is exported from it (a test fails when that file is stale).
 * Field meanings and curation rules: docs/data.md.
 */

export const SCHEMA_VERSION = 1;

/** Limits keep a hostile or broken file from exhausting the tab; reasons in docs/security.md. */
export const LIMITS = {
  idLength: 120,
  textLength: 4_000,
  quoteLength: 80,
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
});

export const dateCertaintySchema = z.enum(['exact', 'inferred']);

export const sourceSchema = z.object({
  id: idSchema,
  headlinesZh: z.array(text).check(z.minLength(1)),
  headlinesEn: z.array(text).check(z.minLength(1)),
  /** The page's publication date. When inferred it is the earliest date the page allows. */
  publishedOn: isoDateSchema,
  dateCertainty: dateCertaintySchema,
  /** Why this date and year (English), citing what the page says. */
  dateEvidence: text,
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
  period: periodSchema,
  projectIds: z._default(z.array(idSchema).check(z.maxLength(LIMITS.refsPerRecord)), []),
  status: z._default(targetStatusSchema, 'not-rated'),
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
  sourceRefs,
});

const collection = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.recordsPerCollection));

export const datasetShapeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: collection(sourceSchema),
  districts: collection(districtSchema),
  projects: collection(projectSchema),
  targets: collection(targetSchema),
  figures: collection(figureSchema),
});

export type Quantity = z.infer<typeof quantitySchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type NormalizedUnit = z.infer<typeof normalizedUnitSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type District = z.infer<typeof districtSchema>;
export type DistrictKind = z.infer<typeof districtKindSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectCategory = z.infer<typeof projectCategorySchema>;
export type ProjectStage = z.infer<typeof projectStageSchema>;
export type Target = z.infer<typeof targetSchema>;
export type TargetStatus = z.infer<typeof targetStatusSchema>;
export type TargetFirmness = z.infer<typeof targetFirmnessSchema>;
export type Figure = z.infer<typeof figureSchema>;
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
      'Projects, targets and figures that Zhengzhou districts stated in five newspaper pages, each quoting its source. Curation rules: docs/data.md.',
  });
  metadata.add(sourceRefSchema, {
    id: 'SourceRef',
    description:
      'A verbatim span of an article (at most 80 characters) that states the fact; found in the article once all whitespace is removed from both.',
  });
  metadata.add(quantitySchema, {
    id: 'Quantity',
    description:
      'A stated number: value and unit as printed, the number in a normalized unit (CNY, %, count…), and the approximation word (以上, 余, 约…) with its meaning.',
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
  metadata.add(figureSchema, {
    id: 'Figure',
    description: 'A stated result or count (an economic result, money, people, cases…).',
  });
  return z.toJSONSchema(datasetShapeSchema, { io: 'input', metadata }) as Record<string, unknown>;
}
