import { h, render } from 'preact';

import { Card, type CardView } from '@/components/card';
import type { LeadReference } from '@/lib/detect';

import type { CardHost } from './card-host';
import { listenWhileOpen } from './card-listeners';
import { positionCard } from './card-position';
import type { PageGeometry } from './geometry';
import type { Mark } from './marks';
import type { Side } from './place-card';

export interface CardSessionOptions {
  doc: Document;
  host: CardHost;
  mark: Mark;
  geometry: PageGeometry;
  lookUp(reference: LeadReference, refresh: boolean): Promise<CardView>;
  /** Escape, the close button, or the ID left the viewport. */
  onDismiss(): void;
  onUnavailable(): void;
}

/** One open card: its lookup, rendering, placement and listeners. */
export interface CardSession {
  readonly mark: Mark;
  readonly signal: AbortSignal;
  start(): void;
  end(): void;
}

export function createCardSession(options: CardSessionOptions): CardSession {
  const { host, mark, geometry } = options;
  const life = new AbortController();
  let side: Side | null = null;
  let request = 0;

  const place = (): void => {
    const placed = positionCard(host.layer, mark, geometry, side);
    if (placed === null) {
      options.onDismiss();
    } else {
      side = placed;
    }
  };

  const show = (view: CardView): void => {
    if (!life.signal.aborted) {
      const onRetry = (): void => fetchLead(true);
      render(h(Card, { view, onClose: options.onDismiss, onRetry }), host.layer);
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
