import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { LeadResult } from '../../lib/apideck/client';
import { LeadCache } from '../../lib/background/lead-cache';
import { createLeadLookup, type LookupDeps, staleForMs } from '../../lib/background/lookup';
import type { LeadError } from '../../lib/errors';
import type { Settings } from '../../lib/settings';
import { leadEnvelope, loadLeadData } from '../support/fixtures';
import { storedLead } from '../support/leads';
import { buildSettings } from '../support/settings';

const sf15 = '00QB0000000ybNX';
const sf18 = '00QB0000000ybNXMAY';
const closeId = `lead_${'a1B2c3D4e5'.repeat(4)}xyz`;
const sf18Lookup = { id: sf18, service: 'salesforce' };
const ttlMs = 60_000;

let clock: number;
let settings: Settings;

function answerFor(id: string, service = 'salesforce'): LeadResult {
  const data = { ...loadLeadData('lead-full'), id };
  const { entry, body } = storedLead(leadEnvelope(data, service), 0);
  const found = { lead: entry.lead, service: entry.service, droppedItems: entry.droppedItems };

  return { ok: true, found, body };
}

type FetchLead = LookupDeps['fetchLead'];

function setUp(overrides: Partial<LookupDeps> = {}) {
  const fetchLead = vi.fn<FetchLead>((_, { id, service }) =>
    Promise.resolve(answerFor(id, service)),
  );
  const hasAccess = vi.fn<LookupDeps['hasAccess']>(() => Promise.resolve(true));
  const deps: LookupDeps = {
    readSettings: () => Promise.resolve(settings),
    readCacheLifetimeMs: () => Promise.resolve(ttlMs),
    fetchLead,
    hasAccess,
    cache: new LeadCache({ maxEntries: 50, now: () => clock }),
    now: () => clock,
    ...overrides,
  };

  return { lookUp: createLeadLookup(deps), fetchLead, hasAccess };
}

/** A promise the test settles by hand, to hold a fetch in flight. */
function deferred<T>() {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });

  return { promise, settle };
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = 5_000_000;
  settings = buildSettings();
});

describe('lead lookup before fetching', () => {
  it.each([
    ['no API key', { apiKey: '' }],
    ['no app ID', { appId: '' }],
    ['no consumer ID', { consumerId: '' }],
  ])('answers not-configured with %s, without fetching', async (_what, overrides) => {
    settings = buildSettings(overrides);
    const { lookUp, fetchLead } = setUp();
    const reply = await lookUp({ id: sf18 });

    expect(reply).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/Options/);
    expect(fetchLead).not.toHaveBeenCalled();
  });

  it('answers no-access naming the API host, without fetching', async () => {
    settings = buildSettings({ apiBaseUrl: 'http://127.0.0.1:4010/apideck' });
    const { lookUp, fetchLead } = setUp({ hasAccess: () => Promise.resolve(false) });
    const reply = await lookUp({ id: sf18 });

    expect(reply).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(reply.ok ? '' : reply.error.message).toContain('127.0.0.1:4010');
    expect(fetchLead).not.toHaveBeenCalled();
  });

  it('asks about access with the current settings', async () => {
    const { lookUp, hasAccess } = setUp();
    await lookUp({ id: sf18 });

    expect(hasAccess).toHaveBeenCalledWith(settings);
  });
});

