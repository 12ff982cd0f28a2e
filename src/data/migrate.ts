import { SCHEMA_VERSION } from './schema';

/**
 * Older dataset files, brought to the current schema before validation, so a version 1 file
 * (a link through `?data=`, an old export) still loads. Works on the parsed JSON as it comes:
 * what it cannot read it leaves as it is, and validation then says what is wrong and where.
 *
 * v1 → v2: a target's own `status` (anything but "not-rated") becomes a report on that target,
 * and a project's stated `stage` (anything but "unstated") a report on that project, each dated
 * on the page of the record's first quote and citing that quote; the record itself keeps no
 * status. `reports` starts from those.
 *
 * v2 → v3: every quantity gets its role (docs/data.md, "Roles of amounts"), read from where it
 * stands, because a v2 file has no other word for it: a project's investment is its lifetime
 * total; a target's amount is a plan, or a measure when it is a rate (%); a figure is a measure
 * when it is a rate, else a total when its indicator names a 总投资, a plan when its basis is
 * planned, and done when actual. A curator corrects what the guess gets wrong (a count of
 * things that exist is `count`). `batches` starts empty.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstRef(record: Json): Json | undefined {
  const refs = record.sourceRefs;
  return Array.isArray(refs) && isObject(refs[0]) ? refs[0] : undefined;
}

export function migrateV1(v1: Json): Json {
  const dates = new Map<unknown, unknown>();
  if (Array.isArray(v1.sources))
    for (const source of v1.sources) if (isObject(source)) dates.set(source.id, source.publishedOn);

  const reports: Json[] = [];
  const targets = Array.isArray(v1.targets)
    ? v1.targets.map((target) => {
        if (!isObject(target) || !('status' in target)) return target;
        const { status, ...rest } = target;
        const ref = firstRef(target);
        if (status !== 'not-rated' && status !== undefined && ref) {
          reports.push({
            id: `${String(target.id)}-status`,
            targetId: target.id,
            status,
            date: dates.get(ref.sourceId),
            sourceRef: ref,
          });
        }
        return rest;
      })
    : v1.targets;
  const projects = Array.isArray(v1.projects)
    ? v1.projects.map((project) =>
        isObject(project) ? stageToReport(project, dates, reports) : project,
      )
    : v1.projects;
  return { ...v1, schemaVersion: 2, projects, targets, reports };
}

/**
 * A project's stage as its page states it becomes a report on the project, dated on that page
 * and citing the project's first quote; the project keeps `unstated`. Exported for the upgrade
 * of files already at version 2 that still carry stated stages (scripts/data/upgrade-dataset.ts).
 */
export function stageToReport(
  project: Json,
  dates: ReadonlyMap<unknown, unknown>,
  reports: Json[],
): Json {
  const ref = firstRef(project);
  if (project.stage === 'unstated' || project.stage === undefined || !ref) return project;
  reports.push({
    id: `${String(project.id)}-stage`,
    projectId: project.id,
    stage: project.stage,
    date: dates.get(ref.sourceId),
    sourceRef: ref,
  });
  return { ...project, stage: 'unstated' };
}

type Role = 'total' | 'plan' | 'done' | 'count' | 'measure';

function withRole(quantity: unknown, role: Role): unknown {
  if (!isObject(quantity) || 'role' in quantity) return quantity;
  return { ...quantity, role: quantity.normalizedUnit === '%' ? 'measure' : role };
}

function mapRecords(records: unknown, map: (record: Json) => Json): unknown {
  return Array.isArray(records)
    ? records.map((record) => (isObject(record) ? map(record) : record))
    : records;
}

const withQuantity = (record: Json, key: string, role: Role): Json =>
  key in record ? { ...record, [key]: withRole(record[key], role) } : record;

function figureRole(figure: Json): Role {
  if (typeof figure.indicatorZh === 'string' && figure.indicatorZh.includes('总投资'))
    return 'total';
  return figure.basis === 'planned' ? 'plan' : 'done';
}

export function migrateV2(v2: Json): Json {
  return {
    ...v2,
    schemaVersion: 3,
    batches: Array.isArray(v2.batches) ? v2.batches : [],
    projects: mapRecords(v2.projects, (project) => withQuantity(project, 'investment', 'total')),
    targets: mapRecords(v2.targets, (target) => withQuantity(target, 'quantity', 'plan')),
    figures: mapRecords(v2.figures, (figure) =>
      withQuantity(figure, 'quantity', figureRole(figure)),
    ),
  };
}

const MIGRATIONS: Record<number, (data: Json) => Json> = { 1: migrateV1, 2: migrateV2 };

/** The dataset brought to the current schema version; anything else is returned unchanged. */
export function migrateDataset(data: unknown): unknown {
  let current = data;
  while (isObject(current) && typeof current.schemaVersion === 'number') {
    const version = current.schemaVersion;
    if (version >= SCHEMA_VERSION) break;
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    current = migrate(current);
  }
  return current;
}
