import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { LeadCache } from '../../lib/background/lead-cache';
import { leadEnvelope } from '../support/fixtures';
import { storedFixture, storedLeadWithId } from '../support/leads';

const ttlMs = 60_000;
let clock = 0;
const now = () => clock;
const newCache = (maxEntries = 10) => new LeadCache({ ttlMs, maxEntries, now });

async function put(cache: LeadCache, key: string) {
  const { entry, body } = storedLeadWithId(key, clock);
  await cache.set(key, entry, body);

  return entry;
}

async function sessionKeys(): Promise<string[]> {
  const keys = Object.keys(await fakeBrowser.storage.session.get(null));

  return keys.filter((key) => key.startsWith('lead:')).sort();
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_000_000;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LeadCache in memory', () => {
  it('misses a key it never saw', async () => {
    await expect(newCache().get('salesforce|x')).resolves.toBeUndefined();
  });

  it('answers with what was set', async () => {
    const cache = newCache();
    const { entry, body } = storedFixture('lead-full', clock);
    await cache.set('zoho-crm|12345', entry, body);

    await expect(cache.get('zoho-crm|12345')).resolves.toEqual(entry);
  });

  it('keeps an entry up to its TTL and drops it after', async () => {
    const cache = newCache();
    await put(cache, 'a');

    clock += ttlMs;
    await expect(cache.get('a')).resolves.toBeDefined();
    clock += 1;
    await expect(cache.get('a')).resolves.toBeUndefined();
  });

  it('replaces an entry set again under the same key', async () => {
    const cache = newCache();
    await put(cache, 'a');
    const { entry, body } = storedFixture('lead-minimal', clock);
    await cache.set('a', entry, body);

    await expect(cache.get('a')).resolves.toMatchObject({ lead: { name: 'Jane Doe Lead' } });
  });
});

describe('LeadCache session copy', () => {
  it('mirrors each entry with its body to storage.session', async () => {
    const { entry, body } = storedFixture('lead-many-nulls', clock);
    await newCache().set('salesforce|00QB0000000ybNXMAY', entry, body);

    await expect(fakeBrowser.storage.session.get(null)).resolves.toEqual({
      'lead:salesforce|00QB0000000ybNXMAY': { id: '00QB0000000ybNXMAY', fetchedAt: clock, body },
      'lead-index': ['salesforce|00QB0000000ybNXMAY'],
    });
  });

  it('answers a restarted worker from the session copy', async () => {
    const { entry, body } = storedFixture('lead-full', clock);
    await newCache().set('zoho-crm|12345', entry, body);

    await expect(newCache().get('zoho-crm|12345')).resolves.toEqual(entry);
  });

  it('keeps the requested id for a session body whose lead has none', async () => {
    const { entry, body } = storedLeadWithId('lead-7', clock);
    await newCache().set('k', entry, body);
    const data = { ...(body.data as Record<string, unknown>) };
    delete data.id;
    await fakeBrowser.storage.session.set({
      'lead:k': { id: 'lead-7', fetchedAt: clock, body: leadEnvelope(data) },
    });

    await expect(newCache().get('k')).resolves.toMatchObject({ lead: { id: 'lead-7' } });
  });

  it('applies the TTL to a session copy too', async () => {
    await put(newCache(), 'a');
    clock += ttlMs + 1;

    await expect(newCache().get('a')).resolves.toBeUndefined();
  });

  it.each([
    ['a body that is not a lead', { id: 'a', fetchedAt: 1_000_000, body: { data: [] } }],
    [
      'a body with a numeric name',
      {
        id: 'a',
        fetchedAt: 1_000_000,
        body: leadEnvelope({ id: 'a', name: 42 }),
      },
    ],
    ['no body', { id: 'a', fetchedAt: 1_000_000 }],
    ['a fetchedAt that is a string', { id: 'a', fetchedAt: 'now', body: leadEnvelope({}) }],
    ['a string', 'tampered'],
    ['an array', [1, 2, 3]],
  ])('misses, without throwing, on a session record with %s', async (_what, record) => {
    await fakeBrowser.storage.session.set({ 'lead:a': record });

    await expect(newCache().get('a')).resolves.toBeUndefined();
  });

  it('re-validates the session body rather than trusting stored fields', async () => {
    await put(newCache(), 'a');
    const record = { id: 'a', fetchedAt: clock, body: leadEnvelope({ id: 'a', name: 'Real' }) };
    await fakeBrowser.storage.session.set({ 'lead:a': { ...record, lead: { name: 'Forged' } } });

    await expect(newCache().get('a')).resolves.toMatchObject({ lead: { name: 'Real' } });
  });

  it('still works from memory when session storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    const cache = newCache();
    const entry = await put(cache, 'a');

    await expect(cache.get('a')).resolves.toEqual(entry);
    await expect(cache.get('b')).resolves.toBeUndefined();
  });
});

describe('LeadCache eviction', () => {
  it('evicts the oldest entry beyond maxEntries, from session storage too', async () => {
    const cache = newCache(2);
    for (const key of ['a', 'b', 'c']) {
      await put(cache, key);
    }

    await expect(cache.get('a')).resolves.toBeUndefined();
    await expect(cache.get('c')).resolves.toBeDefined();
    await expect(sessionKeys()).resolves.toEqual(['lead:b', 'lead:c']);
    await expect(newCache(2).get('a')).resolves.toBeUndefined();
  });

  it('evicts the least recently read, not the first written', async () => {
    const cache = newCache(2);
    await put(cache, 'a');
    await put(cache, 'b');
    await cache.get('a');
    await put(cache, 'c');

    await expect(cache.get('a')).resolves.toBeDefined();
    await expect(cache.get('b')).resolves.toBeUndefined();
    await expect(sessionKeys()).resolves.toEqual(['lead:a', 'lead:c']);
  });

  it('keeps session storage within maxEntries across a worker restart', async () => {
    const before = newCache(2);
    await put(before, 'a');
    await put(before, 'b');
    const restarted = newCache(2);
    await put(restarted, 'c');
    await put(restarted, 'd');

    const leadKeys = (await sessionKeys()).filter((key) => key.startsWith('lead:'));
    expect(leadKeys).toEqual(['lead:c', 'lead:d']);
  });
});

describe('LeadCache.clear', () => {
  it('forgets every lead in memory and in session storage, and nothing else', async () => {
    const cache = newCache();
    await put(cache, 'a');
    await put(cache, 'b');
    await fakeBrowser.storage.session.set({ unrelated: 1 });
    await cache.clear();

    await expect(cache.get('a')).resolves.toBeUndefined();
    await expect(newCache().get('b')).resolves.toBeUndefined();
    await expect(fakeBrowser.storage.session.get(null)).resolves.toEqual({ unrelated: 1 });
  });

  it('does not throw when session storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));

    await expect(newCache().clear()).resolves.toBeUndefined();
  });
});
