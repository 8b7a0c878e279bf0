import { browser } from 'wxt/browser';

import { defaultPreferences, type Preferences, PreferencesSchema } from './preferences';

export const preferencesKey = 'preferences';

/** Reads the stored preferences; a damaged record reads as defaults rather than failing. */
export async function readPreferences(): Promise<Preferences> {
  const stored = await browser.storage.local.get(preferencesKey);
  const parsed = PreferencesSchema.safeParse(stored[preferencesKey] ?? {});

  return parsed.success ? parsed.data : defaultPreferences;
}

export async function writePreferences(preferences: Preferences): Promise<void> {
  await browser.storage.local.set({ [preferencesKey]: preferences });
}
