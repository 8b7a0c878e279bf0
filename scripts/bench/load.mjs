// @ts-check
// One page load: waits for detection to settle, then reads every figure from the page.
import { measureHover, observeLongWork, readScanMeasures, runReferencePass } from './in-page.mjs';

const settleMs = 1_500;
const timeoutMs = 90_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the measures until none was added for `settleMs` (and the feed, if any, is done). */
async function waitForSettled(page) {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    await sleep(250);
    const count = await page.evaluate(
      () => performance.getEntriesByName('lead-viewer:scan').length,
    );
    const feedDone = await page.evaluate(() => Reflect.get(window, '__feed')?.done ?? true);
    if (count !== last || !feedDone || count === 0) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= settleMs) {
      return;
    }
  }

  throw new Error('Detection never settled on the page.');
}

const overlaps = ([start, duration], [otherStart, otherDuration]) =>
  start < otherStart + otherDuration && otherStart < start + duration;

function summarise(measures, longWork) {
  const longest = longWork.longtasks
    .filter((task) => measures.some((measure) => overlaps(task, measure)))
    .reduce((max, [, duration]) => Math.max(max, duration), 0);
  const paint = measures.filter(([, , count]) => count === 0).at(-1);
  const paintEnd = paint ? paint[0] + paint[1] : 0;
  // LoAF reports only frames over 50 ms: none starting by the paint's end means a shorter frame.
  const frame = longWork.frames
    .filter(([start, duration]) => start <= paintEnd + 50 && start + duration >= paintEnd)
    .reduce((max, [, duration]) => Math.max(max, duration), 0);

  return {
    scanMs: measures.reduce((sum, [, duration]) => sum + duration, 0),
    found: measures.reduce((sum, [, , count]) => sum + count, 0),
    maxMeasureMs: measures.reduce((max, [, duration]) => Math.max(max, duration), 0),
    measures: measures.length,
    longestTaskMs: longest,
    frameAfterMarkingMs: frame,
  };
}

/** Loads `url` once in a fresh tab and returns its figures. */
export async function measureLoad(context, url, { hover }) {
  const page = await context.newPage();
  try {
    await page.addInitScript(observeLongWork);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await waitForSettled(page);
    const measures = await page.evaluate(readScanMeasures);
    const longWork = await page.evaluate(() => Reflect.get(window, '__bench'));
    const reference = await page.evaluate(runReferencePass);
    const feedOwnMs = await page.evaluate(() => Reflect.get(window, '__feed')?.ownMs ?? null);
    const hoverCost = hover ? await page.evaluate(measureHover) : null;

    return { ...summarise(measures, longWork), reference, feedOwnMs, hover: hoverCost };
  } finally {
    await page.close();
  }
}
