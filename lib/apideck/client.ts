import type { LeadError } from '../errors';
import { type ParsedLead, parseLeadResponse } from '../lead/parse';
import type { Settings } from '../settings';
import { GetLeadsResponseWire } from '../lead/wire';
import { type CallGate, type GateTicket, openGate, quotaScope } from './gate';
import { type ApideckRequest, buildLeadRequest, buildLeadsRequest, chooseService } from './request';
import { type Fetch, invalidResponse, type Transported, transport } from './transport';
import type { LookupContext } from './describe-error';

/** `body` is the response as it arrived, kept so a cache can re-validate it later. */
export type LeadResult =
  { ok: true; found: ParsedLead; body: unknown } | { ok: false; error: LeadError };

export interface ClientOptions {
  fetch?: Fetch;
  /** Wait for one answer; the default stays well inside a service worker's lifetime. */
  timeoutMs?: number;
  /** Upper bound for a whole lookup, queueing and retries included. */
  budgetMs?: number;
  /** Retries after the first attempt: 2 while someone waits, 0 for a background refresh. */
  maxRetries?: number;
  /** Where calls wait for a free slot and for a paused service; none by default. */
  gate?: CallGate;
  /** The person asked again: the first attempt may go out despite a quota pause. */
  userRetry?: boolean;
  sleep?: (ms: number) => Promise<void>;
}

export const lookupBudgetMs = 15_000;
const defaultTimeoutMs = 8_000;
const defaultMaxRetries = 2;
const retryable = new Set<LeadError['code']>(['server', 'network', 'rate-limited']);

// A rate limit with no status came from the gate: the service is paused past the deadline.
const isRetryable = (error: LeadError) =>
  retryable.has(error.code) && !(error.code === 'rate-limited' && error.status === undefined);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryDelayMs(error: LeadError, attempt: number): number {
  // Jittered, and never sooner than the backoff: "Retry-After: 0" must not mean a tight loop.
  const backoff = 400 * 2 ** attempt + Math.random() * 300;

  return Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000);
}

/** One request through the gate, given whatever time is left before the deadline. */
function sendThroughGate(
  request: ApideckRequest,
  context: LookupContext,
  ticket: GateTicket,
  options: ClientOptions,
): Promise<Transported> {
  return (options.gate ?? openGate).run(ticket, () => {
    const left = Math.max(1, ticket.deadline - Date.now());
    const timeoutMs = Math.min(options.timeoutMs ?? defaultTimeoutMs, left);

    return transport(request, context, { timeoutMs, fetch: options.fetch });
  });
}

/** Retries 5xx, 429 and network failures a few times, only while the budget allows. */
async function withRetries(
  attempt: () => Promise<Transported>,
  deadline: number,
  options: ClientOptions,
): Promise<Transported> {
  const maxRetries = options.maxRetries ?? defaultMaxRetries;
  for (let retry = 0; ; retry += 1) {
    const result = await attempt();
    if (result.ok || !isRetryable(result.error) || retry >= maxRetries) {
      return result;
    }

    const delay = retryDelayMs(result.error, retry);
    if (Date.now() + delay + 1_000 > deadline) {
      return result;
    }

    await (options.sleep ?? pause)(delay);
  }
}

/** `GET /crm/leads/{id}`, parsed leniently into a `Lead`; settles within the budget. */
export async function fetchLead(
  settings: Settings,
  lookup: { id: string; service?: string },
  options: ClientOptions = {},
): Promise<LeadResult> {
  const service = chooseService(settings, lookup.service);
  const request = buildLeadRequest(settings, lookup.id, service);
  const context = { id: lookup.id, service };
  const deadline = Date.now() + (options.budgetMs ?? lookupBudgetMs);
  const ticket = { scope: quotaScope(settings, service), service, deadline };
  let userRetry = options.userRetry === true;
  // Only the first attempt passes a pause; retries after a 429 honour the one it renewed.
  const attempt = () => {
    const sent = sendThroughGate(request, context, { ...ticket, userRetry }, options);
    userRetry = false;

    return sent;
  };
  const result = await withRetries(attempt, deadline, options);
  if (!result.ok) {
    return { ok: false, error: result.error };
  }

  const found = parseLeadResponse(result.body, lookup.id);

  return found
    ? { ok: true, found, body: result.body }
    : { ok: false, error: invalidResponse(result.requestId) };
}

/** One `GET /crm/leads` page through the gate, without retries (a person is typing). */
export function fetchLeadsPage(
  settings: Settings,
  service: string | undefined,
  request: ApideckRequest,
  context: LookupContext,
  options: ClientOptions = {},
): Promise<Transported> {
  const deadline = Date.now() + (options.budgetMs ?? lookupBudgetMs);
  const scope = quotaScope(settings, service);
  const ticket = { scope, service, deadline, userRetry: options.userRetry === true };

  return sendThroughGate(request, context, ticket, options);
}

export type ConnectionResult =
  { ok: true; service: string | null; leadsSeen: number } | { ok: false; error: LeadError };

/** Proves the credentials work with the cheapest real call: one page of one lead. */
export async function checkConnection(
  settings: Settings,
  options: ClientOptions = {},
): Promise<ConnectionResult> {
  const service = chooseService(settings, undefined);
  const request = buildLeadsRequest(settings, service, { limit: 1 });
  const result = await fetchLeadsPage(settings, service, request, { service }, options);
  if (!result.ok) {
    return { ok: false, error: result.error };
  }

  const page = GetLeadsResponseWire.safeParse(result.body);
  if (!page.success) {
    return { ok: false, error: invalidResponse(result.requestId) };
  }

  return { ok: true, service: page.data.service ?? null, leadsSeen: page.data.data.length };
}
