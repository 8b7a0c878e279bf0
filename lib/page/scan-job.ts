import { defaultDetector, type ScanScope } from './detector';
import type { MarkStore } from './mark-store';
import { scanElement, type ScanPass, scanTextNode } from './scan-nodes';
import { referenceElementSelector } from './skip-rules';

export interface ScanStep {
  found: number;
  done: boolean;
}

/** Detection work that can stop at a deadline and resume later. */
export interface ScanJob {
  step(deadline: number): ScanStep;
}

export interface ScanInput {
  /** Subtrees (or single text nodes) to scan. */
  roots: readonly Node[];
  /** Elements whose own reference may have changed (attributes, children). */
  elements?: readonly Element[];
  /** True for content seen before: marks that no longer match are dropped. */
  rescan: boolean;
}

type Unit = (deadline: number) => ScanStep;

// How many nodes between clock reads: reading it for every node would cost more than the scan.
const nodesPerClockRead = 64;

/** Scans the nodes `next` hands out until it runs dry, the deadline passes or the budget ends. */
function walk<T extends Node>(
  next: () => T | null | undefined,
  scan: (node: T) => number,
  pass: ScanPass,
  now: () => number,
): Unit {
  return (deadline) => {
    let found = 0;
    let seen = 0;
    for (let node = next(); node; node = next()) {
      found += scan(node);
      // Out of budget: the pass ends here and detection pauses on this page.
      if (pass.budget.left < 0) {
        break;
      }

      if (++seen % nodesPerClockRead === 0 && now() >= deadline) {
        return { found, done: false };
      }
    }

    return { found, done: true };
  };
}

function walkTexts(root: Element, store: MarkStore, pass: ScanPass, now: () => number): Unit {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // A SHOW_TEXT walker yields only Text nodes (CDATA sections are Text too).
  const next = (): Text | null => walker.nextNode() as Text | null;

  return walk(next, (node) => scanTextNode(node, store, pass), pass, now);
}

function walkList<T extends Node>(
  list: ArrayLike<T>,
  scan: (node: T) => number,
  pass: ScanPass,
  now: () => number,
): Unit {
  let index = 0;

  return walk(() => list[index++], scan, pass, now);
}

function listReferenceElements(root: Element): ArrayLike<Element> {
  const inside = root.querySelectorAll(referenceElementSelector);

  return root.matches(referenceElementSelector) ? [root, ...inside] : inside;
}

/**
 * A text node, or an element without element children (a feed's post, a table cell): without
 * the walker and the selector query a subtree needs (~2 µs each, per added post).
 */
function scanLeaf(leaf: Node, store: MarkStore, pass: ScanPass): number {
  let found = leaf instanceof Text ? scanTextNode(leaf, store, pass) : 0;
  for (let child = leaf.firstChild; child !== null; child = child.nextSibling) {
    found += child instanceof Text ? scanTextNode(child, store, pass) : 0;
  }

  // A post without attributes (most of a feed's) cannot be a reference: no selector match.
  return leaf instanceof Element && leaf.hasAttributes() && leaf.matches(referenceElementSelector)
    ? found + scanElement(leaf, store, pass)
    : found;
}

// Units are planned lazily, so each subtree's element list is read right before it is scanned.
function* planUnits(
  input: ScanInput,
  store: MarkStore,
  now: () => number,
  scope: ScanScope,
): Generator<Unit> {
  const pass: ScanPass = { ...scope, rescan: input.rescan, skips: new Map() };
  const leaves: Node[] = [];
  for (const root of input.roots) {
    if (root instanceof Text || (root instanceof Element && root.firstElementChild === null)) {
      leaves.push(root);
    } else if (root instanceof Element) {
      yield walkTexts(root, store, pass, now);
      const references = listReferenceElements(root);
      yield walkList(references, (element) => scanElement(element, store, pass), pass, now);
    }
  }

  if (leaves.length > 0) {
    yield walkList(leaves, (leaf) => scanLeaf(leaf, store, pass), pass, now);
  }

  const elements = input.elements?.filter((element) => element.isConnected) ?? [];
  if (elements.length > 0) {
    yield walkList(elements, (element) => scanElement(element, store, pass), pass, now);
  }
}

const unlimited: ScanScope = { detector: defaultDetector, budget: { left: Infinity } };

/** A job over `plan()`'s input; `plan` runs at the first step, so its cost is measured too. */
export function createScanJob(
  plan: () => ScanInput,
  store: MarkStore,
  now: () => number,
  scope: ScanScope = unlimited,
): ScanJob {
  let units: Generator<Unit> | null = null;
  let current: Unit | null = null;

  return {
    step(deadline) {
      units ??= planUnits(plan(), store, now, scope);
      let found = 0;
      for (;;) {
        if (current === null) {
          const next = units.next();
          if (next.done === true) {
            return { found, done: true };
          }

          current = next.value;
        }

        const result = current(deadline);
        found += result.found;
        if (!result.done) {
          return { found, done: false };
        }

        current = null;
        if (now() >= deadline) {
          return { found, done: false };
        }
      }
    },
  };
}
