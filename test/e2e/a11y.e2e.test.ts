import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ids } from '../fake-apideck/leads.mjs';
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

  it('finds no violations on the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await page.getByText('Find these on pages').waitFor();
    await check(page, `options-${theme}`);
  });
});
