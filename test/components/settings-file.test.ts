import { describe, expect, it } from 'vitest';

import { buildSettingsFile, readSettingsFile } from '@/components/options/settings-file';
import { t } from '@/lib/i18n';
import { defaultPreferences } from '@/lib/preferences';
import { defaultSettings, toPublicSettings } from '@/lib/settings';

const exported = buildSettingsFile(
  toPublicSettings({ ...defaultSettings, apiKey: 'secret-key', appId: 'app' }),
  defaultPreferences,
);

describe('settings file', () => {
  it('leaves the key out and reads back what it wrote', () => {
    expect(exported).not.toContain('secret-key');
    const read = readSettingsFile(exported);

    expect(read).toMatchObject({ ok: true, file: { settings: { appId: 'app' } } });
  });

  it.each([
    ['not JSON', 'nope', 'not JSON'],
    ['a bad base URL', { settings: { apiBaseUrl: 'ftp://x' } }, 'settings.apiBaseUrl'],
    ['an API key', { settings: { apiKey: 'k' } }, 'settings'],
    ['a too short hover delay', { preferences: { hoverDelayMs: 5 } }, 'preferences.hoverDelayMs'],
    [
      'a pattern without a capture group',
      { preferences: { customPatterns: [{ pattern: 'LEAD-\\d+', service: 'close' }] } },
      'preferences.customPatterns.0',
    ],
  ])('refuses a file with %s and says where', (_what, change: unknown, where) => {
    const base: { settings: object; preferences: object } = JSON.parse(exported);
    const patch = typeof change === 'object' && change !== null ? change : {};
    const part = (key: string): object => Reflect.get(patch, key) ?? {};
    const text =
      typeof change === 'string'
        ? change
        : JSON.stringify({
            ...base,
            settings: { ...base.settings, ...part('settings') },
            preferences: { ...base.preferences, ...part('preferences') },
          });
    const read = readSettingsFile(text);

    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problems.join('\n')).toContain(where);
  });

  it('gives one reason per refused pattern, the pattern check’s own', () => {
    const base = JSON.parse(exported);
    const customPatterns = [
      { pattern: '(a+)+b', service: 'close' },
      { pattern: 'LEAD-(\\d{6})', service: 'Not A Service' },
    ];
    const read = readSettingsFile(
      JSON.stringify({ ...base, preferences: { ...base.preferences, customPatterns } }),
    );

    expect(read.ok ? [] : read.problems).toEqual([
      `preferences.customPatterns.0.pattern: ${t('patternNestedRepeat')}`,
      'preferences.customPatterns.1.service: is not valid',
    ]);
  });

  it('names each problem in the catalogue’s words, keeping the checks’ own sentences', () => {
    const base = JSON.parse(exported);
    const read = readSettingsFile(
      JSON.stringify({
        ...base,
        settings: { ...base.settings, appId: 5, apiBaseUrl: 'ftp://x' },
        preferences: { hoverDelayMs: 5, cacheMinutes: 99_999, colour: 'red' },
      }),
    );

    expect(read.ok ? [] : read.problems).toEqual([
      'settings.appId: has the wrong kind of value',
      `settings.apiBaseUrl: ${t('settingsBaseUrlShape')}`,
      'preferences.hoverDelayMs: must be at least 100',
      'preferences.cacheMinutes: must be at most 1440',
      'preferences.keyForSessionOnly: is missing',
      'preferences.families: is missing',
      'preferences.customPatterns: is missing',
      'preferences: has fields Lead Viewer does not know: colour',
    ]);
  });
});
