import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { openActionPopup } from './support/action-popup';
import { type BrowserSettings, openBrowserSettings } from './support/browser-settings';
import { countMarks } from './support/page-tools';
import { type Session, startSession } from './support/session';

// The e2e build holds 127.0.0.1 and localhost from install; `<name>.localhost` is another
// origin to match patterns, and Chromium resolves it to loopback, where the page server
// listens. Each test uses its own name, so no grant leaks from one test into the next.
let session: Session;
let settings: BrowserSettings;

const siteOf = (name: string) => `http://${name}.localhost`;
const patternOf = (name: string) => `${siteOf(name)}/*`;

function pageUrl(name: string, tag = 'first'): string {
  const port = new URL(session.pagesUrl).port;

  return `${siteOf(name)}:${port}/demo.html?tab=${tag}`;
}

async function openSite(name: string, tag?: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(pageUrl(name, tag));

  return page;
}

/** Long enough for detection to mark the demo page where it does run (it takes < 1 s). */
async function expectNoDetection(page: Page): Promise<void> {
  await page.waitForTimeout(1_500);
  expect(await countMarks(page)).toBe(0);
  expect(await page.locator('lead-viewer-root').count()).toBe(0);
}

async function enabledSites(): Promise<string> {
  const options = await session.openExtensionPage('options.html');
  const list = options.getByRole('list', { name: 'Enabled sites' });
  await list.getByText('http://127.0.0.1').waitFor();
  const text = await list.innerText();
  await options.close();

  return text;
}

beforeAll(async () => {
  session = await startSession();
  await session.configure();
  settings = await openBrowserSettings(session.context, session.extensionId);
});

afterAll(async () => {
  await settings?.close();
  await session?.close();
});

describe('a site that is not enabled', () => {
  it('gets no marks and no host element, while an enabled origin does', async () => {
    const enabled = await session.context.newPage();
    await enabled.goto(`${session.pagesUrl}/demo.html`);
    await expect.poll(() => countMarks(enabled), { timeout: 5_000 }).toBeGreaterThan(0);
    await enabled.close();

    const page = await openSite('plain');
    await expectNoDetection(page);
    await session.health.settle();
    expect(session.health.contentScriptPages()).toContain(`${session.pagesUrl}/demo.html`);
    expect(session.health.contentScriptPages()).not.toContain(page.url());
    await page.close();
  });

  it('is scanned once from the popup through activeTab, and only once', async () => {
    const page = await openSite('once');
    const popup = await openActionPopup(page, session.extensionId);
    await popup.click('Scan this page once');
    await expect.poll(() => popup.text(), { timeout: 5_000 }).toContain(ids.full);
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();

    await page.reload();
    await expectNoDetection(page);
    expect(await enabledSites()).not.toContain(siteOf('once'));
    await page.close();
  });
});

// A headless Chromium cannot answer a permission prompt. What it does instead: the prompt
// opens, the popup loses focus and closes, and the request never settles. So these tests
// first add the site in the browser's settings (chrome://extensions, Site access), which
// stores the user's grant without activating it; the popup's request then resolves without
// a prompt, as it does in Chrome for a site the user already allowed.
describe('Enable on this site, from the popup', () => {
  it('asks with a prompt when the browser holds no grant: the popup closes', async () => {
    const page = await openSite('prompted');
    const popup = await openActionPopup(page, session.extensionId);
    await popup.click('Enable on this site');
    expect(await popup.waitForClose()).toBe(true);
    await expectNoDetection(page);
    await page.close();
  });

  it('detects in the open tab at once, and on later pages of the site', async () => {
    const page = await openSite('alpha');
    await settings.grantSite(patternOf('alpha'));
    await expectNoDetection(page);

    const popup = await openActionPopup(page, session.extensionId);
    await expect.poll(() => popup.text()).toContain(`Find lead IDs on alpha.localhost`);
    await popup.click('Enable on this site');
    await expect.poll(() => popup.text()).toContain('Lead Viewer is on for alpha.localhost');
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();

    const later = await openSite('alpha', 'later');
    await expect.poll(() => countMarks(later), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await enabledSites()).toContain(siteOf('alpha'));
    await Promise.all([page.close(), later.close()]);
  });
});

describe('the site list in options', () => {
  it('removes a site: detection stops there on the next load', async () => {
    const page = await openSite('removed');
    await settings.grantSite(patternOf('removed'));
    const popup = await openActionPopup(page, session.extensionId);
    await popup.click('Enable on this site');
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();

    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button', { name: `Remove ${siteOf('removed')}` }).click();
    await options.getByText(`Removed ${siteOf('removed')}.`).waitFor();
    const list = options.getByRole('list', { name: 'Enabled sites' });
    expect(await list.innerText()).not.toContain(siteOf('removed'));
    await options.close();

    await page.reload();
    await expectNoDetection(page);
    await page.close();
  });

  it('enables all sites, once the browser allows it', async () => {
    await settings.grantSite('*://*/*');
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Enable on all sites' }).click();
    await options.getByText('Lead Viewer now finds lead IDs on all sites.').waitFor();
    const list = options.getByRole('list', { name: 'Enabled sites' });
    await list.getByText('All sites').waitFor();
    expect(await options.getByRole('button', { name: 'Enable on all sites' }).count()).toBe(0);

    const page = await openSite('anywhere');
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();

    await options.getByRole('button', { name: 'Remove All sites' }).click();
    await options.getByText('Removed All sites.').waitFor();
    await options.close();
    const after = await openSite('anywhere', 'after');
    await expectNoDetection(after);
    await after.close();
  });
});

describe('changes made in the browser settings', () => {
  it('picks up a revoked site, then the same site granted again', async () => {
    const page = await openSite('beta');
    await settings.grantSite(patternOf('beta'));
    const popup = await openActionPopup(page, session.extensionId);
    await popup.click('Enable on this site');
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();
    const options = await session.openExtensionPage('options.html');
    const list = options.getByRole('list', { name: 'Enabled sites' });
    await list.getByText(siteOf('beta')).waitFor();

    await settings.revokeSite(patternOf('beta'));
    await expect.poll(() => list.innerText()).not.toContain(siteOf('beta'));
    await page.reload();
    await expectNoDetection(page);

    // Granted again there: the open tab starts detection without a reload.
    await settings.grantSite(patternOf('beta'));
    await expect.poll(() => list.innerText()).toContain(siteOf('beta'));
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
    await Promise.all([page.close(), options.close()]);
  });
});
