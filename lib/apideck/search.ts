import type { LeadError } from '../errors';
import { parseListedLead } from '../lead/parse';
import type { SearchField, SearchPage } from '../messages/contract';
import type { Settings } from '../settings';
import { z } from '../zod';
import { chooseService, buildLeadsRequest } from './request';
import { type Fetch, invalidResponse, transport } from './transport';

const pageSize = 20;
const timeoutMs = 8_000;

const LeadsPageWire = z.object({
  service: z.string().optional().catch(undefined),
  data: z.array(z.unknown()),
  meta: z
    .object({ cursors: z.object({ next: z.string().nullable().optional() }).optional() })
    .optional()
    .catch(undefined),
});

export interface SearchRequest {
  field: SearchField;
  query: string;
  cursor?: string;
  service?: string;
}

export type SearchResult = ({ ok: true } & SearchPage) | { ok: false; error: LeadError };

function readPage(body: unknown): SearchPage | null {
  const page = LeadsPageWire.safeParse(body);
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
  options: { fetch?: Fetch } = {},
): Promise<SearchResult> {
  const service = chooseService(settings, search.service);
  const request = buildLeadsRequest(settings, service, {
    limit: pageSize,
    filter: { field: search.field, value: search.query },
    cursor: search.cursor,
  });
  const result = await transport(request, { service }, { timeoutMs, fetch: options.fetch });
  if (!result.ok) {
    return result;
  }

  const page = readPage(result.body);

  return page ? { ok: true, ...page } : { ok: false, error: invalidResponse(result.requestId) };
}
