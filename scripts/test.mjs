// `npm test`: every check the project has, in the order that fails fastest.
// With CI=true nothing may be skipped: a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const isCI = /^(1|true)$/i.test(process.env.CI ?? '');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const node = process.execPath;

/**
 * keepGoing: a failure fails the run but the next steps still run, so an over-budget bundle
 * does not hide what the browser tests say.
 * @type {{ name: string, cmd: string, args: string[], needsBrowser?: boolean, keepGoing?: boolean }[]}
 */
const steps = [
  { name: 'typecheck', cmd: npx, args: ['tsc', '-p', 'tsconfig.json'] },
  {
    name: 'lint',
    cmd: npx,
    args: ['eslint', '-c', 'scripts/eslint.config.js', '.', '--max-warnings', '0'],
  },
  { name: 'format', cmd: npx, args: ['prettier', '--check', '.', '--log-level', 'warn'] },
  { name: 'unit and component tests', cmd: npx, args: ['vitest', 'run'] },
  { name: 'build', cmd: npx, args: ['vite', 'build', '--logLevel', 'warn'] },
  {
    name: 'bundle budgets',
    cmd: node,
    args: ['scripts/budgets.mjs'],
    needsBrowser: true,
    keepGoing: true,
  },
  {
    name: 'browser tests (Chromium)',
    cmd: npx,
    args: ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'],
    needsBrowser: true,
  },
  {
    name: 'Lighthouse',
    cmd: node,
    args: ['scripts/lighthouse.mjs'],
    needsBrowser: true,
  },
];

const only = process.argv.slice(2);
const chromium = findChromium();
const results = [];
let failed = false;

for (const step of steps) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  if (step.needsBrowser && !chromium) {
    const message = [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! ${step.name}: NO CHROMIUM FOUND — these tests did NOT run.`,
      '!! Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk)',
      '!! or point CHROME_PATH at a Chrome/Chromium binary, then run npm test again.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n');
    console.error(message);
    if (isCI) {
      results.push({ name: step.name, status: 'FAILED (no Chromium, CI=true)', seconds: 0 });
      failed = true;
      break;
    }
    results.push({ name: step.name, status: 'SKIPPED (no Chromium)', seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium } : {}) },
  });
  const seconds = (Date.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({
    name: step.name,
    status: ok ? 'passed' : `FAILED (exit ${run.status ?? run.signal})`,
    seconds,
  });
  if (!ok) {
    failed = true;
    if (!step.keepGoing) break;
  }
}

console.log('\nSummary');
for (const { name, status, seconds } of results) {
  console.log(`  ${status.padEnd(32)} ${name} (${seconds.toFixed(1)} s)`);
}
process.exit(failed ? 1 : 0);
