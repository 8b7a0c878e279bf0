import type { PageGeometry, Size } from './geometry';
import type { Mark } from './marks';
import { placeCard, type Side } from './place-card';

function isInViewport(rect: DOMRectReadOnly, viewport: Size): boolean {
  const { width, height } = viewport;

  return rect.bottom > 0 && rect.top < height && rect.right > 0 && rect.left < width;
}

function px(value: number | null): string {
  return value === null ? 'auto' : `${Math.round(value)}px`;
}

/**
 * Places the card's layer next to the mark, keeping `side` once chosen; returns the side, or
 * null when the mark is gone or scrolled out of view (the card should close).
 */
export function positionCard(
  layer: HTMLElement,
  mark: Mark,
  geometry: PageGeometry,
  side: Side | null,
): Side | null {
  const anchor = geometry.boundsOf(mark);
  const viewport = geometry.viewport();
  if (anchor === null || !isInViewport(anchor, viewport)) {
    return null;
  }

  // Measured without the previous cap, so the side is chosen for the card's full height.
  layer.style.maxHeight = 'none';
  const { width, height } = layer.getBoundingClientRect();
  const placement = placeCard(anchor, { width, height }, viewport, side ?? undefined);
  layer.style.left = px(placement.left);
  layer.style.top = px(placement.top);
  layer.style.bottom = px(placement.bottom);
  layer.style.maxHeight = px(placement.maxHeight);

  return placement.side;
}
