import { describe, expect, it } from 'vitest';

import type { LeadError } from '../../lib/errors';
import { buildLeadRequest } from '../../lib/apideck/request';
import { type Fetch, transport } from '../../lib/apideck/transport';
import { loadFixture } from '../support/fixtures';
import {
  callOf,
  fetchSequence,
  hangingFetch,
  jsonResponse,
  textResponse,
} from '../support/responses';
import { buildSettings } from '../support/settings';

const leadId = '00QB0000000ybNXMAY';
const context = { id: leadId, service: 'salesforce' };

function send(fetch: Fetch, timeoutMs = 1_000, settings = buildSettings()) {
  const request = buildLeadRequest(settings, leadId, 'salesforce');

  return transport(request, context, { timeoutMs, fetch });
}

async function failureOf(fetch: Fetch, timeoutMs?: number): Promise<LeadError> {
  const result = await send(fetch, timeoutMs);
  if (result.ok) {
    throw new Error('Expected a failure');
  }

  return result.error;
}

const errorBody = (status: number, typeName: string, message = 'Apideck says no') => ({
  status_code: status,
  error: 'Error',
  type_name: typeName,
  message,
  detail: 'Some detail',
  ref: 'https://developers.apideck.com/errors',
});

describe('transport on success', () => {
  it('hands back the JSON body and the Request-Id', async () => {
    const body = loadFixture('lead-full');
    const fetch = fetchSequence(jsonResponse(body, 200, { 'Request-Id': 'req-1' }));

    await expect(send(fetch)).resolves.toEqual({ ok: true, body, requestId: 'req-1' });
  });

  it('asks fetch for a GET without cookies or cache, with the request headers', async () => {
    const fetch = fetchSequence(jsonResponse({}));
    await send(fetch);
    const { url, headers, init } = callOf(fetch);

    expect(url).toBe(`https://unify.apideck.com/crm/leads/${leadId}`);
    expect(headers.get('x-apideck-service-id')).toBe('salesforce');
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(init?.method ?? 'GET').toBe('GET');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['broken JSON', '{"data": '],
    ['an HTML page', '<html><body>Welcome</body></html>'],
    ['an empty body', ''],
  ])('reads a 200 with %s as invalid-response, keeping the Request-Id', async (_what, text) => {
    const fetch = fetchSequence(textResponse(text, 200, { 'request-id': 'req-2' }));

    await expect(failureOf(fetch)).resolves.toMatchObject({
      code: 'invalid-response',
      requestId: 'req-2',
      message: expect.stringMatching(/cannot read/),
    });
  });
});

describe('transport on an HTTP error', () => {
  it.each([
    [400, 'bad-request', /refused the request.*Options/],
    [401, 'unauthorized', /API key/],
    [402, 'payment-required', /plan/],
    [403, 'forbidden', /permissions/],
    [404, 'not-found', /No lead with ID 00QB0000000ybNXMAY in Salesforce\./],
    [422, 'unprocessable', /Salesforce could not process/],
    [429, 'rate-limited', /Rate limited by Salesforce/],
    [500, 'server', /HTTP 500/],
    [502, 'server', /HTTP 502/],
    [503, 'server', /HTTP 503/],
  ] as const)('maps %i to %s with a sentence', async (status, code, words) => {
    const error = await failureOf(fetchSequence(jsonResponse(errorBody(status, 'X'), status)));

    expect(error).toMatchObject({ code, status });
    expect(error.message).toMatch(words);
    expect(error.message).toMatch(/^[A-Z].*\.$/);
  });

  it.each([400, 401, 404, 429, 500, 502])(
    'still gives the status sentence for %i when the body is not JSON',
    async (status) => {
      const html = `<html><h1>${status}</h1></html>`;
      const error = await failureOf(fetchSequence(textResponse(html, status)));

      expect(error.status).toBe(status);
      expect(error.message).toMatch(/^[A-Z].*\.$/);
      expect(error.typeName).toBeUndefined();
      expect(error.detail).toBeUndefined();
    },
  );

  it("keeps the type name, Apideck's words and the Request-Id", async () => {
    const body = loadFixture('error-404');
    const fetch = fetchSequence(jsonResponse(body, 404, { 'Request-Id': 'req-404' }));

    await expect(failureOf(fetch)).resolves.toMatchObject({
      typeName: 'EntityNotFoundError',
      detail: "Unknown Widget — Could not find widget with id: '123'",
      requestId: 'req-404',
    });
  });

  it('reads the 401 fixture', async () => {
    const fetch = fetchSequence(jsonResponse(loadFixture('error-401'), 401));

    await expect(failureOf(fetch)).resolves.toMatchObject({
      code: 'unauthorized',
      typeName: 'UnauthorizedError',
      detail: 'Unauthorized Request — Missing authentication',
    });
  });

  it('does not trip over the object form of detail', async () => {
    const body = {
      ...loadFixture('error-401'),
      type_name: 'ConnectorCredentialsError',
      detail: { type: 'refresh_failed', message: 'Token expired', debug: { code: 400 } },
    };
    const error = await failureOf(fetchSequence(jsonResponse(body, 401)));

    expect(error.code).toBe('crm-sign-in');
    expect(error.detail).toBe('Unauthorized Request');
    expect(error.message).toMatch(/Reconnect Salesforce in Apideck Vault/);
  });

  it('survives an error envelope with wrongly typed fields', async () => {
    const body = { status_code: '500', type_name: 7, message: ['x'], detail: 12 };
    const error = await failureOf(fetchSequence(jsonResponse(body, 500)));

    expect(error).toMatchObject({ code: 'server', status: 500 });
    expect(error.typeName).toBeUndefined();
  });

  it('cuts a very long detail to 500 characters', async () => {
    const body = { ...errorBody(400, 'RequestValidationError'), detail: 'x'.repeat(2_000) };
    const error = await failureOf(fetchSequence(jsonResponse(body, 400)));

    expect(error.detail).toHaveLength(500);
  });

  it('reads the 429 fixture with its Retry-After', async () => {
    const response = jsonResponse(loadFixture('error-429'), 429, { 'Retry-After': '20' });
    const error = await failureOf(fetchSequence(response));

    expect(error).toMatchObject({
      code: 'rate-limited',
      typeName: 'ConnectorRateLimitError',
      retryAfterSeconds: 20,
      message: 'Rate limited by Salesforce. Lead Viewer resumes lookups in 20 s.',
    });
  });

  it('reads the wait from x-downstream-ratelimit-reset when there is no Retry-After', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 45);
    const response = jsonResponse(loadFixture('error-429'), 429, {
      'x-downstream-ratelimit-reset': reset,
    });
    const error = await failureOf(fetchSequence(response));

    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(44);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(46);
  });

  it('ignores the downstream reset on a server error, so the error is still retried', async () => {
    const dailyReset = String(Math.floor(Date.now() / 1000) + 86_000);
    const response = jsonResponse({ status_code: 500 }, 500, {
      'x-downstream-ratelimit-reset': dailyReset,
    });
    const error = await failureOf(fetchSequence(response));

    expect(error).toMatchObject({ code: 'server' });
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('prefers Retry-After over the downstream reset', async () => {
    const reset = String(Date.now() + 300_000);
    const response = jsonResponse(loadFixture('error-429'), 429, {
      'retry-after': '5',
      'x-downstream-ratelimit-reset': reset,
    });

    await expect(failureOf(fetchSequence(response))).resolves.toMatchObject({
      retryAfterSeconds: 5,
    });
  });

  it('says "in a minute" when a rate limit gives no wait', async () => {
    const error = await failureOf(fetchSequence(jsonResponse(loadFixture('error-429'), 429)));

    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toBe('Rate limited by Salesforce. Try again in a minute.');
  });
});

