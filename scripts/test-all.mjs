// @ts-check
// Runs every gate and suite: format, lint, types, unit and component tests, store zips and
// their manifests, web-ext lint, bundle budgets, end-to-end in Chromium and in Firefox. It ends
// with one plain "N passed, M failed" line that sums them all; a gate counts as one test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

import { findChromium } from './chromium.mjs';

const outDir = process.env.TEST_OUTPUT_DIR ?? 'test-output';
const buildDir = process.env.WXT_OUT_DIR ?? '.output';
mkdirSync(outDir, { recursive: true });

/** @param {string} command @param {string[]} args @param {Record<string, string>} [env] */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

  return result.status === 0;
}

/** @param {string} title @param {boolean} ok */
function gate(title, ok) {
  console.log(`${ok ? '✔' : '✖'} gate: ${title}`);

  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Counts a suite wrote as {passed, failed} JSON; no file means it never ran: one failure. */
function readCounts(/** @type {string} */ file, /** @type {boolean} */ ok) {
  try {
    const { passed, failed } = JSON.parse(readFileSync(file, 'utf8'));

    return { passed, failed: failed + (ok || failed ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

/** @param {string} name @param {string[]} extraArgs @param {Record<string, string>} [env] */
function runVitest(name, extraArgs, env) {
  const report = `${outDir}/${name}.json`;
  rmSync(report, { force: true });
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const ok = run('npx', ['vitest', 'run', ...extraArgs, ...reporters], env);
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));

    return { passed: numPassedTests, failed: numFailedTests + (ok || numFailedTests ? 0 : 1) };
  } catch {
    // No report means the suite did not even start: that is a failure, never a skip.
    return { passed: 0, failed: 1 };
  }
}

function chromiumE2e() {
  try {
    findChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);

    return { passed: 0, failed: 1 };
  }

  if (!run('npm', ['run', 'build:e2e'])) {
    return { passed: 0, failed: 1 };
  }

  return runVitest('e2e', ['--config', 'vitest.e2e.config.ts'], { LEAD_VIEWER_SKIP_BUILD: '1' });
}

function packages() {
  const zipped = run('npm', ['run', 'zip']);
  rmSync(`${outDir}/packages.json`, { force: true });
  const checked = run('node', ['test/build/check-packages.mjs']);
  // Warnings are known and listed in the README; errors fail the gate.
  const webExt = run('npx', [
    'web-ext',
    'lint',
    '--source-dir',
    `${buildDir}/firefox-mv3`,
    '--no-input',
  ]);

  return [
    gate('npm run zip', zipped),
    readCounts(`${outDir}/packages.json`, checked),
    gate('web-ext lint: no errors', webExt),
  ];
}

function firefoxE2e() {
  rmSync(`${outDir}/firefox.json`, { force: true });

  return readCounts(`${outDir}/firefox.json`, run('node', ['test/e2e-firefox/run.mjs']));
}

const results = [
  gate('prettier --check', run('npx', ['prettier', '--check', '.'])),
  gate('eslint', run('npx', ['eslint', '.'])),
  gate('tsc --noEmit', run('npx', ['tsc', '--noEmit', '-p', '.'])),
  runVitest('unit', []),
  ...packages(),
  // Budgets are measured on the production Chrome build the zip step just made.
  gate('size-limit budgets', run('npx', ['size-limit'])),
  chromiumE2e(),
  firefoxE2e(),
];
const passed = results.reduce((sum, counts) => sum + counts.passed, 0);
const failed = results.reduce((sum, counts) => sum + counts.failed, 0);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
