import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { findDialogs } from './support/cdp';
import type { Finding, HealthWatch } from './support/health';
import { countMarks, hoverText, waitForDialog } from './support/page-tools';
import { credentials, type Session, startSession } from './support/session';

let session: Session;
let watch: HealthWatch;

async function useOptions(): Promise<void> {
  const page = await session.openExtensionPage('options.html');
  const fields = {
    'API key': credentials.apiKey,
    'App ID': credentials.appId,
    'Consumer ID': credentials.consumerId,
    'API base URL': session.api.url,
  };
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }

  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/Saved/).waitFor();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText(/Connected/).waitFor();
  await page.close();
}

async function lookUp(popup: Page, id: string): Promise<void> {
  await popup.getByLabel('Lead ID').fill(id);
  await popup.getByLabel('Lead ID').press('Enter');
}

async function usePopup(): Promise<void> {
  const popup = await session.openExtensionPage('popup.html');
  await lookUp(popup, ids.full);
  await popup.getByRole('heading', { name: 'Ada Linwood' }).waitFor();
  session.api.setFault(ids.grace, { status: 502 });
  await lookUp(popup, ids.grace);
  await expect.poll(() => popup.getByRole('alert').innerText()).toMatch(/had a problem/);
  session.api.clearFaults();
  await popup.close();
}

async function useCard(): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`${session.pagesUrl}/demo.html`);
  await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
  await hoverText(page, '#intro', ids.full);
  await waitForDialog(page, /Ada Linwood/);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await findDialogs(page)).length).toBe(0);
}

function findingsIn(findings: Finding[], prefix: string): Finding[] {
  return findings.filter((finding) => finding.target.startsWith(prefix));
}

beforeAll(async () => {
  session = await startSession();
  // Every session watches its extension contexts; this file looks at what the watch saw.
  watch = session.health;
});

afterAll(async () => {
  await session?.close();
});

describe('a realistic run', () => {
  it('saves the options and tests the connection', useOptions);
  it('looks up a lead in the popup, then meets a server error', usePopup);
  it('opens a hover card on the demo page and closes it with Escape', useCard);
});

describe('extension health over that run', () => {
  beforeAll(async () => {
    await watch.settle();
  });

  const origin = () => `chrome-extension://${session.extensionId}`;
  // Each context as [name, target type, URL]; findings are labelled "<type> <url>".
  const contexts: [string, string, () => string][] = [
    ['the service worker', 'service_worker', () => `${origin()}/background.js`],
    ['the popup', 'page', () => `${origin()}/popup.html`],
    ['the options page', 'page', () => `${origin()}/options.html`],
    ['the demo page and its content script', 'page', () => `${session.pagesUrl}/demo.html`],
  ];

  it.each(contexts)('watches %s', (_name, _type, url) => {
    expect(watch.watchedUrls()).toContain(url());
  });

  it('sees the content script run on the demo page', () => {
    expect(watch.contentScriptPages()).toContain(`${session.pagesUrl}/demo.html`);
  });

  it.each(contexts)('records no CSP violation in %s', (_name, type, url) => {
    expect(findingsIn(watch.cspIssues(), `${type} ${url()}`)).toEqual([]);
  });

  it.each(contexts)('records no uncaught error in %s', (_name, type, url) => {
    expect(findingsIn(watch.uncaughtErrors(), `${type} ${url()}`)).toEqual([]);
  });

  it('records no CSP violation or uncaught error in any extension context at all', () => {
    expect([...watch.cspIssues(), ...watch.uncaughtErrors()]).toEqual([]);
  });
});

describe('a session whose extension raised an uncaught error', () => {
  it("fails at close, naming the context and the message; a page's own error does not", async () => {
    const other = await startSession();
    const page = await other.context.newPage();
    await page.goto(`${other.pagesUrl}/demo.html`);
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('the page broke itself'))));
    await page.waitForTimeout(200);
    await other.health.settle();
    expect(other.health.uncaughtErrors()).toEqual([]);

    const worker = await other.worker();
    await worker.evaluate(() => setTimeout(() => Promise.reject(new Error('deliberate failure'))));
    const background = `service_worker chrome-extension://${other.extensionId}/background.js`;
    await expect(other.close()).rejects.toThrow(
      new RegExp(`uncaught error in ${background}: .*deliberate failure`),
    );
  });
});
