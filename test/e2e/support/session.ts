import type { BrowserContext, Page, Worker } from 'playwright-core';

import { launchWithExtension } from '../../../scripts/chromium.mjs';
import { startFakeApideck } from '../../fake-apideck/server.mjs';
import { startPageServer } from '../../pages/serve.mjs';
import { extensionPath } from './paths';

export const credentials = { apiKey: 'demo-key', appId: 'demo-app', consumerId: 'demo-consumer' };

export type FakeApideck = Awaited<ReturnType<typeof startFakeApideck>>;

export interface Session {
  api: FakeApideck;
  pagesUrl: string;
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  configure(settings?: Partial<typeof credentials> & { serviceId?: string }): Promise<void>;
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  close(): Promise<void>;
}

async function currentWorker(context: BrowserContext): Promise<Worker> {
  const [worker] = context.serviceWorkers();

  return worker ?? context.waitForEvent('serviceworker');
}

async function waitForDetection(context: BrowserContext): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const worker = await currentWorker(context);
    const count = await worker.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (count > 0) {
      return;
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error('The content script was never registered for the local origins.');
}

/** A fresh browser with the e2e build, a fake Apideck and the demo pages, all on 127.0.0.1. */
export async function startSession(): Promise<Session> {
  const api = await startFakeApideck();
  const pages = await startPageServer();
  const launched = await launchWithExtension({ extensionPath });
  await waitForDetection(launched.context);
  const worker = () => currentWorker(launched.context);

  return {
    api,
    pagesUrl: pages.url,
    context: launched.context,
    extensionId: launched.extensionId,
    worker,
    async configure(overrides = {}) {
      const settings = { ...credentials, serviceId: '', apiBaseUrl: api.url, ...overrides };
      await (
        await worker()
      ).evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    },
    async openExtensionPage(path) {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/${path}`);

      return page;
    },
    async close() {
      await launched.close();
      await Promise.all([api.close(), pages.close()]);
    },
  };
}
