import { createFrameTask } from '@/lib/page/timing';

export interface CardListenerOptions {
  doc: Document;
  signal: AbortSignal;
  isHost(target: EventTarget | null): boolean;
  onEscape(): void;
  /** Alt+ArrowDown on the page: the keyboard's way into the card. */
  onFocusRequest(): void;
  /** Scrolling or resizing moved the ID: place the card again. */
  onViewportChange(): void;
}

function handleKey(event: KeyboardEvent, options: CardListenerOptions): void {
  if (event.key === 'Escape') {
    // Escape is ours while the card is open: a page dialog under it must not close too.
    event.preventDefault();
    event.stopPropagation();
    options.onEscape();
  } else if (event.key === 'ArrowDown' && event.altKey && !options.isHost(event.target)) {
    event.preventDefault();
    event.stopPropagation();
    options.onFocusRequest();
  }
}

/** Listeners that live exactly as long as one open card. */
export function listenWhileOpen(options: CardListenerOptions): void {
  const { doc, signal } = options;
  const view = doc.defaultView;
  const replace = createFrameTask(signal, options.onViewportChange);
  doc.addEventListener('keydown', (event) => handleKey(event, options), { capture: true, signal });
  // Capture: scrolling any scroller (not only the page) can move the ID.
  doc.addEventListener('scroll', replace, { capture: true, passive: true, signal });
  view?.addEventListener('resize', replace, { passive: true, signal });
}
