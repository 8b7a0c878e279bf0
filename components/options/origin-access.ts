import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { toMatchPattern } from '@/lib/format/match-pattern';
import { defaultApiBaseUrl } from '@/lib/settings';

/** The host permission a base URL needs beyond the manifest's Apideck origin; null if none. */
export function patternToGrant(apiBaseUrl: string): string | null {
  try {
    const origin = new URL(apiBaseUrl).origin;

    return origin === new URL(defaultApiBaseUrl).origin ? null : toMatchPattern(apiBaseUrl);
  } catch {
    return null;
  }
}

/** Whether `pattern` is already granted, checked ahead so a click need not wait for it. */
export function useGranted(pattern: string | null): boolean {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    if (pattern === null || pattern in granted) {
      return;
    }

    void browser.permissions
      .contains({ origins: [pattern] })
      .catch(() => false)
      .then((result) => setGranted((known) => ({ ...known, [pattern]: result })));
  }, [pattern, granted]);

  return pattern === null || granted[pattern] === true;
}
