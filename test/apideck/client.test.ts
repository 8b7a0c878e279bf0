import { describe, expect, it, vi } from 'vitest';

import { checkConnection, type ClientOptions, fetchLead } from '../../lib/apideck/client';
import type { CallGate } from '../../lib/apideck/gate';
import type { Fetch } from '../../lib/apideck/transport';
import { fullLeadWith, loadFixture } from '../support/fixtures';
import {
  callOf,
  fetchSequence,
  hangingFetch,
  jsonResponse,
  textResponse,
} from '../support/responses';
import { buildSettings, testApiKey } from '../support/settings';

const leadId = '00QB0000000ybNXMAY';
const okLead = () => jsonResponse(loadFixture('lead-many-nulls'), 200, { 'Request-Id': 'ok-1' });
const status = (code: number, headers: HeadersInit = {}) =>
  jsonResponse({ status_code: code, type_name: 'X', message: 'm' }, code, headers);

function lookUp(fetch: Fetch, options: ClientOptions = {}, settings = buildSettings()) {
  const sleep = vi.fn(async (_ms: number) => undefined);
  const result = fetchLead(
    settings,
    { id: leadId, service: 'salesforce' },
    {
      fetch,
      sleep,
      timeoutMs: 1_000,
      ...options,
    },
  );

  return { result, sleep };
}

describe('fetchLead request', () => {
  it('calls {base}/crm/leads/{id} with the credentials and the detected service', async () => {
    const fetch = fetchSequence(okLead());
    await lookUp(fetch).result;
    const { url, headers } = callOf(fetch);

    expect(url).toBe(`https://unify.apideck.com/crm/leads/${leadId}`);
    expect(headers.get('authorization')).toBe(`Bearer ${testApiKey}`);
    expect(headers.get('x-apideck-app-id')).toBe('app-123');
    expect(headers.get('x-apideck-consumer-id')).toBe('test-consumer');
    expect(headers.get('x-apideck-service-id')).toBe('salesforce');
  });

  it.each([
    ['a/b', '/crm/leads/a%2Fb'],
    ['a?b', '/crm/leads/a%3Fb'],
  ])('encodes the id %j', async (id, path) => {
    const fetch = fetchSequence(okLead());
    await fetchLead(buildSettings(), { id }, { fetch });

    expect(new URL(callOf(fetch).url).pathname).toBe(path);
  });

  it('lets a pinned service win over the detected one', async () => {
    const fetch = fetchSequence(okLead());
    await lookUp(fetch, {}, buildSettings({ serviceId: 'hubspot' })).result;

    expect(callOf(fetch).headers.get('x-apideck-service-id')).toBe('hubspot');
  });

  it('sends no authorization header when the key is empty', async () => {
    const settings = buildSettings({ apiKey: '', apiBaseUrl: 'http://127.0.0.1:4010' });
    const fetch = fetchSequence(okLead());
    await lookUp(fetch, {}, settings).result;

    expect(callOf(fetch).url).toBe(`http://127.0.0.1:4010/crm/leads/${leadId}`);
    expect(callOf(fetch).headers.has('authorization')).toBe(false);
  });
});

