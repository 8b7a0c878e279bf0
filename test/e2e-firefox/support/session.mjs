// @ts-check
// A headless Firefox with the Firefox MV3 e2e build installed as a temporary add-on, plus the
// fake Apideck and the demo pages, all on 127.0.0.1.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { connectBidi } from '../../../scripts/bidi-client.mjs';
import { launchFirefox } from '../../../scripts/firefox.mjs';
import { startFakeApideck } from '../../fake-apideck/server.mjs';
import { startPageServer } from '../../pages/serve.mjs';
import { createTab } from './tab.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const extensionPath = resolve(root, process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3-e2e');
const addonId = 'lead-viewer@example.invalid';

/** @param {{ prefs?: Record<string, string | boolean> }} [options] */
export async function startFirefoxSession({ prefs = {} } = {}) {
  if (!existsSync(`${extensionPath}/manifest.json`)) {
    throw new Error(`No Firefox e2e build at ${extensionPath}: run npm run build:firefox:e2e`);
  }

  const api = await startFakeApideck();
  const pages = await startPageServer();
  // Firefox gives each add-on a random moz-extension UUID; pinning it lets tests open its pages.
  const uuid = randomUUID();
  const firefox = await launchFirefox({ extensionUuids: { [addonId]: uuid }, prefs });
  const bidi = await connectBidi(firefox.bidiUrl);
  await bidi.send('session.new', { capabilities: {} });
  const installed = await bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: extensionPath },
  });

  return {
    api,
    bidi,
    pagesUrl: pages.url,
    installedId: /** @type {string} */ (installed.extension),
    /** @param {string} path */
    extensionUrl: (path) => `moz-extension://${uuid}/${path}`,
    /** @param {string} url */
    async openTab(url) {
      const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
      const tab = createTab(bidi, context);
      await tab.goto(url);

      return tab;
    },
    async close() {
      bidi.close();
      await firefox.close();
      await Promise.all([api.close(), pages.close()]);
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startFirefoxSession>>} FirefoxSession */
