import type { LeadReference } from '@/lib/detect';

import type { ChangeLog } from './change-log';
import { type ElementMark, isSameReference, type RangeFactory } from './marks';

/** Links and `data-lead-id` elements that name a lead. */
export interface ElementMarks {
  set(element: Element, reference: LeadReference): number;
  clear(element: Element): void;
  get(element: Element): ElementMark | undefined;
  isEmpty(): boolean;
  prune(): void;
  forEachReference(visit: (reference: LeadReference) => void): void;
}

export function createElementMarks(createRange: RangeFactory, log: ChangeLog): ElementMarks {
  const marks = new Map<Element, ElementMark>();

  const clear = (element: Element): void => {
    const mark = marks.get(element);
    if (mark !== undefined) {
      log.remove(mark.range);
      marks.delete(element);
    }
  };

  // A range over an element's contents ends at its child count, which edits inside it change.
  const refreshRange = (mark: ElementMark): void => {
    const childCount = mark.element.childNodes.length;
    if (mark.range.endOffset !== childCount) {
      log.remove(mark.range);
      mark.range = createRange(mark.element, 0, childCount);
      log.add(mark.range);
    }
  };

  /** Marks `element` for `reference`; returns 1 when it was not marked for that lead yet. */
  const set = (element: Element, reference: LeadReference): number => {
    const existing = marks.get(element);
    if (existing !== undefined && isSameReference(existing.reference, reference)) {
      refreshRange(existing);

      return 0;
    }

    clear(element);
    const range = createRange(element, 0, element.childNodes.length);
    log.add(range);
    marks.set(element, { kind: 'element', element, reference, range });

    return 1;
  };

  return {
    set,
    clear,
    get: (element) => marks.get(element),
    isEmpty: () => marks.size === 0,
    prune() {
      [...marks.keys()].filter((element) => !element.isConnected).forEach(clear);
    },
    forEachReference(visit) {
      marks.forEach((mark) => visit(mark.reference));
    },
  };
}
