import type { Attention } from './attention';
import type { MarkStore } from './mark-store';

export interface FocusTrackerOptions {
  doc: Document;
  store: MarkStore;
  attention: Attention;
  isHost(target: EventTarget | null): boolean;
  signal: AbortSignal;
}

/** Follows keyboard focus: a focused lead link counts like a resting pointer. */
export function trackFocus(options: FocusTrackerOptions): void {
  const { doc, store, attention, signal } = options;
  const onFocusIn = (event: FocusEvent): void => {
    const { target } = event;
    // Keyboard focus only: a clicked link keeps focus, and its card would outstay the pointer.
    const focused = target instanceof Element && target.matches(':focus-visible');
    const mark = focused ? (store.elements.get(target) ?? null) : null;
    attention.setFocus({ mark, onCard: options.isHost(target) });
  };
  const onFocusOut = (event: FocusEvent): void => {
    // No related target: focus left the page (or went to nothing focusable).
    if (event.relatedTarget === null) {
      attention.setFocus({ mark: null, onCard: false });
    }
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('focusin', onFocusIn, listen);
  doc.addEventListener('focusout', onFocusOut, listen);
}
