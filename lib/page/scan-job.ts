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

function walkTexts(root: Element, store: MarkStore, pass: ScanPass, now: () => number): Unit {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);

  return (deadline) => {
    let found = 0;
    let seen = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      // A SHOW_TEXT walker yields only Text nodes (CDATA sections are Text too).
      found += scanTextNode(node as Text, store, pass);
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

function walkElements(
  list: ArrayLike<Element>,
  store: MarkStore,
  pass: ScanPass,
  now: () => number,
): Unit {
  let index = 0;

  return (deadline) => {
    let found = 0;
    while (index < list.length) {
      const element = list[index++];
      found += element === undefined ? 0 : scanElement(element, store, pass);
      if (index % nodesPerClockRead === 0 && now() >= deadline) {
        return { found, done: index >= list.length };
      }
    }

    return { found, done: true };
  };
}

function listReferenceElements(root: Element): ArrayLike<Element> {
  const inside = root.querySelectorAll(referenceElementSelector);

  return root.matches(referenceElementSelector) ? [root, ...inside] : inside;
}

// Units are planned lazily, so each subtree's element list is read right before it is scanned.
function* planUnits(
  input: ScanInput,
  store: MarkStore,
  now: () => number,
  scope: ScanScope,
): Generator<Unit> {
  const pass: ScanPass = { ...scope, rescan: input.rescan, skips: new Map() };
  for (const root of input.roots) {
    if (root instanceof Text) {
      yield () => ({ found: scanTextNode(root, store, pass), done: true });
    } else if (root instanceof Element) {
      yield walkTexts(root, store, pass, now);
      yield walkElements(listReferenceElements(root), store, pass, now);
    }
  }

  const elements = input.elements?.filter((element) => element.isConnected) ?? [];
  if (elements.length > 0) {
    yield walkElements(elements, store, pass, now);
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
