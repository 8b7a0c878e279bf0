// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ids } from './leads.mjs';
import { startFakeApideck, type FakeApideck, type SpecViolation } from './server.mjs';
import { AUTH, get, leadPath, type Json } from './test-helpers';

let fake: FakeApideck;
beforeAll(async () => {
  fake = await startFakeApideck();
});
afterAll(() => fake.close());
afterEach(() => fake.clearFaults());

describe('latency and hangs', () => {
  it('delays the answer by roughly latencyMs, then answers normally', async () => {
    fake.setFault(ids.full, { latencyMs: 150 });
    const started = performance.now();
    const reply = await get(fake, leadPath(ids.full));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(reply.status).toBe(200);
  });

  it('never answers a hung request, which the client can abort', async () => {
    fake.setFault(ids.full, { hang: true });
    const controller = new AbortController();
    const pending = get(fake, leadPath(ids.full), AUTH, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow(/abort/i);
  });

  it('close() resolves promptly while a hung request is pending', async () => {
    const own = await startFakeApideck();
    own.setFault(ids.full, { hang: true });
    const pending = get(own, leadPath(ids.full)).catch((error: unknown) => error);
    await waitFor(() => own.log.length === 1);
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('close() also cuts a long latency short', async () => {
    const own = await startFakeApideck();
    own.setFault(ids.full, { latencyMs: 60_000 });
    const pending = get(own, leadPath(ids.full)).catch((error: unknown) => error);
    await waitFor(() => own.log.length === 1);
    await own.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('error statuses', () => {
  it.each([
    [429, '7', 'ConnectorRateLimitError', '7'],
    [
      503,
      'Wed, 21 Oct 2026 07:28:00 GMT',
      'ServiceUnavailableError',
      'Wed, 21 Oct 2026 07:28:00 GMT',
    ],
    [500, '5', 'UnexpectedError', null],
    [502, undefined, 'ConnectorExecutionError', null],
  ] as const)('status %i (Retry-After %s)', async (status, retryAfter, typeName, header) => {
    fake.setFault(ids.zoho, { status, ...(retryAfter ? { retryAfter } : {}) });
    const reply = await get(fake, leadPath(ids.zoho));
    expect(reply.status).toBe(status);
    expect(reply.headers.get('retry-after')).toBe(header);
    expect(reply.body).toMatchObject({ status_code: status, type_name: typeName });
  });

  it('reports an exhausted Salesforce allowance on 429', async () => {
    fake.setFault(ids.full, { status: 429, retryAfter: '30' });
    const reply = await get(fake, leadPath(ids.full));
    expect(reply.headers.get('x-downstream-ratelimit-remaining')).toBe('0');
    expect(reply.body.detail).toMatchObject({ context: expect.any(String) });
  });

  it('applies a fault set on the 18-char id to 15-char requests too', async () => {
    fake.setFault(ids.full, { status: 502 });
    expect((await get(fake, leadPath(ids.full15))).status).toBe(502);
  });

  it('serves normally after `times` faulty answers', async () => {
    fake.setFault(ids.full, { status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await get(fake, leadPath(ids.full))).status);
    }
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it('stops faulting after clearFaults()', async () => {
    fake.setFault(ids.full, { status: 500 });
    fake.clearFaults();
    expect((await get(fake, leadPath(ids.full))).status).toBe(200);
  });

  it('checks credentials before injecting faults', async () => {
    fake.setFault(ids.full, { status: 500 });
    expect((await get(fake, leadPath(ids.full), {})).status).toBe(401);
  });

  it.each([{ status: 404 }, { specViolation: 'nope' }, { times: 0 }, { latencyMs: -1 }])(
    'rejects the invalid fault %o',
    (fault) => {
      expect(() => fake.setFault(ids.full, fault as never)).toThrow(TypeError);
    },
  );
});

describe('broken bodies', () => {
  it('sends a 200 whose JSON is truncated', async () => {
    fake.setFault(ids.full, { malformed: true });
    const reply = await get(fake, leadPath(ids.full));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(reply.text)).toThrow(SyntaxError);
  });

  it.each<[SpecViolation, (body: Json) => void]>([
    ['name-number', (body) => expect(typeof body.data.name).toBe('number')],
    [
      'no-data',
      (body) => {
        expect(body).not.toHaveProperty('data');
        expect(body).toMatchObject({ status_code: 200, operation: 'one' });
      },
    ],
    [
      'data-array',
      (body) => {
        expect(Array.isArray(body.data)).toBe(true);
        expect(body.data[0].id).toBe(ids.full);
      },
    ],
    [
      'bad-email-item',
      (body) => {
        expect(body.data.emails).toEqual([
          expect.objectContaining({ email: 'ada.linwood@difference-engine.example' }),
          expect.objectContaining({ email: 42 }),
        ]);
      },
    ],
  ])('specViolation %s breaks the spec that way', async (kind, check) => {
    fake.setFault(ids.full, { specViolation: kind, times: 1 });
    const reply = await get(fake, leadPath(ids.full));
    expect(reply.status).toBe(200);
    check(reply.body);
    expect((await get(fake, leadPath(ids.full))).body.data.name).toBe('Ada Linwood');
  });
});

/** Polls until the condition holds (for server-side state after a request is sent). */
async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
