import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { toMatchPattern } from '@/lib/format/match-pattern';

export interface ActiveSite {
  tabId: number;
  host: string;
  pattern: string;
  granted: boolean;
}

async function findActiveSite(): Promise<ActiveSite | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const pattern = toMatchPattern(tab?.url);
  if (!tab?.url || tab.id === undefined || pattern === null) {
    return null;
  }

  const granted = await browser.permissions.contains({ origins: [pattern] });

  return { tabId: tab.id, host: new URL(tab.url).host, pattern, granted };
}

/** The http(s) page the popup was opened over, or null (popup opened as a tab, browser pages). */
export function useActiveSite(): ActiveSite | null {
  const [site, setSite] = useState<ActiveSite | null>(null);
  useEffect(() => {
    let live = true;
    void findActiveSite()
      .catch(() => null)
      .then((found) => live && setSite(found));

    return () => {
      live = false;
    };
  }, []);

  return site;
}
