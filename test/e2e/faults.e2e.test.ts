import { createServer } from 'node:net';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Fault } from '../fake-apideck/server.mjs';
import { ids } from '../fake-apideck/leads.mjs';
import { type Session, startSession } from './support/session';

interface Answer {
  ok: boolean;
  cached?: boolean;
  stale?: boolean;
  droppedItems?: number;
  lead?: { id: string; name: string | null };
  error?: {
    code: string;
    message: string;
    status?: number;
    retryAfterSeconds?: number;
    requestId?: string;
  };
}

let session: Session;
let page: Page;

/**
 * Asks the background for a lead as the popup does (`refresh`: as its "Try again" does);
 * `unavailable` if the worker went away.
 */
async function ask(id: string, refresh = false): Promise<{ answer: Answer; ms: number }> {
  const started = Date.now();
  const answer: unknown = await page
    .evaluate(
      ([leadId, again]) =>
        chrome.runtime.sendMessage({
          type: 'getLead',
          id: leadId,
          ...(again ? { refresh: true } : {}),
        }),
      [id, refresh] as const,
    )
    .catch((): Answer => ({ ok: false, error: { code: 'unavailable', message: '' } }));

  return { answer: answer as Answer, ms: Date.now() - started };
}

/** GET requests the fake received for one lead. */
const requestsFor = (id: string) =>
  session.api.log.filter((entry) => entry.method === 'GET' && entry.path === `/crm/leads/${id}`)
    .length;
const allRequests = () => session.api.log.filter((entry) => entry.method === 'GET').length;

function fault(id: string, value: Fault): void {
  session.api.setFault(id, value);
}

/** Stops the extension's service worker the way Chrome does after 30 s idle. */
async function stopWorker(): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** Forgets cached leads and quota pauses, through the page as the options page would. */
async function resetBackground(): Promise<void> {
  await page.evaluate(async () => {
    await chrome.runtime.sendMessage({ type: 'clearCache' });
    const stored = await chrome.storage.session.get(null);
    const pauses = Object.keys(stored).filter((key) => key.startsWith('quota-pause:'));
    await chrome.storage.session.remove(pauses);
  });
}

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));

  return typeof address === 'object' && address ? address.port : 1;
}

beforeAll(async () => {
  session = await startSession();
  await session.configure();
  page = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  session.api.clearFaults();
  await resetBackground();
  session.api.resetLog();
});

describe('latency', () => {
  it.each([
    [0, 0, 1_500],
    [2_000, 2_000, 4_000],
  ])('answers after %i ms of latency with one request', async (latencyMs, least, most) => {
    fault(ids.full, { latencyMs });
    const { answer, ms } = await ask(ids.full);

    expect(answer).toMatchObject({ ok: true, cached: false, lead: { name: 'Ada Linwood' } });
    expect(ms).toBeGreaterThanOrEqual(least);
    expect(ms).toBeLessThan(most);
    expect(requestsFor(ids.full)).toBe(1);
  });

  it('ends 10 s and 30 s latency and a hang with a timeout, one request each, in ~8 s', async () => {
    const slow: [string, Fault][] = [
      [ids.minimal, { latencyMs: 10_000 }],
      [ids.nulls, { latencyMs: 30_000 }],
      [ids.eur, { hang: true }],
    ];
    for (const [id, value] of slow) {
      fault(id, value);
    }

    const results = await Promise.all(slow.map(([id]) => ask(id)));
    for (const [index, { answer, ms }] of results.entries()) {
      expect(answer.error?.code).toBe('timeout');
      expect(answer.error?.message).toMatch(/did not answer within 8 seconds/);
      expect(ms).toBeGreaterThanOrEqual(7_500);
      expect(ms).toBeLessThan(10_000);
      expect(requestsFor(slow[index]?.[0] ?? '')).toBe(1);
    }
  }, 20_000);
});

