import { describe, expect, it, vi } from 'vitest';

import { createHighlighter, highlightName, type RangeSet } from '@/lib/page/highlighter';
import { adoptMarkStyle } from '@/lib/page/mark-style';

function fakeApi() {
  const entries = new Map<string, RangeSet>();
  const registry = {
    get: (name: string) => entries.get(name),
    set: vi.fn((name: string, highlight: RangeSet) => entries.set(name, highlight)),
    delete: vi.fn((name: string) => entries.delete(name)),
  };

  return { registry, create: () => new Set<AbstractRange>(), entries };
}

const ranges = (count: number): AbstractRange[] =>
  Array.from({ length: count }, () => document.createRange());

describe('highlighter', () => {
  it('registers once, however many ranges are applied before and after', () => {
    const api = fakeApi();
    const highlighter = createHighlighter(api);
    const [a, b, c] = ranges(3) as [AbstractRange, AbstractRange, AbstractRange];
    highlighter.apply(
      new Map([
        [a, true],
        [b, true],
      ]),
    );
    expect(highlighter.isCommitted()).toBe(false);
    highlighter.apply(new Map([[c, true]]));
    highlighter.commit();
    highlighter.apply(new Map([[b, false]]));
    highlighter.commit();

    expect(highlighter.isCommitted()).toBe(true);
    expect(api.registry.set).toHaveBeenCalledOnce();
    expect([...(api.entries.get(highlightName) as Set<AbstractRange>)]).toEqual([a, c]);
  });

  it('registers nothing on a page without IDs', () => {
    const api = fakeApi();
    const highlighter = createHighlighter(api);
    highlighter.apply(new Map());
    highlighter.commit();

    expect(api.registry.set).not.toHaveBeenCalled();
  });

  it('removes only its own highlight on dispose', () => {
    const api = fakeApi();
    const older = createHighlighter(api);
    older.apply(new Map([[document.createRange(), true]]));
    older.commit();
    const newer = createHighlighter(api);
    newer.apply(new Map([[document.createRange(), true]]));
    newer.commit();
    older.dispose();
    expect(api.entries.has(highlightName)).toBe(true);

    newer.dispose();
    expect(api.entries.has(highlightName)).toBe(false);
  });

  it('does nothing where the Highlight API is missing', () => {
    const highlighter = createHighlighter(null);
    highlighter.apply(new Map([[document.createRange(), true]]));
    highlighter.commit();
    expect(highlighter.isCommitted()).toBe(false);
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
