import type { CardView } from '@/components/card';
import { cardStyles } from '@/components/card-styles';
import type { LeadReference } from '@/lib/detect';

import { type CardHost, createCardHost } from './card-host';
import { type CardSession, createCardSession } from './card-session';
import type { PageGeometry } from './geometry';
import type { Mark } from './marks';

export interface CardControllerOptions {
  doc: Document;
  geometry: PageGeometry;
  lookUp(reference: LeadReference, refresh: boolean): Promise<CardView>;
  /** The user closed the card (Escape, close button) or its ID scrolled away. */
  onDismiss(): void;
  /** A lookup found the extension unreachable: the caller checks whether it was reloaded. */
  onUnavailable(): void;
}

export interface CardController {
  open(mark: Mark): void;
  close(): void;
  isHost(target: EventTarget | null): boolean;
  /** Moves keyboard focus into the open card (after the shortcut opened it). */
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
  const { doc } = options;
  let host: CardHost | null = null;
  let session: CardSession | null = null;
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

  const open = (mark: Mark): void => {
    if (session?.mark === mark || retired) {
      return;
    }

    close();
    host ??= createCardHost(doc, cardStyles);
    host.attachNear(nodeOf(mark));
    restores = 0;
    returnFocus = doc.activeElement === doc.body ? null : doc.activeElement;
    session = createCardSession({ ...options, host, mark, onDismiss: dismiss });
    session.start();
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
    focus: () => host?.focus(),
    retire(keepOpenCard) {
      retired = true;
      if (keepOpenCard && session !== null) {
        // Nothing tracks the pointer any more: a press anywhere else closes the card.
        closeOnPressOutside(session);
      } else {
        destroy();
      }
    },
  };
}
