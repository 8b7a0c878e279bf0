import { logger } from '@/lib/logger';

import type { Highlighter } from './highlighter';
import type { MarkStore } from './mark-store';
import { recordScan, startMeasure } from './measure';
import type { ScanJob } from './scan-job';
import { yieldToPage } from './timing';

export interface ScanRunnerOptions {
  store: MarkStore;
  painter: Pick<Highlighter, 'apply' | 'commit'>;
  signal: AbortSignal;
  /** Work per slice before the page gets the thread back (BENCHMARK: ~8 ms costs nothing). */
  sliceMs?: number;
  /** A pass that never drains (a page changing faster than we scan) still paints this often. */
  paintEveryMs?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Resolves when work may go on (the tab is visible again). */
  whenReady?: () => Promise<void>;
  /** A pass ended with every queued job done and its marks painted. */
  onIdle?: () => void;
}

export interface ScanRunner {
  enqueue(job: ScanJob): void;
}

/** Runs scan jobs in time slices and paints their marks once per pass (one highlight change). */
export function createScanRunner(options: ScanRunnerOptions): ScanRunner {
  const { store, painter, signal, sliceMs = 8, paintEveryMs = 1000 } = options;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToPage ?? yieldToPage;
  const queue: ScanJob[] = [];
  let running = false;

  const runSlice = (): void => {
    const start = startMeasure();
    const deadline = now() + sliceMs;
    let found = 0;
    for (let job = queue[0]; job !== undefined && now() < deadline; job = queue[0]) {
      const step = job.step(deadline);
      found += step.found;
      if (step.done) {
        queue.shift();
      }
    }

    // Bookkeeping only, slice by slice: the highlight itself changes at the pass's paint.
    painter.apply(store.takeChanges());
    recordScan(start, found);
  };

  const paintMarks = (): void => {
    const start = startMeasure();
    painter.apply(store.takeChanges());
    painter.commit();
    // Marking is detection work too (CONTRACT C8); its IDs were counted by the scan.
    recordScan(start, 0);
  };

  const run = async (): Promise<void> => {
    running = true;
    let paintedAt = now();
    try {
      await options.whenReady?.();
      while (queue.length > 0 && !signal.aborted) {
        runSlice();
        if (queue.length > 0 && now() - paintedAt >= paintEveryMs) {
          paintMarks();
          paintedAt = now();
        }

        if (queue.length > 0) {
          await pause();
          await options.whenReady?.();
        }
      }

      if (!signal.aborted) {
        paintMarks();
        options.onIdle?.();
      }
    } catch (error) {
      queue.length = 0;
      logger.warn('Lead detection stopped on this page.', error);
    } finally {
      // Synchronous with the loop seeing an empty queue, so a job enqueued later starts a run.
      running = false;
    }
  };

  return {
    enqueue(job) {
      if (signal.aborted) {
        return;
      }

      queue.push(job);
      if (!running) {
        void run();
      }
    },
  };
}
