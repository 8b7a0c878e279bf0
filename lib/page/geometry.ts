import type { Caret, HitGeometry } from './hit-test';
import type { Mark } from './marks';

export interface Size {
  width: number;
  height: number;
}

/** Layout queries against the real page. */
export interface PageGeometry extends HitGeometry {
  boundsOf(mark: Mark): DOMRectReadOnly | null;
  viewport(): Size;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  // caretPositionFromPoint is Baseline only since 2025; older Chromium has caretRangeFromPoint.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);

    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }

  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);

    return range === null ? null : { node: range.startContainer, offset: range.startOffset };
  }

  return null;
}

function rangeOver(doc: Document, node: Node, start: number, end: number): Range {
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);

  return range;
}

function boundsOf(doc: Document, mark: Mark): DOMRectReadOnly | null {
  if (mark.kind === 'element') {
    return mark.element.isConnected ? mark.element.getBoundingClientRect() : null;
  }

  if (!mark.node.isConnected || mark.node.length < mark.end) {
    return null;
  }

  return rangeOver(doc, mark.node, mark.start, mark.end).getBoundingClientRect();
}

/** The viewport without scrollbars (documentElement's client size), as placement needs it. */
function viewport(doc: Document): Size {
  const root = doc.documentElement;
  const view = doc.defaultView;

  return {
    width: root.clientWidth || (view?.innerWidth ?? 0),
    height: doc.compatMode === 'BackCompat' ? (view?.innerHeight ?? 0) : root.clientHeight,
  };
}

export function createPageGeometry(doc: Document): PageGeometry {
  return {
    caretAt: (x, y) => caretAt(doc, x, y),
    rectsOf: (node, start, end) => rangeOver(doc, node, start, end).getClientRects(),
    boundsOf: (mark) => boundsOf(doc, mark),
    viewport: () => viewport(doc),
  };
}
