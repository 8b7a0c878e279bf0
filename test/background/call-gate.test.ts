import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { fetchLead } from '../../lib/apideck/client';
import type { GateTicket } from '../../lib/apideck/gate';
import type { Transported } from '../../lib/apideck/transport';
import { createCallGate, unnamedRateLimitSeconds } from '../../lib/background/call-gate';
import { QuotaPauses } from '../../lib/background/quota-pauses';
import { RequestQueue } from '../../lib/background/request-queue';
import { fetchSequence, jsonResponse } from '../support/responses';
import { buildSettings } from '../support/settings';

const scope = 'https://unify.apideck.com|test-consumer|salesforce';
const ok: Transported = { ok: true, body: {} };
const limited = (retryAfterSeconds?: number): Transported => ({
  ok: false,
  error: { code: 'rate-limited', message: 'm', status: 429, requestId: 'r-1', retryAfterSeconds },
});

function setUp() {
  const queue = new RequestQueue({ concurrency: 4, perSecond: 100, maxWaiting: 100 });
  const gate = createCallGate({ queue, pauses: new QuotaPauses() });
  const ticket = (ms = 15_000): GateTicket => ({
    scope,
    service: 'salesforce',
    deadline: Date.now() + ms,
  });

  return { gate, ticket, queue };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the call gate and quota pauses', () => {
  it('passes a call through and answers with its result', async () => {
    const { gate, ticket } = setUp();

    await expect(gate.run(ticket(), () => Promise.resolve(ok))).resolves.toEqual(ok);
  });

  it('pauses the service after a 429 and answers further calls without sending them', async () => {
    const { gate, ticket } = setUp();
    await gate.run(ticket(), () => Promise.resolve(limited(30)));
    const call = vi.fn(() => Promise.resolve(ok));
    const reply = await gate.run(ticket(), call);

    expect(call).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(reply.ok ? '' : reply.error.message).toBe(
      'Rate limited by Salesforce. Lead Viewer resumes lookups in 30 s.',
    );
    expect(reply.ok ? 0 : reply.error.status).toBeUndefined();
  });

  it('lets a user retry through a pause once; a 429 renews it, an answer lifts it', async () => {
    const { gate, ticket } = setUp();
    await gate.run(ticket(), () => Promise.resolve(limited(86_400)));
    const call = vi.fn(() => Promise.resolve(limited(600)));

    await expect(gate.run({ ...ticket(), userRetry: true }, call)).resolves.toMatchObject({
      ok: false,
      error: { status: 429 },
    });
    expect(call).toHaveBeenCalledTimes(1);
    await expect(new QuotaPauses().until(scope)).resolves.toBe(Date.now() + 600_000);

    await gate.run({ ...ticket(), userRetry: true }, () => Promise.resolve(ok));
    await expect(new QuotaPauses().until(scope)).resolves.toBe(0);
  });

  it('keeps the 429 details and says when calls resume', async () => {
    const { gate, ticket } = setUp();
    const reply = await gate.run(ticket(), () => Promise.resolve(limited(120)));

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', status: 429, requestId: 'r-1', retryAfterSeconds: 120 },
    });
    expect(reply.ok ? '' : reply.error.message).toMatch(/resumes lookups in 2 min \(at .+\)\.$/);
  });

  it('pauses a 429 that names no time for a short while', async () => {
    const { gate, ticket } = setUp();
    const reply = await gate.run(ticket(), () => Promise.resolve(limited()));

    expect(reply.ok ? undefined : reply.error.retryAfterSeconds).toBe(unnamedRateLimitSeconds);
    await expect(new QuotaPauses().until(scope)).resolves.toBe(
      Date.now() + unnamedRateLimitSeconds * 1000,
    );
  });

  it('waits out a pause that ends well before the deadline, then sends', async () => {
    const { gate, ticket } = setUp();
    await gate.run(ticket(), () => Promise.resolve(limited(3)));
    const call = vi.fn(() => Promise.resolve(ok));
    const reply = gate.run(ticket(), call);
    await vi.advanceTimersByTimeAsync(2_900);
    expect(call).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);

    await expect(reply).resolves.toEqual(ok);
  });

  it('pauses until the reset when a success says the budget is spent', async () => {
    const { gate, ticket } = setUp();
    const spent: Transported = { ...ok, quotaSpent: { resetSeconds: 600 } };
    await expect(gate.run(ticket(), () => Promise.resolve(spent))).resolves.toEqual(spent);
    const reply = await gate.run(ticket(), () => Promise.resolve(ok));

    expect(reply).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/in 10 min/);
  });

  it('leaves other services and other consumers alone', async () => {
    const { gate, ticket } = setUp();
    await gate.run(ticket(), () => Promise.resolve(limited(60)));
    const other = { ...ticket(), scope: scope.replace('salesforce', 'hubspot') };

    await expect(gate.run(other, () => Promise.resolve(ok))).resolves.toEqual(ok);
  });

  it('does not pause on 402: the plan limit is a different state', async () => {
    const { gate, ticket } = setUp();
    const payment: Transported = {
      ok: false,
      error: { code: 'payment-required', message: 'm', status: 402 },
    };
    await gate.run(ticket(), () => Promise.resolve(payment));

    await expect(gate.run(ticket(), () => Promise.resolve(ok))).resolves.toEqual(ok);
  });

  it('honours a pause a previous worker stored in session storage', async () => {
    await new QuotaPauses().pause(scope, Date.now() + 45_000);
    const { gate, ticket } = setUp();
    const call = vi.fn(() => Promise.resolve(ok));

    await expect(gate.run(ticket(), call)).resolves.toMatchObject({
      ok: false,
      error: { code: 'rate-limited', retryAfterSeconds: 45 },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('stores the pause as a deadline timestamp, not a timer', async () => {
    const { gate, ticket } = setUp();
    await gate.run(ticket(), () => Promise.resolve(limited(30)));

    await expect(fakeBrowser.storage.session.get(`quota-pause:${scope}`)).resolves.toEqual({
      [`quota-pause:${scope}`]: { until: Date.now() + 30_000 },
    });
  });

  it('answers a call that found no free slot before its deadline, without sending it', async () => {
    const { gate, ticket } = setUp();
    const never = () => new Promise<Transported>(() => undefined);
    for (let index = 0; index < 4; index += 1) {
      void gate.run(ticket(), never);
    }

    const call = vi.fn(() => Promise.resolve(ok));
    const reply = gate.run(ticket(1_000), call);
    await vi.advanceTimersByTimeAsync(1_000);

    await expect(reply).resolves.toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('sends nothing once too little time is left for an answer to arrive', async () => {
    const { gate, ticket } = setUp();
    const finishers: (() => void)[] = [];
    const blocker = () => new Promise<Transported>((resolve) => finishers.push(() => resolve(ok)));
    for (let index = 0; index < 4; index += 1) {
      void gate.run(ticket(), blocker);
    }

    const call = vi.fn(() => Promise.resolve(ok));
    const reply = gate.run(ticket(6_000), call);
    await vi.advanceTimersByTimeAsync(4_500);
    // A slot frees up with 1.5 s left: a request now would likely be billed and thrown away.
    finishers[0]?.();
    await vi.advanceTimersByTimeAsync(1_500);

    await expect(reply).resolves.toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('sends a waiting call when a slot frees up with time to spare', async () => {
    const { gate, ticket } = setUp();
    const finishers: (() => void)[] = [];
    const blocker = () => new Promise<Transported>((resolve) => finishers.push(() => resolve(ok)));
    for (let index = 0; index < 4; index += 1) {
      void gate.run(ticket(), blocker);
    }

    const call = vi.fn(() => Promise.resolve(ok));
    const reply = gate.run(ticket(6_000), call);
    await vi.advanceTimersByTimeAsync(1_000);
    finishers[0]?.();

    await expect(reply).resolves.toEqual(ok);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('frees the slot when the call throws', async () => {
    const { gate, ticket, queue } = setUp();
    await expect(gate.run(ticket(), () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );

    expect(queue.inFlight).toBe(0);
  });
});

describe('fetchLead through the call gate', () => {
  const leadBody = { status_code: 200, service: 'salesforce', data: { id: 'x', name: 'Ada' } };
  const tooMany = (headers: HeadersInit = {}) =>
    jsonResponse({ status_code: 429, type_name: 'ConnectorRateLimitError' }, 429, headers);

  it('waits out Retry-After: 1 in the gate and then succeeds with a second call', async () => {
    const { gate } = setUp();
    const fetch = fetchSequence(tooMany({ 'Retry-After': '1' }), jsonResponse(leadBody));
    const result = fetchLead(buildSettings(), { id: 'x', service: 'salesforce' }, { gate, fetch });
    await vi.advanceTimersByTimeAsync(1_100);

    await expect(result).resolves.toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('retries a 429 that names no time twice, then says when lookups resume', async () => {
    const { gate } = setUp();
    const fetch = fetchSequence(tooMany());
    const started = Date.now();
    let endedAt = 0;
    const result = fetchLead(buildSettings(), { id: 'x', service: 'salesforce' }, { gate, fetch });
    void result.then(() => (endedAt = Date.now()));
    await vi.advanceTimersByTimeAsync(15_000);
    const settled = await result;

    expect(fetch).toHaveBeenCalledTimes(3);
    expect(settled.ok ? '' : settled.error.message).toMatch(/resumes lookups in 2 s\.$/);
    expect(endedAt - started).toBeGreaterThanOrEqual(4_000);
    expect(endedAt - started).toBeLessThan(6_000);
  });

  it('sends nothing while the service is paused past the budget', async () => {
    const { gate } = setUp();
    const fetch = fetchSequence(tooMany({ 'Retry-After': '60' }), jsonResponse(leadBody));
    const settings = buildSettings();
    const first = fetchLead(settings, { id: 'x', service: 'salesforce' }, { gate, fetch });
    await vi.advanceTimersByTimeAsync(10);
    await first;
    const second = fetchLead(settings, { id: 'y', service: 'salesforce' }, { gate, fetch });
    await vi.advanceTimersByTimeAsync(10);

    await expect(second).resolves.toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
