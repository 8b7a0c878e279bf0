import { createChangeLog, type MarkChanges } from './change-log';
import { createElementMarks, type ElementMarks } from './element-marks';
import type { RangeFactory } from './marks';
import { createTextMarks, type TextMarks } from './text-marks';

/** Every mark on the page, keyed for hit-testing, with a log of changes since the last paint. */
export interface MarkStore {
  readonly texts: TextMarks;
  readonly elements: ElementMarks;
  /** Drops marks whose node left the document. */
  pruneDisconnected(): void;
  takeChanges(): MarkChanges;
}

export function createMarkStore(createRange: RangeFactory): MarkStore {
  const log = createChangeLog();
  const texts = createTextMarks(log);
  const elements = createElementMarks(createRange, log);

  return {
    texts,
    elements,
    pruneDisconnected() {
      texts.prune();
      elements.prune();
    },
    takeChanges: () => log.take(),
  };
}
