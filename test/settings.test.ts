import { describe, expect, it } from 'vitest';

import {
  defaultApiBaseUrl,
  defaultSettings,
  isConfigured,
  type Settings,
  toPublicSettings,
  validateSettings,
} from '../lib/settings';
import { buildSettings, testApiKey } from './support/settings';

function validSettings(input: unknown): Settings {
  const result = validateSettings(input);
  if (!result.ok) {
    throw new Error(`Rejected: ${JSON.stringify(result.fieldErrors)}`);
  }

  return result.settings;
}

function fieldErrorsOf(input: unknown) {
  const result = validateSettings(input);
  if (result.ok) {
    throw new Error(`Accepted: ${JSON.stringify(result.settings)}`);
  }

  return result.fieldErrors;
}

describe('validateSettings', () => {
  it('trims every field', () => {
    const settings = validSettings({
      apiKey: '  key \t',
      appId: ' app ',
      consumerId: '\nconsumer ',
      serviceId: ' salesforce ',
      apiBaseUrl: '  https://proxy.example  ',
    });

    expect(settings).toEqual({
      apiKey: 'key',
      appId: 'app',
      consumerId: 'consumer',
      serviceId: 'salesforce',
      apiBaseUrl: 'https://proxy.example',
    });
  });

  it('fills everything missing with the defaults', () => {
    expect(validSettings({})).toEqual(defaultSettings);
    expect(defaultSettings).toEqual({
      apiKey: '',
      appId: '',
      consumerId: '',
      serviceId: '',
      apiBaseUrl: defaultApiBaseUrl,
    });
  });

  it.each(['', '   '])('reads the base URL %j as the default', (apiBaseUrl) => {
    expect(validSettings({ apiBaseUrl }).apiBaseUrl).toBe('https://unify.apideck.com');
  });

  it.each([
    ['https://proxy.example/', 'https://proxy.example'],
    ['https://proxy.example///', 'https://proxy.example'],
    ['http://127.0.0.1:4010/apideck/', 'http://127.0.0.1:4010/apideck'],
  ])('removes trailing slashes from %s', (apiBaseUrl, expected) => {
    expect(validSettings({ apiBaseUrl }).apiBaseUrl).toBe(expected);
  });

  it.each(['ftp://x', 'javascript:alert(1)', 'not a url', 'https://', 'https:///', 'file:///etc'])(
    'rejects the base URL %j with a sentence next to apiBaseUrl',
    (apiBaseUrl) => {
      const errors = fieldErrorsOf({ apiBaseUrl });

      expect(errors.apiBaseUrl).toMatch(/^The API base URL must start with https:\/\//);
      expect(Object.keys(errors)).toEqual(['apiBaseUrl']);
    },
  );

  // The lead path is appended to the base URL: '?x=1' or '#x' would swallow it.
  it.each(['https://p.example/api?x=1', 'https://p.example#x', 'https://user:pw@p.example'])(
    'rejects the base URL %j, which would break the lead path',
    (apiBaseUrl) => {
      expect(fieldErrorsOf({ apiBaseUrl }).apiBaseUrl).toMatch(/without \?, # or a user name/);
    },
  );

  it.each([
    ['appId', 'app\nid', 'The app ID'],
    ['appId', 'app\rid', 'The app ID'],
    ['consumerId', 'con\u0000sumer', 'The consumer ID'],
    ['apiKey', 'key\nX-Evil: 1', 'The API key'],
  ] as const)('rejects a line break inside %s', (field, value, label) => {
    expect(fieldErrorsOf({ [field]: value })[field]).toBe(`${label} cannot contain line breaks.`);
  });

  it.each([
    ['consumerId', 'bjørn-😀', 'The consumer ID'],
    ['appId', 'app\u0007id', 'The app ID'],
    ['apiKey', 'ключ', 'The API key'],
  ] as const)('rejects %s %j, which no browser can send as a header', (field, value, label) => {
    expect(fieldErrorsOf({ [field]: value })[field]).toBe(
      `${label} can only contain Latin letters, digits and punctuation.`,
    );
  });

  it('accepts Latin-1 letters in a header value', () => {
    expect(validSettings({ consumerId: 'bjørn' }).consumerId).toBe('bjørn');
  });

  it('rejects a header value longer than 512 characters', () => {
    expect(fieldErrorsOf({ appId: 'a'.repeat(513) }).appId).toMatch(/too long/);
    expect(validSettings({ appId: 'a'.repeat(512) }).appId).toHaveLength(512);
  });

  it.each([
    ['Salesforce', 'salesforce'],
    ['ZOHO-CRM', 'zoho-crm'],
    ['', ''],
  ])('lowers the service ID %j', (serviceId, expected) => {
    expect(validSettings({ serviceId }).serviceId).toBe(expected);
  });

  it.each(['Sales Force', '-close', 'zoho_crm', 'a'.repeat(65)])(
    'rejects the service ID %j',
    (serviceId) => {
      expect(fieldErrorsOf({ serviceId }).serviceId).toMatch(/service ID looks like/);
    },
  );

  it('reports each bad field once, next to that field', () => {
    const errors = fieldErrorsOf({ apiBaseUrl: 'ftp://x', serviceId: 'Sales Force', appId: 5 });

    expect(Object.keys(errors).sort()).toEqual(['apiBaseUrl', 'appId', 'serviceId']);
  });
});

describe('isConfigured', () => {
  const custom = 'https://proxy.example';

  it.each([
    ['a key, app ID and consumer ID', {}, true],
    ['no key against the default base URL', { apiKey: '' }, false],
    ['no key against a custom base URL (a proxy)', { apiKey: '', apiBaseUrl: custom }, true],
    ['no app ID', { appId: '' }, false],
    ['no consumer ID', { consumerId: '' }, false],
    ['no app ID against a custom base URL', { appId: '', apiBaseUrl: custom }, false],
    ['no consumer ID against a custom base URL', { consumerId: '', apiBaseUrl: custom }, false],
  ] as const)('with %s → %s', (_what, overrides, expected) => {
    expect(isConfigured(buildSettings(overrides))).toBe(expected);
  });

  it('is false for the defaults', () => {
    expect(isConfigured(defaultSettings)).toBe(false);
  });
});

describe('toPublicSettings', () => {
  it('never includes the key, only whether there is one', () => {
    const visible = toPublicSettings(buildSettings());

    expect(visible).not.toHaveProperty('apiKey');
    expect(visible.hasApiKey).toBe(true);
    expect(JSON.stringify(visible)).not.toContain(testApiKey);
  });

  it('keeps the other fields', () => {
    const { apiKey: _omitted, ...rest } = buildSettings({ serviceId: 'close' });

    expect(toPublicSettings(buildSettings({ serviceId: 'close' }))).toEqual({
      ...rest,
      hasApiKey: true,
    });
  });

  it('says there is no key when it is empty', () => {
    expect(toPublicSettings(buildSettings({ apiKey: '' })).hasApiKey).toBe(false);
  });
});
