// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run curate` as a reader runs it: a process of its own, so nothing the unit tests' setup
 * loads (zod's English messages) helps it, and its files are real ones on disk.
 */

let dir;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'curate-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function curate(...args) {
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/curate.ts', ...args],
    {
      encoding: 'utf8',
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run curate', () => {
  it('names the schema rule a dataset breaks, as the browser does, not "Invalid input"', () => {
    const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
    dataset.targets[0].statementZh = '长'.repeat(4_001);
    const path = join(dir, 'long.json');
    writeFileSync(path, JSON.stringify(dataset));
    const outcome = curate('check', path);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      'targets[0].statementZh: Too big: expected string to have <=4000 characters\n',
    );
  });

  it('refuses a file over the limit by its size, before reading it', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    // A sparse file: 200 MB that take no disk, and no memory unless something reads them.
    truncateSync(path, 200_000_000);
    const outcome = curate('check', path);
    expect(outcome).toMatchObject({ code: 1, stdout: '' });
    expect(outcome.stderr).toBe(
      `${path} is 200 MB; the limit for this file is 150 MB (150,000,000 bytes)\n`,
    );
  });
});
