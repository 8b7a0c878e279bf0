import { browser } from 'wxt/browser';

import { checkConnection, fetchLead } from '../apideck/client';
import { searchLeads } from '../apideck/search';
import { fail, type SettingsInput, type SettingsState } from '../messages/contract';
import type { Handlers } from '../messages/listen';
import { isConfigured, type Settings, toPublicSettings } from '../settings';
import { readSettings, writeSettings } from '../settings-store';
import { LeadCache } from './lead-cache';
import { createLeadLookup, notConfigured } from './lookup';
import { createPageHandlers } from './page-handlers';
import { canReachApi, injectIntoTab } from './site-access';

const cacheLifetimeMs = 10 * 60 * 1000;

function stateOf(settings: Settings): SettingsState {
  return { settings: toPublicSettings(settings), configured: isConfigured(settings) };
}

/** Applies a page's input to the stored settings: an absent key keeps the stored one. */
async function mergeSettings(input: SettingsInput): Promise<Settings> {
  const stored = await readSettings();

  return { ...input, apiKey: input.apiKey ?? stored.apiKey };
}

export function createLeadCache(): LeadCache {
  return new LeadCache({ ttlMs: cacheLifetimeMs, maxEntries: 500 });
}

export function createHandlers(cache: LeadCache): Handlers {
  const lookUpLead = createLeadLookup({
    readSettings,
    fetchLead: (settings, lookup) => fetchLead(settings, lookup),
    hasAccess: (settings) => canReachApi(settings.apiBaseUrl),
    cache,
  });

  return {
    ...createPageHandlers(cache),
    getLead: (message) => lookUpLead(message),
    getSettings: async () => ({ ok: true, ...stateOf(await readSettings()) }),
    saveSettings: async ({ settings }) => {
      const merged = await mergeSettings(settings);
      await writeSettings(merged);

      return { ok: true, ...stateOf(merged) };
    },
    testConnection: async ({ settings }) => {
      const candidate = settings ? await mergeSettings(settings) : await readSettings();
      if (!isConfigured(candidate)) {
        return fail('not-configured', 'Fill in the API key, app ID and consumer ID first.');
      }

      if (!(await canReachApi(candidate.apiBaseUrl))) {
        return fail(
          'no-access',
          'Lead Viewer has no access to that API base URL yet. Save to grant it.',
        );
      }

      const result = await checkConnection(candidate);

      return result.ok
        ? { ok: true, service: result.service, leadsSeen: result.leadsSeen }
        : result;
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();

      return { ok: true };
    },
    searchLeads: async ({ field, query, cursor, service }) => {
      const settings = await readSettings();
      if (!isConfigured(settings)) {
        return fail('not-configured', notConfigured);
      }

      if (!(await canReachApi(settings.apiBaseUrl))) {
        return fail(
          'no-access',
          'Lead Viewer has no access to the API base URL. Grant it in Options.',
        );
      }

      return searchLeads(settings, { field, query, cursor, service });
    },
    activateTab: async ({ tabId }) => ({ ok: true, injected: await injectIntoTab(tabId) }),
  };
}
