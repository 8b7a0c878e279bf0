import type { BrowserContext, Page, Worker } from 'playwright-core';

import { launchWithExtension } from '../../../scripts/chromium.mjs';
import { startFakeApideck } from '../../fake-apideck/server.mjs';
import { startPageServer } from '../../pages/serve.mjs';
import { type Finding, type HealthWatch, watchHealth } from './health';
import { extensionPath } from './paths';

export const credentials = { apiKey: 'demo-key', appId: 'demo-app', consumerId: 'demo-consumer' };

export type FakeApideck = Awaited<ReturnType<typeof startFakeApideck>>;

export interface Session {
  api: FakeApideck;
  pagesUrl: string;
  context: BrowserContext;
  extensionId: string;
  /** Watches the extension's contexts for the whole session; close() fails on what it saw. */
  health: HealthWatch;
  worker(): Promise<Worker>;
  configure(settings?: Partial<typeof credentials> & { serviceId?: string }): Promise<void>;
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  /** Closes everything, then throws if any extension context raised an error or CSP issue. */
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

function describeFindings(kind: string, findings: Finding[]): string[] {
  return findings.map(({ target, message }) => `${kind} in ${target}: ${message}`);
}

/** Waits for what the targets raised so far, but never longer than a hung target allows. */
async function collectFindings(health: HealthWatch): Promise<string[]> {
  await Promise.race([health.settle(), new Promise((resolve) => setTimeout(resolve, 5_000))]);

  return [
    ...describeFindings('CSP violation', health.cspIssues()),
    ...describeFindings('uncaught error', health.uncaughtErrors()),
  ];
}

/** A fresh browser with the e2e build, a fake Apideck and the demo pages, all on 127.0.0.1. */
export async function startSession(): Promise<Session> {
  const api = await startFakeApideck();
  const pages = await startPageServer();
  const launched = await launchWithExtension({ extensionPath });
  // Attached after the worker started: Audits.enable and Runtime.enable replay what came before.
  const health = await watchHealth(launched.context, launched.extensionId);
  await waitForDetection(launched.context);
  const worker = () => currentWorker(launched.context);

  return {
    api,
    pagesUrl: pages.url,
    context: launched.context,
    extensionId: launched.extensionId,
    health,
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
      const findings = await collectFindings(health);
      await health.stop();
      await launched.close();
      await Promise.all([api.close(), pages.close()]);
      if (findings.length > 0) {
        throw new Error(`The extension was unhealthy in this session:\n${findings.join('\n')}`);
      }
    },
  };
}
