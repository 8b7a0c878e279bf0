// @ts-check
// Runs every suite (types, unit and component, end-to-end in Chromium) and ends with one
// plain "N passed, M failed" line that sums them all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

import { findChromium } from './chromium.mjs';

const outDir = 'test-output';
mkdirSync(outDir, { recursive: true });

/** @param {string} command @param {string[]} args @param {Record<string, string>} [env] */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

  return result.status === 0;
}

/** @param {string} name @param {string[]} extraArgs @param {Record<string, string>} [env] */
function runVitest(name, extraArgs, env) {
  const report = `${outDir}/${name}.json`;
  rmSync(report, { force: true });
  const ok = run(
    'npx',
    [
      'vitest',
      'run',
      ...extraArgs,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));

    return { passed: numPassedTests, failed: numFailedTests + (ok || numFailedTests ? 0 : 1) };
  } catch {
    // No report means the suite did not even start: that is a failure, never a skip.
    return { passed: 0, failed: 1 };
  }
}

const totals = { passed: 0, failed: 0 };
/** @param {{ passed: number, failed: number }} counts */
const add = (counts) => {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
};

add(
  run('npx', ['tsc', '--noEmit', '-p', '.']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
);
add(runVitest('unit', []));

let chromiumFound = true;
try {
  findChromium();
} catch (error) {
  chromiumFound = false;
  console.error(error instanceof Error ? error.message : error);
}

if (chromiumFound && run('npm', ['run', 'build:e2e'])) {
  add(runVitest('e2e', ['--config', 'vitest.e2e.config.ts'], { LEAD_VIEWER_SKIP_BUILD: '1' }));
} else {
  add({ passed: 0, failed: 1 });
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
