import { browser } from 'wxt/browser';

import type { Handlers } from '../messages/listen';
import { readPreferences, writePreferences } from '../preferences-store';
import type { LeadCache } from './lead-cache';

type PreferenceHandlers = Pick<
  Handlers,
  'getPreferences' | 'savePreferences' | 'clearCache' | 'reportDetections'
>;

function badgeText(count: number): string {
  return count === 0 ? '' : count > 999 ? '999+' : String(count);
}

/** Preferences, the cache and the toolbar badge: nothing here touches credentials. */
export function createPreferenceHandlers(cache: LeadCache): PreferenceHandlers {
  return {
    getPreferences: async () => ({ ok: true, preferences: await readPreferences() }),
    savePreferences: async ({ preferences }) => {
      await writePreferences(preferences);

      return { ok: true, preferences };
    },
    clearCache: async () => {
      await cache.clear();

      return { ok: true };
    },
    reportDetections: async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await browser.action.setBadgeText({ tabId, text: badgeText(count) });
      }

      return { ok: true };
    },
  };
}
