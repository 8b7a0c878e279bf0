import type { Attention } from './attention';
import type { MarkStore } from './mark-store';

export interface FocusTrackerOptions {
  doc: Document;
  store: MarkStore;
  attention: Attention;
  isHost(target: EventTarget | null): boolean;
  signal: AbortSignal;
  /** Which events count; tests replace it, since their synthetic events are never trusted. */
  isTrusted?: (event: Event) => boolean;
}

/** Focus that follows the person's own Tab press this closely is theirs, not the page's. */
const tabWindowMs = 1_000;

/** Follows keyboard focus: a focused lead link counts like a resting pointer. */
export function trackFocus(options: FocusTrackerOptions): void {
  const { doc, store, attention, signal } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  let tabbedAt = -Infinity;
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab' && isTrusted(event)) {
      tabbedAt = event.timeStamp;
    }
  };
  const onFocusIn = (event: FocusEvent): void => {
    const { target } = event;
    // A page's own element.focus() calls are trusted events too: only focus right after the
    // person pressed Tab opens a card, or a page could spend the user's API quota.
    const byTab = event.timeStamp - tabbedAt < tabWindowMs;
    // Keyboard focus only: a clicked link keeps focus, and its card would outstay the pointer.
    const focused = byTab && target instanceof Element && target.matches(':focus-visible');
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
  doc.addEventListener('keydown', onKeyDown, listen);
  doc.addEventListener('focusin', onFocusIn, listen);
  doc.addEventListener('focusout', onFocusOut, listen);
}
