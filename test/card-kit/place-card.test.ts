import {
  computePosition,
  platform as domPlatform,
  type Platform,
  type Rect,
} from '@floating-ui/dom';
import { describe, expect, it } from 'vitest';

import {
  cardGapPx,
  layerPosition,
  planningPadding,
  plannedHeightPx,
  sideChoiceConfig,
  sideConfig,
  sideOf,
  type Side,
  viewportGutterPx,
} from '@/lib/card-kit/place-card';

const viewport = { width: 1000, height: 800 };
const fullCard = { width: 340, height: 240 };
const anchorAt = (top: number, left = 100): Rect => ({ x: left, y: top, width: 150, height: 20 });

/**
 * happy-dom has no layout: this platform gives floating-ui the ID's box and the card's size
 * (capped by the max-height the size middleware sets), so the real middleware decides.
 */
function fakeLayout(anchor: Rect, card: { width: number; height: number }) {
  const layer = document.createElement('div');
  const height = (): number => Math.min(card.height, parseFloat(layer.style.maxHeight) || Infinity);
  const platform: Platform = {
    ...domPlatform,
    getElementRects: () => ({
      reference: anchor,
      floating: { x: 0, y: 0, ...card, height: height() },
    }),
    getDimensions: () => ({ width: card.width, height: height() }),
    getClippingRect: ({ rootBoundary }) => rootBoundary as Rect,
    getOffsetParent: () => window,
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    isRTL: () => false,
  };

  return { layer, platform, height };
}

/** Chooses a side (unless given), then places on it, as placeCard does. */
async function place(anchor: Rect, card = fullCard, side: Side | null = null) {
  const { layer, platform, height } = fakeLayout(anchor, card);
  const reference = { getBoundingClientRect: () => DOMRect.fromRect(anchor) };
  const chosen =
    side ??
    sideOf(
      (await computePosition(reference, layer, { ...sideChoiceConfig(viewport), platform }))
        .placement,
    );
  const setMaxHeight = (value: number): void => {
    layer.style.maxHeight = `${value}px`;
  };
  const config = { ...sideConfig(chosen, viewport, setMaxHeight), platform };
  const point = await computePosition(reference, layer, config);
  const box = {
    left: point.x,
    top: point.y,
    bottom: point.y + height(),
    right: point.x + card.width,
  };

  return { side: chosen, point, box, maxHeight: parseFloat(layer.style.maxHeight) };
}

describe('card placement', () => {
  it('goes below the ID when a full card fits there, capped to the room below', async () => {
    const placed = await place(anchorAt(100));

    expect(placed.side).toBe('below');
    expect(placed.point).toMatchObject({ x: 100, y: 120 + cardGapPx });
    expect(placed.maxHeight).toBe(800 - 126 - viewportGutterPx);
  });

  it('flips above when there is no room below, ending just over the ID', async () => {
    const placed = await place(anchorAt(700));

    expect(placed.side).toBe('above');
    expect(placed.box.bottom).toBe(700 - cardGapPx);
  });

  it('shifts into the viewport near the right and left edges', async () => {
    expect((await place(anchorAt(100, 900))).point.x).toBe(1000 - 340 - viewportGutterPx);
    expect((await place(anchorAt(100, -50))).point.x).toBe(viewportGutterPx);
  });

  it('keeps the side it was given, shrinking instead of flipping', async () => {
    const placed = await place(anchorAt(700), fullCard, 'below');

    expect(placed.side).toBe('below');
    expect(placed.maxHeight).toBe(800 - 726 - viewportGutterPx);
  });

  it.each([20, 300, 390, 500, 780])(
    'never covers an ID at y = %i, nor leaves the viewport',
    async (top) => {
      const anchor = anchorAt(top, 820);
      const { box } = await place(anchor, { width: 340, height: 600 });

      expect(box.bottom <= anchor.y || box.top >= anchor.y + anchor.height).toBe(true);
      expect(box.top).toBeGreaterThanOrEqual(viewportGutterPx);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height - viewportGutterPx);
      expect(box.right).toBeLessThanOrEqual(viewport.width - viewportGutterPx);
    },
  );

  it('chooses the side for a full profile while the skeleton is still smaller', async () => {
    const skeleton = { width: 340, height: 200 };

    expect((await place(anchorAt(480), skeleton)).side).toBe('above');
    expect((await place(anchorAt(300), skeleton)).side).toBe('below');
  });
});

describe('planningPadding', () => {
  it('asks for the missing height on both sides, and only the gutter once the card is full', () => {
    expect(planningPadding(200)).toEqual({
      top: viewportGutterPx + plannedHeightPx - 200,
      bottom: viewportGutterPx + plannedHeightPx - 200,
      left: viewportGutterPx,
      right: viewportGutterPx,
    });
    expect(planningPadding(500)).toMatchObject({ top: viewportGutterPx, bottom: viewportGutterPx });
  });
});

describe('layerPosition', () => {
  it('holds a card below the ID by its top edge', () => {
    expect(layerPosition('below', { x: 100.4, y: 126 }, 300, viewport)).toEqual({
      left: '100px',
      top: '126px',
      bottom: 'auto',
    });
  });

  it('holds a card above the ID by its bottom edge, so it grows away from the ID', () => {
    expect(layerPosition('above', { x: 8, y: 394 }, 300, viewport)).toEqual({
      left: '8px',
      top: 'auto',
      bottom: '106px',
    });
  });
});
