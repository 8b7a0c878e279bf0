import type { HoverIntent } from './hover-intent';
import type { Mark } from './marks';

/** Where one input (pointer or keyboard focus) is: on a mark, and whether on the card. */
export interface Place {
  mark: Mark | null;
  onCard: boolean;
}

/** Combines pointer and focus into one presence for the hover intent. */
export interface Attention {
  setPointer(place: Place): void;
  setFocus(place: Place): void;
}

const nowhere: Place = { mark: null, onCard: false };

export function createAttention(intent: HoverIntent<Mark>): Attention {
  let pointer = nowhere;
  let focus = nowhere;
  const report = (): void => {
    const candidate = pointer.mark ?? focus.mark;
    intent.update({ candidate, onCard: pointer.onCard || focus.onCard });
  };

  return {
    setPointer(place) {
      pointer = place;
      report();
    },
    setFocus(place) {
      focus = place;
      report();
    },
  };
}
