import type { Size } from './geometry';

export type Side = 'below' | 'above';

export interface AnchorRect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
}

/** Fixed-position coordinates: `top` when below the ID, `bottom` when above (it grows upwards). */
export interface Placement {
  side: Side;
  left: number;
  top: number | null;
  bottom: number | null;
  maxHeight: number;
}

/** Space between the ID and the card: small, so the pointer crosses it within the grace period. */
export const cardGapPx = 6;
/** Space kept free at the viewport's edges. */
export const viewportGutterPx = 8;
/** The side is chosen while the card still shows its skeleton: plan for a typical full profile. */
export const plannedHeightPx = 360;

function chooseSide(anchor: AnchorRect, card: Size, viewport: Size): Side {
  const below = viewport.height - anchor.bottom - cardGapPx - viewportGutterPx;
  const above = anchor.top - cardGapPx - viewportGutterPx;

  const height = Math.max(card.height, plannedHeightPx);

  return below >= height || below >= above ? 'below' : 'above';
}

function clampLeft(anchor: AnchorRect, card: Size, viewport: Size): number {
  const rightmost = viewport.width - card.width - viewportGutterPx;

  return Math.max(viewportGutterPx, Math.min(anchor.left, rightmost));
}

/**
 * Below the ID, or above it when there is more room there; shifted into the viewport, and never
 * over the ID: its height is capped by the room on its side. `side` keeps an open card's side.
 */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size, side?: Side): Placement {
  const chosen = side ?? chooseSide(anchor, card, viewport);
  const left = clampLeft(anchor, card, viewport);
  if (chosen === 'below') {
    const top = anchor.bottom + cardGapPx;
    const maxHeight = Math.max(0, viewport.height - top - viewportGutterPx);

    return { side: chosen, left, top, bottom: null, maxHeight };
  }

  const bottom = viewport.height - anchor.top + cardGapPx;
  const maxHeight = Math.max(0, anchor.top - cardGapPx - viewportGutterPx);

  return { side: chosen, left, top: null, bottom, maxHeight };
}
