import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { LeadCache } from '../../lib/background/lead-cache';
import { createPageHandlers, forgetTab } from '../../lib/background/page-handlers';
import { defaultPreferences, PreferencesSchema } from '../../lib/preferences';
import { readPreferences } from '../../lib/preferences-store';

const tabSender = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id } as never });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('preferences', () => {
  it('reads defaults before anything is saved, and what was saved after', async () => {
    const handlers = createPageHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
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
    const handlers = createPageHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
    await handlers.reportDetections(
      { type: 'reportDetections', count, references: [], paused: false },
      tabSender(4),
    );

    await expect(fakeBrowser.action.getBadgeText({ tabId: 4 })).resolves.toBe(text);
  });
});

describe('leads on a tab', () => {
  const reference = { id: '00QB0000000ybNXMAY', service: 'salesforce', source: 'text' as const };

  it('answers what the tab reported, and nothing for a tab that never did', async () => {
    const handlers = createPageHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
    await handlers.reportDetections(
      { type: 'reportDetections', count: 1, references: [reference], paused: true },
      tabSender(9),
    );

    await expect(handlers.getTabLeads({ type: 'getTabLeads', tabId: 9 }, {})).resolves.toEqual({
      ok: true,
      reported: true,
      count: 1,
      references: [reference],
      paused: true,
    });
    await expect(handlers.getTabLeads({ type: 'getTabLeads', tabId: 10 }, {})).resolves.toEqual(
      expect.objectContaining({ reported: false, references: [] }),
    );
  });

  it('ignores reports from subframes and forgets a tab', async () => {
    const handlers = createPageHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
    const frame = { ...tabSender(3), frameId: 2 };
    await handlers.reportDetections(
      { type: 'reportDetections', count: 1, references: [reference], paused: false },
      frame,
    );
    const before = await handlers.getTabLeads({ type: 'getTabLeads', tabId: 3 }, {});

    expect(before).toMatchObject({ reported: false });
    await handlers.reportDetections(
      { type: 'reportDetections', count: 1, references: [reference], paused: false },
      tabSender(3),
    );
    await forgetTab(3);
    await expect(
      handlers.getTabLeads({ type: 'getTabLeads', tabId: 3 }, {}),
    ).resolves.toMatchObject({ reported: false });
  });
});

describe('loadCardKit', () => {
  const handlers = () => createPageHandlers(new LeadCache({ ttlMs: 1, maxEntries: 1 }));
  const message = { type: 'loadCardKit' } as const;
  const frameSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 3 };

  it('injects the card kit into the very tab and frame that asked', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);

    await expect(handlers().loadCardKit(message, frameSender)).resolves.toEqual({ ok: true });
    expect(execute).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/card-kit.js'],
    });
  });

  it('injects nothing for a sender without a tab, and says so', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    const reply = await handlers().loadCardKit(message, { id: fakeBrowser.runtime.id });

    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(execute).not.toHaveBeenCalled();
  });

  it('answers with an error, never nothing, when the injection fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No access'));
    const reply = await handlers().loadCardKit(message, frameSender);

    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
