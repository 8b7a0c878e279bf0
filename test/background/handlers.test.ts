import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createHandlers, createLeadCache, requestLimits } from '../../lib/background/handlers';
import type { Handlers } from '../../lib/messages/listen';
import { defaultPreferences } from '../../lib/preferences';
import { readPreferences, writePreferences } from '../../lib/preferences-store';
import { readSettings, writeSettings } from '../../lib/settings-store';
import { leadEnvelope } from '../support/fixtures';
import { jsonResponse } from '../support/responses';
import { buildSettings } from '../support/settings';

const sender = { id: fakeBrowser.runtime.id };
const leadIds = Array.from({ length: 20 }, (_, index) => `lead-${String(index).padStart(2, '0')}`);

/** A fake Apideck answering every lead after `latencyMs`, counting calls and the most at once. */
function stubApideck(latencyMs = 50, answer?: (url: URL) => Response | undefined) {
  const seen = { calls: 0, active: 0, mostAtOnce: 0, urls: [] as string[] };
  const fetchStub = vi.fn(async (input: string | URL) => {
    const url = new URL(input);
    seen.calls += 1;
    seen.urls.push(url.pathname + url.search);
    seen.active += 1;
    seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.active);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    seen.active -= 1;
    const id = decodeURIComponent(url.pathname.split('/').pop() ?? '');

    return answer?.(url) ?? jsonResponse(leadEnvelope({ id, name: `Lead ${id}` }, 'pipedrive'));
  });
  vi.stubGlobal('fetch', fetchStub);

  return seen;
}

async function setUp(preferences = defaultPreferences): Promise<Handlers> {
  fakeBrowser.permissions.contains = vi.fn(() => Promise.resolve(true));
  await writePreferences(preferences);
  await writeSettings(buildSettings());

  return createHandlers(createLeadCache());
}

const getLead = (handlers: Handlers, id: string) =>
  handlers.getLead({ type: 'getLead', id, service: 'pipedrive' }, sender);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('background handlers: frugality', () => {
  it('turns 100 hovers over 20 leads into 20 calls, never more than a few at once', async () => {
    const seen = stubApideck();
    const handlers = await setUp();
    const replies: Promise<unknown>[] = [];
    for (let hover = 0; hover < 100; hover += 1) {
      replies.push(getLead(handlers, leadIds[hover % 20] ?? ''));
      await vi.advanceTimersByTimeAsync(hover % 10 === 9 ? 200 : 0);
    }

    await vi.advanceTimersByTimeAsync(10_000);
    const settled = (await Promise.all(replies)) as { ok: boolean }[];
    expect(settled.every((reply) => reply.ok)).toBe(true);
    expect(seen.calls).toBe(20);
    expect(seen.mostAtOnce).toBeLessThanOrEqual(requestLimits.concurrency);
  });

  it('answers a lookup repeated 10 times with one call', async () => {
    const seen = stubApideck();
    const handlers = await setUp();
    for (let lookup = 0; lookup < 10; lookup += 1) {
      const reply = getLead(handlers, 'lead-00');
      await vi.advanceTimersByTimeAsync(100);
      await expect(reply).resolves.toMatchObject({ ok: true });
    }

    expect(seen.calls).toBe(1);
  });

  it('sends a flood of distinct lookups at no more than the allowed rate', async () => {
    const seen = stubApideck(5);
    const handlers = await setUp();
    const replies = Array.from({ length: 200 }, (_, index) => getLead(handlers, `flood-${index}`));
    await vi.advanceTimersByTimeAsync(999);
    const inFirstSecond = seen.calls;
    await vi.advanceTimersByTimeAsync(20_000);
    const settled = await Promise.all(replies);

    expect(inFirstSecond).toBeLessThanOrEqual(requestLimits.perSecond);
    expect(seen.calls).toBeLessThanOrEqual(requestLimits.perSecond * 16);
    expect(settled.filter((reply) => !reply.ok).length).toBeGreaterThan(0);
    expect(settled.every((reply) => reply.ok || reply.error.code === 'timeout')).toBe(true);
  });
});

