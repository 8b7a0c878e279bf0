// @ts-check
// Functions evaluated inside the benchmark page (serialised by Playwright: self-contained).

/** Installed before the page loads: collects long tasks and long animation frames. */
export function observeLongWork() {
  const seen = { longtasks: [], frames: [] };
  Reflect.set(window, '__bench', seen);
  const keep = (list) => (entries) =>
    entries.getEntries().forEach((entry) => list.push([entry.startTime, entry.duration]));
  new PerformanceObserver(keep(seen.longtasks)).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver(keep(seen.frames)).observe({
      type: 'long-animation-frame',
      buffered: true,
    });
  } catch {
    // Older Chromium: no LoAF entries, the frame after marking reads as unknown.
  }
}

/** The extension's measures so far: [start, duration, count]. */
export function readScanMeasures() {
  return performance
    .getEntriesByName('lead-viewer:scan')
    .map((entry) => [entry.startTime, entry.duration, entry.detail?.count ?? 0]);
}

/** L0 (BENCHMARK.md): a filtered TreeWalker and one combined regex per text node. */
export function runReferencePass() {
  const skipped = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'NOSCRIPT', 'TEMPLATE']);
  const pattern =
    /00Q[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?(?![0-9A-Za-z])|lead_[0-9A-Za-z]{43}(?![0-9A-Za-z])/g;
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      const skip = parent === null || skipped.has(parent.tagName) || parent.isContentEditable;
      return skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  let found = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    found += node.data.match(pattern)?.length ?? 0;
  }

  return { ms: performance.now() - start, found };
}

/**
 * Hover cost: what the extension's hit test does on an ID (caret lookup, then the ID's rects)
 * against the page's own `elementFromPoint`, at the same points, in microseconds per call.
 */
export function measureHover() {
  const points = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (
    let node = walker.nextNode();
    node !== null && points.length < 200;
    node = walker.nextNode()
  ) {
    const at = /00Q[0-9A-Za-z]{12}/.exec(node.data)?.index ?? -1;
    const rect = at === -1 ? null : rangeOf(node, at, at + 15).getBoundingClientRect();
    if (rect && rect.top > 0 && rect.bottom < innerHeight) {
      points.push({ node, at, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
  }

  function rangeOf(node, start, end) {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  }

  const time = (run) => {
    const start = performance.now();
    for (let round = 0; round < 20; round++) {
      points.forEach(run);
    }
    return ((performance.now() - start) * 1000) / Math.max(1, points.length * 20);
  };
  const page = time(({ x, y }) => document.elementFromPoint(x, y));
  const ours = time(({ node, at, x, y }) => {
    document.caretPositionFromPoint(x, y);
    rangeOf(node, at, at + 15).getClientRects();
  });

  return { points: points.length, pageUs: page, oursUs: ours };
}
