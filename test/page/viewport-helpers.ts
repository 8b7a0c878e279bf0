import type { NearEntry, ViewportWatchFactory } from '@/lib/page/viewport-watch';

const viewportHeight = 800;
const lineHeight = 20;

/**
 * A stand-in for the IntersectionObserver: elements sit at the y `topOf` gives them, and
 * `scrollTo` reports each watched element as near when it lies within one viewport of the
 * visible area, as the real watch's margin does.
 */
export function fakeViewport(topOf: (element: Element) => number) {
  const watched = new Set<Element>();
  let report: (entries: readonly NearEntry[]) => void = () => undefined;
  const watch: ViewportWatchFactory = (onChange) => {
    report = onChange;

    return {
      observe: (element) => watched.add(element),
      unobserve: (element) => watched.delete(element),
      disconnect: () => watched.clear(),
    };
  };

  const scrollTo = (scrollY: number): void => {
    const rootBounds = new DOMRect(0, -viewportHeight, 1280, viewportHeight * 3);
    const entries = [...watched].map((target) => {
      const boundingClientRect = new DOMRect(0, topOf(target) - scrollY, 1280, lineHeight);
      const isIntersecting =
        boundingClientRect.bottom > rootBounds.top && boundingClientRect.top < rootBounds.bottom;

      return { target, isIntersecting, boundingClientRect, rootBounds };
    });
    report(entries);
  };

  return { watch, scrollTo, watched };
}
