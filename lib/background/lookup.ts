import type { LeadResult } from '../apideck/client';
import { chooseService } from '../apideck/request';
import { findReferencesInText, isSalesforceId, toSalesforce18 } from '../detect';
import { t } from '../i18n';
import { fail, type Reply } from '../messages/contract';
import { isConfigured, type Settings } from '../settings';
import type { LeadCache } from './lead-cache';

/** How a fetch is made: for someone waiting (retries allowed) or a refresh behind their back. */
export interface FetchMode {
  background?: boolean;
  /** The person asked again (Try again, Retry): one call may pass a quota pause. */
  userRetry?: boolean;
}

export interface LookupDeps {
  readSettings: () => Promise<Settings>;
  /** The cache lifetime the user chose (Options, in minutes), in ms. */
  readCacheLifetimeMs: () => Promise<number>;
  fetchLead: (
    settings: Settings,
    lookup: { id: string; service?: string },
    mode?: FetchMode,
  ) => Promise<LeadResult>;
  hasAccess: (settings: Settings) => Promise<boolean>;
  cache: LeadCache;
  now?: () => number;
}

export interface LookupRequest {
  id: string;
  service?: string;
  refresh?: boolean;
}

/** A stale entry is still shown (and refreshed) for this long past its lifetime. */
export const staleForMs = 24 * 60 * 60 * 1000;

/** A pasted ID carries its CRM when its shape is unmistakable (Salesforce `00Q…`, Close `lead_…`). */
function inferService(id: string): string | undefined {
  const [match] = findReferencesInText(id);

  return match && match.start === 0 && match.end === id.length
    ? match.reference.service
    : undefined;
}

// Salesforce answers with 18-character IDs; one form per lead keeps the cache to one entry.
function normaliseId(id: string, service: string | undefined): string {
  return service === 'salesforce' && id.length === 15 && isSalesforceId(id)
    ? toSalesforce18(id)
    : id;
}

function accessDenied(settings: Settings): Reply<'getLead'> {
  const host = new URL(settings.apiBaseUrl).host;

  return fail('no-access', t('errorNoAccessHost', [host]));
}

interface Target {
  settings: Settings;
  key: string;
  id: string;
  service?: string;
}

/**
 * Answers `getLead`: fresh entries from cache, stale ones from cache while a background fetch
 * renews them, the rest from Apideck, sharing identical requests already in flight.
 */
export function createLeadLookup(
  deps: LookupDeps,
): (request: LookupRequest) => Promise<Reply<'getLead'>> {
  const inFlight = new Map<string, Promise<Reply<'getLead'>>>();
  const now = deps.now ?? Date.now;

  async function fetchAndCache(target: Target, mode: FetchMode): Promise<Reply<'getLead'>> {
    const { settings, key, id, service } = target;
    const lookup = { id, service };
    const result = await (mode.background || mode.userRetry
      ? deps.fetchLead(settings, lookup, mode)
      : deps.fetchLead(settings, lookup));
    if (!result.ok) {
      // The CRM no longer has it: a stale copy must not keep showing it.
      if (result.error.code === 'not-found') {
        await deps.cache.delete(key);
      }

      return result;
    }

    const entry = { ...result.found, fetchedAt: now() };
    await deps.cache.set(key, entry, result.body);

    return { ok: true, ...entry, cached: false };
  }

  function shared(target: Target, mode: FetchMode): Promise<Reply<'getLead'>> {
    const pending = inFlight.get(target.key) ?? fetchAndCache(target, mode);
    if (!inFlight.has(target.key)) {
      const forget = () => inFlight.delete(target.key);
      inFlight.set(target.key, pending);
      pending.then(forget, forget);
    }

    return pending;
  }

  return async (request) => {
    const settings = await deps.readSettings();
    if (!isConfigured(settings)) {
      return fail('not-configured', t('errorNotConfigured'));
    }

    const trimmed = request.id.trim();
    const service = chooseService(settings, request.service ?? inferService(trimmed));
    const id = normaliseId(trimmed, service);
    const target = { settings, key: `${service ?? ''}|${id}`, id, service };
    const lifetimeMs = await deps.readCacheLifetimeMs();
    const cached = request.refresh
      ? undefined
      : await deps.cache.get(target.key, lifetimeMs + staleForMs);
    if (cached && now() - cached.fetchedAt <= lifetimeMs) {
      return { ok: true, ...cached, cached: true };
    }

    if (!(await deps.hasAccess(settings))) {
      return cached ? { ok: true, ...cached, cached: true, stale: true } : accessDenied(settings);
    }

    if (cached) {
      // Nobody waits for this one; a failure leaves the stale copy for next time.
      shared(target, { background: true }).catch(() => undefined);

      return { ok: true, ...cached, cached: true, stale: true };
    }

    // Automatic lookups (hover, restore) wait out a quota pause; only an explicit retry may not.
    return shared(target, request.refresh ? { userRetry: true } : {});
  };
}
