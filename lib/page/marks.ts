import type { LeadReference } from '@/lib/detect';

/** An ID found in a text node, by UTF-16 offsets into it. */
export interface TextMark {
  readonly kind: 'text';
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  readonly reference: LeadReference;
}

/** A link or `data-lead-id` element that names a lead; its range covers its contents. */
export interface ElementMark {
  readonly kind: 'element';
  readonly element: Element;
  readonly reference: LeadReference;
  range: AbstractRange;
}

export type Mark = TextMark | ElementMark;

export type RangeFactory = (node: Node, start: number, end: number) => AbstractRange;

/** Makes the ranges marks are painted with. */
export function createRangeFactory(doc: Document): RangeFactory {
  // StaticRange does not follow DOM edits, so thousands of marks add nothing to the cost of the
  // page's own mutations; edited text is rescanned instead.
  if (typeof StaticRange === 'function') {
    return (node, startOffset, endOffset) =>
      new StaticRange({ startContainer: node, startOffset, endContainer: node, endOffset });
  }

  return (node, start, end) => {
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);

    return range;
  };
}

/** True when both references name the same lead in the same CRM. */
export function isSameReference(a: LeadReference, b: LeadReference): boolean {
  return a.id === b.id && a.service === b.service;
}
