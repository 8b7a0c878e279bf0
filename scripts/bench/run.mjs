// @ts-check
// `npm run bench`: the measurement build on generated pages, figures against BENCHMARK.md G1–G7.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { launchWithExtension } from '../chromium.mjs';
import { measureLoad } from './load.mjs';
import { benchPages } from './pages.mjs';
import { printReport } from './report.mjs';
import { servePages } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = resolve(root, process.env.WXT_OUT_DIR ?? '.output');
const extensionPath = join(outDir, 'chrome-mv3-bench');
const loads = Number(process.env.BENCH_LOADS ?? 7);
const only = process.env.BENCH_PAGES?.split(',') ?? Object.keys(benchPages);

function gzippedSize(file) {
  return existsSync(file) ? gzipSync(readFileSync(file)).length : null;
}

async function waitForRegistration(context) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [worker] = context.serviceWorkers();
    const count = await worker?.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (count) {
      return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The bench build never registered its content script.');
}

async function measurePages(context, url, generated) {
  const results = {};
  for (const name of only) {
    results[name] = { planted: generated[name].planted, loads: [] };
    for (let load = 0; load < loads; load++) {
      const hover = name === 'big' || name === 'table';
      results[name].loads.push(await measureLoad(context, `${url}/${name}.html`, { hover }));
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');

  return results;
}

async function main() {
  if (process.env.LEAD_VIEWER_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: root, stdio: 'ignore' });
  }

  const generated = Object.fromEntries(only.map((name) => [name, benchPages[name]()]));
  const html = Object.fromEntries(only.map((name) => [name, generated[name].html]));
  const server = await servePages(html);
  const browser = await launchWithExtension({ extensionPath });
  try {
    await waitForRegistration(browser.context);
    const results = await measurePages(browser.context, server.url, generated);
    const sizes = {
      bench: gzippedSize(join(extensionPath, 'content-scripts/content.js')),
      production: gzippedSize(join(outDir, 'chrome-mv3/content-scripts/content.js')),
    };
    printReport(results, sizes, loads);
  } finally {
    await browser.close();
    await server.close();
  }

  // Another part of the benchmark, when present: the API-quota figures.
  const frugality = await import('./frugality.mjs').catch(() => null);
  if (typeof frugality?.measureFrugality === 'function') {
    console.log('\nFrugality');
    console.log(await frugality.measureFrugality());
  }
}

await main();
