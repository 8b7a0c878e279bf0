import type { LeadReference, TextMatch } from '@/lib/detect';

import type { ChangeLog } from './change-log';
import { isSameReference, type TextMark } from './marks';

interface TextEntry {
  readonly parent: Element;
  marks: readonly TextMark[];
}

/** Marks in text nodes, keyed by node for hit-testing (a scan over all ranges is ~10× slower). */
export interface TextMarks {
  /** `parent` is `node`'s parent element, when the caller has read it already. */
  set(node: Text, matches: readonly TextMatch[], parent?: Element | null): number;
  clear(node: Text): void;
  get(node: Node): readonly TextMark[] | undefined;
  isParent(element: Element): boolean;
  prune(): void;
  forEachReference(visit: (reference: LeadReference) => void): void;
}

function findSame(marks: readonly TextMark[] | undefined, match: TextMatch): TextMark | undefined {
  return marks?.find(
    (mark) =>
      mark.start === match.start &&
      mark.end === match.end &&
      isSameReference(mark.reference, match.reference),
  );
}

export function createTextMarks(log: ChangeLog): TextMarks {
  const entries = new Map<Text, TextEntry>();
  // A Map (faster than a WeakMap here): counts drop to zero, and out, as marks are cleared.
  const parents = new Map<Element, number>();

  const countParent = (parent: Element, delta: number): void => {
    const count = (parents.get(parent) ?? 0) + delta;
    if (count > 0) {
      parents.set(parent, count);
    } else {
      parents.delete(parent);
    }
  };

  // No range yet: only marks near the viewport are ever drawn (highlighter), so most never need one.
  const toMark = (node: Text, { start, end, reference }: TextMatch): TextMark => {
    const mark: TextMark = { kind: 'text', node, start, end, reference };
    log.add(mark);

    return mark;
  };

  const clear = (node: Text): void => {
    const entry = entries.get(node);
    if (entry !== undefined) {
      entry.marks.forEach((mark) => log.remove(mark));
      countParent(entry.parent, -1);
      entries.delete(node);
    }
  };

  const replace = (node: Text, entry: TextEntry, matches: readonly TextMatch[]): number => {
    const previous = entry.marks;
    const marks = matches.map((match) => findSame(previous, match) ?? toMark(node, match));
    previous.filter((mark) => !marks.includes(mark)).forEach((mark) => log.remove(mark));
    entry.marks = marks;

    return marks.filter((mark) => !previous.includes(mark)).length;
  };

  /** Replaces the marks of `node`, keeping unchanged ones; returns how many are new. */
  const set = (node: Text, matches: readonly TextMatch[], parent = node.parentElement): number => {
    const entry = entries.get(node);
    if (entry !== undefined && entry.parent === parent && matches.length > 0) {
      return replace(node, entry, matches);
    }

    if (entry !== undefined) {
      clear(node);
    }

    if (matches.length === 0 || parent === null) {
      return 0;
    }

    entries.set(node, { parent, marks: matches.map((match) => toMark(node, match)) });
    countParent(parent, 1);

    return matches.length;
  };

  return {
    set,
    clear,
    // Any node may be asked about: a Map answers undefined for keys it never held.
    get: (node) => entries.get(node as Text)?.marks,
    isParent: (element) => parents.has(element),
    prune() {
      [...entries.keys()].filter((node) => !node.isConnected).forEach(clear);
    },
    forEachReference(visit) {
      entries.forEach((entry) => entry.marks.forEach((mark) => visit(mark.reference)));
    },
  };
}
