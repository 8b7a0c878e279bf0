/** What the highlighter needs to hear about one watched element. */
export interface NearEntry {
  readonly target: Element;
  /** Within one viewport of the visible area. */
  readonly isIntersecting: boolean;
  readonly boundingClientRect: DOMRectReadOnly;
  /** The visible area with its margin. */
  readonly rootBounds: DOMRectReadOnly | null;
}

/** Tells which watched elements are near the viewport: at once for new ones, then on change. */
export interface ViewportWatch {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

export type ViewportWatchFactory = (
  onChange: (entries: readonly NearEntry[]) => void,
) => ViewportWatch;

/**
 * Watches through an IntersectionObserver (every browser with Manifest V3 has one), with a
 * viewport of margin on every side: marks are drawn before they scroll in, even on a fast fling.
 */
export const watchViewport: ViewportWatchFactory = (onChange) =>
  new IntersectionObserver(onChange, { rootMargin: '100%' });
