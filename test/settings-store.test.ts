import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { defaultPreferences } from '../lib/preferences';
import { readPreferences } from '../lib/preferences-store';
import { defaultSettings } from '../lib/settings';
import { readSettings, writeSettings } from '../lib/settings-store';
import { buildSettings } from './support/settings';

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing is stored', async () => {
    await expect(readSettings()).resolves.toEqual(defaultSettings);
  });

  it('reads back what it wrote', async () => {
    const settings = buildSettings({ serviceId: 'pipedrive', apiBaseUrl: 'https://proxy.example' });
    await writeSettings(settings);

    await expect(readSettings()).resolves.toEqual(settings);
  });

  it('writes to storage.local under "settings"', async () => {
    const settings = buildSettings();
    await writeSettings(settings);

    await expect(fakeBrowser.storage.local.get('settings')).resolves.toEqual({ settings });
  });

  it('writes an import’s preferences in the same call, so a failure leaves both old', async () => {
    const preferences = { ...defaultPreferences, hoverDelayMs: 900 };
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('full'));

    await expect(writeSettings(buildSettings({ appId: 'new' }), preferences)).rejects.toThrow();
    await expect(fakeBrowser.storage.local.get(null)).resolves.toEqual({});

    await writeSettings(buildSettings({ appId: 'new' }), preferences);
    expect(set).toHaveBeenCalledTimes(2);
    await expect(readPreferences()).resolves.toEqual(preferences);
    await expect(readSettings()).resolves.toMatchObject({ appId: 'new' });
  });

  it('never writes to storage.sync', async () => {
    await writeSettings(buildSettings());
    await writeSettings(buildSettings({ apiKey: 'second-key' }));

    await expect(fakeBrowser.storage.sync.get(null)).resolves.toEqual({});
  });

  it.each([
    ['a string', 'x'],
    ['a number', 5],
    ['an array', [1, 2]],
    ['a bad base URL', { ...buildSettings(), apiBaseUrl: 'ftp://x' }],
    ['a key that is not a string', { ...buildSettings(), apiKey: 42 }],
  ])('reads a record that is %s as the defaults', async (_what, damaged) => {
    await fakeBrowser.storage.local.set({ settings: damaged });

    await expect(readSettings()).resolves.toEqual(defaultSettings);
  });

  it('fills fields an older record lacks with their defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { apiKey: 'k', appId: 'a' } });

    await expect(readSettings()).resolves.toEqual({ ...defaultSettings, apiKey: 'k', appId: 'a' });
  });

  it('normalises a stored record the way the options form would', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...buildSettings(), serviceId: ' Close ', apiBaseUrl: 'https://p.example/' },
    });

    await expect(readSettings()).resolves.toMatchObject({
      serviceId: 'close',
      apiBaseUrl: 'https://p.example',
    });
  });
});

describe('settings store, key kept for this browser session only', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ preferences: { keyForSessionOnly: true } });
    fakeBrowser.storage.session.setAccessLevel = vi.fn(async () => undefined);
  });

  it('keeps the key out of storage.local and in storage.session', async () => {
    const settings = buildSettings({ apiKey: 'session-key' });
    await writeSettings(settings);

    const local = await fakeBrowser.storage.local.get('settings');
    expect(local).toEqual({ settings: { ...settings, apiKey: '' } });
    await expect(fakeBrowser.storage.session.get('apiKey')).resolves.toEqual({
      apiKey: 'session-key',
    });
    await expect(readSettings()).resolves.toEqual(settings);
    expect(fakeBrowser.storage.session.setAccessLevel).toHaveBeenCalledWith({
      accessLevel: 'TRUSTED_CONTEXTS',
    });
  });

  it('forgets the key when the session ends', async () => {
    await writeSettings(buildSettings({ apiKey: 'session-key' }));
    await fakeBrowser.storage.session.clear();

    await expect(readSettings()).resolves.toMatchObject({ apiKey: '' });
  });

  it('moves the key back to storage.local when the option is turned off', async () => {
    await writeSettings(buildSettings({ apiKey: 'session-key' }));
    await fakeBrowser.storage.local.set({ preferences: { keyForSessionOnly: false } });
    await writeSettings(await readSettings());

    await expect(fakeBrowser.storage.session.get(null)).resolves.toEqual({});
    const local = await fakeBrowser.storage.local.get('settings');
    expect(local).toMatchObject({ settings: { apiKey: 'session-key' } });
  });

  it('removes the session key when the key is removed', async () => {
    await writeSettings(buildSettings({ apiKey: 'session-key' }));
    await writeSettings(buildSettings({ apiKey: '' }));

    await expect(readSettings()).resolves.toMatchObject({ apiKey: '' });
  });
});
