import type { Page } from 'playwright-core';

import { findDialogs } from './cdp';

/** The centre of the first occurrence of `text` inside the element matching `selector`. */
export async function locateText(page: Page, selector: string, text: string) {
  const point = await page.evaluate(
    ([sel, needle]) => {
      const root = document.querySelector(sel);
      const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const rect = range.getBoundingClientRect();

          const { x, y, width, height } = rect;

          return { x: x + width / 2, y: y + height / 2, rect: { x, y, width, height } };
        }
      }

      return null;
    },
    [selector, text] as const,
  );
  if (!point) {
    throw new Error(`"${text}" is not in ${selector}`);
  }

  return point;
}

/**
 * Rests a real mouse pointer on `text`, arriving from just left of it as a person would (a
 * single jump is not a pointer movement the hover intent trusts). Returns where it rests.
 */
export async function hoverText(page: Page, selector: string, text: string) {
  const point = await locateText(page, selector, text);
  await page.mouse.move(point.x - 4, point.y, { steps: 2 });
  await page.mouse.move(point.x, point.y);

  return point;
}

/** Waits until a dialog whose accessible name matches is open, or fails after `timeout`. */
export async function waitForDialog(page: Page, name: RegExp, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const dialog = (await findDialogs(page)).find((candidate) => name.test(candidate.name));
    if (dialog) {
      return dialog;
    }

    if (Date.now() > deadline) {
      throw new Error(`No dialog named ${name} within ${timeout} ms`);
    }

    await page.waitForTimeout(50);
  }
}

/** How many marks the extension registered with the CSS Custom Highlight API. */
export async function countMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('lead-viewer')) {
        count += highlight.size;
      }
    }

    return count;
  });
}

/**
 * Compares the live DOM with a fresh parse of the same page source: apart from at most one
 * added host element, nothing may differ (CONTRACT C7).
 */
export async function diffAgainstSource(page: Page) {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const live = document.documentElement.cloneNode(true) as HTMLElement;
    const added: string[] = [];
    for (const parent of [live, live.querySelector('body')]) {
      const original = parent === live ? parsed.documentElement : parsed.body;
      for (const child of [...(parent?.children ?? [])].slice(original.children.length)) {
        added.push(child.tagName.toLowerCase());
        child.remove();
      }
    }

    return { added, same: live.outerHTML === parsed.documentElement.outerHTML };
  });
}
