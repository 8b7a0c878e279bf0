import { createAttention } from './attention';
import { planBatchScan } from './batch-scan';
import { type CardController, createCardController } from './card-controller';
import { hostTagName } from './card-host';
import { lookUpLead } from './card-lookup';
import { trackFocus } from './focus-tracker';
import { createPageGeometry } from './geometry';
import { createHighlighter, findHighlightApi } from './highlighter';
import { createHoverIntent } from './hover-intent';
import { createMarkStore, type MarkStore } from './mark-store';
import { adoptMarkStyle } from './mark-style';
import { createRangeFactory, type Mark } from './marks';
import type { MutationBatch } from './mutation-batch';
import { watchMutations } from './mutation-watch';
import { trackPointer } from './pointer-tracker';
import { createScanJob, type ScanInput } from './scan-job';
import { createScanRunner, type ScanRunner } from './scan-runner';

export interface LeadViewerOptions {
  doc: Document;
  /** Aborts when the script is invalidated: replaced by a newer copy, or orphaned. */
  signal: AbortSignal;
  /** Notices an extension reload (and then aborts `signal`). */
  isAlive(): boolean;
  /** True when the extension is gone (reloaded), not merely replaced by a newer copy. */
  isOrphaned(): boolean;
}

const now = (): number => performance.now();
// Ours, or left by an earlier copy of this script: never scanned.
const isOwn = (node: Node): boolean => node instanceof Element && node.localName === hostTagName;

function startDetection(doc: Document, store: MarkStore, signal: AbortSignal): ScanRunner {
  const highlighter = createHighlighter(findHighlightApi());
  const style = adoptMarkStyle(doc);
  const painter = {
    ...highlighter,
    commit() {
      highlighter.commit();
      style.refresh();
    },
  };
  signal.addEventListener('abort', () => {
    highlighter.dispose();
    style.remove();
  });

  return createScanRunner({ store, painter, signal });
}

function startHover(options: LeadViewerOptions, store: MarkStore): CardController {
  const { doc, signal } = options;
  const geometry = createPageGeometry(doc);
  const intent = createHoverIntent<Mark>({
    signal,
    onOpen: (mark) => card.open(mark),
    onClose: () => card.close(),
  });
  const card = createCardController({
    doc,
    geometry,
    lookUp: lookUpLead,
    onDismiss: () => intent.dismiss(),
    onUnavailable: () => options.isAlive(),
  });
  const attention = createAttention(intent);
  const isHost = card.isHost;
  trackPointer({ doc, store, geometry, attention, isHost, isAlive: options.isAlive, signal });
  trackFocus({ doc, store, attention, isHost, signal });

  return card;
}

/** Detection, marks and hover cards on this page, until `signal` aborts. */
export function startLeadViewer(options: LeadViewerOptions): void {
  const { doc, signal } = options;
  const body = doc.body ?? doc.documentElement;
  const store = createMarkStore(createRangeFactory(doc));
  const runner = startDetection(doc, store, signal);
  const card = startHover(options, store);
  signal.addEventListener('abort', () => card.retire(options.isOrphaned()));

  const scan = (plan: () => ScanInput): void => runner.enqueue(createScanJob(plan, store, now));
  scan(() => ({ roots: [body], rescan: false }));
  const onBatch = (batch: MutationBatch): void => scan(() => planBatchScan(batch, store, isOwn));
  watchMutations({ target: doc, signal, onBatch });
}
