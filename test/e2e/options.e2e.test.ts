import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { screenshotDir } from './support/paths';
import { credentials, type Session, startSession } from './support/session';

let session: Session;

async function storedSettings(): Promise<unknown> {
  const worker = await session.worker();

  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

async function fillForm(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe('options page', () => {
  it('labels the five settings and defaults the base URL to Apideck', async () => {
    const page = await session.openExtensionPage('options.html');

    for (const label of ['API key', 'App ID', 'Consumer ID', 'Service ID', 'API base URL']) {
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    }

    expect(await page.getByLabel('API base URL', { exact: true }).inputValue()).toBe(
      'https://unify.apideck.com',
    );
    expect(await page.getByLabel('API key', { exact: true }).getAttribute('type')).toBe('password');
    await page.close();
  });

  it('saves trimmed settings to local storage only, and keeps them after a reload', async () => {
    const page = await session.openExtensionPage('options.html');
    await fillForm(page, {
      'API key': `  ${credentials.apiKey} `,
      'App ID': credentials.appId,
      'Consumer ID': ` ${credentials.consumerId}`,
      'API base URL': session.api.url,
    });
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByText(/Saved/).waitFor();
    expect(await storedSettings()).toMatchObject({ ...credentials, apiBaseUrl: session.api.url });
    const worker = await session.worker();
    expect(await worker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

    await page.reload();
    await expect
      .poll(() => page.getByLabel('App ID', { exact: true }).inputValue())
      .toBe('demo-app');
    expect(await page.getByLabel('Consumer ID', { exact: true }).inputValue()).toBe(
      'demo-consumer',
    );
    expect(await page.getByLabel('API key', { exact: true }).inputValue()).toBe('');
    await page.screenshot({ path: `${screenshotDir}/options.png`, fullPage: true });
    await page.close();
  });

  it('reports a working connection in words', async () => {
    const page = await session.openExtensionPage('options.html');
    await expect
      .poll(() => page.getByLabel('App ID', { exact: true }).inputValue())
      .toBe('demo-app');
    session.api.resetLog();
    await page.getByRole('button', { name: 'Test connection' }).click();

    await page.getByText(/Connected/).waitFor();
    expect(session.api.log).toHaveLength(1);
    await page.close();
  });

  it("reports the API's refusal of a wrong key, and keeps what was typed", async () => {
    const page = await session.openExtensionPage('options.html');
    await expect
      .poll(() => page.getByLabel('App ID', { exact: true }).inputValue())
      .toBe('demo-app');
    await fillForm(page, { 'API key': 'not-the-key' });
    await page.getByRole('button', { name: 'Test connection' }).click();

    await page.getByText(/rejected the API key/).waitFor();
    expect(await page.getByLabel('API key', { exact: true }).inputValue()).toBe('not-the-key');
    expect(await storedSettings()).toMatchObject({ apiKey: credentials.apiKey });
    await page.close();
  });

  it('keeps each hint right under its field, and an error in its place moves nothing', async () => {
    const page = await session.openExtensionPage('options.html');
    const field = page.getByLabel('App ID', { exact: true });
    const [input, hint] = await Promise.all([
      field.boundingBox(),
      page.locator('#settings-appId-hint').boundingBox(),
    ]);
    expect((hint?.y ?? 0) - ((input?.y ?? 0) + (input?.height ?? 0))).toBeLessThanOrEqual(6);

    const save = page.getByRole('button', { name: 'Save' });
    const before = await save.boundingBox();
    await field.fill('app-Ж');
    await page.getByLabel('Consumer ID', { exact: true }).click();
    await page.locator('#settings-appId-error', { hasText: /Latin letters/ }).waitFor();

    expect((await save.boundingBox())?.y).toBe(before?.y);
    await page.close();
  });

  it('refuses a catastrophic pattern at once and says why, without freezing the page', async () => {
    const page = await session.openExtensionPage('options.html');
    // The patterns section appears once the preferences have loaded.
    await page.getByText('LEAD-(\\d{6})', { exact: true }).waitFor();
    const pattern = `(${'a?'.repeat(40)}a{40})`;

    const started = Date.now();
    await page.getByLabel('Pattern', { exact: true }).fill(pattern);
    await page.getByText(/Optional or repeated parts in a row/).waitFor();

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await page.getByRole('button', { name: 'Add pattern' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('refuses a base URL that is not http(s) and stores nothing', async () => {
    const page = await session.openExtensionPage('options.html');
    await expect
      .poll(() => page.getByLabel('App ID', { exact: true }).inputValue())
      .toBe('demo-app');
    await fillForm(page, { 'API base URL': 'javascript:alert(1)' });
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByText(/must start with https/).waitFor();
    expect(await storedSettings()).toMatchObject({ apiBaseUrl: session.api.url });
    await page.close();
  });
});
