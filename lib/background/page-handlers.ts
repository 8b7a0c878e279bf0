import { browser } from 'wxt/browser';

import type { LeadReference } from '../detect/types';
import { fail } from '../messages/contract';
import type { Handlers } from '../messages/listen';
import { ReferenceSchema } from '../messages/schemas';
import { readPreferences, writePreferences } from '../preferences-store';
import { z } from '../zod';
import type { LeadCache } from './lead-cache';
import type { QuotaPauses } from './quota-pauses';
import { injectCardKit } from './site-access';

const TabLeadsSchema = z.object({
  count: z.number(),
  references: z.array(ReferenceSchema),
  paused: z.boolean(),
});

type PageHandlers = Pick<
  Handlers,
  | 'getPreferences'
  | 'savePreferences'
  | 'clearCache'
  | 'reportDetections'
  | 'loadCardKit'
  | 'getTabLeads'
>;

interface TabLeads {
  count: number;
  references: LeadReference[];
  paused: boolean;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

/** Forgets what a tab reported, when it closes or loads another page. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

function badgeText(count: number): string {
  return count === 0 ? '' : count > 999 ? '999+' : String(count);
}

/**
 * Preferences, cache, badge, each tab's leads and its card kit: never credentials. "Clear cache"
 * also lifts quota pauses, the user's way out of a long one (a new key may have a fresh quota).
 */
export function createPageHandlers(cache: LeadCache, pauses?: QuotaPauses): PageHandlers {
  return {
    getPreferences: async () => ({ ok: true, preferences: await readPreferences() }),
    savePreferences: async ({ preferences }) => {
      await writePreferences(preferences);

      return { ok: true, preferences };
    },
    clearCache: async () => {
      await Promise.all([cache.clear(), pauses?.clear()]);

      return { ok: true };
    },
    reportDetections: async ({ count, references, paused }, sender) => {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab; frames would overwrite each other's lists.
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        const record: TabLeads = { count, references, paused };
        await browser.storage.session.set({ [tabKey(tabId)]: record });
        await browser.action.setBadgeText({ tabId, text: badgeText(count) });
      }

      return { ok: true };
    },
    loadCardKit: async (_message, sender) => {
      const tabId = sender.tab?.id;
      // Only a content script has a tab; the kit goes into the very frame that asked.
      if (tabId === undefined) {
        return fail('bad-request', 'Only a page can load the card. Reload the page.');
      }

      return (await injectCardKit(tabId, sender.frameId ?? 0))
        ? { ok: true }
        : fail('internal', 'Lead Viewer could not load the card. Hover the ID again.');
    },
    getTabLeads: async ({ tabId }) => {
      const stored = await browser.storage.session.get(tabKey(tabId));
      const record = TabLeadsSchema.safeParse(stored[tabKey(tabId)]);
      if (!record.success) {
        return { ok: true, reported: false, count: 0, references: [], paused: false };
      }

      return { ok: true, reported: true, ...record.data };
    },
  };
}
