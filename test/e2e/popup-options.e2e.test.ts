import { readFile, writeFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { type FakeApideck, startFakeApideck } from '../fake-apideck/server.mjs';
import { countMarks } from './support/page-tools';
import { screenshotDir } from './support/paths';
import { type Session, startSession } from './support/session';

let session: Session;
let pager: FakeApideck;

// 25 leads named alike: more than one page of search results (the extension asks for 20).
const pagerLeads = Array.from({ length: 25 }, (_, index) => ({
  service: 'salesforce',
  lead: { id: `pager-${String(index).padStart(2, '0')}`, name: `Pager Person ${index + 1}` },
}));

async function storage(area: 'local' | 'session'): Promise<Record<string, unknown>> {
  const worker = await session.worker();

  return worker.evaluate((name) => chrome.storage[name].get(null), area);
}

/** Points the extension at another fake Apideck (the session's own one is the default). */
async function useApi(apiBaseUrl: string): Promise<void> {
  await session.configure();
  const worker = await session.worker();
  await worker.evaluate(async (url) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...Object(settings), apiBaseUrl: url } });
  }, apiBaseUrl);
}

async function search(popup: Page, query: string): Promise<void> {
  await popup.getByLabel('Search by').selectOption('name');
  await popup.getByLabel('Search for').fill(query);
  await popup.getByLabel('Search for').press('Enter');
}

beforeAll(async () => {
  session = await startSession();
  pager = await startFakeApideck({
    apiKey: 'demo-key',
    appId: 'demo-app',
    consumerId: 'demo-consumer',
    leads: pagerLeads,
  });
});

afterAll(async () => {
  await session?.close();
  await pager?.close();
});

describe('site access from options', () => {
  // Chrome cannot remove install-time host permissions, and granting an optional one needs a
  // prompt no test can answer: removal itself is covered by test/components/options-sites.
  it('lists the local sites as set at install, and detection runs there', async () => {
    const options = await session.openExtensionPage('options.html');
    const list = options.getByRole('list', { name: 'Enabled sites' });
    await expect.poll(() => list.innerText()).toContain('http://127.0.0.1');
    expect(await list.innerText()).toContain('http://localhost');
    expect(await list.innerText()).not.toContain('unify.apideck.com');
    expect(await list.getByRole('button').count()).toBe(0);
    await options.close();

    const page = await session.context.newPage();
    await page.goto(`${session.pagesUrl}/demo.html`);
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  });
});

describe('popup search', () => {
  it('pages through results with More and opens one from the keyboard', async () => {
    await useApi(pager.url);
    const popup = await session.openExtensionPage('popup.html');
    await search(popup, 'pager person');

    const results = popup.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect.poll(() => results.count()).toBe(20);
    expect(pager.log.at(-1)?.query).toMatchObject({ 'filter[name]': 'pager person' });
    await popup.getByRole('button', { name: 'More', exact: true }).click();
    await expect.poll(() => results.count()).toBe(25);
    expect(await popup.getByRole('button', { name: 'More', exact: true }).count()).toBe(0);

    await results.first().focus();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { name: 'Pager Person 2' }).count()).toBe(1);
    await popup.close();
  });

  it('restores the last search, then the last lookup, when the popup opens again', async () => {
    await session.configure();
    let popup = await session.openExtensionPage('popup.html');
    await search(popup, 'ada');
    await expect.poll(() => popup.getByRole('button', { name: /Ada Linwood/ }).count()).toBe(1);
    await popup.close();

    popup = await session.openExtensionPage('popup.html');
    expect(await popup.getByLabel('Search for').inputValue()).toBe('ada');
    await expect.poll(() => popup.getByRole('button', { name: /Ada Linwood/ }).count()).toBe(1);
    await popup.getByLabel('Lead ID').fill(ids.grace);
    await popup.getByLabel('Lead ID').press('Enter');
    await expect.poll(() => popup.getByRole('heading', { name: 'Grace Holloway' }).count()).toBe(1);
    await popup.close();

    popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Grace Holloway' }).count()).toBe(1);
    expect(await popup.getByLabel('Lead ID').inputValue()).toBe(ids.grace);
    const recent = popup.getByRole('list', { name: 'Recent lookups' });
    expect(await recent.getByRole('button', { name: /Grace Holloway/ }).count()).toBe(1);
    await popup.close();
  });
});

describe('options: key storage and settings files', () => {
  it('keeps the key in session storage only, and lookups still work', async () => {
    await session.configure();
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Keep the API key only until the browser closes').check();
    await expect.poll(() => options.getByText(/forgotten when the browser closes/).count()).toBe(1);

    expect((await storage('local')).settings).toMatchObject({ apiKey: '' });
    expect(await storage('session')).toMatchObject({ apiKey: 'demo-key' });
    const popup = await session.openExtensionPage('popup.html');
    await popup.getByLabel('Lead ID').fill(ids.priya);
    await popup.getByLabel('Lead ID').press('Enter');
    await expect.poll(() => popup.getByRole('heading', { name: 'Priya Raman' }).count()).toBe(1);

    await options.getByLabel('Keep the API key only until the browser closes').uncheck();
    await expect
      .poll(async () => (await storage('local')).settings)
      .toMatchObject({
        apiKey: 'demo-key',
      });
    await Promise.all([options.close(), popup.close()]);
  });

  it('exports without the key, refuses a bad file whole, and imports a good one', async () => {
    await session.configure();
    const options = await session.openExtensionPage('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const path = `${screenshotDir}/exported-settings.json`;
    await download.saveAs(path);
    const exported = JSON.parse(await readFile(path, 'utf8'));
    expect(JSON.stringify(exported)).not.toContain('demo-key');
    expect(exported.settings).toMatchObject({ appId: 'demo-app' });

    const bad = { ...exported, settings: { ...exported.settings, apiBaseUrl: 'ftp://x' } };
    bad.preferences = { ...bad.preferences, hoverDelayMs: 5 };
    await writeFile(path, JSON.stringify(bad));
    await options.locator('input[type="file"]').setInputFiles(path);
    await expect
      .poll(() => options.getByText('Nothing was imported', { exact: false }).count())
      .toBe(1);
    expect(await options.getByText(/settings\.apiBaseUrl/).count()).toBe(1);
    expect(await options.getByText(/preferences\.hoverDelayMs/).count()).toBe(1);
    expect((await storage('local')).settings).toMatchObject({ appId: 'demo-app' });

    const good = { ...exported, settings: { ...exported.settings, appId: 'imported-app' } };
    await writeFile(path, JSON.stringify(good));
    await options.locator('input[type="file"]').setInputFiles(path);
    await expect
      .poll(() => options.getByLabel('App ID', { exact: true }).inputValue())
      .toBe('imported-app');
    expect((await storage('local')).settings).toMatchObject({ apiKey: 'demo-key' });
    await options.close();
  });
});
