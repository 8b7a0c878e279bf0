import type { LeadResult } from '../apideck/client';
import { chooseService } from '../apideck/request';
import { findReferencesInText, isSalesforceId, toSalesforce18 } from '../detect';
import { fail, type Reply } from '../messages/contract';
import { isConfigured, type Settings } from '../settings';
import type { LeadCache } from './lead-cache';

export interface LookupDeps {
  readSettings: () => Promise<Settings>;
  fetchLead: (settings: Settings, lookup: { id: string; service?: string }) => Promise<LeadResult>;
  hasAccess: (settings: Settings) => Promise<boolean>;
  cache: LeadCache;
  now?: () => number;
}

export interface LookupRequest {
  id: string;
  service?: string;
  refresh?: boolean;
}

export const notConfigured =
  'Lead Viewer is not set up yet. Add your Apideck API key, app ID and consumer ID in Options.';

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

  return fail('no-access', `Lead Viewer has no access to ${host}. Grant access in Options.`);
}

/** Answers `getLead`: from cache when fresh, sharing identical requests already in flight. */
export function createLeadLookup(
  deps: LookupDeps,
): (request: LookupRequest) => Promise<Reply<'getLead'>> {
  const inFlight = new Map<string, Promise<Reply<'getLead'>>>();
  const now = deps.now ?? Date.now;

  async function fetchAndCache(settings: Settings, key: string, id: string, service?: string) {
    const result = await deps.fetchLead(settings, { id, service });
    if (!result.ok) {
      return result;
    }

    const entry = { ...result.found, fetchedAt: now() };
    await deps.cache.set(key, entry, result.body);

    return { ok: true as const, ...entry, cached: false };
  }

  return async (request) => {
    const settings = await deps.readSettings();
    if (!isConfigured(settings)) {
      return fail('not-configured', notConfigured);
    }

    const id = request.id.trim();
    const service = chooseService(settings, request.service ?? inferService(id));
    const normalised = normaliseId(id, service);
    const key = `${service ?? ''}|${normalised}`;
    const cached = request.refresh ? undefined : await deps.cache.get(key);
    if (cached) {
      return { ok: true, ...cached, cached: true };
    }

    if (!(await deps.hasAccess(settings))) {
      return accessDenied(settings);
    }

    const pending = inFlight.get(key) ?? fetchAndCache(settings, key, normalised, service);
    inFlight.set(key, pending);
    try {
      return await pending;
    } finally {
      inFlight.delete(key);
    }
  };
}
