// @ts-check
// The main job: the extension against the local fake Apideck, in Chromium. With a display it
// opens a window to explore; headless (--headless, or no DISPLAY) it walks through the product
// itself and writes screenshots of the options page, the popup and a hover card.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { findChromium, launchWithExtension } from './chromium.mjs';
import { startFakeApideck } from '../test/fake-apideck/server.mjs';
import { ids } from '../test/fake-apideck/leads.mjs';
import { startPageServer } from '../test/pages/serve.mjs';
import { configureThroughOptions, hoverFirstLead, lookUpInPopup } from './demo-steps.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');

try {
  findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (headless && !process.argv.includes('--headless')) {
  console.log('No display (DISPLAY is not set): the demo runs headless and writes screenshots.');
}

execSync('npm run build:e2e', { stdio: 'inherit' });
const api = await startFakeApideck({ port: 0 });
const pages = await startPageServer();
const browser = await launchWithExtension({
  extensionPath: resolve('.output/chrome-mv3-e2e'),
  headless,
});
console.log(`Fake Apideck: ${api.url}  ·  demo page: ${pages.url}/demo.html`);

async function shutDown() {
  await browser.close().catch(() => {});
  await Promise.all([api.close(), pages.close()]);
}

try {
  mkdirSync(outDir, { recursive: true });
  await configureThroughOptions(browser, api.url, `${outDir}/options.png`);
  await lookUpInPopup(browser, ids.full, `${outDir}/popup.png`);
  await hoverFirstLead(browser, `${pages.url}/demo.html`, ids.full, `${outDir}/card.png`);
  console.log(`Screenshots written to ${outDir}: options.png, popup.png, card.png`);
} catch (error) {
  console.error('The demo could not finish:', error instanceof Error ? error.message : error);
  await shutDown();
  process.exit(1);
}

if (headless) {
  await shutDown();
} else {
  console.log('Chromium is open with Lead Viewer loaded. Hover the lead IDs; press Ctrl+C to end.');
  process.once('SIGINT', () => void shutDown().then(() => process.exit(0)));
  browser.context.once('close', () => void shutDown().then(() => process.exit(0)));
}
