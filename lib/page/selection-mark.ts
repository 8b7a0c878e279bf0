import type { Mark } from './marks';
import type { MarkStore } from './mark-store';
import { referenceElementSelector } from './skip-rules';

function findTextMark(store: MarkStore, node: Node | null, offset: number): Mark | null {
  const marks = node === null ? undefined : store.texts.get(node);

  return marks?.find((mark) => mark.start <= offset && offset <= mark.end) ?? null;
}

function findElementMark(store: MarkStore, node: Node | null): Mark | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const owner = element?.closest(referenceElementSelector) ?? null;

  return owner === null ? null : (store.elements.get(owner) ?? null);
}

/** The mark the keyboard user means: under the selection's ends, else the focused element. */
export function findMarkAtSelection(doc: Document, store: MarkStore): Mark | null {
  const selection = doc.getSelection();
  const ends: Array<[Node | null, number]> = selection
    ? [
        [selection.focusNode, selection.focusOffset],
        [selection.anchorNode, selection.anchorOffset],
      ]
    : [];
  for (const [node, offset] of ends) {
    const mark = findTextMark(store, node, offset) ?? findElementMark(store, node);
    if (mark !== null) {
      return mark;
    }
  }

  return findElementMark(store, doc.activeElement);
}
