// @ts-check
// Frugality figures (issue 4): API requests for 100 hovers over 20 leads (target 20), for a popup
// lookup repeated 10 times (target 1), and the median cache-hit answer time, background to page.
// Drives a real Chromium with the extension against the local fake Apideck on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { startFakeApideck } from '../../test/fake-apideck/server.mjs';
import { launchWithExtension } from '../chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const credentials = { apiKey: 'demo-key', appId: 'demo-app', consumerId: 'demo-consumer' };
const service = 'pipedrive';
const benchLeads = Array.from({ length: 20 }, (_, index) => ({
  service,
  lead: { id: `bench-lead-${index + 1}`, name: `Bench Lead ${index + 1}` },
}));

/** A build that may call 127.0.0.1: the bench build when there is one, else the e2e build. */
function findExtension() {
  const outDir = resolve(root, process.env.WXT_OUT_DIR ?? '.output');
  const builds = ['chrome-mv3-bench', 'chrome-mv3-e2e'].map((name) => join(outDir, name));
  const found = builds.find((path) => existsSync(join(path, 'manifest.json')));
  if (found) {
    return found;
  }

  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'ignore' });

  return join(outDir, 'chrome-mv3-e2e');
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * 100 hovers over 20 leads, as fast as a hand sweeping a table: each asks for a lead 15 ms
 * after the previous, so repeats arrive while the first request is still in flight.
 * @param {import('playwright-core').Page} page
 */
async function hoverOverLeads(page) {
  const ids = benchLeads.map((entry) => entry.lead.id);

  return page.evaluate(
    async ({ leadIds, crm }) => {
      const asks = [];
      for (let hover = 0; hover < 100; hover += 1) {
        const id = leadIds[hover % leadIds.length];
        asks.push(chrome.runtime.sendMessage({ type: 'getLead', id, service: crm }));
        await new Promise((done) => setTimeout(done, 15));
      }

      const replies = await Promise.all(asks);

      return replies.filter((reply) => reply?.ok).length;
    },
    { leadIds: ids, crm: service },
  );
}

/**
 * The popup's own lookup, typed and submitted 10 times.
 * @param {import('playwright-core').Page} popup
 */
async function repeatPopupLookup(popup) {
  const field = popup.getByLabel('Lead ID');
  for (let lookup = 0; lookup < 10; lookup += 1) {
    await field.fill(benchLeads[0]?.lead.id ?? '');
    await field.press('Enter');
    await popup.getByRole('heading', { name: 'Bench Lead 1' }).first().waitFor();
  }
}

/**
 * Median round trip of a cached lead, page → background → page, over 50 asks.
 * @param {import('playwright-core').Page} page
 */
async function timeCacheHits(page) {
  const times = await page.evaluate(async (crm) => {
    const id = 'bench-lead-2';
    await chrome.runtime.sendMessage({ type: 'getLead', id, service: crm });
    const spent = [];
    for (let ask = 0; ask < 50; ask += 1) {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'getLead', id, service: crm });
      spent.push(reply?.cached ? performance.now() - started : Number.NaN);
    }

    return spent;
  }, service);

  return Math.round(median(times) * 100) / 100;
}

/**
 * @param {{ extensionPath?: string }} [options]
 * @returns {Promise<{ hoversRequests: number, repeatedLookupRequests: number, cacheHitMs: number }>}
 */
export async function measureFrugality(options = {}) {
  const api = await startFakeApideck({ ...credentials, leads: benchLeads });
  const browser = await launchWithExtension({
    extensionPath: options.extensionPath ?? findExtension(),
  });
  const requests = () => api.log.filter((entry) => entry.method === 'GET').length;
  try {
    const settings = { ...credentials, serviceId: '', apiBaseUrl: api.url };
    await browser.worker.evaluate(
      (value) => chrome.storage.local.set({ settings: value }),
      settings,
    );
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);

    const answered = await hoverOverLeads(page);
    const hoversRequests = requests();
    if (answered !== 100) {
      throw new Error(`Only ${answered} of 100 hovers were answered with a lead.`);
    }

    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'clearCache' }));
    api.resetLog();
    await repeatPopupLookup(page);
    const repeatedLookupRequests = requests();
    const cacheHitMs = await timeCacheHits(page);

    return { hoversRequests, repeatedLookupRequests, cacheHitMs };
  } finally {
    await browser.close();
    await api.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureFrugality();
  console.log(`requests for 100 hovers over 20 leads: ${figures.hoversRequests} (target 20)`);
  console.log(
    `requests for a popup lookup repeated 10 times: ${figures.repeatedLookupRequests} (target 1)`,
  );
  console.log(`median cache-hit answer, background to page: ${figures.cacheHitMs} ms`);
}
