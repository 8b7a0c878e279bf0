import { createMarkStore, type MarkStore } from '@/lib/page/mark-store';
import { createRangeFactory } from '@/lib/page/marks';
import { createScanJob, type ScanInput } from '@/lib/page/scan-job';

export const sf15 = '00Q3y00001QraiX';
export const sf18 = '00Q3y00001QraiXEAR';
export const closeId = 'lead_HcmG4cyICfAIu1J0sRziNKe63cbNaifOxZZ0PppgksW';
export const lightningUrl = `https://acme.lightning.force.com/lightning/r/Lead/${sf18}/view`;

export function newStore(): MarkStore {
  return createMarkStore(createRangeFactory(document));
}

/** Runs a whole scan at once (no deadline); returns how many IDs it reported new. */
export function scanNow(store: MarkStore, input: ScanInput): number {
  const job = createScanJob(
    () => input,
    store,
    () => 0,
  );
  let found = 0;
  for (let step = job.step(Infinity); ; step = job.step(Infinity)) {
    found += step.found;
    if (step.done) {
      return found;
    }
  }
}

/** The IDs marked in text under `root`, in document order. */
export function markedTextIds(store: MarkStore, root: Node = document.body): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const ids: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    store.texts.get(node)?.forEach((mark) => ids.push(mark.reference.id));
  }

  return ids;
}

export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;

  return document.body;
}
