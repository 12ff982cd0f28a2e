// Installs dependencies when node_modules is missing or does not match package-lock.json.
// Runs before `npm start` and `npm test`, so a fresh clone needs nothing but Node and npm.
// Node built-ins only: this runs before anything is installed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockPath = join(root, 'package-lock.json');
const stampPath = join(root, 'node_modules', '.deps-stamp');

function lockHash() {
  return createHash('sha256').update(readFileSync(lockPath)).digest('hex');
}

function upToDate() {
  if (!existsSync(stampPath)) return false;
  return readFileSync(stampPath, 'utf8').trim() === lockHash();
}

if (!existsSync(lockPath)) {
  console.error('package-lock.json is missing: cannot install reproducibly.');
  process.exit(1);
}

if (upToDate()) process.exit(0);

console.log(
  existsSync(join(root, 'node_modules'))
    ? 'Dependencies are out of date with package-lock.json; running npm ci…'
    : 'First run: installing dependencies with npm ci…',
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error(`npm ci failed (exit ${result.status ?? result.signal}).`);
  process.exit(result.status ?? 1);
}
writeFileSync(stampPath, `${lockHash()}\n`);
console.log('Dependencies installed.');
