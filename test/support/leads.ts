import { parseLeadResponse } from '../../lib/lead/parse';
import type { LeadFound } from '../../lib/messages/contract';
import { type JsonObject, leadEnvelope, loadFixture, loadLeadData } from './fixtures';

export type LeadFixture = 'lead-full' | 'lead-minimal' | 'lead-many-nulls';

export interface StoredLead {
  entry: Omit<LeadFound, 'cached'>;
  /** The response body the entry was parsed from, as a cache keeps it. */
  body: JsonObject;
}

/** A lead as the cache holds it: parsed from a body, stamped with when it was fetched. */
export function storedLead(body: JsonObject, fetchedAt: number): StoredLead {
  const parsed = parseLeadResponse(body, 'unused');
  if (!parsed) {
    throw new Error('The body is not a lead response');
  }

  return { entry: { ...parsed, fetchedAt }, body };
}

export function storedFixture(name: LeadFixture, fetchedAt = 1_000): StoredLead {
  return storedLead(loadFixture(name), fetchedAt);
}

/** The full fixture's lead under another id and name, for telling cache entries apart. */
export function storedLeadWithId(id: string, fetchedAt = 1_000, service = 'salesforce') {
  const data = { ...loadLeadData('lead-full'), id, name: `Lead ${id}` };

  return storedLead(leadEnvelope(data, service), fetchedAt);
}

export function leadFound(name: LeadFixture = 'lead-minimal'): LeadFound {
  return { ...storedFixture(name).entry, cached: false };
}
