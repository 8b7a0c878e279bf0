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

function hasAncestorIn(node: Node, nodes: Set<Node>): boolean {
  for (let parent = node.parentNode; parent !== null; parent = parent.parentNode) {
    if (nodes.has(parent)) {
      return true;
    }
  }

  return false;
}

/** Added nodes still in the page, minus those inside another added node (scanned with it). */
export function listScanRoots(added: Set<Node>, isOwn: (node: Node) => boolean): Node[] {
  return [...added].filter(
    (node) => node.isConnected && !isOwn(node) && !hasAncestorIn(node, added),
  );
}
