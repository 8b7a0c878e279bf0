import { h, render } from 'preact';

import { Card, type CardView } from '@/components/card';
import { logger } from '@/lib/logger';
import type { Size } from '@/lib/page/geometry';

import { listenWhileOpen } from './card-listeners';
import type { CardSession, CardSessionOptions } from './contract';
import { placeCard, type Side } from './place-card';

function isInViewport(rect: DOMRectReadOnly, viewport: Size): boolean {
  const { width, height } = viewport;

  return rect.bottom > 0 && rect.top < height && rect.right > 0 && rect.left < width;
}

export function createCardSession(options: CardSessionOptions): CardSession {
  const { host, mark, geometry } = options;
  const life = new AbortController();
  let side: Side | null = null;
  let placing = Promise.resolve();
  let request = 0;

  const placeNow = async (): Promise<void> => {
    const anchor = geometry.boundsOf(mark);
    const viewport = geometry.viewport();
    if (life.signal.aborted) {
      return;
    }

    if (anchor === null || !isInViewport(anchor, viewport)) {
      options.onDismiss();

      return;
    }

    side = await placeCard(host.layer, anchor, viewport, side);
  };

  // One placement at a time: the first one chooses the side every later one keeps.
  const place = (): void => {
    placing = placing.then(placeNow).catch((error: unknown) => {
      logger.warn('Could not place the card.', error);
    });
  };

  const show = (view: CardView): void => {
    if (!life.signal.aborted) {
      const onRetry = (): void => fetchLead(true);
      const { openOptions, onDismiss: onClose } = options;
      render(h(Card, { view, onClose, onRetry, onOpenOptions: openOptions }), host.layer);
      place();
    }
  };

  const fetchLead = (refresh: boolean): void => {
    const current = ++request;
    show({ kind: 'loading', reference: mark.reference });
    void options.lookUp(mark.reference, refresh).then((view) => {
      if (current === request) {
        show(view);
      }

      if (view.kind === 'error' && view.error.code === 'unavailable') {
        options.onUnavailable();
      }
    });
  };

  return {
    mark,
    signal: life.signal,
    start() {
      host.show();
      listenWhileOpen({
        doc: options.doc,
        signal: life.signal,
        isHost: (target) => target === host.element,
        onEscape: options.onDismiss,
        onFocusRequest: () => host.focus(),
        onViewportChange: place,
      });
      fetchLead(false);
    },
    end() {
      life.abort();
      render(null, host.layer);
      host.hide();
    },
  };
}