describe('rate limits', () => {
  it('waits out Retry-After: 1 and answers with the lead: two requests', async () => {
    fault(ids.grace, { status: 429, retryAfter: '1', times: 1 });
    const { answer, ms } = await ask(ids.grace);

    expect(answer).toMatchObject({ ok: true });
    expect(ms).toBeGreaterThanOrEqual(1_000);
    expect(ms).toBeLessThan(3_000);
    expect(requestsFor(ids.grace)).toBe(2);
  });

  it('stops at a long Retry-After, says when lookups resume, and pauses the service', async () => {
    fault(ids.priya, { status: 429, retryAfter: '30' });
    const first = await ask(ids.priya);
    const other = await ask(ids.jpy);

    expect(first.answer.error).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 30 });
    expect(first.answer.error?.message).toBe(
      'Rate limited by Salesforce. Lead Viewer resumes lookups in 30 s.',
    );
    expect(first.ms).toBeLessThan(1_500);
    expect(other.answer.error?.code).toBe('rate-limited');
    expect(other.answer.error?.message).toMatch(/resumes lookups in (29|30) s\.$/);
    expect(allRequests()).toBe(1);
  });

  it('retries a 429 without Retry-After twice with backoff, then says when to expect it', async () => {
    fault(ids.close, { status: 429 });
    const { answer, ms } = await ask(ids.close);

    expect(answer.error).toMatchObject({ code: 'rate-limited' });
    expect(answer.error?.message).toMatch(/^Rate limited by Close\. .*resumes lookups in 2 s\.$/);
    expect(ms).toBeGreaterThanOrEqual(4_000);
    expect(ms).toBeLessThan(7_000);
    expect(requestsFor(ids.close)).toBe(3);
  });

  it('gives a day-long pause ways out: "Try again" asks once, "Clear cache" lifts it', async () => {
    fault(ids.priya, { status: 429, retryAfter: '31536000' });
    const first = await ask(ids.priya);
    expect(first.answer.error?.message).toMatch(
      /^Rate limited by Salesforce\. Lead Viewer resumes lookups tomorrow at .+\.$/,
    );

    await expect(ask(ids.priya, true)).resolves.toMatchObject({
      answer: { error: { status: 429 } },
    });
    expect(requestsFor(ids.priya)).toBe(2);
    await expect(ask(ids.jpy)).resolves.toMatchObject({ answer: { ok: false } });
    expect(allRequests()).toBe(2);

    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'clearCache' }));
    await expect(ask(ids.jpy)).resolves.toMatchObject({ answer: { ok: true } });
    expect(allRequests()).toBe(3);
  });

  it('keeps a pause across a worker restart: no request until it ends', async () => {
    fault(ids.priya, { status: 429, retryAfter: '60' });
    await ask(ids.priya);
    await stopWorker();
    const after = await ask(ids.jpy);

    expect(after.answer.error?.code).toBe('rate-limited');
    expect(allRequests()).toBe(1);
  });
});

describe('server errors and broken answers', () => {
  it.each([500, 502] as const)('retries a passing %i and answers: two requests', async (status) => {
    fault(ids.hubspot, { status, times: 1 });
    const { answer, ms } = await ask(ids.hubspot);

    expect(answer).toMatchObject({ ok: true });
    expect(ms).toBeLessThan(2_000);
    expect(requestsFor(ids.hubspot)).toBe(2);
  });

  it.each([
    [500, /^Apideck or your CRM had a problem \(HTTP 500\)\. Try again/],
    [502, /^Your CRM had a problem answering Apideck\. Try again/],
  ] as const)('gives up on a lasting %i after three requests', async (status, message) => {
    fault(ids.zoho, { status });
    const { answer, ms } = await ask(ids.zoho);

    expect(answer.error).toMatchObject({ code: 'server', status });
    expect(answer.error?.message).toMatch(message);
    expect(answer.error?.requestId).toBeTruthy();
    expect(ms).toBeLessThan(4_000);
    expect(requestsFor(ids.zoho)).toBe(3);
  });

  it('reads malformed JSON as an unreadable answer, without retrying', async () => {
    fault(ids.pipedrive, { malformed: true });
    const { answer, ms } = await ask(ids.pipedrive);

    expect(answer.error).toMatchObject({ code: 'invalid-response' });
    expect(ms).toBeLessThan(1_500);
    expect(requestsFor(ids.pipedrive)).toBe(1);
  });

  it.each(['name-number', 'no-data', 'data-array'] as const)(
    'reads spec-violating JSON (%s) as an unreadable answer, without retrying',
    async (specViolation) => {
      fault(ids.unknownCurrency, { specViolation });
      const { answer } = await ask(ids.unknownCurrency);

      expect(answer.error).toMatchObject({ code: 'invalid-response' });
      expect(requestsFor(ids.unknownCurrency)).toBe(1);
    },
  );

  it('shows a lead with one spec-violating email, leaving that email out', async () => {
    fault(ids.full, { specViolation: 'bad-email-item' });
    const { answer } = await ask(ids.full);

    expect(answer).toMatchObject({ ok: true, droppedItems: 1 });
    expect(requestsFor(ids.full)).toBe(1);
  });
});

describe('connection refused', () => {
  it('ends with a network error after three tries, naming the host', async () => {
    const port = await closedPort();
    await session.configure({ apiBaseUrl: `http://127.0.0.1:${port}` } as never);
    try {
      const { answer, ms } = await ask(ids.full);

      expect(answer.error).toMatchObject({ code: 'network' });
      expect(answer.error?.message).toContain(`127.0.0.1:${port}`);
      expect(ms).toBeLessThan(4_000);
      expect(allRequests()).toBe(0);
    } finally {
      await session.configure();
    }
  });
});

describe('a worker restart', () => {
  it('answers from the session cache after a restart mid-flight, and ends the cut lookup', async () => {
    await ask(ids.full);
    fault(ids.grace, { latencyMs: 3_000, times: 1 });
    const cut = ask(ids.grace);
    await expect.poll(() => requestsFor(ids.grace)).toBe(1);
    await stopWorker();

    const interrupted = await cut;
    expect(interrupted.answer.error?.code).toBe('unavailable');
    expect(interrupted.ms).toBeLessThan(3_000);
    const again = await ask(ids.full);
    expect(again.answer).toMatchObject({ ok: true, cached: true, lead: { name: 'Ada Linwood' } });
    expect(requestsFor(ids.full)).toBe(1);

    const retried = await ask(ids.grace);
    expect(retried.answer).toMatchObject({ ok: true, cached: false });
    expect(requestsFor(ids.grace)).toBe(2);
  });
});
