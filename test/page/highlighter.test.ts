import { afterEach, describe, expect, it, vi } from 'vitest';

import { createHighlighter, highlightName, type RangeSet } from '@/lib/page/highlighter';
import { adoptMarkStyle } from '@/lib/page/mark-style';
import { createRangeFactory } from '@/lib/page/marks';

import { newStore, scanNow, setBody, sf15 } from './page-helpers';
import { fakeViewport } from './viewport-helpers';

function fakeApi() {
  const entries = new Map<string, RangeSet>();
  const registry = {
    get: (name: string) => entries.get(name),
    set: vi.fn((name: string, highlight: RangeSet) => entries.set(name, highlight)),
    delete: vi.fn((name: string) => entries.delete(name)),
  };

  return { registry, create: () => new Set<AbstractRange>(), entries };
}

/** `count` paragraphs, one ID each, laid out `gap` px apart (paragraph i at y = i × gap). */
function markPage(count: number, gap: number) {
  setBody(Array.from({ length: count }, (_, index) => `<p id="p${index}">${sf15}</p>`).join(''));
  const store = newStore();
  scanNow(store, { roots: [document.body], rescan: false });
  const viewport = fakeViewport((element) => Number(element.id.slice(1)) * gap);
  const api = fakeApi();
  const createRange = createRangeFactory(document);
  const highlighter = createHighlighter(api, { createRange, watch: viewport.watch });
  highlighter.apply(store.takeChanges());
  highlighter.commit();

  /** Indexes of the paragraphs whose ID is drawn. */
  const drawn = (): number[] => {
    const ranges = [...((api.entries.get(highlightName) as Set<AbstractRange>) ?? [])];
    const indexes = ranges.map((range) => Number(range.startContainer.parentElement?.id.slice(1)));

    return indexes.sort((a, b) => a - b);
  };

  return { store, api, highlighter, viewport, drawn };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('highlighter', () => {
  it('draws the marks near the viewport only, once the watch reports', () => {
    const { api, viewport, drawn } = markPage(200, 100);
    expect(drawn()).toEqual([]);

    viewport.scrollTo(0);

    const shown = drawn();
    // On screen (0–800 px) every mark is drawn; nothing three viewports down is.
    expect(shown).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(shown.every((index) => index * 100 < 800 * 4)).toBe(true);
    expect(api.registry.set).toHaveBeenCalledOnce();
  });

  it('draws marks scrolled near and erases those scrolled away, one change per report', () => {
    const { api, viewport, drawn } = markPage(200, 100);
    viewport.scrollTo(0);
    const highlight = api.entries.get(highlightName) as Set<AbstractRange>;
    const add = vi.spyOn(highlight, 'add');

    viewport.scrollTo(10_000);

    expect(drawn()).toEqual(expect.arrayContaining([100, 101, 105, 107]));
    expect(drawn()).not.toContain(0);
    expect(add.mock.calls.length).toBeGreaterThan(0);
    expect(api.registry.set).toHaveBeenCalledOnce();
  });

  it('watches the marks of a bucket spread over many viewports one by one', () => {
    const { viewport, drawn } = markPage(32, 1_000);
    viewport.scrollTo(7_000);
    // The first report shows the bucket is tall; its marks report on their own next.
    viewport.scrollTo(7_000);

    expect(drawn()).toEqual(expect.arrayContaining([7, 8]));
    expect(drawn()).not.toContain(0);
  });

  it('erases a removed mark at the next commit', () => {
    const { store, highlighter, viewport, drawn } = markPage(4, 100);
    viewport.scrollTo(0);
    document.getElementById('p1')?.remove();
    store.pruneDisconnected();
    highlighter.apply(store.takeChanges());

    expect(drawn()).toEqual([0, 1, 2, 3]);
    highlighter.commit();
    expect(drawn()).toEqual([0, 2, 3]);
  });

  it('registers nothing on a page without IDs', () => {
    const api = fakeApi();
    const { watch } = fakeViewport(() => 0);
    const highlighter = createHighlighter(api, { createRange: () => new Range(), watch });
    highlighter.apply(new Map());
    highlighter.commit();

    expect(api.registry.set).not.toHaveBeenCalled();
  });

  it('removes only its own highlight on dispose, and stops watching', () => {
    setBody(`<p>${sf15}</p>`);
    const api = fakeApi();
    const viewports = [fakeViewport(() => 0), fakeViewport(() => 0)];
    const createRange = createRangeFactory(document);
    const copies = viewports.map(({ watch }) => createHighlighter(api, { createRange, watch }));
    copies.forEach((copy, index) => {
      const store = newStore();
      scanNow(store, { roots: [document.body], rescan: false });
      copy.apply(store.takeChanges());
      viewports[index]?.scrollTo(0);
    });

    copies[0]?.dispose();
    expect(api.entries.has(highlightName)).toBe(true);
    expect(viewports[0]?.watched.size).toBe(0);
    copies[1]?.dispose();
    expect(api.entries.has(highlightName)).toBe(false);
  });
});

describe('mark style', () => {
  it('adopts a constructed sheet (not a DOM node), re-adopts it, and removes it', () => {
    const childCount = document.head.childNodes.length;
    const style = adoptMarkStyle(document);
    const sheet = document.adoptedStyleSheets.at(-1);
    expect(sheet).toBeInstanceOf(CSSStyleSheet);
    expect(document.head.childNodes.length).toBe(childCount);

    document.adoptedStyleSheets = [];
    style.refresh();
    expect(document.adoptedStyleSheets).toEqual([sheet]);

    style.remove();
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