describe('transport and oversized answers', () => {
  const huge = JSON.stringify({ data: { name: 'x', description: 'y'.repeat(3 * 1024 * 1024) } });

  it.each([
    ['streamed without a length', {}],
    ['declared by Content-Length', { 'content-length': String(huge.length) }],
  ])('refuses a body over 2 MB %s, before parsing it', async (_how, headers) => {
    const response = new Response(huge, { status: 200, headers });

    await expect(failureOf(fetchSequence(response))).resolves.toMatchObject({
      code: 'invalid-response',
    });
  });

  it('still reads an ordinary lead streamed in chunks', async () => {
    const result = await send(fetchSequence(jsonResponse(loadFixture('lead-full'))));

    expect(result.ok).toBe(true);
  });
});

describe('transport when the answer never comes', () => {
  it('reports a rejected fetch as a network error naming the host', async () => {
    const fetch = fetchSequence(new TypeError('Failed to fetch'));
    const settings = buildSettings({ apiBaseUrl: 'http://127.0.0.1:9/apideck' });
    const result = await send(fetch, 1_000, settings);

    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(result.ok ? '' : result.error.message).toMatch(/Could not reach 127\.0\.0\.1:9\./);
  });

  it('gives up on a hanging fetch after timeoutMs', async () => {
    const started = Date.now();
    const error = await failureOf(hangingFetch(), 50);

    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not answer/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives up when the body stops arriving after the headers', async () => {
    const fetch: Fetch = async (_input, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":'));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });

      return new Response(body, { status: 200 });
    };

    await expect(failureOf(fetch, 50)).resolves.toMatchObject({ code: 'timeout' });
  });
});

describe('transport and the downstream budget', () => {
  it.each([
    ['a success', 200],
    ['a failure', 503],
  ])('notes a spent budget and its reset on %s', async (_what, status) => {
    const reset = String(Math.floor(Date.now() / 1000) + 300);
    const headers = {
      'x-downstream-ratelimit-remaining': '0',
      'x-downstream-ratelimit-reset': reset,
    };
    const result = await send(
      fetchSequence(jsonResponse(loadFixture('lead-full'), status, headers)),
    );

    expect(result.quotaSpent?.resetSeconds).toBeGreaterThanOrEqual(299);
    expect(result.quotaSpent?.resetSeconds).toBeLessThanOrEqual(301);
  });

  it.each([
    ['budget left', { 'x-downstream-ratelimit-remaining': '14982' }],
    ['no rate-limit headers', {}],
  ])('notes nothing with %s', async (_what, headers) => {
    const result = await send(fetchSequence(jsonResponse(loadFixture('lead-full'), 200, headers)));

    expect(result.quotaSpent).toBeUndefined();
  });

  it('notes a spent budget without a reset', async () => {
    const headers = { 'x-downstream-ratelimit-remaining': '0' };
    const result = await send(fetchSequence(jsonResponse(loadFixture('lead-full'), 200, headers)));

    expect(result.quotaSpent).toEqual({});
  });
});
