import type { LeadError } from '../errors';
import { parseListedLead } from '../lead/parse';
import { GetLeadsResponseWire } from '../lead/wire';
import type { SearchField, SearchPage } from '../messages/contract';
import type { Settings } from '../settings';
import { type ClientOptions, fetchLeadsPage } from './client';
import { buildLeadsRequest, chooseService } from './request';
import { invalidResponse } from './transport';

const pageSize = 20;

export interface SearchRequest {
  field: SearchField;
  query: string;
  cursor?: string;
  service?: string;
}

export type SearchResult = ({ ok: true } & SearchPage) | { ok: false; error: LeadError };

function readPage(body: unknown): SearchPage | null {
  const page = GetLeadsResponseWire.safeParse(body);
  if (!page.success) {
    return null;
  }

  const parsed = page.data.data.map(parseListedLead);
  const leads = parsed.flatMap((item) => (item ? [item.lead] : []));

  return {
    leads,
    service: page.data.service ?? null,
    nextCursor: page.data.meta?.cursors?.next || null,
    droppedLeads: parsed.length - leads.length,
  };
}

/** One page of `GET /crm/leads` filtered by name, email or phone; a bad lead never fails it. */
export async function searchLeads(
  settings: Settings,
  search: SearchRequest,
  options: ClientOptions = {},
): Promise<SearchResult> {
  const service = chooseService(settings, search.service);
  const request = buildLeadsRequest(settings, service, {
    limit: pageSize,
    filter: { field: search.field, value: search.query },
    cursor: search.cursor,
  });
  const context = { service, filter: search.field };
  const result = await fetchLeadsPage(settings, service, request, context, options);
  if (!result.ok) {
    return { ok: false, error: result.error };
  }

  const page = readPage(result.body);

  return page ? { ok: true, ...page } : { ok: false, error: invalidResponse(result.requestId) };
}
