import { afterEach, describe, expect, it, vi } from 'vitest';

import { type Attention, createAttention, type Place } from '@/lib/page/attention';
import { trackFocus } from '@/lib/page/focus-tracker';
import type { HitGeometry } from '@/lib/page/hit-test';
import type { HoverIntent } from '@/lib/page/hover-intent';
import type { Mark } from '@/lib/page/marks';
import { trackPointer } from '@/lib/page/pointer-tracker';

import { lightningUrl, newStore, scanNow, setBody, sf15 } from './page-helpers';

let controller = new AbortController();
// happy-dom's dispatched events are never trusted; the product's default checks isTrusted.
let trusted = true;

function setup(html: string) {
  setBody(html);
  const store = newStore();
  scanNow(store, { roots: [document.body], rescan: false });
  const places: Place[] = [];
  const attention: Attention = { setPointer: (place) => places.push(place), setFocus: vi.fn() };
  const text = document.querySelector('p')?.firstChild ?? null;
  const geometry: HitGeometry = {
    caretAt: vi.fn(() => (text === null ? null : { node: text, offset: 2 })),
    rectsOf: () => [new DOMRect(0, 0, 500, 20)],
  };
  const isAlive = vi.fn(() => true);
  const options = { doc: document, store, geometry, attention, isAlive, signal: controller.signal };
  trackPointer({
    ...options,
    isHost: (target) => target === document.getElementById('host'),
    isTrusted: () => trusted,
  });

  return { store, places, geometry, isAlive };
}

function move(target: Element, init: PointerEventInit = {}): void {
  const event = new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', ...init });
  target.dispatchEvent(event);
}

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));

afterEach(() => {
  trusted = true;
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
});

describe('pointer tracking', () => {
  it('hit-tests at most once per frame, with the latest position', async () => {
    const { places, geometry } = setup(`<p>${sf15}</p>`);
    const paragraph = document.querySelector('p') as Element;
    for (let x = 0; x < 20; x++) {
      move(paragraph, { clientX: x, clientY: 5 });
    }

    await nextFrame();
    expect(geometry.caretAt).toHaveBeenCalledExactlyOnceWith(19, 5);
    expect(places).toHaveLength(1);
    expect(places[0]?.mark?.reference.id).toBe(sf15);
  });

  it('reports no mark for touch, for a pressed button, or over the card', async () => {
    const { places } = setup(`<p>${sf15}</p><div id="host"></div>`);
    const paragraph = document.querySelector('p') as Element;
    move(paragraph, { pointerType: 'touch' });
    await nextFrame();
    expect(places).toHaveLength(0);

    move(paragraph, { buttons: 1 });
    await nextFrame();
    move(document.getElementById('host') as Element);
    await nextFrame();
    expect(places).toEqual([
      { mark: null, onCard: false },
      { mark: null, onCard: true },
    ]);
  });

  it("ignores the page's own synthetic pointer moves, which would spend API quota", async () => {
    const { places, geometry } = setup(`<p>${sf15}</p>`);
    trusted = false;
    move(document.querySelector('p') as Element, { clientX: 3, clientY: 5 });
    await nextFrame();

    expect(geometry.caretAt).not.toHaveBeenCalled();
    expect(places).toHaveLength(0);
  });

  it('reports nothing once the extension is gone', async () => {
    const { places, isAlive } = setup(`<p>${sf15}</p>`);
    isAlive.mockReturnValue(false);
    move(document.querySelector('p') as Element);
    await nextFrame();

    expect(places).toHaveLength(0);
  });
});

describe('attention', () => {
  it('prefers the pointer, falls back to keyboard focus, and counts either on the card', () => {
    const update = vi.fn();
    const attention = createAttention({ update } as unknown as HoverIntent<Mark>);
    setBody(`<a href="${lightningUrl}">Ada</a>`);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });
    const signal = controller.signal;
    trackFocus({
      doc: document,
      store,
      attention,
      isHost: () => false,
      signal,
      isTrusted: () => true,
    });
    const link = document.querySelector('a') as HTMLElement;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    link.focus();
    const linkMark = store.elements.get(link);

    expect(update).toHaveBeenLastCalledWith({ candidate: linkMark, onCard: false });
    attention.setPointer({ mark: null, onCard: true });
    expect(update).toHaveBeenLastCalledWith({ candidate: linkMark, onCard: true });
  });

  it("ignores focus the page moves by script, without the person's Tab press", () => {
    const update = vi.fn();
    const attention = createAttention({ update } as unknown as HoverIntent<Mark>);
    setBody(`<a href="${lightningUrl}">Ada</a>`);
    const store = newStore();
    scanNow(store, { roots: [document.body], rescan: false });
    const signal = controller.signal;
    trackFocus({ doc: document, store, attention, isHost: () => false, signal });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    (document.querySelector('a') as HTMLElement).focus();

    expect(update).toHaveBeenLastCalledWith({ candidate: null, onCard: false });
  });
});
