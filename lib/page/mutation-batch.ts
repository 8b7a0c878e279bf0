/** What changed on the page during one animation frame. */
export interface MutationBatch {
  /** Added nodes and edited text nodes. */
  added: Set<Node>;
  /** Parents of added or removed children, and elements whose watched attributes changed. */
  changed: Set<Element>;
  removals: boolean;
}

export function createMutationBatch(): MutationBatch {
  return { added: new Set(), changed: new Set(), removals: false };
}

/** Folds records into the batch: cheap set inserts, so the observer callback stays tiny. */
export function collectRecords(batch: MutationBatch, records: readonly MutationRecord[]): void {
  for (const record of records) {
    if (record.type === 'characterData') {
      batch.added.add(record.target);
    } else if (record.target instanceof Element) {
      batch.changed.add(record.target);
    }

    record.addedNodes.forEach((node) => batch.added.add(node));
    batch.removals ||= record.removedNodes.length > 0;
  }
}

/**
 * True when an ancestor of `node` is in `added`. Ancestors found outside are remembered in
 * `outside`: a feed's 200 new posts share all of theirs, so each post asks about one.
 */
function isInsideAdded(node: Node, added: Set<Node>, outside: Set<Node>): boolean {
  let parent = node.parentNode;
  for (; parent !== null && !outside.has(parent); parent = parent.parentNode) {
    if (added.has(parent)) {
      return true;
    }
  }

  for (let above = node.parentNode; above !== null && above !== parent; above = above.parentNode) {
    outside.add(above);
  }

  return false;
}

/** Added nodes still in the page, minus those inside another added node (scanned with it). */
export function listScanRoots(added: Set<Node>, isOwn: (node: Node) => boolean): Node[] {
  const outside = new Set<Node>();

  return [...added].filter(
    (node) => node.isConnected && !isOwn(node) && !isInsideAdded(node, added, outside),
  );
}
