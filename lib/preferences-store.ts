import { browser } from 'wxt/browser';

import { defaultPreferences, type Preferences, PreferencesSchema } from './preferences';

const storageKey = 'preferences';

/** Reads the stored preferences; a damaged record reads as defaults rather than failing. */
export async function readPreferences(): Promise<Preferences> {
  const stored = await browser.storage.local.get(storageKey);
  const parsed = PreferencesSchema.safeParse(stored[storageKey] ?? {});

  return parsed.success ? parsed.data : defaultPreferences;
}

export async function writePreferences(preferences: Preferences): Promise<void> {
  await browser.storage.local.set({ [storageKey]: preferences });
}
