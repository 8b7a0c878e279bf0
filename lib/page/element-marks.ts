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

type Span = [node: Node, start: number, end: number];

// A `data-lead-id` row also holds pills and amounts: only its ID text, else its first words, is
// underlined. A link is marked whole, as it reads as one thing.
function findSpan(element: Element, reference: LeadReference): Span {
  const whole: Span = [element, 0, element.childNodes.length];
  if (reference.source !== 'attribute') {
    return whole;
  }

  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: Span | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const at = text.indexOf(reference.id);
    if (at >= 0) {
      return [node, at, at + reference.id.length];
    }

    const start = text.search(/\S/);
    first ??= start < 0 ? null : [node, start, text.trimEnd().length];
  }

  return first ?? whole;
}

const isOver = (range: AbstractRange, [node, start, end]: Span): boolean =>
  range.startContainer === node && range.startOffset === start && range.endOffset === end;

export function createElementMarks(createRange: RangeFactory, log: ChangeLog): ElementMarks {
  const marks = new Map<Element, ElementMark>();

  const clear = (element: Element): void => {
    const mark = marks.get(element);
    if (mark !== undefined) {
      log.remove(mark);
      marks.delete(element);
    }
  };

  /** Marks `element` for `reference`; returns 1 when it was not marked for that lead yet. */
  const set = (element: Element, reference: LeadReference): number => {
    const existing = marks.get(element);
    const span = findSpan(element, reference);
    if (existing !== undefined && isSameReference(existing.reference, reference)) {
      // Static ranges do not follow edits inside the element: an edited one is made again.
      if (!isOver(existing.range, span)) {
        log.remove(existing);
        existing.range = createRange(...span);
        log.add(existing);
      }

      return 0;
    }

    clear(element);
    const mark: ElementMark = { kind: 'element', element, reference, range: createRange(...span) };
    log.add(mark);
    marks.set(element, mark);

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
