import { describe, expect, it } from 'vitest';

import { cardGapPx, placeCard, viewportGutterPx } from '@/lib/page/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 340, height: 240 };
const anchorAt = (top: number, left = 100) => ({ top, bottom: top + 20, left });

describe('placeCard', () => {
  it('goes below the ID when it fits', () => {
    expect(placeCard(anchorAt(100), card, viewport)).toEqual({
      side: 'below',
      left: 100,
      top: 120 + cardGapPx,
      bottom: null,
      maxHeight: 800 - 126 - viewportGutterPx,
    });
  });

  it('flips above when there is no room below, growing upwards from just over the ID', () => {
    const placement = placeCard(anchorAt(700), card, viewport);

    expect(placement).toMatchObject({ side: 'above', top: null, bottom: 800 - 700 + cardGapPx });
  });

  it('shifts into the viewport near the right and left edges', () => {
    expect(placeCard(anchorAt(100, 900), card, viewport).left).toBe(1000 - 340 - viewportGutterPx);
    expect(placeCard(anchorAt(100, -50), card, viewport).left).toBe(viewportGutterPx);
  });

  it('keeps the side it was given', () => {
    expect(placeCard(anchorAt(700), card, viewport, 'below').side).toBe('below');
  });

  it.each([20, 300, 390, 500, 780])('never covers an ID at y = %i', (top) => {
    const anchor = anchorAt(top);
    const placement = placeCard(anchor, card, viewport);
    const aboveBottom = viewport.height - (placement.bottom ?? 0);
    const cardTop = placement.top ?? aboveBottom - placement.maxHeight;
    const cardBottom = placement.top === null ? aboveBottom : cardTop + placement.maxHeight;

    expect(cardBottom <= anchor.top || cardTop >= anchor.bottom).toBe(true);
    expect(cardTop).toBeGreaterThanOrEqual(0);
    expect(cardBottom).toBeLessThanOrEqual(viewport.height);
  });
});

describe('placeCard while loading', () => {
  it('chooses the side for a full profile, not for the smaller skeleton', () => {
    const skeleton = { width: 340, height: 200 };

    expect(placeCard(anchorAt(480), skeleton, viewport).side).toBe('above');
    expect(placeCard(anchorAt(300), skeleton, viewport).side).toBe('below');
  });
});
