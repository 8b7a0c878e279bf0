import type { ElementMark, Mark, TextMark } from './marks';
import type { MarkStore } from './mark-store';
import { referenceElementSelector } from './skip-rules';

export interface Caret {
  node: Node;
  offset: number;
}

/** Layout queries, injected so hit-testing can be tested without a layout engine. */
export interface HitGeometry {
  caretAt(x: number, y: number): Caret | null;
  rectsOf(node: Text, start: number, end: number): ArrayLike<DOMRectReadOnly>;
}

// Rects are fractional and the pointer is not: half a pixel of slack on every side.
const slack = 0.5;

function containsPoint(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let index = 0; index < rects.length; index++) {
    const rect = rects[index];
    if (
      rect !== undefined &&
      x >= rect.left - slack &&
      x <= rect.right + slack &&
      y >= rect.top - slack &&
      y <= rect.bottom + slack
    ) {
      return true;
    }
  }

  return false;
}

function findTextMarkAt(
  store: MarkStore,
  x: number,
  y: number,
  geometry: HitGeometry,
): TextMark | null {
  const caret = geometry.caretAt(x, y);
  const marks = caret === null ? undefined : store.texts.get(caret.node);
  if (caret === null || marks === undefined) {
    return null;
  }

  // The caret snaps to the nearest character boundary, so an offset equal to `end` can still be
  // on the ID; the rects decide.
  const isUnderPointer = (mark: TextMark): boolean =>
    mark.start <= caret.offset &&
    caret.offset <= mark.end &&
    containsPoint(geometry.rectsOf(mark.node, mark.start, mark.end), x, y);

  return marks.find(isUnderPointer) ?? null;
}

function findElementMark(store: MarkStore, target: Element): ElementMark | null {
  if (store.elements.isEmpty()) {
    return null;
  }

  const owner = target.closest(referenceElementSelector);

  return owner === null ? null : (store.elements.get(owner) ?? null);
}

/**
 * The mark under the pointer. The element under it is checked first: only an element that holds
 * marked text is worth a caret lookup (BENCHMARK: most moves cost one map lookup).
 */
export function findMarkAt(
  store: MarkStore,
  target: Element,
  point: { x: number; y: number },
  geometry: HitGeometry,
): Mark | null {
  const textMark = store.texts.isParent(target)
    ? findTextMarkAt(store, point.x, point.y, geometry)
    : null;

  return textMark ?? findElementMark(store, target);
}