describe('lead lookup and the cache', () => {
  it('fetches a new lead and says it was not cached', async () => {
    const { lookUp, fetchLead } = setUp();

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({
      ok: true,
      cached: false,
      fetchedAt: clock,
      service: 'salesforce',
      lead: { id: sf18, name: 'Elon Musk' },
    });
    expect(fetchLead).toHaveBeenCalledExactlyOnceWith(settings, sf18Lookup);
  });

  it('answers a repeated lookup from cache with one fetch', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += 1_000;

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({
      ok: true,
      cached: true,
      fetchedAt: clock - 1_000,
      lead: { id: sf18 },
    });
    expect(fetchLead).toHaveBeenCalledTimes(1);
  });

  it('fetches again on refresh and caches the new answer', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += 1_000;

    await expect(lookUp({ id: sf18, refresh: true })).resolves.toMatchObject({
      cached: false,
      fetchedAt: clock,
    });
    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ cached: true, fetchedAt: clock });
    expect(fetchLead).toHaveBeenCalledTimes(2);
  });

  it('takes the cache lifetime from the preference on every lookup', async () => {
    let lifetimeMs = ttlMs;
    const { lookUp, fetchLead } = setUp({ readCacheLifetimeMs: () => Promise.resolve(lifetimeMs) });
    await lookUp({ id: sf18 });
    clock += ttlMs + 1;
    lifetimeMs = 2 * ttlMs;

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ cached: true });
    expect(await lookUp({ id: sf18 })).not.toHaveProperty('stale');
    expect(fetchLead).toHaveBeenCalledTimes(1);
  });

  it('does not cache a failure', async () => {
    const error: LeadError = { code: 'server', message: 'Try again.' };
    const fetchLead = vi.fn<FetchLead>(() => Promise.resolve({ ok: false, error }));
    const { lookUp } = setUp({ fetchLead });

    await expect(lookUp({ id: sf18 })).resolves.toEqual({ ok: false, error });
    await lookUp({ id: sf18 });
    expect(fetchLead).toHaveBeenCalledTimes(2);
  });

  it('answers a restarted worker from session storage without fetching', async () => {
    await setUp().lookUp({ id: sf18 });
    const restarted = setUp();

    await expect(restarted.lookUp({ id: sf18 })).resolves.toMatchObject({
      ok: true,
      cached: true,
      lead: { id: sf18 },
    });
    expect(restarted.fetchLead).not.toHaveBeenCalled();
  });

  it('still checks the settings before answering from cache', async () => {
    const { lookUp } = setUp();
    await lookUp({ id: sf18 });
    settings = buildSettings({ apiKey: '' });

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-configured' },
    });
  });
});

describe('lead lookup with a stale entry', () => {
  it('answers at once from the stale entry and refreshes it in the background', async () => {
    const pending = deferred<LeadResult>();
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    const firstFetch = clock;
    clock += ttlMs + 1;
    fetchLead.mockImplementationOnce(() => pending.promise);

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({
      ok: true,
      cached: true,
      stale: true,
      fetchedAt: firstFetch,
    });
    expect(fetchLead).toHaveBeenLastCalledWith(settings, sf18Lookup, { background: true });
    pending.settle(answerFor(sf18));
    await vi.waitFor(async () =>
      expect(await lookUp({ id: sf18 })).toMatchObject({ cached: true, fetchedAt: clock }),
    );
    expect(fetchLead).toHaveBeenCalledTimes(2);
  });

  it('starts one background refresh however often the stale entry is asked for', async () => {
    const pending = deferred<LeadResult>();
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += ttlMs + 1;
    fetchLead.mockImplementation(() => pending.promise);
    const replies = await Promise.all([1, 2, 3, 4, 5].map(() => lookUp({ id: sf18 })));

    expect(replies.every((reply) => reply.ok && reply.stale)).toBe(true);
    expect(fetchLead).toHaveBeenCalledTimes(2);
    pending.settle(answerFor(sf18));
  });

  it('keeps the stale entry when the refresh fails for a passing reason', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += ttlMs + 1;
    fetchLead.mockResolvedValue({ ok: false, error: { code: 'server', message: 'Later.' } });
    await lookUp({ id: sf18 });
    await vi.waitFor(() => expect(fetchLead).toHaveBeenCalledTimes(2));

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ ok: true, stale: true });
  });

  it('forgets the entry when the refresh says the lead is gone', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += ttlMs + 1;
    const gone: LeadError = { code: 'not-found', message: 'No lead.', status: 404 };
    fetchLead.mockResolvedValue({ ok: false, error: gone });
    await lookUp({ id: sf18 });
    await vi.waitFor(() => expect(fetchLead).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 0));

    await expect(lookUp({ id: sf18 })).resolves.toEqual({ ok: false, error: gone });
  });

  it('fetches while the caller waits once the entry is past the stale window', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += ttlMs + staleForMs + 1;

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ cached: false });
    expect(fetchLead).toHaveBeenLastCalledWith(settings, sf18Lookup);
  });

  it('fetches while the caller waits when asked to refresh a stale entry', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf18 });
    clock += ttlMs + 1;

    await expect(lookUp({ id: sf18, refresh: true })).resolves.toMatchObject({ cached: false });
    // A refresh is the person asking again: it may pass a quota pause (the gate's rule).
    expect(fetchLead).toHaveBeenLastCalledWith(settings, sf18Lookup, { userRetry: true });
  });

  it('shows a stale entry without refreshing it when the API host is out of reach', async () => {
    const hasAccess = vi.fn(() => Promise.resolve(true));
    const { lookUp, fetchLead } = setUp({ hasAccess });
    await lookUp({ id: sf18 });
    clock += ttlMs + 1;
    hasAccess.mockResolvedValue(false);

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ ok: true, stale: true });
    expect(fetchLead).toHaveBeenCalledTimes(1);
  });
});

