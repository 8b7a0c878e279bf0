import type { MarkStore } from './mark-store';
import { listScanRoots, type MutationBatch } from './mutation-batch';
import type { ScanInput } from './scan-job';
import { referenceElementSelector } from './skip-rules';

/** Marked elements and reference elements enclosing a change: their mark may be stale. */
function listChangedReferences(changed: Set<Element>, store: MarkStore): Element[] {
  const found = new Set<Element>();
  changed.forEach((element) => {
    if (store.elements.get(element) !== undefined) {
      found.add(element);
    }

    const owner = element.closest(referenceElementSelector);
    if (owner !== null) {
      found.add(owner);
    }
  });

  return [...found];
}

/** What one batch of page changes needs scanned; drops the marks of removed content first. */
export function planBatchScan(
  batch: MutationBatch,
  store: MarkStore,
  isOwn: (node: Node) => boolean,
): ScanInput {
  if (batch.removals) {
    store.pruneDisconnected();
  }

  return {
    roots: listScanRoots(batch.added, isOwn),
    elements: listChangedReferences(batch.changed, store),
    rescan: true,
  };
}
