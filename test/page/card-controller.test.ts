import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CardView } from '@/components/card';
import { hostTagName } from '@/lib/card-kit/contract';
import { cardKit } from '@/lib/card-kit/kit';
import type { LeadReference } from '@/lib/detect';
import { createCardController } from '@/lib/page/card-controller';
import { type CardKitLoader, createCardKitLoader } from '@/lib/page/card-kit-loader';
import type { PageGeometry } from '@/lib/page/geometry';
import type { ElementMark } from '@/lib/page/marks';
import type { Reply } from '@/lib/messages';

import { makeFound } from '../components/make-lead';

const reference: LeadReference = {
  id: '00Q5e00000AdLvQEAV',
  service: 'salesforce',
  source: 'text',
};

const geometry: PageGeometry = {
  caretAt: () => null,
  rectsOf: () => [],
  boundsOf: () => new DOMRect(100, 100, 150, 20),
  viewport: () => ({ width: 1000, height: 800 }),
};

let shadows: ShadowRoot[] = [];

function markFor(element: Element): ElementMark {
  return { kind: 'element', element, reference, range: document.createRange() };
}

/** The kit as it is once injected: every open after the first finds it at hand. */
const loadedKit: CardKitLoader = {
  current: () => cardKit,
  load: () => Promise.resolve({ ok: true, kit: cardKit }),
};

function setup(kit = loadedKit) {
  const replies: Array<(view: CardView) => void> = [];
  const lookUp = vi.fn(
    (_reference: LeadReference, _refresh: boolean) =>
      new Promise<CardView>((resolve) => replies.push(resolve)),
  );
  const onDismiss = vi.fn();
  const onUnavailable = vi.fn();
  const openOptions = vi.fn();
  const card = createCardController({
    doc: document,
    geometry,
    kit,
    lookUp,
    openOptions,
    onDismiss,
    onUnavailable,
  });
  document.body.innerHTML = '<button id="page">page</button><a id="ref">00Q5e00000AdLvQEAV</a>';
  const mark = markFor(document.getElementById('ref') as Element);
  const reply = async (view: CardView): Promise<void> => {
    replies.shift()?.(view);
    await vi.waitFor(() => expect(dialog()?.getAttribute('aria-busy')).toBe('false'));
  };

  return { card, lookUp, onDismiss, onUnavailable, openOptions, mark, reply };
}

const hosts = (): Element[] => [...document.querySelectorAll(hostTagName)];
const dialog = (): HTMLElement | null => shadows.at(-1)?.querySelector('[role="dialog"]') ?? null;
const pressEscape = (): void => {
  fireEvent.keyDown(document.body, { key: 'Escape', bubbles: true });
};

