import { afterEach, describe, expect, it, vi } from 'vitest';

import { type CardKit, offerCardKit, takeCardKit } from '@/lib/card-kit/contract';
import { cardKit } from '@/lib/card-kit/kit';
import type { Reply } from '@/lib/messages';
import { createCardKitLoader } from '@/lib/page/card-kit-loader';

const injected: Reply<'loadCardKit'> = { ok: true };
const refused: Reply<'loadCardKit'> = {
  ok: false,
  error: { code: 'internal', message: 'Lead Viewer could not load the card. Hover the ID again.' },
};

afterEach(() => {
  vi.restoreAllMocks();
  takeCardKit();
});

describe('card kit handover', () => {
  it('gives the offered kit to the first taker only', () => {
    offerCardKit(cardKit);

    expect(takeCardKit()).toBe(cardKit);
    expect(takeCardKit()).toBeNull();
  });

  it('takes nothing that is not a kit', () => {
    offerCardKit({ createHost: 'no' } as unknown as CardKit);

    expect(takeCardKit()).toBeNull();
  });
});

describe('card kit loader', () => {
  it('asks for the kit once, however many intents come before it arrives', async () => {
    const inject = vi.fn(async () => {
      offerCardKit(cardKit);

      return injected;
    });
    const loader = createCardKitLoader({ inject, take: takeCardKit });
    expect(loader.current()).toBeNull();

    const results = await Promise.all([loader.load(), loader.load()]);
    await loader.load();

    expect(results).toEqual([
      { ok: true, kit: cardKit },
      { ok: true, kit: cardKit },
    ]);
    expect(loader.current()).toBe(cardKit);
    expect(inject).toHaveBeenCalledOnce();
  });

  it('logs a refused injection and tries again on the next intent', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const inject = vi.fn().mockResolvedValueOnce(refused).mockResolvedValueOnce(injected);
    const loader = createCardKitLoader({ inject, take: () => cardKit });

    await expect(loader.load()).resolves.toEqual(refused);
    expect(warn).toHaveBeenCalledWith('[Lead Viewer]', 'Could not load the card.', 'internal');
    await expect(loader.load()).resolves.toEqual({ ok: true, kit: cardKit });
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('fails, and retries later, when the injection left no kit behind', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loader = createCardKitLoader({ inject: async () => injected, take: () => null });

    const result = await loader.load();

    expect(result.ok).toBe(false);
    expect(loader.current()).toBeNull();
  });
});
