import { openOptions } from '@/components/open-options';
import { hostTagName } from '@/lib/card-kit/contract';

import { createAttention } from './attention';
import { planBatchScan } from './batch-scan';
import { type CardController, createCardController } from './card-controller';
import { createCardKitLoader } from './card-kit-loader';
import { lookUpLead } from './card-lookup';
import { createDetectionReporter } from './detection-report';
import { defaultTextBudget, type ScanScope } from './detector';
import { trackFocus } from './focus-tracker';
import { createPageGeometry } from './geometry';
import { createHighlighter, findHighlightApi } from './highlighter';
import { createHoverIntent, type HoverIntent } from './hover-intent';
import { createMarkStore, type MarkStore } from './mark-store';
import { adoptMarkStyle } from './mark-style';
import { createRangeFactory, type Mark } from './marks';
import type { MutationBatch } from './mutation-batch';
import { watchMutations } from './mutation-watch';
import { loadPagePreferences, type PagePreferences } from './page-preferences';
import { trackPointer } from './pointer-tracker';
import { reportDetections } from './report-detections';
import { watchRoute } from './route-watch';
import { createScanJob, type ScanInput } from './scan-job';
import { createScanRunner, type ScanRunner } from './scan-runner';
import { listenForShortcut } from './shortcut';
import { watchViewport } from './viewport-watch';
import { waitUntilVisible } from './visibility';

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

function startDetection(
  doc: Document,
  store: MarkStore,
  signal: AbortSignal,
  onIdle: () => void,
): ScanRunner {
  const createRange = createRangeFactory(doc);
  const highlighter = createHighlighter(findHighlightApi(), { createRange, watch: watchViewport });
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
  // Hidden tabs wait: nobody sees their marks, and the visible tab keeps the CPU.
  const whenReady = (): Promise<void> => waitUntilVisible(doc, signal);

  return createScanRunner({ store, painter, signal, whenReady, onIdle });
}

interface Hover {
  card: CardController;
  intent: HoverIntent<Mark>;
}

function startHover(options: LeadViewerOptions, store: MarkStore, openDelayMs: number): Hover {
  const { doc, signal } = options;
  const geometry = createPageGeometry(doc);
  const intent = createHoverIntent<Mark>({
    signal,
    openDelayMs,
    onOpen: (mark) => card.open(mark),
    onClose: () => card.close(),
    onPending: () => card.prepare(),
  });
  const card = createCardController({
    doc,
    geometry,
    kit: createCardKitLoader(),
    lookUp: lookUpLead,
    openOptions,
    onDismiss: () => intent.dismiss(),
    onUnavailable: () => options.isAlive(),
  });
  const attention = createAttention(intent);
  const isHost = card.isHost;
  trackPointer({ doc, store, geometry, attention, isHost, isAlive: options.isAlive, signal });
  trackFocus({ doc, store, attention, isHost, signal });
  listenForShortcut({ doc, store, intent, card, signal });

  return { card, intent };
}

function run(options: LeadViewerOptions, preferences: PagePreferences): void {
  const { doc, signal } = options;
  const root = (): Element => doc.body ?? doc.documentElement;
  const store = createMarkStore(createRangeFactory(doc));
  const scope: ScanScope = { detector: preferences.detector, budget: { left: defaultTextBudget } };
  const isPaused = (): boolean => scope.budget.left < 0;
  const report = createDetectionReporter({ store, signal, send: reportDetections });
  const runner = startDetection(doc, store, signal, () => report(isPaused()));
  const { card } = startHover(options, store, preferences.hoverDelayMs);
  signal.addEventListener('abort', () => card.retire(options.isOrphaned()));

  // Past the text budget nothing more is scanned; the popup says detection paused.
  const scan = (plan: () => ScanInput): void => {
    if (!isPaused()) {
      runner.enqueue(createScanJob(plan, store, now, scope));
    }
  };
  scan(() => ({ roots: [root()], rescan: false }));

  // A new route is a new page: a fresh budget, and marks of content it replaced go.
  const onRoute = (): void => {
    scope.budget.left = defaultTextBudget;
    scan(() => {
      store.pruneDisconnected();

      return { roots: [root()], rescan: true };
    });
  };
  const checkRoute = doc.defaultView
    ? watchRoute({ view: doc.defaultView, signal, onChange: onRoute })
    : () => undefined;
  const onBatch = (batch: MutationBatch): void => {
    checkRoute();
    if (batch.removals) {
      card.restoreHost();
    }

    scan(() => planBatchScan(batch, store, isOwn));
  };
  watchMutations({ target: doc, signal, onBatch });
}

/** Detection, marks and hover cards on this page, until `signal` aborts. */
export async function startLeadViewer(options: LeadViewerOptions): Promise<void> {
  const preferences = await loadPagePreferences();
  if (!options.signal.aborted) {
    run(options, preferences);
  }
}
