import {
  computePosition,
  type ComputePositionConfig,
  flip,
  offset,
  type Padding,
  platform,
  type Placement,
  type Platform,
  type Rect,
  shift,
  size,
} from '@floating-ui/dom';

import type { Size } from '@/lib/page/geometry';

export type Side = 'below' | 'above';

/** Space between the ID and the card: small, so the pointer crosses it within the grace period. */
export const cardGapPx = 6;
/** Space kept free at the viewport's edges. */
export const viewportGutterPx = 8;
/** The side is chosen while the card still shows its skeleton: plan for a typical full profile. */
export const plannedHeightPx = 360;

const placements: Record<Side, Placement> = { below: 'bottom-start', above: 'top-start' };

export const sideOf = (placement: Placement): Side =>
  placement.startsWith('top') ? 'above' : 'below';

const viewportRect = ({ width, height }: Size): Rect => ({ x: 0, y: 0, width, height });

/** Flip's padding: a card still smaller than planned needs the room a full profile will take. */
export function planningPadding(height: number): Padding {
  const extra = Math.max(0, plannedHeightPx - height);

  return {
    top: viewportGutterPx + extra,
    bottom: viewportGutterPx + extra,
    left: viewportGutterPx,
    right: viewportGutterPx,
  };
}

/** Below the ID, or above it when a full card fits only there or there is more room there. */
export function sideChoiceConfig(viewport: Size): Partial<ComputePositionConfig> {
  return {
    strategy: 'fixed',
    placement: placements.below,
    middleware: [
      offset(cardGapPx),
      flip((state) => ({
        padding: planningPadding(state.rects.floating.height),
        rootBoundary: viewportRect(viewport),
        fallbackPlacements: [placements.above],
        // Sideways overflow is shift's to fix; only the room above and below decides.
        crossAxis: false,
      })),
    ],
  };
}

/**
 * On a chosen side (an open card never flips), shifted into the viewport and capped in height
 * to the room on that side, so it never covers the ID.
 */
export function sideConfig(
  side: Side,
  viewport: Size,
  applyMaxHeight: (height: number) => void,
): Partial<ComputePositionConfig> {
  const bounds = { padding: viewportGutterPx, rootBoundary: viewportRect(viewport) };

  return {
    strategy: 'fixed',
    placement: placements[side],
    middleware: [
      offset(cardGapPx),
      shift(bounds),
      size({
        ...bounds,
        apply: ({ availableHeight }) => applyMaxHeight(Math.max(0, availableHeight)),
      }),
    ],
  };
}

export interface LayerPosition {
  left: string;
  top: string;
  bottom: string;
}

const px = (value: number): string => `${Math.round(value)}px`;

/** Above the ID the card is held by its bottom edge, so a taller profile grows away from the ID. */
export function layerPosition(
  side: Side,
  point: { x: number; y: number },
  height: number,
  viewport: Size,
): LayerPosition {
  const left = px(point.x);

  return side === 'below'
    ? { left, top: px(point.y), bottom: 'auto' }
    : { left, top: 'auto', bottom: px(viewport.height - point.y - height) };
}

// For a virtual reference beside a top-layer element, floating-ui subtracts the root element's
// left edge (meant for a left-hand scrollbar), so `html { margin-left }` moved the card off its
// ID. The layer is fixed to the viewport, and so is the ID's box: use that box as it is.
const viewportPlatform = (anchor: DOMRectReadOnly): Platform => ({
  ...platform,
  getElementRects: async ({ floating }) => ({
    reference: { x: anchor.x, y: anchor.y, width: anchor.width, height: anchor.height },
    floating: { x: 0, y: 0, ...(await platform.getDimensions(floating)) },
  }),
});

/** Places the card's layer next to `anchor` (viewport coordinates); returns the side it took. */
export async function placeCard(
  layer: HTMLElement,
  anchor: DOMRectReadOnly,
  viewport: Size,
  side: Side | null,
): Promise<Side> {
  const reference = { getBoundingClientRect: () => anchor };
  const place = (config: Partial<ComputePositionConfig>) =>
    computePosition(reference, layer, { ...config, platform: viewportPlatform(anchor) });
  // Measured without the previous cap, so the side is chosen for the card's full height.
  layer.style.maxHeight = 'none';
  const chosen = side ?? sideOf((await place(sideChoiceConfig(viewport))).placement);
  const setMaxHeight = (height: number): void => {
    layer.style.maxHeight = px(height);
  };
  const point = await place(sideConfig(chosen, viewport, setMaxHeight));
  Object.assign(layer.style, layerPosition(chosen, point, layer.offsetHeight, viewport));

  return chosen;
}
