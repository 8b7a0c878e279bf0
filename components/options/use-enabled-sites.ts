import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { defaultApiBaseUrl } from '@/lib/settings';

export const allSites = '*://*/*';
// Granted for the API calls, not for reading pages: never listed as an enabled site.
const apiOrigin = `${defaultApiBaseUrl}/*`;

async function listSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();

  return origins.filter((origin) => origin !== apiOrigin).sort();
}

export interface EnabledSites {
  /** Null until the browser answered. */
  sites: string[] | null;
  refresh: () => void;
}

/** The origins in-page detection runs on; follows grants made in the browser's own settings. */
export function useEnabledSites(): EnabledSites {
  const [sites, setSites] = useState<string[] | null>(null);
  const refresh = useCallback((): void => {
    void listSites()
      .catch(() => [])
      .then(setSites);
  }, []);

  useEffect(() => {
    refresh();
    const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
    const live = events.filter((event) => typeof event?.addListener === 'function');
    live.forEach((event) => event.addListener(refresh));

    return () => live.forEach((event) => event.removeListener(refresh));
  }, [refresh]);

  return { sites, refresh };
}
