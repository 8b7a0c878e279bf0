import { collectRecords, createMutationBatch, type MutationBatch } from './mutation-batch';
import { createFrameTask } from './timing';

export interface MutationWatchOptions {
  target: Node;
  signal: AbortSignal;
  onBatch(batch: MutationBatch): void;
}

/** Watches attributes that make an element a lead reference or change which lead it names. */
const watchedAttributes = ['href', 'data-lead-id', 'data-lead-service'];

/** One observer for the whole page, delivering at most one batch per animation frame. */
export function watchMutations(options: MutationWatchOptions): void {
  const { target, signal, onBatch } = options;
  let batch = createMutationBatch();
  const deliver = createFrameTask(signal, () => {
    const ready = batch;
    batch = createMutationBatch();
    onBatch(ready);
  });
  const observer = new MutationObserver((records) => {
    collectRecords(batch, records);
    deliver();
  });

  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: watchedAttributes,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
