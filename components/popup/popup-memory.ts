import { browser } from 'wxt/browser';

import { serviceIdPattern } from '@/lib/service-id';
import { z } from '@/lib/zod';

const serviceId = z.string().regex(serviceIdPattern);
const LastQuerySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lookup'),
    id: z.string().min(1).max(200),
    service: serviceId.optional(),
    recordUrl: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .optional(),
  }),
  z.object({
    kind: z.literal('search'),
    field: z.enum(['name', 'email', 'phone_number']),
    query: z.string().min(1).max(200),
  }),
]);
const RecentSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(300).nullable(),
  service: serviceId.optional(),
});
const MemorySchema = z.object({
  lastQuery: LastQuerySchema.nullable().catch(null).default(null),
  recent: z.array(RecentSchema).max(50).catch([]).default([]),
});

export type LastQuery = z.infer<typeof LastQuerySchema>;
export type RecentLookup = z.infer<typeof RecentSchema>;
export type PopupMemory = z.infer<typeof MemorySchema>;

const storageKey = 'popupMemory';
const maxRecent = 8;
const empty: PopupMemory = { lastQuery: null, recent: [] };

/** What the popup remembers for this browser session: forgotten when the browser closes. */
export async function readMemory(): Promise<PopupMemory> {
  try {
    const stored = await browser.storage.session.get(storageKey);
    const parsed = MemorySchema.safeParse(stored[storageKey] ?? {});

    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

async function update(change: (memory: PopupMemory) => PopupMemory): Promise<void> {
  try {
    const next = change(await readMemory());
    await browser.storage.session.set({ [storageKey]: next });
  } catch {
    // Remembering is a convenience; a popup without session storage still works.
  }
}

export async function rememberQuery(lastQuery: LastQuery): Promise<void> {
  await update((memory) => ({ ...memory, lastQuery }));
}

/** Newest first, one entry per lead. */
export async function rememberLookup(entry: RecentLookup): Promise<void> {
  await update((memory) => ({
    ...memory,
    recent: [entry, ...memory.recent.filter((item) => item.id !== entry.id)].slice(0, maxRecent),
  }));
}
