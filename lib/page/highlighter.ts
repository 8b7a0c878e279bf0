import type { MarkChanges } from './change-log';
import type { Mark, RangeFactory } from './marks';
import { recordScan, startMeasure } from './measure';
import { createNearMarks } from './near-marks';
import type { ViewportWatchFactory } from './viewport-watch';

/** The part of a `Highlight` we use. */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  clear(): void;
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
 * Each change to a registered highlight repaints all of its ranges (BENCHMARK), so only marks
 * near the viewport are drawn, and range changes wait for `commit()`: once per pass or batch,
 * and once per frame in which scrolling brought marks near or took them away.
 */
export interface Highlighter {
  /** Takes note of new and removed marks; the highlight itself changes only at `commit()`. */
  apply(changes: MarkChanges): void;
  /** Draws what changed since the last commit. */
  commit(): void;
  dispose(): void;
}

export interface HighlighterOptions {
  createRange: RangeFactory;
  watch: ViewportWatchFactory;
}

export const highlightName = 'lead-viewer';

/** The CSS Custom Highlight API, or null where it is missing (Firefox before 140). */
export function findHighlightApi(): HighlightApi | null {
  // Where `Highlight` exists so does `CSS`; its registry may still be missing.
  if (typeof Highlight !== 'function' || !CSS.highlights) {
    return null;
  }

  return { registry: CSS.highlights, create: () => new Highlight() };
}

export function createHighlighter(
  api: HighlightApi | null,
  options: HighlighterOptions,
): Highlighter {
  const highlight = api?.create() ?? null;
  const drawn = new Map<Mark, AbstractRange>();
  let changed = false;
  // Compared, not assumed: a page (or a newer copy of us) may have replaced the entry.
  const isRegistered = (): boolean => api?.registry.get(highlightName) === highlight;

  // The highlight is refilled from `drawn` at commit, so drawing a mark twice is harmless.
  const draw = (mark: Mark): void => {
    const range =
      mark.kind === 'element' ? mark.range : options.createRange(mark.node, mark.start, mark.end);
    drawn.set(mark, range);
    changed = true;
  };

  const erase = (mark: Mark): void => {
    changed = drawn.delete(mark) || changed;
  };

  // Few marks are near the viewport: refilling the highlight costs less than tracking its edits.
  const commit = (): void => {
    if (highlight !== null && changed) {
      highlight.clear();
      drawn.forEach((range) => highlight.add(range));
    }

    changed = false;
    if (highlight !== null && highlight.size > 0 && !isRegistered()) {
      api?.registry.set(highlightName, highlight);
    }
  };

  const settle = (): void => {
    const start = startMeasure();
    commit();
    // Drawing marks scrolled near is marking work too (CONTRACT C8); it finds no IDs.
    recordScan(start, 0);
  };

  const near = createNearMarks(options.watch, { show: draw, hide: erase, settle });

  const apply = (changes: MarkChanges): void => {
    const added: Mark[] = [];
    changes.forEach((add, mark) => {
      // An edited link keeps its mark, with a new range: the old one goes first. A text mark is
      // added once (edited text gets new marks), so 20,000 new ones skip 20,000 map deletes.
      if (!add || mark.kind === 'element') {
        erase(mark);
      }

      if (add) {
        added.push(mark);
      } else {
        near.remove(mark);
      }
    });
    near.add(added);
  };

  return {
    apply,
    commit,
    dispose() {
      near.dispose();
      if (isRegistered()) {
        api?.registry.delete(highlightName);
      }
    },
  };
}
