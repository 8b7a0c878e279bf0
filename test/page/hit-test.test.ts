import { afterEach, describe, expect, it, vi } from 'vitest';

import { createHighlighter, highlightName, type RangeSet } from '@/lib/page/highlighter';
import { type Caret, findMarkAt, type HitGeometry } from '@/lib/page/hit-test';
import { createRangeFactory } from '@/lib/page/marks';

import { lightningUrl, newStore, scanNow, setBody, sf15 } from './page-helpers';
import { fakeViewport } from './viewport-helpers';

/** Layout where every character is 10 px wide on one 20 px line starting at x = 0. */
function fakeGeometry(caret: Caret | null): HitGeometry & { caretAt: ReturnType<typeof vi.fn> } {
  return {
    caretAt: vi.fn(() => caret),
    rectsOf: (_node, start, end) => [new DOMRect(start * 10, 0, (end - start) * 10, 20)],
  };
}

function setup(html: string) {
  setBody(html);
  const store = newStore();
  scanNow(store, { roots: [document.body], rescan: false });

  return store;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findMarkAt', () => {
  it('finds the text mark under the pointer, confirmed by its rects', () => {
    const store = setup(`<p>ID: ${sf15} end</p>`);
    const text = document.querySelector('p')?.firstChild as Text;
    const geometry = fakeGeometry({ node: text, offset: 8 });

    const paragraph = document.querySelector('p') as Element;
    const mark = findMarkAt(store, paragraph, { x: 85, y: 10 }, geometry);
    expect(mark?.reference.id).toBe(sf15);
  });

  it('rejects a caret that snapped to the ID from beyond its rects', () => {
    const store = setup(`<p>ID: ${sf15}</p>`);
    const text = document.querySelector('p')?.firstChild as Text;
    const geometry = fakeGeometry({ node: text, offset: text.length });

    const paragraph = document.querySelector('p') as Element;
    expect(findMarkAt(store, paragraph, { x: 400, y: 10 }, geometry)).toBeNull();
  });

  it('makes no caret lookup over an element that holds no marked text', () => {
    const store = setup(`<p>${sf15}</p><div id="plain">nothing here</div>`);
    const geometry = fakeGeometry(null);

    const plain = document.getElementById('plain') as Element;
    expect(findMarkAt(store, plain, { x: 5, y: 5 }, geometry)).toBeNull();
    expect(geometry.caretAt).not.toHaveBeenCalled();
  });

  it('finds a lead link from any element inside it, without a caret lookup', () => {
    const store = setup(`<a href="${lightningUrl}"><span><em>Ada</em> Linwood</span></a>`);
    const geometry = fakeGeometry(null);

    const inner = document.querySelector('em') as Element;
    const mark = findMarkAt(store, inner, { x: 5, y: 5 }, geometry);
    expect(mark?.kind).toBe('element');
    expect(geometry.caretAt).not.toHaveBeenCalled();
  });

  it('finds a mark far from the viewport, which is not drawn', () => {
    const store = setup(`<p id="near">near</p><p id="far">${sf15}</p>`);
    const viewport = fakeViewport((element) => (element.id === 'far' ? 50_000 : 0));
    const entries = new Map<string, RangeSet>();
    const registry = { get: (name: string) => entries.get(name), set: entries.set.bind(entries) };
    const api = { registry: { ...registry, delete: () => true }, create: () => new Set() };
    const createRange = createRangeFactory(document);
    const highlighter = createHighlighter(api, { createRange, watch: viewport.watch });
    highlighter.apply(store.takeChanges());
    viewport.scrollTo(0);
    highlighter.commit();
    expect(entries.get(highlightName)?.size ?? 0).toBe(0);

    const far = document.getElementById('far') as Element;
    const geometry = fakeGeometry({ node: far.firstChild as Text, offset: 3 });
    expect(findMarkAt(store, far, { x: 35, y: 10 }, geometry)?.reference.id).toBe(sf15);
  });
});
