import type { ScanScope } from './detector';
import type { MarkStore } from './mark-store';
import { isInSkippedRegion, type SkipCache } from './skip-rules';

/** How one pass scans: nodes seen before are rescanned (stale marks go), and what it learnt. */
export interface ScanPass extends ScanScope {
  rescan: boolean;
  skips: SkipCache;
}

/** Marks the IDs in one text node; returns how many are new. */
export function scanTextNode(node: Text, store: MarkStore, pass: ScanPass): number {
  // `length` is cheaper than `data`, and most text nodes are shorter than any ID (BENCHMARK).
  const { length } = node;
  pass.budget.left -= length;
  const matches = length < pass.detector.text.minLength ? [] : pass.detector.text.find(node.data);
  // Checked only for the rare node that matched: a filter on every node costs 2-4× (BENCHMARK).
  // Each read of `parentElement` looks up the parent's wrapper in this isolated world's map.
  const parent = matches.length > 0 ? node.parentElement : null;
  if (parent !== null && !isInSkippedRegion(parent, pass.skips)) {
    return store.texts.set(node, matches, parent);
  }

  if (pass.rescan || matches.length > 0) {
    store.texts.clear(node);
  }

  return 0;
}

/** Marks a link or `data-lead-id` element that names a lead; returns 1 when it is new. */
export function scanElement(element: Element, store: MarkStore, pass: ScanPass): number {
  const reference = pass.detector.readElement(element);
  if (reference === null || isInSkippedRegion(element, pass.skips)) {
    store.elements.clear(element);

    return 0;
  }

  return store.elements.set(element, reference);
}
