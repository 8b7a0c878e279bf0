import { type MessageKey, t } from '../i18n';
import type { HeaderField } from '../settings';

const names: Record<HeaderField, MessageKey> = {
  apiKey: 'missingApiKey',
  appId: 'missingAppId',
  consumerId: 'missingConsumerId',
};

/** "the app ID and consumer ID": the fields joined by the catalogue language's list rules. */
export function listCredentials(fields: HeaderField[]): string {
  const list = new Intl.ListFormat(t('languageTag'), { type: 'conjunction' });

  return list.format(fields.map((field) => t(names[field])));
}
