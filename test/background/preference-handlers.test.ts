import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { LeadCache } from '../../lib/background/lead-cache';
import { createPreferenceHandlers } from '../../lib/background/preference-handlers';
import { defaultPreferences, PreferencesSchema } from '../../lib/preferences';
import { readPreferences } from '../../lib/preferences-store';

const tabSender = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id } as never });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('preferences', () => {
  it('reads defaults before anything is saved, and what was saved after', async () => {
    const handlers = createPreferenceHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
    const changed = { ...defaultPreferences, hoverDelayMs: 600 };

    await expect(handlers.getPreferences({ type: 'getPreferences' }, {})).resolves.toEqual({
      ok: true,
      preferences: defaultPreferences,
    });
    await handlers.savePreferences({ type: 'savePreferences', preferences: changed }, {});
    await expect(readPreferences()).resolves.toEqual(changed);
  });

  it.each([
    ['a hover delay out of range', { hoverDelayMs: 5 }, { hoverDelayMs: 350 }],
    ['a cache shorter than five minutes', { cacheMinutes: 1 }, { cacheMinutes: 10 }],
    [
      'a family flag that is not a boolean',
      { families: { close: 'no' } },
      { families: { close: true } },
    ],
  ])('reads %s as the default', async (_label, stored, expected) => {
    await fakeBrowser.storage.local.set({ preferences: stored });

    await expect(readPreferences()).resolves.toMatchObject(expected);
  });

  it('rejects a custom pattern without a valid service ID', () => {
    const result = PreferencesSchema.safeParse({
      customPatterns: [{ pattern: '(\\d+)', service: 'Not A Service' }],
    });

    expect(result.success).toBe(false);
  });
});

describe('toolbar badge', () => {
  it.each([
    [0, ''],
    [7, '7'],
    [1200, '999+'],
  ])('shows %i detections as %j on the reporting tab', async (count, text) => {
    const handlers = createPreferenceHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
    await handlers.reportDetections({ type: 'reportDetections', count }, tabSender(4));

    await expect(fakeBrowser.action.getBadgeText({ tabId: 4 })).resolves.toBe(text);
  });
});
