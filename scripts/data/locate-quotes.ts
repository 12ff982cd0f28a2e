// Records where each quote of public/data/dataset.json starts in its page (`at`: the offset in
// the page's text with all whitespace removed), the sentence's place and stable anchor on the
// source page. Reads pages from tests/archive/ first, then ../shared/articles/:
// `npx tsx scripts/data/locate-quotes.ts`, then prettier. A quote not found is reported and
// left without `at` (the provenance test fails on it anyway).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset, SourceRef } from '@/data/schema';
import { compactText } from '@/curation/provenance';

const root = resolve(import.meta.dirname, '../..');
const file = resolve(root, 'public/data/dataset.json');
const dirs = [resolve(root, 'tests/archive'), resolve(root, '../shared/articles')];

const pages = new Map<string, string | undefined>();
function page(sourceId: string): string | undefined {
  if (!pages.has(sourceId)) {
    const found = dirs.map((dir) => resolve(dir, `${sourceId}.txt`)).find((f) => existsSync(f));
    pages.set(sourceId, found ? compactText(readFileSync(found, 'utf8')) : undefined);
  }
  return pages.get(sourceId);
}

const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
let located = 0;
const missing: string[] = [];
const locate = (ref: SourceRef, where: string) => {
  const text = page(ref.sourceId);
  const at = text?.indexOf(compactText(ref.quote)) ?? -1;
  if (at < 0) missing.push(`${where}: ${ref.quote}`);
  else {
    ref.at = at;
    located += 1;
  }
};
for (const source of dataset.sources)
  source.dateEvidenceRefs.forEach((ref, i) => locate(ref, `sources ${source.id} [${i}]`));
for (const kind of ['projects', 'targets', 'figures', 'batches'] as const)
  for (const row of dataset[kind])
    row.sourceRefs.forEach((ref, i) => locate(ref, `${kind} ${row.id} [${i}]`));
for (const report of dataset.reports) locate(report.sourceRef, `reports ${report.id}`);

writeFileSync(file, `${JSON.stringify(dataset, null, 2)}\n`);
console.log(`located ${located} quotes; ${missing.length} not found`);
for (const line of missing) console.log(`  not found: ${line}`);
process.exit(missing.length ? 1 : 0);
