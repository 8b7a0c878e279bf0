import { listenInTab } from '@/lib/messages/tab';

import type { CardController } from './card-controller';
import type { HoverIntent } from './hover-intent';
import type { Mark } from './marks';
import type { MarkStore } from './mark-store';
import { findMarkAtSelection } from './selection-mark';

export interface ShortcutOptions {
  doc: Document;
  store: MarkStore;
  intent: HoverIntent<Mark>;
  card: CardController;
  signal: AbortSignal;
}

/** The `open-lead-card` command: the card opens at once and takes keyboard focus. */
export function listenForShortcut(options: ShortcutOptions): void {
  const { doc, store, intent, card } = options;
  const openAtSelection = (): boolean => {
    const mark = findMarkAtSelection(doc, store);
    if (mark === null) {
      return false;
    }

    intent.openNow(mark);
    card.focus();

    return true;
  };

  listenInTab({ openCardAtSelection: () => ({ opened: openAtSelection() }) }, options.signal);
}
