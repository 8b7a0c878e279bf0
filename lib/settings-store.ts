import { browser } from 'wxt/browser';

import { defaultSettings, type Settings, SettingsSchema } from './settings';

const storageKey = 'settings';

/** Reads the stored settings; a damaged record reads as defaults rather than failing. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(storageKey);
  const parsed = SettingsSchema.safeParse(stored[storageKey] ?? {});

  return parsed.success ? parsed.data : defaultSettings;
}

/** Writes to `storage.local` only: the key must never travel through `storage.sync`. */
export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [storageKey]: settings });
}
