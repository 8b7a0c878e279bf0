import type { LeadError } from '../errors';
import { t, tPlural } from '../i18n';
import { ErrorEnvelopeWire } from '../lead/wire';
import { readText } from './read-body';
import { describeFailedResponse, type LookupContext } from './describe-error';
import type { ApideckRequest } from './request';
import { parseRateLimitReset, parseRetryAfter } from './retry-after';

export type Fetch = typeof fetch;

/** Seconds until Apideck's downstream budget resets, when a response said it is spent. */
export interface QuotaSpent {
  resetSeconds?: number;
}

export type Transported = (
  { ok: true; body: unknown; requestId?: string } | { ok: false; error: LeadError }
) & { quotaSpent?: QuotaSpent };

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function waitSeconds(response: Response): number | undefined {
  const now = Date.now();
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now);
  // The reset says when the CRM's budget refills (often daily): a wait only for a rate limit.
  if (retryAfter !== undefined || response.status !== 429) {
    return retryAfter;
  }

  return parseRateLimitReset(response.headers.get('x-downstream-ratelimit-reset'), now);
}

/** `x-downstream-ratelimit-remaining: 0`: the CRM's budget is gone until the reset. */
function readQuotaSpent(response: Response): { quotaSpent?: QuotaSpent } {
  const remaining = response.headers.get('x-downstream-ratelimit-remaining');
  if (remaining === null || !/^\s*0+\s*$/.test(remaining)) {
    return {};
  }

  const reset = parseRateLimitReset(
    response.headers.get('x-downstream-ratelimit-reset'),
    Date.now(),
  );

  return { quotaSpent: reset === undefined ? {} : { resetSeconds: reset } };
}

async function readJson(response: Response): Promise<{ json: unknown } | null> {
  try {
    const text = await readText(response);

    return text === null ? null : { json: JSON.parse(text) };
  } catch {
    return null;
  }
}

async function describeFailure(response: Response, context: LookupContext): Promise<LeadError> {
  const read = await readJson(response);
  const envelope = read ? ErrorEnvelopeWire.safeParse(read.json) : null;

  return describeFailedResponse(
    {
      status: response.status,
      envelope: envelope?.success ? envelope.data : null,
      requestId: response.headers.get('request-id') ?? undefined,
      retryAfterSeconds: waitSeconds(response),
    },
    context,
  );
}

function describeThrown(request: ApideckRequest, timedOut: boolean, waitedMs: number): LeadError {
  if (timedOut) {
    const seconds = Math.max(1, Math.round(waitedMs / 1000));
    const message = tPlural(seconds, 'errorTimeoutOne', 'errorTimeoutOther');

    return { code: 'timeout', message };
  }

  return {
    code: 'network',
    message: t('errorNetwork', [hostOf(request.url)]),
  };
}

/** One GET with a deadline; every outcome, even a hang, ends as a body or a typed error. */
export async function transport(
  request: ApideckRequest,
  context: LookupContext,
  options: { timeoutMs: number; fetch?: Fetch },
): Promise<Transported> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(request.url, {
      headers: request.headers,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    const quota = readQuotaSpent(response);
    if (!response.ok) {
      return { ok: false, error: await describeFailure(response, context), ...quota };
    }

    const read = await readJson(response);
    if (!read) {
      const timedOut = controller.signal.aborted;
      const error = timedOut
        ? describeThrown(request, true, options.timeoutMs)
        : invalidResponse(response.headers.get('request-id'));

      return { ok: false, error, ...quota };
    }

    return {
      ok: true,
      body: read.json,
      requestId: response.headers.get('request-id') ?? undefined,
      ...quota,
    };
  } catch {
    return {
      ok: false,
      error: describeThrown(request, controller.signal.aborted, options.timeoutMs),
    };
  } finally {
    clearTimeout(timer);
  }
}

export function invalidResponse(requestId?: string | null): LeadError {
  const error: LeadError = {
    code: 'invalid-response',
    message: t('errorInvalidResponse'),
  };
  if (requestId) {
    error.requestId = requestId;
  }

  return error;
}
