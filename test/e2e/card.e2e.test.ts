import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { findDialogs } from './support/cdp';
import { countMarks, diffAgainstSource, hoverText, waitForDialog } from './support/page-tools';
import { screenshotDir } from './support/paths';
import { type Session, startSession } from './support/session';

let session: Session;
let page: Page;

async function openDemoPage(): Promise<void> {
  await page.goto(`${session.pagesUrl}/demo.html`);
  await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
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
  session.api.clearFaults();
  await openDemoPage();
  session.api.resetLog();
});

describe('hover card', () => {
  it('opens within a second on a Salesforce ID, named after the lead', async () => {
    const started = Date.now();
    await hoverText(page, '#intro', ids.full);

    const dialog = await waitForDialog(page, /Ada Linwood/, 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(dialog.box?.width).toBeGreaterThan(200);
    await page.screenshot({ path: `${screenshotDir}/card.png` });
  });

  it('asks for the hovered lead only, with the Salesforce service header', async () => {
    // A lead no other test hovers, so the background's cache cannot answer for it.
    await hoverText(page, 'body', ids.priya);
    await waitForDialog(page, /Priya Raman/);

    expect(session.api.log.map((entry) => entry.path)).toEqual([`/crm/leads/${ids.priya}`]);
    expect(session.api.log[0]?.headers['x-apideck-service-id']).toBe('salesforce');
  });

  it('sends no request for IDs that were never hovered', async () => {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(1_500);

    expect(session.api.log).toEqual([]);
  });

  it('closes on Escape', async () => {
    await hoverText(page, '#intro', ids.full);
    await waitForDialog(page, /Ada Linwood/);
    await page.keyboard.press('Escape');

    await expect.poll(async () => (await findDialogs(page)).length).toBe(0);
  });

  it('stays open while the pointer moves from the ID onto the card', async () => {
    const point = await hoverText(page, '#intro', ids.full);
    const { box } = await waitForDialog(page, /Ada Linwood/);
    if (!box) {
      throw new Error('The card has no box');
    }

    await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 8 });
    await page.waitForTimeout(800);
    expect((await findDialogs(page)).map((dialog) => dialog.name)).toEqual([
      expect.stringMatching(/Ada Linwood/),
    ]);
    expect(point.y < box.y || point.y > box.y + box.height).toBe(true);
  });

  it('leaves the page DOM as it was, apart from one host element', async () => {
    await hoverText(page, '#intro', ids.full);
    await waitForDialog(page, /Ada Linwood/);

    const diff = await diffAgainstSource(page);
    expect(diff.added.length).toBeLessThanOrEqual(1);
    expect(diff.same).toBe(true);
  });

  it('records lead-viewer:scan measures with counts and never the IDs', async () => {
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByName('lead-viewer:scan')
        .map((entry) => (entry as PerformanceMeasure).detail),
    );

    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((detail) => typeof detail?.count === 'number')).toBe(true);
    expect(JSON.stringify(measures)).not.toContain('00Q');
  });
});
