import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findDialogs } from './support/cdp';
import { countMarks, hoverText, waitForDialog } from './support/page-tools';
import { screenshotDir } from './support/paths';
import { type Session, startSession } from './support/session';

const adaId = '00Q5e00000AdLvQEAV';
const ada = /Ada Linwood/;

let session: Session;
let page: Page;

async function open(path: string): Promise<void> {
  await page.goto(`${session.pagesUrl}/${path}`);
  await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
}

async function hoverAda(selector = '#lead'): Promise<DOMRectInit> {
  return (await hoverText(page, selector, adaId)).rect;
}

async function cardSize(path: string): Promise<{ width: number; height: number }> {
  await open(path);
  await hoverAda();
  const { box } = await waitForDialog(page, ada);
  await page.screenshot({ path: `${screenshotDir}/${path.replace(/\W+/g, '-')}.png` });
  await page.keyboard.press('Escape');
  if (!box) {
    throw new Error(`The card on ${path} has no box`);
  }

  return { width: box.width, height: box.height };
}

const cardNames = async (): Promise<string[]> =>
  (await findDialogs(page)).map((dialog) => dialog.name).filter((name) => ada.test(name));

beforeAll(async () => {
  session = await startSession();
  await session.configure();
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('card isolation', () => {
  it.each(['card-hostile-css.html', 'card-hostile-css.html?root=px'])(
    'has the same size on %s as on a plain page',
    async (hostile) => {
      const plain = await cardSize('card-plain.html');
      const attacked = await cardSize(hostile);

      expect(Math.abs(attacked.width - plain.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(attacked.height - plain.height)).toBeLessThanOrEqual(1);
    },
  );

  it("shows above a page's modal dialog, and Escape closes the card but not the dialog", async () => {
    await open('card-modal.html');
    await hoverAda();
    const { box } = await waitForDialog(page, ada);
    if (!box) {
      throw new Error('The card has no box');
    }

    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [
      box.x + box.width / 2,
      box.y + box.height / 2,
    ] as const);
    await page.screenshot({ path: `${screenshotDir}/card-modal.png` });
    expect(onTop).toBe('lead-viewer-root');

    await page.keyboard.press('Escape');
    await expect.poll(cardNames).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
  });

  it('opens for a lead link reached with Tab, and Escape returns focus to it', async () => {
    await open('card-plain.html');
    await page.focus('#before');
    await page.keyboard.press('Tab');
    await waitForDialog(page, /Grace Holloway/);

    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.localName))
      .toBe('lead-viewer-root');
    await page.keyboard.press('Escape');

    await expect.poll(async () => (await findDialogs(page)).length).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
  });
});

describe('a page that removes elements it did not create', () => {
  const removed = (): Promise<number> =>
    page.evaluate(() => Number(Reflect.get(window, 'removedNodes')));

  it('gets the card back after the page removed its host', async () => {
    await open('card-node-remover.html?limit=1');
    await hoverAda();

    await waitForDialog(page, ada);
    expect(await removed()).toBe(1);
  });

  it('gives up quietly when the page keeps removing it', async () => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await open('card-node-remover.html');
    await hoverAda();
    await expect.poll(removed).toBeGreaterThan(1);
    await page.waitForTimeout(1_500);

    expect(await removed()).toBeLessThanOrEqual(4);
    expect(await cardNames()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("placement at the viewport's edges", () => {
  it.each(['#top-right', '#right', '#bottom-left', '#bottom-right'])(
    'keeps the full card inside the viewport and off the ID at %s',
    async (selector) => {
      await open('card-edges.html');
      const id = await hoverAda(selector);
      const { box } = await waitForDialog(page, ada);
      const viewport = await page.evaluate(() => ({
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      }));
      if (!box) {
        throw new Error('The card has no box');
      }

      const { x = 0, y = 0, width = 0, height = 0 } = id;
      expect(box.y + box.height <= y || box.y >= y + height).toBe(true);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(x + width).toBeGreaterThan(box.x);
    },
  );

  it('sits at its ID on a page whose root element has a left margin', async () => {
    await open('card-root-margin.html');
    const id = await hoverAda();
    const { box } = await waitForDialog(page, ada);

    expect(Math.abs((box?.x ?? 0) - (id.x ?? 0))).toBeLessThanOrEqual(1);
    expect((box?.y ?? 0) - ((id.y ?? 0) + (id.height ?? 0))).toBeGreaterThan(0);
  });
});
