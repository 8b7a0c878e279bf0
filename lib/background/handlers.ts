import { browser } from 'wxt/browser';

import { checkConnection, type ClientOptions, fetchLead } from '../apideck/client';
import { searchLeads } from '../apideck/search';
import { listCredentials } from '../format/credential-list';
import { t } from '../i18n';
import { fail, type SettingsInput, type SettingsState } from '../messages/contract';
import type { Handlers } from '../messages/listen';
import { readPreferences } from '../preferences-store';
import { findMissingCredentials, isConfigured, type Settings, toPublicSettings } from '../settings';
import { readSettings, writeSettings } from '../settings-store';
import { createCallGate } from './call-gate';
import { LeadCache } from './lead-cache';
import { createLeadLookup } from './lookup';
import { createPageHandlers } from './page-handlers';
import { QuotaPauses } from './quota-pauses';
import { RequestQueue } from './request-queue';
import { canReachApi, injectIntoTab } from './site-access';

/** A few calls at once and a bounded rate: a burst of hovers never becomes a burst of calls. */
export const requestLimits = { concurrency: 4, perSecond: 8, maxWaiting: 100 };

function stateOf(settings: Settings): SettingsState {
  return { settings: toPublicSettings(settings), configured: isConfigured(settings) };
}

/** Applies a page's input to the stored settings: an absent key keeps the stored one. */
async function mergeSettings(input: SettingsInput, stored?: Settings): Promise<Settings> {
  stored ??= await readSettings();

  return { ...input, apiKey: input.apiKey ?? stored.apiKey };
}

export function createLeadCache(): LeadCache {
  return new LeadCache({ maxEntries: 500 });
}

/** Every Apideck call of this worker goes through one gate (queue and quota pauses). */
function createClientOptions(pauses: QuotaPauses): ClientOptions {
  const gate = createCallGate({ queue: new RequestQueue(requestLimits), pauses });

  return { gate };
}

const credentialKeys = ['apiKey', 'appId', 'consumerId', 'serviceId', 'apiBaseUrl'] as const;
const sameCredentials = (a: Settings, b: Settings): boolean =>
  credentialKeys.every((key) => a[key] === b[key]);

export function createHandlers(cache: LeadCache): Handlers {
  const pauses = new QuotaPauses();
  const client = createClientOptions(pauses);
  const lookUpLead = createLeadLookup({
    readSettings,
    readCacheLifetimeMs: async () => (await readPreferences()).cacheMinutes * 60_000,
    fetchLead: (settings, lookup, mode) =>
      fetchLead(settings, lookup, {
        ...client,
        ...(mode?.background ? { maxRetries: 0 } : {}),
        ...(mode?.userRetry ? { userRetry: true } : {}),
      }),
    hasAccess: (settings) => canReachApi(settings.apiBaseUrl),
    cache,
  });

  return {
    ...createPageHandlers(cache, pauses),
    getLead: (message) => lookUpLead(message),
    getSettings: async () => ({ ok: true, ...stateOf(await readSettings()) }),
    saveSettings: async ({ settings }) => {
      const stored = await readSettings();
      const merged = await mergeSettings(settings, stored);
      await writeSettings(merged);
      // Another key, app or consumer may have its own quota: let lookups try it at once.
      if (!sameCredentials(stored, merged)) {
        await pauses.clear();
      }

      return { ok: true, ...stateOf(merged) };
    },
    importSettings: async ({ settings, preferences }) => {
      const merged = await mergeSettings(settings);
      await writeSettings(merged, preferences);

      return { ok: true, ...stateOf(merged), preferences };
    },
    testConnection: async ({ settings }) => {
      const candidate = settings ? await mergeSettings(settings) : await readSettings();
      const missing = findMissingCredentials(toPublicSettings(candidate));
      if (missing.length > 0) {
        return fail('not-configured', t('errorNotConfiguredTest', [listCredentials(missing)]));
      }

      if (!(await canReachApi(candidate.apiBaseUrl))) {
        return fail('no-access', t('errorNoAccessUnsaved'));
      }

      const result = await checkConnection(candidate, client);

      return result.ok
        ? { ok: true, service: result.service, leadsSeen: result.leadsSeen }
        : result;
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();

      return { ok: true };
    },
    searchLeads: async ({ field, query, cursor, service, retry }) => {
      const settings = await readSettings();
      if (!isConfigured(settings)) {
        return fail('not-configured', t('errorNotConfigured'));
      }

      if (!(await canReachApi(settings.apiBaseUrl))) {
        return fail('no-access', t('errorNoAccessSearch'));
      }

      const options = retry ? { ...client, userRetry: true } : client;

      return searchLeads(settings, { field, query, cursor, service }, options);
    },
    activateTab: async ({ tabId }) => ({ ok: true, injected: await injectIntoTab(tabId) }),
  };
}
