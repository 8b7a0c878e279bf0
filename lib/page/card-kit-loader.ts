import { type CardKit, takeCardKit } from '@/lib/card-kit/contract';
import type { LeadError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { fail, type Reply, sendMessage } from '@/lib/messages';

export type KitLoad = { ok: true; kit: CardKit } | { ok: false; error: LeadError };

/** Gets the card kit once; a failed load is forgotten, so the next intent tries again. */
export interface CardKitLoader {
  /** The kit, when it has arrived. */
  current(): CardKit | null;
  load(): Promise<KitLoad>;
}

export interface CardKitLoaderOptions {
  /** Asks the background to inject the kit into this frame. */
  inject(): Promise<Reply<'loadCardKit'>>;
  /** Takes what the injected kit left for this script. */
  take(): CardKit | null;
}

const missing = 'The card arrived without its renderer. Hover the ID again.';

async function injectAndTake(options: CardKitLoaderOptions): Promise<KitLoad> {
  const reply = await options.inject();
  if (!reply.ok) {
    return reply;
  }

  const kit = options.take();

  return kit === null ? fail('internal', missing) : { ok: true, kit };
}

const defaults: CardKitLoaderOptions = {
  inject: () => sendMessage('loadCardKit', {}),
  take: takeCardKit,
};

export function createCardKitLoader(options: CardKitLoaderOptions = defaults): CardKitLoader {
  let kit: CardKit | null = null;
  let loading: Promise<KitLoad> | null = null;

  const settle = (result: KitLoad): KitLoad => {
    if (result.ok) {
      kit = result.kit;
    } else {
      loading = null;
      logger.warn('Could not load the card.', result.error.code);
    }

    return result;
  };

  return {
    current: () => kit,
    load() {
      loading ??= injectAndTake(options).then(settle);

      return loading;
    },
  };
}
