import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { screenshotDir } from './support/paths';
import { type Session, startSession } from './support/session';

let session: Session;
let popup: Page;

async function lookUp(id: string): Promise<void> {
  await popup.getByLabel('Lead ID').fill(id);
  await popup.getByLabel('Lead ID').press('Enter');
}

beforeAll(async () => {
  session = await startSession();
  await session.configure();
  popup = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
});

beforeEach(() => {
  session.api.clearFaults();
  session.api.resetLog();
});

describe('popup lookup', () => {
  it('shows a full lead: name, company, title, status, owner, email, phone, amount', async () => {
    await lookUp(ids.full);

    await expect.poll(() => popup.getByRole('heading', { name: 'Ada Linwood' }).count()).toBe(1);
    const text = await popup.locator('body').innerText();
    for (const expected of [
      'Difference Engine Analytics Ltd',
      'Chief Computation Officer',
      'Working - Contacted',
      'Charles Babbington',
      'ada.linwood@difference-engine.example',
      '555-0142',
      '$75,000',
    ]) {
      expect(text).toContain(expected);
    }

    await popup.screenshot({ path: `${screenshotDir}/popup-found.png` });
  });

  it('sends the Apideck headers, with the service the Salesforce ID shape implies', async () => {
    await lookUp(ids.minimal);
    await popup.getByRole('heading', { name: 'Mina Tobias' }).waitFor();

    const [request] = session.api.log;
    expect(request?.path).toBe(`/crm/leads/${ids.minimal}`);
    expect(request?.headers).toMatchObject({
      authorization: 'Bearer demo-key',
      'x-apideck-app-id': 'demo-app',
      'x-apideck-consumer-id': 'demo-consumer',
      'x-apideck-service-id': 'salesforce',
    });
  });

  it('shows a null-heavy lead without empty rows or "null"', async () => {
    await lookUp(ids.nulls);
    await popup.getByRole('heading', { name: 'Nils Nullberg' }).waitFor();

    const text = await popup.locator('main, body').first().innerText();
    expect(text).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
  });

  it('answers a repeated lookup from cache without a new request', async () => {
    await lookUp(ids.eur);
    await popup.getByText('€').first().waitFor();
    await lookUp(ids.minimal);
    await popup.getByRole('heading', { name: 'Mina Tobias' }).waitFor();
    await lookUp(ids.eur);
    await popup.getByText('€').first().waitFor();

    expect(session.api.log.filter((entry) => entry.path.endsWith(ids.eur))).toHaveLength(1);
  });

  it('takes a new ID with Enter while a slow lookup is still running', async () => {
    session.api.setFault(ids.zoho, { latencyMs: 3_000 });
    await lookUp(ids.zoho);
    await popup.getByRole('button', { name: 'Looking up…' }).waitFor();
    await lookUp(ids.priya);

    await popup.getByRole('heading', { name: 'Priya Raman' }).waitFor({ timeout: 2_000 });
    await popup.waitForTimeout(3_200);
    expect(await popup.getByRole('heading', { name: 'Rafael Okonkwo' }).count()).toBe(0);
  });

  it('renders hostile lead data as inert text', async () => {
    await lookUp(ids.hostile);
    await popup.getByRole('heading', { name: /Mallory/ }).waitFor();

    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    const hrefs = await popup
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => /^(https?:|mailto:|tel:|#|$)/.test(href))).toBe(true);
  });
});

describe('popup errors in words', () => {
  it.each([
    ['an unknown ID', '00Q5e00000ZzZzZ', {}, /No lead with ID/],
    // A 429 pauses its whole service, so it hits Close and leaves the Salesforce cases below alone.
    ['a rate limit', ids.close, { status: 429 as const, retryAfter: '30' }, /Rate limited.*30 s/],
    ['a server error', ids.grace, { status: 502 as const }, /had a problem/],
    ['a malformed answer', ids.jpy, { malformed: true as const }, /cannot read/],
  ])('explains %s', async (_label, id, fault, message) => {
    if (Object.keys(fault).length > 0) {
      session.api.setFault(id, fault);
    }

    await lookUp(id);

    await expect
      .poll(() => popup.getByRole('alert').innerText(), { timeout: 15_000 })
      .toMatch(message);
  });

  it('lets "Try again" ask once despite a day-long rate limit, and lifts it when answered', async () => {
    // IDs of no recognised CRM share one quota scope, as the tester's typed ID did.
    session.api.setFault(ids.pipedrive, { status: 429, retryAfter: '31536000', times: 2 });
    const requests = () => session.api.log.filter((entry) => entry.method === 'GET').length;
    const alert = popup.getByRole('alert');
    await lookUp(ids.pipedrive);
    await expect.poll(() => alert.innerText()).toMatch(/resumes lookups tomorrow at .+\./);

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(requests).toBe(2);
    await expect.poll(() => alert.innerText()).toMatch(/tomorrow at/);
    await lookUp(ids.hubspot);
    await expect.poll(() => alert.innerText()).toMatch(/tomorrow at/);
    expect(requests()).toBe(2);

    await popup.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await popup.getByRole('heading', { level: 2 }).first().waitFor();
    expect(requests()).toBe(3);
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'clearCache' }));
  });

  it('explains a rejected API key and offers the options page', async () => {
    await session.configure({ apiKey: 'wrong-key' });
    await lookUp(ids.full);

    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/rejected the API key/);
    expect(await alert.getByRole('button', { name: /options/i }).count()).toBe(1);
    await session.configure();
  });

  it('ends a hanging request with a timeout message', async () => {
    session.api.setFault(ids.unknownCurrency, { hang: true });
    await lookUp(ids.unknownCurrency);

    await expect
      .poll(() => popup.getByRole('alert').innerText(), { timeout: 20_000 })
      .toMatch(/did not answer/);
    await popup.screenshot({ path: `${screenshotDir}/popup-timeout.png` });
  });

  it('shows the way to the options page when nothing is configured', async () => {
    await (await session.worker()).evaluate(() => chrome.storage.local.remove('settings'));
    const fresh = await session.openExtensionPage('popup.html');

    await fresh
      .getByRole('button', { name: /options/i })
      .first()
      .waitFor();
    await fresh.screenshot({ path: `${screenshotDir}/popup-first-run.png` });
    await fresh.close();
    await session.configure();
  });
});
