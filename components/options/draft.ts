import type { SettingsInput } from '@/lib/messages';
import type { PublicSettings, Settings, SettingsField } from '@/lib/settings';

/** The form exactly as typed; an empty API key means "keep the stored key". */
export type Draft = Record<SettingsField, string>;

/** Top to bottom, as on the page: focus goes to the first invalid one. */
export const fieldOrder: SettingsField[] = [
  'apiKey',
  'appId',
  'consumerId',
  'serviceId',
  'apiBaseUrl',
];

export const fieldId = (field: SettingsField): string => `settings-${field}`;

export function draftFrom(settings: PublicSettings): Draft {
  const { appId, consumerId, serviceId, apiBaseUrl } = settings;

  return { apiKey: '', appId, consumerId, serviceId, apiBaseUrl };
}

/** What to send: without `apiKey` when none was typed, so the stored key stays. */
export function toSettingsInput(settings: Settings): SettingsInput {
  const { apiKey, ...rest } = settings;

  return apiKey === '' ? rest : { ...rest, apiKey };
}

/** The stored settings with the key removed, for "Remove key". */
export function withoutKey(settings: PublicSettings): SettingsInput {
  const { hasApiKey: _hasApiKey, ...rest } = settings;

  return { ...rest, apiKey: '' };
}
