// @ts-check
// Runs the Firefox end-to-end suite (node:test over WebDriver BiDi) and writes its counts to
// <TEST_OUTPUT_DIR>/firefox.json, so scripts/test-all.mjs can add them to its final line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { findFirefox } from '../../scripts/firefox.mjs';

const outDir = process.env.TEST_OUTPUT_DIR ?? 'test-output';
const tapFile = `${outDir}/firefox.tap`;
const countsFile = `${outDir}/firefox.json`;

/** @param {{ passed: number, failed: number }} counts */
function finish(counts) {
  writeFileSync(countsFile, JSON.stringify(counts));
  console.log(`firefox e2e: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 ? 0 : 1);
}

/** @returns {{ passed: number, failed: number }} */
function readTap() {
  const tap = readFileSync(tapFile, 'utf8');
  const count = (/** @type {string} */ name) =>
    Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);

  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

mkdirSync(outDir, { recursive: true });
rmSync(tapFile, { force: true });
try {
  findFirefox();
} catch (error) {
  // A missing browser is a failure with an install hint, never a skip.
  console.error(error instanceof Error ? error.message : error);
  finish({ passed: 0, failed: 1 });
}

if (process.env.LEAD_VIEWER_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build:firefox:e2e'], { stdio: 'inherit' });
  if (build.status !== 0) {
    finish({ passed: 0, failed: 1 });
  }
}

const result = spawnSync(
  process.execPath,
  [
    '--experimental-websocket',
    '--no-warnings',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    'test/e2e-firefox/extension.test.mjs',
    'test/e2e-firefox/site-access.test.mjs',
  ],
  { stdio: 'inherit' },
);
try {
  const counts = readTap();
  // A crash after the last test still fails the run.
  finish(result.status === 0 || counts.failed > 0 ? counts : { ...counts, failed: 1 });
} catch {
  finish({ passed: 0, failed: 1 });
}
