// @ts-check
// The steps the demo walks through, as a person would: options, popup, then a hover card.

/** @typedef {Awaited<ReturnType<import('./chromium.mjs').launchWithExtension>>} Launched */

/** @param {Launched} browser @param {string} apiUrl @param {string} screenshot */
export async function configureThroughOptions(browser, apiUrl, screenshot) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByLabel('API key', { exact: true }).fill('demo-key');
  await page.getByLabel('App ID', { exact: true }).fill('demo-app');
  await page.getByLabel('Consumer ID', { exact: true }).fill('demo-consumer');
  await page.getByLabel('API base URL', { exact: true }).fill(apiUrl);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/Saved/).waitFor();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText(/Connected/).waitFor();
  await page.screenshot({ path: screenshot, fullPage: true });
}

/** @param {Launched} browser @param {string} id @param {string} screenshot */
export async function lookUpInPopup(browser, id, screenshot) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 640 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.getByLabel('Lead ID').fill(id);
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.screenshot({ path: screenshot });
}

/** @param {Launched} browser @param {string} url @param {string} id @param {string} screenshot */
export async function hoverFirstLead(browser, url, id, screenshot) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
  const point = await page.evaluate((needle) => {
    const intro = document.querySelector('#intro');
    const node = [...(intro?.childNodes ?? [])].find((child) =>
      child.textContent?.includes(needle),
    );
    if (!node) {
      return null;
    }

    const range = document.createRange();
    const at = node.textContent?.indexOf(needle) ?? 0;
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const rect = range.getBoundingClientRect();

    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, id);
  if (!point) {
    throw new Error(`The demo page does not show ${id} in #intro.`);
  }

  await page.mouse.move(point.x - 5, point.y);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: screenshot });
}
