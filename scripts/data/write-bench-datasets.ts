// Writes the benchmark's synthetic dataset (seeded, the same on every machine) as
// <folder>/<size>.json: `tsx scripts/data/write-bench-datasets.ts <folder> 10k`. It is
// validated with the app's own rules first, so the benchmark never measures an error screen.
// scripts/bench.mjs runs this when the file is missing or older than the generator.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '@/data/validate-dataset';
import {
  DEFAULT_SEED,
  generateSyntheticDataset,
  SYNTHETIC_SIZES,
  type SyntheticSize,
} from '../../tests/fixtures/synthetic-dataset';

const [folder, ...sizes] = process.argv.slice(2);
if (!folder || sizes.length === 0) {
  console.error('usage: tsx scripts/data/write-bench-datasets.ts <folder> <size>… (10k)');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
for (const size of sizes) {
  if (!(size in SYNTHETIC_SIZES)) {
    console.error(`unknown size ${size}; known: ${Object.keys(SYNTHETIC_SIZES).join(', ')}`);
    process.exit(2);
  }
  const dataset = generateSyntheticDataset({
    records: SYNTHETIC_SIZES[size as SyntheticSize],
    seed: DEFAULT_SEED,
  });
  const json = JSON.stringify(dataset);
  const result = validateDataset(structuredClone(dataset));
  if (!result.ok) {
    console.error(`${size}: the generated dataset is invalid`, result.reason);
    process.exit(1);
  }
  writeFileSync(join(folder, `${size}.json`), json);
  console.log(`  ${size}: ${json.length.toLocaleString('en')} characters → ${folder}/${size}.json`);
}
