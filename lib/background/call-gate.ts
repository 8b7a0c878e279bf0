import { describeRateLimit } from '../apideck/describe-error';
import type { CallGate, GateTicket } from '../apideck/gate';
import type { Transported } from '../apideck/transport';
import type { LeadError } from '../errors';
import { t } from '../i18n';
import type { QuotaPauses } from './quota-pauses';
import type { RequestQueue } from './request-queue';

export interface CallGateDeps {
  queue: RequestQueue;
  pauses: QuotaPauses;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A 429 that names no time still pauses the service, about as long as one backoff. */
export const unnamedRateLimitSeconds = 2;
/** `x-downstream-ratelimit-remaining: 0` without a reset: look again after a minute. */
export const unnamedResetSeconds = 60;
/** A wait that ends later than this before the deadline is not worth starting. */
const marginMs = 1_000;
/** A request started with less time than this left would likely be billed and thrown away. */
const minUsefulMs = 2_000;

const busy = (): LeadError => ({ code: 'timeout', message: t('errorTooManyWaiting') });

/** How long a result says to leave the service alone, in seconds; undefined when it does not. */
function pauseSecondsFor(result: Transported): number | undefined {
  if (!result.ok && result.error.status === 429) {
    return result.error.retryAfterSeconds ?? unnamedRateLimitSeconds;
  }

  return result.quotaSpent ? (result.quotaSpent.resetSeconds ?? unnamedResetSeconds) : undefined;
}

/** The background's gate: at most a few calls at once, none to a service whose quota is spent. */
export function createCallGate(deps: CallGateDeps): CallGate {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Waits out a pause that ends in time; otherwise the rate-limited error to answer with. */
  async function waitOutPause(ticket: GateTicket): Promise<LeadError | null> {
    const until = ticket.userRetry ? 0 : await deps.pauses.until(ticket.scope);
    if (until === 0) {
      return null;
    }

    if (until + marginMs > ticket.deadline) {
      return describeRateLimit((until - now()) / 1000, { service: ticket.service });
    }

    await sleep(until - now());

    return null;
  }

  async function record(ticket: GateTicket, result: Transported): Promise<Transported> {
    const seconds = pauseSecondsFor(result);
    if (seconds === undefined) {
      // Apideck answered a call made despite a pause, not with a 429: the pause is over.
      if (ticket.userRetry && (result.ok || result.error.status !== undefined)) {
        await deps.pauses.resume(ticket.scope);
      }

      return result;
    }

    await deps.pauses.pause(ticket.scope, now() + seconds * 1000);
    if (result.ok || result.error.code !== 'rate-limited') {
      return result;
    }

    // Say when calls resume, even when Apideck named no time.
    const limited = describeRateLimit(seconds, { service: ticket.service });

    return { ...result, error: { ...result.error, ...limited } };
  }

  return {
    async run(ticket, call) {
      for (;;) {
        const paused = await waitOutPause(ticket);
        if (paused) {
          return { ok: false, error: paused };
        }

        const release = await deps.queue.acquire(ticket.deadline - minUsefulMs);
        if (!release) {
          return { ok: false, error: busy() };
        }

        // A pause may have begun while this call waited for its slot.
        if (!ticket.userRetry && (await deps.pauses.until(ticket.scope)) !== 0) {
          release();
          continue;
        }

        try {
          return await record(ticket, await call());
        } finally {
          release();
        }
      }
    },
  };
}