beforeEach(() => {
  shadows = [];
  const attach = HTMLElement.prototype.attachShadow;
  // The card's root is closed; the test keeps a handle on it the way only its creator can.
  const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  spy.mockImplementation(function (this: HTMLElement, init) {
    const root = attach.call(this, init);
    shadows.push(root);

    return root;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  hosts().forEach((host) => host.remove());
  document.body.innerHTML = '';
});

describe('card controller', () => {
  it('adds one host with a closed shadow root only when a card first opens', async () => {
    const { card, mark, reply } = setup();
    expect(hosts()).toHaveLength(0);

    card.open(mark);
    expect(hosts()).toHaveLength(1);
    expect((hosts()[0] as HTMLElement).shadowRoot).toBeNull();
    expect(dialog()?.getAttribute('aria-label')).toBe(`Loading lead ${reference.id}`);

    await reply({ kind: 'found', reference, found: makeFound({ name: 'Ada Linwood' }) });
    expect(dialog()?.getAttribute('aria-label')).toBe('Lead: Ada Linwood');
    card.close();
    card.open(mark);
    expect(hosts()).toHaveLength(1);
  });

  it('asks for the lead with its service, and again with refresh on retry', async () => {
    const { card, mark, lookUp, reply } = setup();
    card.open(mark);
    await reply({ kind: 'error', reference, error: { code: 'network', message: 'Offline.' } });
    fireEvent.click(shadows.at(-1)?.querySelector('.lv-notice__action') as Element);

    expect(lookUp.mock.calls).toEqual([
      [reference, false],
      [reference, true],
    ]);
  });

  it('closes on Escape without the page seeing the key, and reports the dismissal', () => {
    const { card, mark, onDismiss } = setup();
    const pageKeys = vi.fn();
    document.body.addEventListener('keydown', pageKeys);
    card.open(mark);
    pressEscape();

    expect(dialog()).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(pageKeys).not.toHaveBeenCalled();
    pressEscape();
    expect(pageKeys).toHaveBeenCalledOnce();
  });

  it('keeps typing and clicks inside the card from page handlers', () => {
    const { card, mark } = setup();
    const pageHandler = vi.fn();
    for (const type of ['keydown', 'keyup', 'click', 'pointerdown']) {
      document.addEventListener(type, pageHandler);
    }

    card.open(mark);
    const button = shadows.at(-1)?.querySelector('button') as Element;
    fireEvent.keyDown(button, { key: 'a', bubbles: true, composed: true });
    fireEvent.keyUp(button, { key: 'a', bubbles: true, composed: true });
    fireEvent.pointerDown(button, { bubbles: true, composed: true });

    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('shows the error when the extension became unreachable, and says so', async () => {
    const { card, mark, onUnavailable, reply } = setup();
    card.open(mark);
    const message =
      'Lead Viewer was restarted or updated. Try again, or reload this page if it keeps failing.';
    await reply({ kind: 'error', reference, error: { code: 'unavailable', message } });

    expect(shadows.at(-1)?.textContent).toContain(message);
    expect(onUnavailable).toHaveBeenCalledOnce();
  });

  it('puts its host back when the page removes it, and gives up on a page that insists', () => {
    const { card, mark, onDismiss } = setup();
    card.open(mark);
    const host = hosts()[0] as HTMLElement;
    host.remove();
    card.restoreHost();
    expect(host.isConnected).toBe(true);
    expect(dialog()).not.toBeNull();

    for (let attempt = 0; attempt < 3; attempt++) {
      host.remove();
      card.restoreHost();
    }

    expect(host.isConnected).toBe(false);
    expect(dialog()).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('removes its host when retired', () => {
    const { card, mark } = setup();
    card.open(mark);
    card.retire(false);

    expect(hosts()).toHaveLength(0);
  });

  it('when orphaned, keeps an open card until it is closed, then removes the host', () => {
    const { card, mark } = setup();
    card.open(mark);
    card.retire(true);
    expect(hosts()).toHaveLength(1);

    fireEvent.pointerDown(document.getElementById('page') as Element);
    expect(hosts()).toHaveLength(0);
    card.open(mark);
    expect(hosts()).toHaveLength(0);
  });

  it('returns focus to the page element focused before the card took it', () => {
    const { card, mark } = setup();
    const pageButton = document.getElementById('page') as HTMLElement;
    pageButton.focus();
    card.open(mark);
    dialog()?.focus();
    expect(document.activeElement).toBe(hosts()[0]);

    pressEscape();
    expect(document.activeElement).toBe(pageButton);
  });
});

/** A kit that arrives when the test says, answering each injection in turn. */
function pendingKit() {
  const answers: Array<(ok: boolean) => void> = [];
  const inject = vi.fn(
    () =>
      new Promise<Reply<'loadCardKit'>>((resolve) => {
        answers.push((ok) =>
          resolve(ok ? { ok: true } : { ok: false, error: { code: 'internal', message: 'No.' } }),
        );
      }),
  );
  const kit = createCardKitLoader({ inject, take: () => cardKit });
  const answer = async (ok: boolean): Promise<void> => {
    answers.shift()?.(ok);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  return { kit, inject, answer };
}

describe('card controller before the card kit is loaded', () => {
  it('adds nothing to the page until the kit arrives, then opens the card', async () => {
    const { kit, inject, answer } = pendingKit();
    const { card, mark } = setup(kit);
    card.prepare();
    card.open(mark);
    expect(hosts()).toHaveLength(0);

    await answer(true);
    expect(dialog()?.getAttribute('aria-label')).toBe(`Loading lead ${reference.id}`);
    expect(inject).toHaveBeenCalledOnce();
  });

  it('opens nothing for a card closed while the kit was on its way', async () => {
    const { kit, answer } = pendingKit();
    const { card, mark } = setup(kit);
    card.open(mark);
    card.close();
    await answer(true);

    expect(hosts()).toHaveLength(0);
  });

  it('moves focus into a card the shortcut asked for once it opens', async () => {
    const { kit, answer } = pendingKit();
    const { card, mark } = setup(kit);
    card.open(mark);
    card.focus();
    await answer(true);

    expect(document.activeElement).toBe(hosts()[0]);
  });

  it('after a failed load shows no card nor a spinner, and the next open tries again', async () => {
    const { kit, inject, answer } = pendingKit();
    const { card, mark, onDismiss } = setup(kit);
    card.open(mark);
    await answer(false);
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(hosts()).toHaveLength(0);

    card.open(mark);
    await answer(true);
    expect(inject).toHaveBeenCalledTimes(2);
    expect(dialog()).not.toBeNull();
  });

  it('when orphaned before the kit ever came, ends without adding anything', async () => {
    const { kit, answer } = pendingKit();
    const { card, mark } = setup(kit);
    card.open(mark);
    card.retire(true);
    await answer(true);

    expect(hosts()).toHaveLength(0);
  });

  it('passes "Open options" from the card to its caller', async () => {
    const { card, mark, openOptions, reply } = setup();
    card.open(mark);
    const error = { code: 'unauthorized' as const, message: 'Apideck rejected the API key.' };
    await reply({ kind: 'error', reference, error });
    fireEvent.click(shadows.at(-1)?.querySelector('.lv-notice__action') as Element);

    expect(openOptions).toHaveBeenCalledOnce();
  });
});
