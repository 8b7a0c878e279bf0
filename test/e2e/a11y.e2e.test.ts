import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
import { countMarks, hoverText, waitForDialog } from './support/page-tools';
import { projectRoot, screenshotDir } from './support/paths';
import { type Session, startSession } from './support/session';

let session: Session;
let axeSource: string;
// Tests never rewrite tracked files: the README's copies in docs/ are refreshed by hand.
const docs = resolve(screenshotDir, 'screens');
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page. Injected through evaluate: the page CSP blocks tags. */
async function runAxe(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);

  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as {
      run: (context: Document) => Promise<{
        violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
      }>;
    };
    const result = await axe.run(document);

    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}

async function openPopup(theme: Theme): Promise<Page> {
  const page = await session.openExtensionPage('popup.html');
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 392, height: 640 });

  return page;
}

async function lookUp(page: Page, id: string): Promise<void> {
  await page.getByLabel('Lead ID').fill(id);
  await page.getByLabel('Lead ID').press('Enter');
}

async function check(page: Page, shot: string): Promise<void> {
  await page.screenshot({ path: `${docs}/${shot}.png`, fullPage: true });
  expect(await runAxe(page)).toEqual([]);
  await page.close();
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findNode(node: DomNode, name: string): DomNode | null {
  if (node.nodeName.toLowerCase() === name) {
    return node;
  }

  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, name);
    if (found) {
      return found;
    }
  }

  return null;
}

/**
 * The open card's shadow tree as markup. The root is closed, so neither page scripts nor axe can
 * enter it; DevTools can, and a copy of the same markup and styles can be checked instead.
 */
async function readCardTree(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const shadow = findNode(root, 'lead-viewer-root')?.shadowRoots?.[0];
    const parts = await Promise.all(
      (shadow?.children ?? []).map(
        async ({ nodeId }) => (await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML,
      ),
    );

    return parts.join('');
  } finally {
    await cdp.detach();
  }
}

async function openCard(theme: Theme): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(`${session.pagesUrl}/demo.html`);
  await expect.poll(() => countMarks(page), { timeout: 5_000 }).toBeGreaterThan(0);
  await hoverText(page, '#intro', ids.full);
  await waitForDialog(page, /Ada Linwood/);

  return page;
}

beforeAll(async () => {
  axeSource = await readFile(resolve(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  session = await startSession();
  await session.configure();
});

afterAll(async () => {
  await session?.close();
});

describe.each(themes)('axe in the %s theme', (theme) => {
  it('finds no violations on a found lead, expanded', async () => {
    const page = await openPopup(theme);
    await lookUp(page, ids.full);
    await page.getByRole('heading', { name: 'Ada Linwood' }).waitFor();
    await page.getByRole('button', { name: 'Show all fields' }).click();
    await check(page, `popup-found-${theme}`);
  });

  it('finds no violations on an error', async () => {
    const page = await openPopup(theme);
    await lookUp(page, '00Q5e00000NoSuchXX');
    await page.getByRole('alert').waitFor();
    await check(page, `popup-error-${theme}`);
  });

  it('finds no violations on search results', async () => {
    const page = await openPopup(theme);
    await page.getByLabel('Search for').fill('a');
    await page.getByLabel('Search for').press('Enter');
    await page.getByRole('list', { name: 'Search results' }).waitFor();
    await check(page, `popup-search-${theme}`);
  });

  it('finds no violations on the hover card (a copy of its closed shadow tree)', async () => {
    const page = await openCard(theme);
    // The card as it sits on the page, for the README.
    await page.screenshot({ path: `${docs}/card-${theme}.png` });
    const tree = await readCardTree(page);
    await page.close();
    expect(tree).toContain('role="dialog"');

    const copy = await session.context.newPage();
    await copy.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await copy.setContent('<!doctype html><html lang="en"><title>Card</title><main></main></html>');
    await copy.evaluate((markup) => {
      const host = document.createElement('div');
      document.querySelector('main')?.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = markup;
      shadow.querySelector<HTMLElement>('[popover]')?.showPopover();
    }, tree);
    expect(
      await copy.evaluate(() => document.querySelector('main div')?.shadowRoot?.textContent),
    ).toContain('Ada Linwood');
    expect(await runAxe(copy)).toEqual([]);
    await copy.close();
  });

  it('finds no violations on the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await page.getByText('Find these on pages').waitFor();
    await check(page, `options-${theme}`);
  });
});
