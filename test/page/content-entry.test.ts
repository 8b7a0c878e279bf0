import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

import contentScript from '@/entrypoints/content';
import { hostTagName } from '@/lib/card-kit/contract';
import { highlightName } from '@/lib/page/highlighter';

import { lightningUrl, sf15 } from './page-helpers';

/** A stand-in for CSS.highlights (happy-dom has none), to see what the script registers. */
class FakeHighlight extends Set<AbstractRange> {}

/** happy-dom's IntersectionObserver never reports: this one finds every element on screen. */
class OnScreenObserver {
  constructor(private readonly report: (entries: object[]) => void) {}
  observe(target: Element): void {
    const rect = new DOMRect(0, 0, 100, 20);
    const entry = { target, isIntersecting: true, boundingClientRect: rect, rootBounds: rect };
    setTimeout(() => this.report([entry]), 0);
  }
  unobserve(): void {}
  disconnect(): void {}
}
const registry = new Map<string, Set<AbstractRange>>();

function inject(): ContentScriptContext {
  const ctx = new ContentScriptContext('content', contentScript);
  void contentScript.main(ctx);

  return ctx;
}

const registered = (): number => registry.get(highlightName)?.size ?? 0;
const hosts = (): Element[] => [...document.querySelectorAll(hostTagName)];
const waitForMarks = (count: number): Promise<void> =>
  vi.waitFor(() => expect(registered()).toBe(count));

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('IntersectionObserver', OnScreenObserver);
  document.body.innerHTML = `<p>${sf15}</p><a href="${lightningUrl}">Ada</a>`;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('content script', () => {
  it('is registered at runtime only, never from the manifest', () => {
    expect(contentScript.registration).toBe('runtime');
    expect(contentScript.matches).toBeUndefined();
  });

  it('marks the page, then marks content added later', async () => {
    const ctx = inject();
    await waitForMarks(2);

    const paragraph = document.createElement('p');
    paragraph.textContent = `later ${sf15}`;
    document.body.append(paragraph);
    await waitForMarks(3);
    ctx.abort();
  });

  it('asks for no card kit while nobody rests on an ID', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const ctx = inject();
    await waitForMarks(2);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const types = send.mock.calls.map(([message]) => Reflect.get(Object(message), 'type'));
    expect(types).toContain('getPreferences');
    expect(types).not.toContain('loadCardKit');
    expect(hosts()).toHaveLength(0);
    ctx.abort();
  });

  it('cleans up everything when its context is invalidated', async () => {
    const sheets = document.adoptedStyleSheets.length;
    const ctx = inject();
    await waitForMarks(2);
    ctx.notifyInvalidated();

    expect(registry.has(highlightName)).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(sheets);
    document.body.append(Object.assign(document.createElement('p'), { textContent: sf15 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(registry.has(highlightName)).toBe(false);
  });

  it('hands over to a second injection: the first copy stops, the second marks alone', async () => {
    const sheets = document.adoptedStyleSheets.length;
    const first = inject();
    await waitForMarks(2);
    const second = inject();

    expect(first.isInvalid).toBe(true);
    expect(second.isValid).toBe(true);
    await waitForMarks(2);
    expect(document.adoptedStyleSheets).toHaveLength(sheets + 1);
    expect(hosts()).toHaveLength(0);
    second.abort();
  });

  it('notices an extension reload on the next pointer move and removes its marks', async () => {
    const ctx = inject();
    await waitForMarks(2);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    const move = new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' });
    // The content script ignores untrusted moves; this one stands for the user's.
    Object.defineProperty(move, 'isTrusted', { value: true });
    document.body.dispatchEvent(move);

    await vi.waitFor(() => expect(ctx.signal.aborted).toBe(true));
    expect(registry.has(highlightName)).toBe(false);
  });
});
