import type { CardView } from '@/components/card';
import type { CardHost, CardKit, CardSession } from '@/lib/card-kit/contract';
import type { LeadReference } from '@/lib/detect';

import type { CardKitLoader } from './card-kit-loader';
import type { PageGeometry } from './geometry';
import type { Mark } from './marks';

export interface CardControllerOptions {
  doc: Document;
  geometry: PageGeometry;
  /** The card's renderer, injected on demand (lib/card-kit). */
  kit: CardKitLoader;
  lookUp(reference: LeadReference, refresh: boolean): Promise<CardView>;
  openOptions(): void;
  /** The user closed the card (Escape, close button), its ID left the view, or it failed to load. */
  onDismiss(): void;
  /** The extension was unreachable: the caller checks whether it was reloaded. */
  onUnavailable(): void;
}

export interface CardController {
  /** Starts loading the card kit: attention came to rest on an ID, a card may follow. */
  prepare(): void;
  /** Opens at once when the kit is here, else as soon as it arrives. */
  open(mark: Mark): void;
  close(): void;
  isHost(target: EventTarget | null): boolean;
  /** Moves keyboard focus into the open card, or into the card about to open (the shortcut). */
  focus(): void;
  /** Puts back a host the page removed while a card is open; gives up after a few tries. */
  restoreHost(): void;
  /** Ends with the script: at once, or (orphaned) when the open card closes, so its error shows. */
  retire(keepOpenCard: boolean): void;
}

// Pages that delete elements they did not create (hydration, "clean-up" scripts) would hide the
// card for good; a page that keeps deleting it wins after this many tries, and the card closes.
const hostRestoreLimit = 3;

const nodeOf = (mark: Mark): Node => (mark.kind === 'text' ? mark.node : mark.element);

/** Owns the host element (created on first use) and the one card that may be open. */
export function createCardController(options: CardControllerOptions): CardController {
  const { doc, kit } = options;
  let host: CardHost | null = null;
  let session: CardSession | null = null;
  // The mark waiting for the kit, and whether the card should take focus when it opens.
  let wanted: Mark | null = null;
  let focusWanted = false;
  let returnFocus: Element | null = null;
  let retired = false;
  let restores = 0;

  const isHost = (target: EventTarget | null): boolean => host !== null && target === host.element;

  const destroy = (): void => {
    session?.end();
    session = null;
    host?.remove();
    host = null;
  };

  // Escape returns focus to where it was before it moved into the card (WCAG 1.4.13).
  const restoreFocus = (): void => {
    if (!isHost(doc.activeElement)) {
      return;
    }

    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) {
      returnFocus.focus({ preventScroll: true });
    } else {
      host?.element.blur();
    }
  };

  const close = (): void => {
    wanted = null;
    focusWanted = false;
    if (session !== null) {
      restoreFocus();
      session.end();
      session = null;
      // Out of a page dialog it was moved into: the page's own DOM is left as it was. A host the
      // page removed stays out until the next card.
      if (host?.element.isConnected === true) {
        host.attachNear(doc.documentElement);
      }
    }

    if (retired) {
      destroy();
    }
  };

  const dismiss = (): void => {
    close();
    options.onDismiss();
  };

  const openWith = (loaded: CardKit, mark: Mark): void => {
    const current = (host ??= loaded.createHost(doc));
    current.attachNear(nodeOf(mark));
    restores = 0;
    returnFocus = doc.activeElement === doc.body ? null : doc.activeElement;
    const { geometry, lookUp, openOptions, onUnavailable } = options;
    const sessionOptions = { doc, host: current, mark, geometry, lookUp, openOptions };
    session = loaded.createSession({ ...sessionOptions, onDismiss: dismiss, onUnavailable });
    session.start();
    if (focusWanted) {
      focusWanted = false;
      current.focus();
    }
  };

  // The first card of a page waits for the kit; a card closed meanwhile never opens.
  const openWhenLoaded = async (mark: Mark): Promise<void> => {
    wanted = mark;
    const result = await kit.load();
    if (wanted !== mark) {
      return;
    }

    wanted = null;
    if (result.ok) {
      openWith(result.kit, mark);
    } else if (result.error.code === 'unavailable') {
      options.onUnavailable();
    } else {
      // Nothing opens and nothing spins; the next rest on an ID tries again.
      dismiss();
    }
  };

  const open = (mark: Mark): void => {
    if (session?.mark === mark || wanted === mark || retired) {
      return;
    }

    close();
    const loaded = kit.current();
    if (loaded === null) {
      void openWhenLoaded(mark);
    } else {
      openWith(loaded, mark);
    }
  };

  const closeOnPressOutside = (active: CardSession): void => {
    const onPress = (event: Event): void => {
      if (!isHost(event.target)) {
        close();
      }
    };
    doc.addEventListener('pointerdown', onPress, { capture: true, signal: active.signal });
  };

  return {
    prepare: () => void kit.load(),
    open,
    close,
    isHost,
    restoreHost() {
      if (session === null || host === null || host.element.isConnected) {
        return;
      }

      if (restores++ < hostRestoreLimit) {
        host.attachNear(nodeOf(session.mark));
        host.show();
      } else {
        dismiss();
      }
    },
    focus() {
      if (session !== null) {
        host?.focus();
      } else if (wanted !== null) {
        focusWanted = true;
      }
    },
    retire(keepOpenCard) {
      retired = true;
      wanted = null;
      if (keepOpenCard && session !== null) {
        // Nothing tracks the pointer any more: a press anywhere else closes the card.
        closeOnPressOutside(session);
      } else {
        destroy();
      }
    },
  };
}
