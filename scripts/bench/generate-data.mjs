// The benchmark's datasets, written by scripts/data/write-bench-datasets.ts (the generator is
// TypeScript: tests/fixtures/synthetic-dataset.ts). Files are rewritten when missing or older
// than the generator or the schema.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = '.bench/data';
const INPUTS = [
  'tests/fixtures/synthetic-dataset.ts',
  'src/data/schema.ts',
  'scripts/data/write-bench-datasets.ts',
];

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

export function ensureDatasets(sizes, { dir = DATA_DIR, force = false, log = console.log } = {}) {
  const newestInput = Math.max(...INPUTS.map(mtime));
  const stale = sizes.filter((size) => force || mtime(join(dir, `${size}.json`)) < newestInput);
  if (stale.length === 0) {
    log(`  datasets up to date in ${dir}`);
    return;
  }
  log(`  generating ${stale.join(', ')} into ${dir}`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const run = spawnSync(npx, ['tsx', 'scripts/data/write-bench-datasets.ts', dir, ...stale], {
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('generating the datasets failed (see above)');
  for (const size of sizes) {
    if (!existsSync(join(dir, `${size}.json`)))
      throw new Error(`${dir}/${size}.json was not written`);
  }
}

/** Puts the datasets where the built app can fetch them: <outDir>/bench-data/<size>.json. */
export function publishDatasets(sizes, outDir, { dir = DATA_DIR } = {}) {
  const target = join(outDir, 'bench-data');
  mkdirSync(target, { recursive: true });
  for (const size of sizes) copyFileSync(join(dir, `${size}.json`), join(target, `${size}.json`));
  return '/bench-data';
}
