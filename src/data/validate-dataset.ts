import type * as z from 'zod/mini';
import { fail, ok, type Result } from '@/lib/result';
import { datasetShapeSchema, type Dataset } from './schema';

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
  idsOf('targets', dataset.targets);
  idsOf('figures', dataset.figures);

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
    checkRefs('projects', i, project.sourceRefs);
  });
  for (const name of ['targets', 'figures'] as const) {
    dataset[name].forEach((row, i) => {
      if (!districts.has(row.districtId))
        unknown('district', row.districtId, `${name}[${i}].districtId`);
      row.projectIds.forEach((id, p) => {
        if (!projects.has(id)) unknown('project', id, `${name}[${i}].projectIds[${p}]`);
      });
      checkRefs(name, i, row.sourceRefs);
    });
  }
  return issues;
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

/** JSON text → validated dataset. */
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
  return validateDataset(json);
}
