import type * as z from 'zod/mini';
import { fail, ok, type Result } from '@/lib/result';
import { migrateDataset } from './migrate';
import { datasetShapeSchema, type Dataset, type Figure, type Target } from './schema';

/** One thing wrong with a dataset, at a JSON path such as `targets[3].deadline`. */
export type DatasetIssue = { path: string; message: string };

export type DatasetProblem =
  | { kind: 'syntax'; message: string }
  | { kind: 'validation'; issues: DatasetIssue[]; total: number };

/** How many issues a report lists; the rest are counted. */
const MAX_LISTED_ISSUES = 20;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || '(root)';
}

function zodIssues(error: z.core.$ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Ids that must be unique and references that must resolve, beyond what the shape says. */
export function integrityIssues(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const idsOf = <T extends { id: string }>(name: string, rows: readonly T[]) => {
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const first = seen.get(row.id);
      if (first !== undefined) {
        issues.push({
          path: `${name}[${index}].id`,
          message: `duplicate id "${row.id}" (first at ${name}[${first}])`,
        });
      } else seen.set(row.id, index);
    });
    return seen;
  };
  const sources = idsOf('sources', dataset.sources);
  const districts = idsOf('districts', dataset.districts);
  const projects = idsOf('projects', dataset.projects);
  const targets = idsOf('targets', dataset.targets);
  const figures = idsOf('figures', dataset.figures);
  idsOf('reports', dataset.reports);
  const batches = idsOf('batches', dataset.batches);

  // Each path is built only when its reference fails: at 100k records, building every path up
  // front cost more than the lookups themselves (docs/performance.md).
  const unknown = (what: string, id: string, path: string) =>
    issues.push({ path, message: `unknown ${what} "${id}"` });
  const checkRefs = (name: string, index: number, refs: readonly { sourceId: string }[]) =>
    refs.forEach(({ sourceId }, r) => {
      if (!sources.has(sourceId))
        unknown('source', sourceId, `${name}[${index}].sourceRefs[${r}].sourceId`);
    });

  dataset.sources.forEach((source, i) => {
    source.districtIds.forEach((id, d) => {
      if (!districts.has(id)) unknown('district', id, `sources[${i}].districtIds[${d}]`);
    });
    source.dateEvidenceRefs.forEach(({ sourceId }, r) => {
      if (!sources.has(sourceId))
        unknown('source', sourceId, `sources[${i}].dateEvidenceRefs[${r}].sourceId`);
    });
  });
  dataset.projects.forEach((project, i) => {
    if (!districts.has(project.districtId))
      unknown('district', project.districtId, `projects[${i}].districtId`);
    if (project.parentId !== undefined) {
      if (!projects.has(project.parentId))
        unknown('project', project.parentId, `projects[${i}].parentId`);
      else if (project.parentId === project.id)
        issues.push({ path: `projects[${i}].parentId`, message: 'a project is not its own part' });
    }
    checkRefs('projects', i, project.sourceRefs);
  });
  dataset.reports.forEach((report, i) => {
    if (report.targetId !== undefined && !targets.has(report.targetId))
      unknown('target', report.targetId, `reports[${i}].targetId`);
    if (report.projectId !== undefined && !projects.has(report.projectId))
      unknown('project', report.projectId, `reports[${i}].projectId`);
    if (!sources.has(report.sourceRef.sourceId))
      unknown('source', report.sourceRef.sourceId, `reports[${i}].sourceRef.sourceId`);
  });
  for (const name of ['targets', 'figures'] as const) {
    const own = name === 'targets' ? targets : figures;
    const rows: readonly (Target | Figure)[] = dataset[name];
    rows.forEach((row, i) => {
      if (!districts.has(row.districtId))
        unknown('district', row.districtId, `${name}[${i}].districtId`);
      row.projectIds.forEach((id, p) => {
        if (!projects.has(id)) unknown('project', id, `${name}[${i}].projectIds[${p}]`);
      });
      if (row.batchId !== undefined && !batches.has(row.batchId))
        unknown('batch', row.batchId, `${name}[${i}].batchId`);
      if (row.partOf !== undefined) {
        const whole = own.get(row.partOf);
        const path = `${name}[${i}].partOf`;
        if (whole === undefined) unknown(name.slice(0, -1), row.partOf, path);
        else partIssue(row, rows[whole]!, rows, path, issues);
      }
      checkRefs(name, i, row.sourceRefs);
    });
  }
  dataset.batches.forEach((batch, i) => {
    if (!districts.has(batch.districtId))
      unknown('district', batch.districtId, `batches[${i}].districtId`);
    batch.projectIds.forEach((id, p) => {
      if (!projects.has(id)) unknown('project', id, `batches[${i}].projectIds[${p}]`);
    });
    if (batch.parentId !== undefined) {
      if (!batches.has(batch.parentId)) unknown('batch', batch.parentId, `batches[${i}].parentId`);
      else if (partChain(batch, dataset.batches, (b) => b.parentId).cycle)
        issues.push({ path: `batches[${i}].parentId`, message: 'a batch is not its own subset' });
    }
    checkRefs('batches', i, batch.sourceRefs);
  });
  return issues;
}

/**
 * Follows `next` from a record to its whole, its whole's whole…: a cycle (a record that is,
 * through others, a part of itself) is reported rather than followed forever.
 */
function partChain<T extends { id: string }>(
  start: T,
  rows: readonly T[],
  next: (row: T) => string | undefined,
): { cycle: boolean } {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const seen = new Set<string>([start.id]);
  for (let id = next(start); id !== undefined;) {
    if (seen.has(id)) return { cycle: true };
    seen.add(id);
    const row = byId.get(id);
    id = row === undefined ? undefined : next(row);
  }
  return { cycle: false };
}

/**
 * A part (其中) says how much of its whole is something: it needs an amount in the whole's unit
 * and role, and it cannot be, through others, a part of itself.
 */
function partIssue(
  part: Target | Figure,
  whole: Target | Figure,
  rows: readonly (Target | Figure)[],
  path: string,
  issues: DatasetIssue[],
) {
  const message = (text: string) => issues.push({ path, message: text });
  if (partChain(part, rows, (row) => row.partOf).cycle)
    return message('a record is not a part of itself');
  const a = part.quantity;
  const b = whole.quantity;
  if (a === undefined || b === undefined)
    return message(`a part and its whole "${whole.id}" both need an amount`);
  if (a.normalizedUnit !== b.normalizedUnit || a.role !== b.role)
    message(
      `a part is in its whole's unit and role: ${a.normalizedUnit} ${a.role} is part of ${b.normalizedUnit} ${b.role} ("${whole.id}")`,
    );
}

/**
 * Shape first (zod's `safeParse`: trims, defaults, unknown keys dropped), then integrity: a
 * dataset either passes both or says every place it fails, each at its JSON path.
 */
export function validateDataset(input: unknown): Result<Dataset, DatasetProblem> {
  const parsed = datasetShapeSchema.safeParse(input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return fail({
      kind: 'validation',
      issues: issues.slice(0, MAX_LISTED_ISSUES),
      total: issues.length,
    });
  }
  const issues = integrityIssues(parsed.data);
  if (issues.length > 0) {
    return fail({
      kind: 'validation',
      issues: issues.slice(0, MAX_LISTED_ISSUES),
      total: issues.length,
    });
  }
  return ok(parsed.data);
}

/** JSON text → validated dataset (an older schema version migrated first: migrate.ts). */
export function parseDataset(text: string): Result<Dataset, DatasetProblem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail({
      kind: 'syntax',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  return validateDataset(migrateDataset(json));
}