describe('fetchLead answers', () => {
  it('returns the parsed lead, the connector and the body as it arrived', async () => {
    const result = await lookUp(fetchSequence(okLead())).result;

    expect(result).toMatchObject({
      ok: true,
      found: { service: 'salesforce', droppedItems: 0, lead: { name: 'Ada Lovelace' } },
      body: loadFixture('lead-many-nulls'),
    });
  });

  it.each([
    ['data is a list', { ...loadFixture('lead-full'), data: [] }],
    ['the name is a number', fullLeadWith({ name: 42 })],
    ['there is no data', { status_code: 200, status: 'OK' }],
  ])('reads a 200 where %s as invalid-response', async (_what, body) => {
    const fetch = fetchSequence(jsonResponse(body, 200, { 'Request-Id': 'bad-1' }));
    const result = await lookUp(fetch).result;

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-response', requestId: 'bad-1' },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads a 200 with invalid JSON as invalid-response without retrying', async () => {
    const fetch = fetchSequence(textResponse('{"status_code": 200,'));
    const result = await lookUp(fetch).result;

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('fetchLead retries', () => {
  it('lets only the first attempt of a user retry pass a quota pause', async () => {
    const tickets: (boolean | undefined)[] = [];
    const gate: CallGate = {
      run: (ticket, call) => {
        tickets.push(ticket.userRetry);

        return call();
      },
    };
    const fetch = fetchSequence(status(429, { 'Retry-After': '1' }), okLead());

    await expect(lookUp(fetch, { gate, userRetry: true }).result).resolves.toMatchObject({
      ok: true,
    });
    expect(tickets).toEqual([true, false]);
  });

  it('retries a 500 once it succeeds, after a short backoff', async () => {
    const fetch = fetchSequence(status(500), okLead());
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(400);
    expect(sleep.mock.calls[0]?.[0]).toBeLessThan(700);
  });

  it.each([400, 401, 402, 403, 404, 422])('never retries a %i', async (code) => {
    const fetch = fetchSequence(status(code), okLead());
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({ ok: false, error: { status: code } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('stops after three 503s and reports a server problem', async () => {
    const fetch = fetchSequence(status(503));
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'server' } });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('backs off longer on the second retry', async () => {
    const { result, sleep } = lookUp(fetchSequence(status(502)));
    await result;
    const [first, second] = sleep.mock.calls.map(([ms]) => ms);

    expect(second).toBeGreaterThanOrEqual(800);
    expect(second).toBeGreaterThan(first ?? Infinity);
  });

  it('waits out Retry-After: 1 and then succeeds', async () => {
    const fetch = fetchSequence(status(429, { 'Retry-After': '1' }), okLead());
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({ ok: true });
    expect(sleep).toHaveBeenCalledExactlyOnceWith(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('waits out a millisecond x-downstream-ratelimit-reset', async () => {
    const reset = String(Date.now() + 3_000);
    const fetch = fetchSequence(status(429, { 'x-downstream-ratelimit-reset': reset }), okLead());
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({ ok: true });
    expect([2000, 3000]).toContain(sleep.mock.calls[0]?.[0]);
  });

  it('does not wait out a Retry-After beyond the budget', async () => {
    const fetch = fetchSequence(status(429, { 'Retry-After': '120' }), okLead());
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({
      ok: false,
      error: { code: 'rate-limited', retryAfterSeconds: 120 },
    });
    const awaited = await result;
    expect(awaited.ok ? '' : awaited.error.message).toContain('in 2 min');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries a network failure', async () => {
    const fetch = fetchSequence(new TypeError('Failed to fetch'), okLead());

    await expect(lookUp(fetch).result).resolves.toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reports a network failure that lasts, naming the host', async () => {
    const fetch = fetchSequence(new TypeError('Failed to fetch'));
    const result = await lookUp(fetch).result;

    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(result.ok ? '' : result.error.message).toContain('unify.apideck.com');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not retry a timeout', async () => {
    const fetch = hangingFetch();
    const result = await lookUp(fetch, { timeoutMs: 50 }).result;

    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('fetchLead budget', () => {
  it('ends a hanging lookup when the budget runs out, before timeoutMs', async () => {
    const started = Date.now();
    const result = await lookUp(hangingFetch(), { timeoutMs: 10_000, budgetMs: 80 }).result;

    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('skips a retry whose backoff would not leave a second of budget', async () => {
    const fetch = fetchSequence(status(500), okLead());
    const { result, sleep } = lookUp(fetch, { budgetMs: 1_000 });

    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'server' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('gives a retry only the budget that is left', async () => {
    const fetch = hangingFetch();
    fetch.mockImplementationOnce(async () => status(503, { 'Retry-After': '0' }));
    const started = Date.now();
    const result = await lookUp(fetch, { timeoutMs: 10_000, budgetMs: 2_500 }).result;

    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

describe('fetchLead retry spacing', () => {
  it('waits at least the backoff even when Retry-After says 0', async () => {
    const fetch = fetchSequence(status(503, { 'Retry-After': '0' }), okLead());
    const { result, sleep } = lookUp(fetch);

    await expect(result).resolves.toMatchObject({ ok: true });
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(400);
  });
});

describe('fetchLead timeout message', () => {
  it('says how long it waited', async () => {
    const result = await lookUp(hangingFetch(), { timeoutMs: 1_000, budgetMs: 60_000 }).result;

    expect(result.ok ? '' : result.error.message).toMatch(
      /^Apideck did not answer within 1 seconds?\. Try again in a moment\.$/,
    );
  });

  it('states the wait in whole seconds when the budget cuts it short', async () => {
    const result = await lookUp(hangingFetch(), { timeoutMs: 10_000, budgetMs: 80 }).result;

    expect(result.ok ? '' : result.error.message).toMatch(/within 1 second\. /);
  });
});

describe('checkConnection', () => {
  it('asks for one lead with the pinned service', async () => {
    const fetch = fetchSequence(jsonResponse(loadFixture('leads-list-page')));
    const settings = buildSettings({ serviceId: 'zoho-crm' });
    const result = await checkConnection(settings, { fetch });

    expect(result).toEqual({ ok: true, service: 'zoho-crm', leadsSeen: 1 });
    expect(callOf(fetch).url).toBe('https://unify.apideck.com/crm/leads?limit=1');
    expect(callOf(fetch).headers.get('x-apideck-service-id')).toBe('zoho-crm');
  });

  it('sends no service header when none is pinned', async () => {
    const fetch = fetchSequence(jsonResponse({ data: [] }));

    await expect(checkConnection(buildSettings(), { fetch })).resolves.toEqual({
      ok: true,
      service: null,
      leadsSeen: 0,
    });
    expect(callOf(fetch).headers.has('x-apideck-service-id')).toBe(false);
  });

  it('reads a body without a data list as invalid-response', async () => {
    const fetch = fetchSequence(jsonResponse(loadFixture('lead-full')));

    await expect(checkConnection(buildSettings(), { fetch })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-response' },
    });
  });

  it('explains a rejected key', async () => {
    const fetch = fetchSequence(jsonResponse(loadFixture('error-401'), 401));
    const result = await checkConnection(buildSettings(), { fetch });

    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(result.ok ? '' : result.error.message).toMatch(/API key/);
  });

  it('blames the base URL for a 404', async () => {
    const fetch = fetchSequence(textResponse('Not found', 404));
    const result = await checkConnection(buildSettings(), { fetch });

    expect(result.ok ? '' : result.error.message).toMatch(/API base URL/);
  });

  it('makes one call even when the server fails', async () => {
    const fetch = fetchSequence(status(503));
    await checkConnection(buildSettings(), { fetch });

    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('times out a hanging check', async () => {
    const result = await checkConnection(buildSettings(), { fetch: hangingFetch(), timeoutMs: 50 });

    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });
});