describe('lead lookup sharing requests in flight', () => {
  it('makes one fetch for two identical lookups at once', async () => {
    const pending = deferred<LeadResult>();
    const fetchLead = vi.fn<FetchLead>(() => pending.promise);
    const { lookUp } = setUp({ fetchLead });
    const first = lookUp({ id: sf18 });
    const second = lookUp({ id: sf18 });
    await vi.waitFor(() => expect(fetchLead).toHaveBeenCalled());
    pending.settle(answerFor(sf18));

    const replies = await Promise.all([first, second]);
    expect(replies.map((reply) => reply.ok)).toEqual([true, true]);
    expect(fetchLead).toHaveBeenCalledTimes(1);
  });

  it('shares a failure too, then fetches afresh on the next lookup', async () => {
    const pending = deferred<LeadResult>();
    const fetchLead = vi.fn<FetchLead>(() => pending.promise);
    const { lookUp } = setUp({ fetchLead });
    const both = Promise.all([lookUp({ id: sf18 }), lookUp({ id: sf18 })]);
    await vi.waitFor(() => expect(fetchLead).toHaveBeenCalled());
    pending.settle({ ok: false, error: { code: 'timeout', message: 'Slow.' } });

    expect((await both).map((reply) => reply.ok)).toEqual([false, false]);
    fetchLead.mockImplementation((_, { id }) => Promise.resolve(answerFor(id)));
    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ ok: true });
    expect(fetchLead).toHaveBeenCalledTimes(2);
  });

  it('fetches different leads separately', async () => {
    const { lookUp, fetchLead } = setUp();
    await Promise.all([lookUp({ id: sf18 }), lookUp({ id: closeId })]);

    expect(fetchLead).toHaveBeenCalledTimes(2);
  });
});

describe('lead lookup choosing id and service', () => {
  it('shares one entry between the 15- and 18-character Salesforce ids', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf15 });

    await expect(lookUp({ id: sf18 })).resolves.toMatchObject({ cached: true });
    await expect(lookUp({ id: sf15 })).resolves.toMatchObject({ cached: true });
    expect(fetchLead).toHaveBeenCalledExactlyOnceWith(settings, sf18Lookup);
  });

  it.each([
    ['a Salesforce lead id', sf18, 'salesforce'],
    ['a Close lead id', closeId, 'close'],
    ['a Salesforce id with spaces around it', `  ${sf18}\n`, 'salesforce'],
  ])('infers the service from %s', async (_what, id, service) => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id });

    expect(fetchLead).toHaveBeenCalledWith(settings, { id: id.trim(), service });
  });

  it.each([
    ['a number', '12345'],
    ['a UUID', 'adf21080-0e10-11eb-879b-05d71fb426ec'],
    ['text around a Salesforce id', `see ${sf18}`],
    ['a Salesforce id with a bad checksum', '00QB0000000ybNXAAA'],
  ])('infers no service from %s', async (_what, id) => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id });

    expect(fetchLead).toHaveBeenCalledWith(settings, { id, service: undefined });
  });

  it('lets the requested service override the inferred one', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf15, service: 'pipedrive' });

    expect(fetchLead).toHaveBeenCalledWith(settings, { id: sf15, service: 'pipedrive' });
  });

  it('lets a pinned service override both', async () => {
    settings = buildSettings({ serviceId: 'hubspot' });
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf15, service: 'pipedrive' });

    expect(fetchLead).toHaveBeenCalledWith(settings, { id: sf15, service: 'hubspot' });
  });

  it('turns a 15-character id into its 18-character form when Salesforce is pinned', async () => {
    settings = buildSettings({ serviceId: 'salesforce' });
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: sf15 });

    expect(fetchLead).toHaveBeenCalledWith(settings, sf18Lookup);
  });

  it('looks up a 15-character id that is not base-62 as typed when Salesforce is pinned', async () => {
    settings = buildSettings({ serviceId: 'salesforce' });
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: 'ada@example.com' });

    expect(fetchLead).toHaveBeenCalledWith(settings, {
      id: 'ada@example.com',
      service: 'salesforce',
    });
  });

  it('keeps the same id under different services apart', async () => {
    const { lookUp, fetchLead } = setUp();
    await lookUp({ id: '42', service: 'pipedrive' });

    await expect(lookUp({ id: '42', service: 'close' })).resolves.toMatchObject({ cached: false });
    expect(fetchLead).toHaveBeenCalledTimes(2);
  });
});
