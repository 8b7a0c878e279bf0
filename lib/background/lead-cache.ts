import { browser } from 'wxt/browser';

import { parseLeadResponse } from '../lead/parse';
import type { LeadFound } from '../messages/contract';
import { z } from '../zod';

export type CachedLead = Omit<LeadFound, 'cached' | 'stale'>;

export interface LeadCacheOptions {
  maxEntries: number;
  /** The age past which `get` misses when the caller names none; no limit by default. */
  ttlMs?: number;
  now?: () => number;
}

const prefix = 'lead:';
const indexKey = 'lead-index';
// The session copy keeps the API's own body, so a read goes through the same lead schema.
const SessionEntry = z.object({ id: z.string(), fetchedAt: z.number(), body: z.unknown() });
const SessionIndex = z.array(z.string()).catch([]);

/**
 * Leads by service and ID, in memory and mirrored to `storage.session`, so a service worker
 * that the browser stopped while idle still answers from cache after it restarts. The keys'
 * least-recently-used order is mirrored too, so a restarted worker still evicts the oldest.
 */
export class LeadCache {
  private readonly memory = new Map<string, CachedLead>();
  private order: Promise<Set<string>> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: LeadCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The entry under `key` unless older than `maxAgeMs`; the caller judges freshness. */
  async get(
    key: string,
    maxAgeMs = this.options.ttlMs ?? Infinity,
  ): Promise<CachedLead | undefined> {
    const entry = this.memory.get(key) ?? (await this.readSession(key));
    if (!entry || this.now() - entry.fetchedAt > maxAgeMs) {
      return undefined;
    }

    await this.touch(key);

    return entry;
  }

  async set(key: string, entry: CachedLead, body: unknown): Promise<void> {
    this.memory.set(key, entry);
    const evicted = await this.touch(key);
    const record = { id: entry.lead.id, fetchedAt: entry.fetchedAt, body };
    const order = [...(await this.loadOrder())];
    await this.writeSession({ [prefix + key]: record, [indexKey]: order }, evicted);
  }

  /** Forgets one entry (e.g. a lead the CRM no longer has). */
  async delete(key: string): Promise<void> {
    this.memory.delete(key);
    const order = await this.loadOrder();
    order.delete(key);
    await this.writeSession({ [indexKey]: [...order] }, [prefix + key]);
  }

  async clear(): Promise<void> {
    this.memory.clear();
    (await this.loadOrder()).clear();
    try {
      const keys = Object.keys(await browser.storage.session.get(null));
      await browser.storage.session.remove(
        keys.filter((key) => key.startsWith(prefix) || key === indexKey),
      );
    } catch {
      // Nothing was mirrored if session storage is unavailable.
    }
  }

  /** Marks a key as just used; returns the session keys of entries evicted to make room. */
  private async touch(key: string): Promise<string[]> {
    const order = await this.loadOrder();
    order.delete(key);
    order.add(key);
    const evicted = [...order].slice(0, Math.max(0, order.size - this.options.maxEntries));
    for (const old of evicted) {
      order.delete(old);
      this.memory.delete(old);
    }

    return evicted.map((old) => prefix + old);
  }

  private loadOrder(): Promise<Set<string>> {
    this.order ??= browser.storage.session
      .get(indexKey)
      .then((stored) => new Set(SessionIndex.parse(stored[indexKey])))
      .catch(() => new Set<string>());

    return this.order;
  }

  private async readSession(key: string): Promise<CachedLead | undefined> {
    try {
      const stored = await browser.storage.session.get(prefix + key);
      const record = SessionEntry.safeParse(stored[prefix + key]);
      const parsed = record.success ? parseLeadResponse(record.data.body, record.data.id) : null;
      if (!record.success || !parsed) {
        return undefined;
      }

      const entry = { ...parsed, fetchedAt: record.data.fetchedAt };
      this.memory.set(key, entry);

      return entry;
    } catch {
      return undefined;
    }
  }

  private async writeSession(items: Record<string, unknown>, stale: string[]): Promise<void> {
    try {
      await browser.storage.session.set(items);
      if (stale.length > 0) {
        await browser.storage.session.remove(stale);
      }
    } catch {
      // Session storage is a convenience; a full or missing area only costs a refetch.
    }
  }
}
