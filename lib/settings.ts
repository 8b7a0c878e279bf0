import { type MessageKey, t } from './i18n';
import { serviceIdPattern } from './service-id';
import { z } from './zod';

export const defaultApiBaseUrl = 'https://unify.apideck.com';

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);

    const web = url.protocol === 'https:' || url.protocol === 'http:';
    // The lead path is appended to it, so a query, fragment or credentials would break it.
    const plain = !url.search && !url.hash && !url.username && !url.password;

    return web && url.hostname !== '' && plain && !/[?#]/.test(value);
  } catch {
    return false;
  }
};

/** The credential fields sent as headers; each names itself in its own sentences. */
export type HeaderField = 'apiKey' | 'appId' | 'consumerId';

// Whole sentences per field: a translated field name inside a shared sentence would not agree.
const headerProblems: Record<HeaderField, [MessageKey, MessageKey, MessageKey]> = {
  apiKey: ['settingsApiKeyTooLong', 'settingsApiKeyLineBreak', 'settingsApiKeyNotLatin'],
  appId: ['settingsAppIdTooLong', 'settingsAppIdLineBreak', 'settingsAppIdNotLatin'],
  consumerId: [
    'settingsConsumerIdTooLong',
    'settingsConsumerIdLineBreak',
    'settingsConsumerIdNotLatin',
  ],
};

/** A value sent as an HTTP header: trimmed, bounded, on one line. */
export const header = (field: HeaderField) => {
  const [tooLong, lineBreak, notLatin] = headerProblems[field];

  return (
    z
      .string()
      .trim()
      .max(512, t(tooLong, '512'))
      .refine((value) => !/[\r\n\0]/.test(value), t(lineBreak))
      // Browsers refuse header values beyond Latin-1 before sending anything (Fetch: ByteString).
      .refine((value) => /^[\t\x20-\x7e\xa0-\xff\r\n\0]*$/.test(value), t(notLatin))
  );
};

export const SettingsSchema = z.object({
  apiKey: header('apiKey').default(''),
  appId: header('appId').default(''),
  consumerId: header('consumerId').default(''),
  serviceId: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === '' || serviceIdPattern.test(value), t('settingsServiceIdShape'))
    .default(''),
  apiBaseUrl: z
    .string()
    .trim()
    .transform((value) => (value === '' ? defaultApiBaseUrl : value.replace(/\/+$/, '')))
    .refine(isHttpUrl, t('settingsBaseUrlShape'))
    .default(defaultApiBaseUrl),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsField = keyof Settings;
/** Settings as pages other than the background may see them: never the key itself. */
export type PublicSettings = Omit<Settings, 'apiKey'> & { hasApiKey: boolean };

export const defaultSettings: Settings = SettingsSchema.parse({});

export type SettingsValidation =
  | { ok: true; settings: Settings }
  | { ok: false; fieldErrors: Partial<Record<SettingsField, string>> };

/** Trims and checks what a person typed; every problem is reported next to its field. */
export function validateSettings(input: unknown): SettingsValidation {
  const parsed = SettingsSchema.safeParse(input);
  if (parsed.success) {
    return { ok: true, settings: parsed.data };
  }

  const fieldErrors: Partial<Record<SettingsField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in defaultSettings) {
      fieldErrors[field as SettingsField] ??= issue.message;
    }
  }

  return { ok: false, fieldErrors };
}

/**
 * The credentials still empty before the API can be called, top to bottom as in the form; a
 * custom base URL (a proxy) may hold the key itself.
 */
export function findMissingCredentials(settings: PublicSettings): HeaderField[] {
  const needsKey = !settings.hasApiKey && settings.apiBaseUrl === defaultApiBaseUrl;
  const missing: [HeaderField, boolean][] = [
    ['apiKey', needsKey],
    ['appId', settings.appId === ''],
    ['consumerId', settings.consumerId === ''],
  ];

  return missing.filter(([, empty]) => empty).map(([field]) => field);
}

/** Enough is set to call the API. */
export function isConfigured(settings: Settings): boolean {
  return findMissingCredentials(toPublicSettings(settings)).length === 0;
}

export function toPublicSettings(settings: Settings): PublicSettings {
  const { apiKey, ...rest } = settings;

  return { ...rest, hasApiKey: apiKey !== '' };
}
