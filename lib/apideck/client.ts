import type { LeadError } from '../errors';
import { type ParsedLead, parseLeadResponse } from '../lead/parse';
import type { Settings } from '../settings';
import { z } from '../zod';
import { buildLeadRequest, buildLeadsRequest, chooseService } from './request';
import { type Fetch, invalidResponse, type Transported, transport } from './transport';

/** `body` is the response as it arrived, kept so a cache can re-validate it later. */
export type LeadResult =
  { ok: true; found: ParsedLead; body: unknown } | { ok: false; error: LeadError };

export interface ClientOptions {
  fetch?: Fetch;
  /** Wait for one answer; the default stays well inside a service worker's lifetime. */
  timeoutMs?: number;
  /** Upper bound for a whole lookup, retries included. */
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultTimeoutMs = 8_000;
const defaultBudgetMs = 15_000;
const maxRetries = 2;
const retryable = new Set<LeadError['code']>(['server', 'network', 'rate-limited']);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryDelayMs(error: LeadError, attempt: number): number {
  if (error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000;
  }

  // Jittered so that many cards retrying at once do not arrive together.
  return 400 * 2 ** attempt + Math.random() * 300;
}

/** Retries 5xx, 429 and network failures a few times, only while the budget allows. */
async function withRetries(
  attempt: (timeoutMs: number) => Promise<Transported>,
  options: ClientOptions,
): Promise<Transported> {
  const deadline = Date.now() + (options.budgetMs ?? defaultBudgetMs);
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  for (let retry = 0; ; retry += 1) {
    const left = deadline - Date.now();
    const result = await attempt(Math.min(timeoutMs, left));
    if (result.ok || !retryable.has(result.error.code) || retry >= maxRetries) {
      return result;
    }

    const delay = retryDelayMs(result.error, retry);
    if (delay + 1_000 > deadline - Date.now()) {
      return result;
    }

    await (options.sleep ?? pause)(delay);
  }
}

/** `GET /crm/leads/{id}`, parsed leniently into a `Lead`. */
export async function fetchLead(
  settings: Settings,
  lookup: { id: string; service?: string },
  options: ClientOptions = {},
): Promise<LeadResult> {
  const service = chooseService(settings, lookup.service);
  const request = buildLeadRequest(settings, lookup.id, service);
  const context = { id: lookup.id, service };
  const result = await withRetries(
    (timeoutMs) => transport(request, context, { timeoutMs, fetch: options.fetch }),
    options,
  );
  if (!result.ok) {
    return result;
  }

  const found = parseLeadResponse(result.body, lookup.id);

  return found
    ? { ok: true, found, body: result.body }
    : { ok: false, error: invalidResponse(result.requestId) };
}

const LeadsPageWire = z.object({ service: z.string().optional(), data: z.array(z.unknown()) });

export type ConnectionResult =
  { ok: true; service: string | null; leadsSeen: number } | { ok: false; error: LeadError };

/** Proves the credentials work with the cheapest real call: one page of one lead. */
export async function checkConnection(
  settings: Settings,
  options: ClientOptions = {},
): Promise<ConnectionResult> {
  const service = chooseService(settings, undefined);
  const request = buildLeadsRequest(settings, service, { limit: 1 });
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const result = await transport(request, { service }, { timeoutMs, fetch: options.fetch });
  if (!result.ok) {
    return result;
  }

  const page = LeadsPageWire.safeParse(result.body);
  if (!page.success) {
    return { ok: false, error: invalidResponse(result.requestId) };
  }

  return { ok: true, service: page.data.service ?? null, leadsSeen: page.data.data.length };
}
