/**
 * Content that is never marked (CONTRACT C5): editable fields and regions, script-like and
 * non-rendered content. `aria-hidden` is not here: it hides content from assistive tech only.
 */
const skippedTags = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
]);

/** Elements that can be a lead reference by themselves. */
export const referenceElementSelector = 'a[href],[data-lead-id]';

/** What one scan pass learnt about elements, so nodes that share ancestors share the walk. */
export type SkipCache = Map<Element, boolean>;

function isSkippedItself(element: Element): boolean {
  if (skippedTags.has(element.localName) || element.hasAttribute('hidden')) {
    return true;
  }

  // An editor's `contenteditable="false"` islands are still inside the editor: the walk goes on.
  const editable = element.getAttribute('contenteditable');

  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * True when `element` or an ancestor is somewhere IDs must not be marked. A memoised walk: a
 * selector `closest()` costs ~1.5 µs per ID on deep pages, most of it on shared ancestors. Two
 * walks up instead of a list of the visited: this runs once per ID, and garbage costs too.
 */
export function isInSkippedRegion(element: Element | null, cache: SkipCache): boolean {
  let skipped = element === null;
  let stop: Element | null = null;
  for (let current = element; current !== null; current = current.parentElement) {
    const known = cache.get(current);
    if (known !== undefined || isSkippedItself(current)) {
      skipped = known ?? true;
      stop = known === undefined ? current.parentElement : current;
      break;
    }
  }

  for (
    let current = element;
    current !== null && current !== stop;
    current = current.parentElement
  ) {
    cache.set(current, skipped);
  }

  return skipped;
}
