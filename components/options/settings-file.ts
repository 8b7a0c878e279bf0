import { t } from '@/lib/i18n';
import type { Preferences } from '@/lib/preferences';
import { CustomPatternSchema } from '@/lib/preferences';
import { type PublicSettings, SettingsSchema } from '@/lib/settings';
import { z } from '@/lib/zod';

export const fileFormat = 'lead-viewer-settings';

// Strict on purpose: a file is checked, never silently repaired (the stored schema repairs).
const ImportedPreferencesSchema = z.strictObject({
  hoverDelayMs: z.number().int().min(100).max(2_000),
  cacheMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  keyForSessionOnly: z.boolean(),
  families: z.strictObject({
    salesforce: z.boolean(),
    close: z.boolean(),
    links: z.boolean(),
    attributes: z.boolean(),
  }),
  // CustomPatternSchema explains a refused pattern itself: one sentence per bad pattern.
  customPatterns: z.array(CustomPatternSchema).max(20),
});

const SettingsFileSchema = z.strictObject({
  format: z.literal(fileFormat),
  version: z.literal(1),
  settings: SettingsSchema.omit({ apiKey: true }).strict(),
  preferences: ImportedPreferencesSchema,
});

export type SettingsFile = z.infer<typeof SettingsFileSchema>;

/** Everything but the key, as a file a person can keep or move to another browser. */
export function buildSettingsFile(settings: PublicSettings, preferences: Preferences): string {
  const { hasApiKey: _hasApiKey, ...rest } = settings;
  const file: SettingsFile = { format: fileFormat, version: 1, settings: rest, preferences };

  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; file: SettingsFile } | { ok: false; problems: string[] };

const where = (path: PropertyKey[]): string =>
  path.length === 0 ? t('importWholeFile') : path.map(String).join('.');

/**
 * Zod's own words for a problem are English: the catalogue's words replace them. Checks that
 * carry their own message (from the catalogue, in lib/settings and lib/preferences) keep it.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t('importIssueMissing') : t('importIssueType');
    case 'too_small':
      return t('importIssueTooSmall', [String(issue.minimum)]);
    case 'too_big':
      return t('importIssueTooBig', [String(issue.maximum)]);
    case 'unrecognized_keys':
      return t('importIssueUnknownKeys', [issue.keys.join(', ')]);
    case 'invalid_value':
      return t('importIssueValue');
    default:
      return t('importIssueInvalid');
  }
}

/** Parses a chosen file; every problem is listed, and nothing is applied unless all is well. */
export function readSettingsFile(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [t('importNotJson')],
    };
  }

  const parsed = SettingsFileSchema.safeParse(json, { error: describeIssue });
  if (parsed.success) {
    return { ok: true, file: parsed.data };
  }

  const problems = parsed.error.issues.map((issue) =>
    t('importProblem', [where(issue.path), issue.message]),
  );

  return { ok: false, problems: problems.slice(0, 20) };
}
