// Brings public/data/dataset.json to the current schema with the app's own migration
// (src/data/migrate.ts), validates it with the app's rules and writes it back in the file's
// two-space format (run prettier on it after): `npx tsx scripts/data/upgrade-dataset.ts`. Exits 1, naming the JSON path of
// the first problem, when the result does not validate; the file is then left as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { migrateDataset, stageToReport } from '@/data/migrate';
import { validateDataset } from '@/data/validate-dataset';

const file = new URL('../../public/data/dataset.json', import.meta.url);
const migrated = migrateDataset(JSON.parse(readFileSync(file, 'utf8'))) as Record<
  string,
  unknown
> & {
  sources: { id: string; publishedOn: string }[];
  projects: Record<string, unknown>[];
  reports: Record<string, unknown>[];
};
// Stages stated with a project become reports too (no status without a report as evidence).
const dates = new Map(migrated.sources.map((source) => [source.id, source.publishedOn]));
migrated.projects = migrated.projects.map((project) =>
  stageToReport(project, dates, migrated.reports),
);
const result = validateDataset(structuredClone(migrated));
if (!result.ok) {
  const problem = result.reason;
  console.error(
    problem.kind === 'syntax'
      ? problem.message
      : problem.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'),
  );
  process.exit(1);
}
writeFileSync(file, `${JSON.stringify(migrated, null, 2)}\n`);
console.log(`upgraded ${file.pathname} to schema version ${result.data.schemaVersion}`);