describe('background handlers: cache lifetime from Options', () => {
  it.each([
    [5, 6, true],
    [30, 6, false],
  ])(
    'with %i minutes, a lead looked at %i minutes later is stale: %s',
    async (minutes, later, stale) => {
      stubApideck(0);
      const handlers = await setUp({ ...defaultPreferences, cacheMinutes: minutes });
      const first = getLead(handlers, 'lead-01');
      await vi.advanceTimersByTimeAsync(10);
      await first;
      vi.setSystemTime(Date.now() + later * 60_000);
      const again = await getLead(handlers, 'lead-01');

      expect(again).toMatchObject({ ok: true, cached: true });
      expect(again.ok && again.stale === true).toBe(stale);
    },
  );
});

describe('background handlers: quota', () => {
  it('pauses the service after a 429 and says when lookups resume, without more calls', async () => {
    const seen = stubApideck(0, () =>
      jsonResponse({ status_code: 429, type_name: 'ConnectorRateLimitError' }, 429, {
        'Retry-After': '120',
      }),
    );
    const handlers = await setUp();
    const first = getLead(handlers, 'lead-01');
    await vi.advanceTimersByTimeAsync(10);
    const second = getLead(handlers, 'lead-02');
    await vi.advanceTimersByTimeAsync(10);

    await expect(first).resolves.toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    const paused = await second;
    expect(paused.ok ? '' : paused.error.message).toMatch(
      /^Rate limited by Pipedrive\. Lead Viewer resumes lookups in 2 min \(at .+\)\.$/,
    );
    expect(seen.calls).toBe(1);
  });

  it('keeps 402 distinct: a plain sentence, no retry, no pause', async () => {
    const seen = stubApideck(0, (url) =>
      url.pathname.endsWith('lead-01')
        ? jsonResponse({ status_code: 402, type_name: 'RequestLimitError' }, 402)
        : undefined,
    );
    const handlers = await setUp();
    const first = getLead(handlers, 'lead-01');
    await vi.advanceTimersByTimeAsync(10);
    const reply = await first;
    const next = getLead(handlers, 'lead-02');
    await vi.advanceTimersByTimeAsync(10);

    expect(reply).toMatchObject({ ok: false, error: { code: 'payment-required', status: 402 } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/plan's request limit/);
    await expect(next).resolves.toMatchObject({ ok: true });
    expect(seen.calls).toBe(2);
  });
});

describe('background handlers: a long quota pause has ways out', () => {
  const yearLong = () =>
    jsonResponse({ status_code: 429, type_name: 'ConnectorRateLimitError' }, 429, {
      'Retry-After': '31536000',
    });

  /** A 429 that pauses Pipedrive for the longest time, then whatever `later` answers. */
  async function pausedForADay(later: () => Response | undefined = yearLong) {
    let calls = 0;
    const seen = stubApideck(0, () => (calls++ === 0 ? yearLong() : later()));
    const handlers = await setUp();
    const first = getLead(handlers, 'lead-01');
    await vi.advanceTimersByTimeAsync(10);
    const reply = await first;
    expect(reply.ok ? '' : reply.error.message).toMatch(/resumes lookups tomorrow at .+\.$/);

    return { seen, handlers };
  }

  async function settle<T>(reply: Promise<T>): Promise<T> {
    await vi.advanceTimersByTimeAsync(10);

    return reply;
  }

  it('keeps automatic lookups paused but lets "Try again" ask once, renewing the pause', async () => {
    const { seen, handlers } = await pausedForADay();
    await expect(settle(getLead(handlers, 'lead-02'))).resolves.toMatchObject({ ok: false });
    expect(seen.calls).toBe(1);

    const retry = handlers.getLead({ type: 'getLead', id: 'lead-01', refresh: true }, sender);
    await expect(settle(retry)).resolves.toMatchObject({ ok: false, error: { status: 429 } });
    expect(seen.calls).toBe(2);
    await expect(settle(getLead(handlers, 'lead-03'))).resolves.toMatchObject({ ok: false });
    expect(seen.calls).toBe(2);
  });

  it('lifts the pause when a retry is answered', async () => {
    const { seen, handlers } = await pausedForADay(() => undefined);
    const retry = handlers.getLead(
      { type: 'getLead', id: 'lead-01', service: 'pipedrive', refresh: true },
      sender,
    );
    await expect(settle(retry)).resolves.toMatchObject({ ok: true });

    await expect(settle(getLead(handlers, 'lead-02'))).resolves.toMatchObject({ ok: true });
    expect(seen.calls).toBe(3);
  });

  it('lifts every pause on "Clear cache"', async () => {
    const { seen, handlers } = await pausedForADay(() => undefined);
    await handlers.clearCache({ type: 'clearCache' }, sender);

    await expect(settle(getLead(handlers, 'lead-02'))).resolves.toMatchObject({ ok: true });
    expect(seen.calls).toBe(2);
  });

  it.each([
    ['other credentials lift it', { apiKey: 'sk_new_key' }, 2],
    ['the same ones keep it', {}, 1],
  ])('on save, %s', async (_, change, calls) => {
    const { seen, handlers } = await pausedForADay(() => undefined);
    const settings = { ...buildSettings(), ...change };
    await handlers.saveSettings({ type: 'saveSettings', settings }, sender);

    await settle(getLead(handlers, 'lead-02'));
    expect(seen.calls).toBe(calls);
  });
});

describe('background handlers: search', () => {
  it('explains a filter the connector cannot use', async () => {
    stubApideck(0, () =>
      jsonResponse(
        { status_code: 400, type_name: 'UnsupportedFiltersError', message: 'Unsupported' },
        400,
      ),
    );
    const handlers = await setUp();
    const reply = handlers.searchLeads(
      { type: 'searchLeads', field: 'phone_number', query: '555', service: 'salesforce' },
      sender,
    );
    await vi.advanceTimersByTimeAsync(10);

    await expect(reply).resolves.toMatchObject({
      ok: false,
      error: {
        code: 'unsupported',
        message:
          "Salesforce can't search by phone number through Apideck; try name or email address.",
      },
    });
  });
});

describe('background handlers: importing a settings file', () => {
  it('applies settings and preferences together and keeps the stored key', async () => {
    const handlers = await setUp();
    const preferences = { ...defaultPreferences, hoverDelayMs: 900 };
    const { apiKey: _apiKey, ...settings } = buildSettings({ appId: 'imported' });

    const reply = await handlers.importSettings(
      { type: 'importSettings', settings, preferences },
      sender,
    );

    expect(reply).toMatchObject({ ok: true, settings: { appId: 'imported', hasApiKey: true } });
    await expect(readPreferences()).resolves.toEqual(preferences);
    await expect(readSettings()).resolves.toMatchObject({
      appId: 'imported',
      apiKey: buildSettings().apiKey,
    });
  });
});

describe('background handlers: test connection before everything is filled in', () => {
  it.each([
    [{ appId: '' }, 'Fill in the app ID first.'],
    [{ apiKey: '', consumerId: '' }, 'Fill in the API key and the consumer ID first.'],
    [
      { apiKey: '', appId: '', consumerId: '' },
      'Fill in the API key, the app ID, and the consumer ID first.',
    ],
  ])('names only the empty credentials (%o)', async (change, message) => {
    const handlers = await setUp();
    const { apiKey, ...settings } = buildSettings(change);
    await writeSettings(buildSettings({ apiKey }));

    const reply = await handlers.testConnection(
      { type: 'testConnection', settings: { ...settings, apiKey } },
      sender,
    );

    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ message }) });
  });
});
