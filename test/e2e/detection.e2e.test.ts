import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { findDialogs } from './support/cdp';
import {
  countMarks,
  diffAgainstSource,
  hoverText,
  locateText,
  waitForDialog,
} from './support/page-tools';
import { type Session, startSession } from './support/session';

let session: Session;
let page: Page;

/** Marks on detect.html: one per pattern family and the route's ID, none for the negatives. */
const families = 8;
const negatives = ['00Q5e00000AdLvQEAX', ids.nulls, ids.formInput, ids.formTextarea];

/** True when a range of the extension's highlight lies inside the element `selector` names. */
async function isDrawn(selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const ranges = [...(CSS.highlights.get('lead-viewer') ?? [])];

    return ranges.some((range) => element?.contains(range.startContainer) === true);
  }, selector);
}

beforeAll(async () => {
  session = await startSession();
  await session.configure();
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  await page.goto(`${session.pagesUrl}/detect.html`);
  await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBe(families);
  session.api.resetLog();
});

describe('detection on a page with every family', () => {
  it('marks each family once and nothing else, leaving the DOM as it was', async () => {
    await page.waitForTimeout(500);

    expect(await countMarks(page)).toBe(families);
    expect(await diffAgainstSource(page)).toEqual({ added: [], same: true });
  });

  it.each([
    ['Salesforce text, 18 characters', '#sf18', ids.full, /Ada Linwood/],
    ['Close text', '#close', ids.close, /Lead: /],
    ['a Pipedrive link', '#pipedrive', 'Pipedrive lead', /Lead: /],
    ['a HubSpot link', '#hubspot', 'HubSpot lead', /Lead: /],
    ['a data-lead-id element', '#attribute', 'Grace', /Lead: /],
  ])('opens a named card for %s', async (_label, selector, text, name) => {
    await hoverText(page, selector, text);

    await waitForDialog(page, name, 2_000);
  });

  it('never asks for a negative, even after a slow pass over each', async () => {
    for (const selector of ['#checksum', '#glued', '#account']) {
      const text = (await page.textContent(selector))?.split(': ')[1] ?? '';
      await hoverText(page, selector, text);
      await page.waitForTimeout(600);
    }

    expect(await findDialogs(page)).toEqual([]);
    const asked = session.api.log.map((entry) => entry.path).join(' ');
    negatives.forEach((id) => expect(asked).not.toContain(id));
  });

  it('opens nothing during a fast sweep across the IDs', async () => {
    for (const [selector, text] of [
      ['#sf18', ids.full],
      ['#sf15', '00Q5e00000Mn1mL'],
      ['#close', ids.close],
    ] as const) {
      const point = await locateText(page, selector, text);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await page.waitForTimeout(60);
    }
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);

    expect(await findDialogs(page)).toEqual([]);
    expect(session.api.log).toEqual([]);
  });

  it('re-detects after a single-page route change, within a second', async () => {
    await page.click('#navigate');
    await page.mouse.move(5, 5);
    const started = Date.now();
    await hoverText(page, '#route', ids.eur);

    await waitForDialog(page, /Lead: /, 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await countMarks(page)).toBe(families);
  });

  it('draws only marks near the viewport, then those scrolled to, whose card opens', async () => {
    await page.evaluate((id) => {
      const rows = Array.from(
        { length: 2_000 },
        (_, row) => `<p id="row-${row}">${row}: ${id}</p>`,
      );
      document.body.insertAdjacentHTML('beforeend', rows.join(''));
    }, ids.full);
    await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(families);
    expect(await countMarks(page)).toBeLessThan(1_000);
    expect(await isDrawn('#row-1990')).toBe(false);

    await page.evaluate(() => document.getElementById('row-1990')?.scrollIntoView());
    await expect.poll(() => isDrawn('#row-1990'), { timeout: 2_000 }).toBe(true);
    await hoverText(page, '#row-1990', ids.full);
    await waitForDialog(page, /Ada Linwood/, 2_000);
  });

  it('reports the page’s leads for the toolbar badge and the popup', async () => {
    const worker = await session.worker();
    const reported = async () =>
      worker.evaluate(async () => {
        const stored = await chrome.storage.session.get(null);
        return Object.entries(stored)
          .filter(([key]) => key.startsWith('tab:'))
          .map(([, value]) => value as { count: number; paused: boolean });
      });

    await expect
      .poll(async () => (await reported()).some((entry) => entry.count === families), {
        timeout: 5_000,
      })
      .toBe(true);
  });
});
