import type { Mark } from './marks';
import type { NearEntry, ViewportWatchFactory } from './viewport-watch';

/** Which marks are near the viewport, told as they come near or go away. */
export interface NearMarks {
  /** New or redrawn marks, in document order: neighbours share the elements watched. */
  add(marks: readonly Mark[]): void;
  remove(mark: Mark): void;
  dispose(): void;
}

export interface NearMarksHooks {
  show(mark: Mark): void;
  hide(mark: Mark): void;
  /** After each report from the watch: the moment to draw what changed. */
  settle(): void;
}

/** Neighbouring marks watched together: the elements of its first and last marks are probes. */
interface Bucket {
  readonly marks: Set<Mark>;
  readonly probes: readonly Element[];
  nearProbes: number;
  /** The probes' first reported tops, until all are in; then undefined. */
  tops?: number[] | undefined;
}

// Watching every mark's element costs ~1 µs each and slows every scrolled frame (20,000 marks:
// +14 ms); watching two per 16 marks costs an eighth of that.
const bucketSize = 16;

/** The element whose box says where a mark is. */
const anchorOf = (mark: Mark): Element | null =>
  mark.kind === 'element' ? mark.element : mark.node.parentElement;

export function createNearMarks(watch: ViewportWatchFactory, hooks: NearMarksHooks): NearMarks {
  const bucketOf = new Map<Mark, Bucket>();
  const bucketsOf = new Map<Element, Set<Bucket>>();
  const nearProbes = new Set<Element>();

  const setNear = (bucket: Bucket, delta: number): void => {
    const was = bucket.nearProbes > 0;
    bucket.nearProbes += delta;
    if (was !== bucket.nearProbes > 0) {
      bucket.marks.forEach(was ? hooks.hide : hooks.show);
    }
  };

  const remove = (mark: Mark): void => {
    const bucket = bucketOf.get(mark);
    if (bucketOf.delete(mark) && bucket?.marks.delete(mark) && bucket.marks.size === 0) {
      bucket.probes.forEach((probe) => {
        const shared = bucketsOf.get(probe);
        if (shared?.delete(bucket) && shared.size === 0) {
          bucketsOf.delete(probe);
          nearProbes.delete(probe);
          watcher.unobserve(probe);
        }
      });
    }
  };

  const placeRun = (run: Mark[]): void => {
    const ends = [anchorOf(run[0] as Mark), anchorOf(run.at(-1) as Mark)];
    const probes = [...new Set(ends)].filter((end) => end !== null);
    const bucket: Bucket = { marks: new Set(run), probes, nearProbes: 0 };
    bucket.tops = [];
    run.forEach((mark) => bucketOf.set(mark, bucket));
    bucket.probes.forEach((probe) => {
      const shared = bucketsOf.get(probe);
      if (shared === undefined) {
        bucketsOf.set(probe, new Set([bucket]));
        watcher.observe(probe);
      } else {
        // A probe watched already reports nothing new: the bucket starts from what it knows.
        shared.add(bucket);
        bucket.tops = undefined;
        setNear(bucket, nearProbes.has(probe) ? 1 : 0);
      }
    });
  };

  // One loop, no intermediate lists: this runs once per mark found.
  const addRuns = (marks: readonly Mark[], size: number): void => {
    let run: Mark[] = [];
    for (const mark of marks) {
      // A redrawn mark (an edited link) keeps its bucket, and is shown again if it is near.
      const known = bucketOf.get(mark);
      if (known !== undefined && known.nearProbes > 0) {
        hooks.show(mark);
      }

      // Only the ends' anchors are read: a mark's node is in the page when it is added.
      if (known === undefined && run.push(mark) === size) {
        placeRun(run);
        run = [];
      }
    }

    if (run.length > 0) {
      placeRun(run);
    }
  };

  // A bucket taller than the watched area (the viewport and its margins) could have its middle
  // on screen and both probes off it: its marks are then watched one by one.
  const isTall = (bucket: Bucket, entry: NearEntry): boolean => {
    const tops = bucket.tops;
    if (tops === undefined || tops.push(entry.boundingClientRect.top) < bucket.probes.length) {
      return false;
    }

    bucket.tops = undefined;

    return Math.max(...tops) - Math.min(...tops) > (entry.rootBounds?.height ?? Infinity);
  };

  const onReport = (entries: readonly NearEntry[]): void => {
    const tall: Bucket[] = [];
    for (const entry of entries) {
      const { target, isIntersecting } = entry;
      const buckets = bucketsOf.get(target) ?? [];
      if (isIntersecting !== nearProbes.has(target)) {
        nearProbes[isIntersecting ? 'add' : 'delete'](target);
        buckets.forEach((bucket) => setNear(bucket, isIntersecting ? 1 : -1));
      }

      buckets.forEach((bucket) => isTall(bucket, entry) && tall.push(bucket));
    }

    tall.forEach((bucket) => {
      const marks = [...bucket.marks];
      setNear(bucket, -bucket.nearProbes);
      marks.forEach(remove);
      addRuns(marks, 1);
    });
    hooks.settle();
  };

  const watcher = watch(onReport);

  return {
    add: (marks) => addRuns(marks, bucketSize),
    remove,
    dispose: () => watcher.disconnect(),
  };
}
