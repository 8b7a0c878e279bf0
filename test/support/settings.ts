import { defaultApiBaseUrl, type Settings } from '../../lib/settings';

export const testApiKey = 'sk_test_c0ffee_never_shown';

/** Valid, configured settings against Apideck's default base URL; override what a test needs. */
export function buildSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    apiKey: testApiKey,
    appId: 'app-123',
    consumerId: 'test-consumer',
    serviceId: '',
    apiBaseUrl: defaultApiBaseUrl,
    ...overrides,
  };
}
