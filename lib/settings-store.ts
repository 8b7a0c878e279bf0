import { browser } from 'wxt/browser';

import { logger } from './logger';
import type { Preferences } from './preferences';
import { preferencesKey, readPreferences } from './preferences-store';
import { defaultSettings, type Settings, SettingsSchema } from './settings';
import { z } from './zod';

const storageKey = 'settings';
const sessionKeyName = 'apiKey';
const SessionKeySchema = z.string().min(1).max(512);

/** The key kept for this browser session only, if any. */
async function readSessionKey(): Promise<string | null> {
  const stored = await browser.storage.session.get(sessionKeyName);
  const parsed = SessionKeySchema.safeParse(stored[sessionKeyName]);

  return parsed.success ? parsed.data : null;
}

/**
 * Reads the stored settings; a damaged record reads as defaults rather than failing. A key
 * kept for the session only takes the place of the (then empty) stored one.
 */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(storageKey);
  const parsed = SettingsSchema.safeParse(stored[storageKey] ?? {});
  const settings = parsed.success ? parsed.data : defaultSettings;
  const sessionKey = await readSessionKey();

  return sessionKey === null ? settings : { ...settings, apiKey: sessionKey };
}

/** Session storage is closed to content scripts by default; say so where the API exists. */
async function lockSessionStorage(): Promise<void> {
  try {
    await browser.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    // Firefox has no setAccessLevel: its session storage is never open to content scripts.
    logger.debug('Session storage access level left as is', error);
  }
}

/**
 * Writes to `storage.local` only: the key must never travel through `storage.sync`. With
 * "keep the key only until the browser closes", the key goes to `storage.session` instead.
 * Preferences given with the settings (an import) go in the same `storage.local` call, so a
 * failure leaves the old settings and preferences both in place.
 */
export async function writeSettings(settings: Settings, preferences?: Preferences): Promise<void> {
  const { keyForSessionOnly } = preferences ?? (await readPreferences());
  const alongside: Record<string, Preferences> =
    preferences === undefined ? {} : { [preferencesKey]: preferences };
  if (!keyForSessionOnly) {
    const records: Record<string, Settings | Preferences> = { [storageKey]: settings };
    await browser.storage.local.set({ ...records, ...alongside });
    await browser.storage.session.remove(sessionKeyName);

    return;
  }

  await lockSessionStorage();
  if (settings.apiKey === '') {
    await browser.storage.session.remove(sessionKeyName);
  } else {
    await browser.storage.session.set({ [sessionKeyName]: settings.apiKey });
  }
  const records: Record<string, Settings | Preferences> = {
    [storageKey]: { ...settings, apiKey: '' },
  };
  await browser.storage.local.set({ ...records, ...alongside });
}
