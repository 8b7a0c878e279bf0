import { createTimer } from './timing';

/** How long the pointer must rest on an ID before its card opens (a sweep opens nothing). */
export const openDelayMs = 350;
/** How long the card outlives the pointer leaving the ID and the card (the way onto the card). */
export const closeGraceMs = 300;

/** Where the user's attention is: on a reference (or none), and whether on the card. */
export interface Presence<T> {
  candidate: T | null;
  onCard: boolean;
}

export interface HoverIntentOptions<T> {
  onOpen(target: T): void;
  onClose(): void;
  /** Attention came to a target and its open delay started: a card may follow. */
  onPending?(target: T): void;
  signal: AbortSignal;
  openDelayMs?: number;
  closeGraceMs?: number;
}

export interface HoverIntent<T> {
  update(presence: Presence<T>): void;
  /** The card was closed on purpose: forget it, and do not reopen it until attention moves. */
  dismiss(): void;
  /** Opens at once, without a rest (the keyboard shortcut). */
  openNow(target: T): void;
  shown(): T | null;
}

/** Decides when a card opens and closes: open after a rest, close after a grace period. */
export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const openTimer = createTimer(options.signal);
  const closeTimer = createTimer(options.signal);
  let shown: T | null = null;
  let pending: T | null = null;
  let suppressed: T | null = null;

  const open = (target: T): void => {
    pending = null;
    shown = target;
    closeTimer.cancel();
    options.onOpen(target);
  };

  // While another ID is about to open, the card stays: it is replaced, never blinks off and on.
  const closeUnlessReplaced = (): void => {
    if (pending === null) {
      shown = null;
      options.onClose();
    }
  };

  const expect = (candidate: T | null): void => {
    if (candidate === pending) {
      return;
    }

    pending = candidate;
    if (candidate === null) {
      openTimer.cancel();
    } else {
      openTimer.start(options.openDelayMs ?? openDelayMs, () => open(candidate));
      options.onPending?.(candidate);
    }
  };

  const update = ({ candidate, onCard }: Presence<T>): void => {
    if (candidate !== suppressed) {
      suppressed = null;
    }

    if (shown !== null && (onCard || candidate === shown)) {
      closeTimer.cancel();
      expect(null);

      return;
    }

    expect(candidate === suppressed ? null : candidate);
    if (shown !== null && !closeTimer.isPending()) {
      closeTimer.start(options.closeGraceMs ?? closeGraceMs, closeUnlessReplaced);
    }
  };

  return {
    update,
    dismiss() {
      suppressed = shown ?? pending;
      shown = null;
      closeTimer.cancel();
      expect(null);
    },
    openNow(target) {
      expect(null);
      open(target);
    },
    shown: () => shown,
  };
}
