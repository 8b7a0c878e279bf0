import type { MarkChanges } from './change-log';

/** The part of a `Highlight` we use. */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  readonly size: number;
}

/** The part of `CSS.highlights` we use. */
export interface HighlightRegistryLike {
  get(name: string): RangeSet | undefined;
  set(name: string, highlight: RangeSet): unknown;
  delete(name: string): boolean;
}

export interface HighlightApi {
  readonly registry: HighlightRegistryLike;
  create(): RangeSet;
}

/**
 * Each change to a registered highlight repaints all of its ranges (BENCHMARK), so changes are
 * applied once per pass; before the first registration they can be applied slice by slice.
 */
export interface Highlighter {
  apply(changes: MarkChanges): void;
  /** Registers the highlight, if it has ranges and is not registered yet. */
  commit(): void;
  isCommitted(): boolean;
  dispose(): void;
}

export const highlightName = 'lead-viewer';

/** The CSS Custom Highlight API, or null where it is missing (Firefox before 140). */
export function findHighlightApi(): HighlightApi | null {
  if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !CSS.highlights) {
    return null;
  }

  return { registry: CSS.highlights, create: () => new Highlight() };
}

export function createHighlighter(api: HighlightApi | null): Highlighter {
  const highlight = api?.create() ?? null;
  // Compared, not assumed: a page (or a newer copy of us) may have replaced the entry.
  const isCommitted = (): boolean => api?.registry.get(highlightName) === highlight;

  return {
    apply(changes) {
      changes.forEach((add, range) => (add ? highlight?.add(range) : highlight?.delete(range)));
    },
    commit() {
      if (api !== null && highlight !== null && highlight.size > 0 && !isCommitted()) {
        api.registry.set(highlightName, highlight);
      }
    },
    isCommitted,
    dispose() {
      if (api !== null && isCommitted()) {
        api.registry.delete(highlightName);
      }
    },
  };
}
