import { findPatternProblem } from './detect/custom-patterns';
import { serviceIdPattern } from './service-id';
import { z } from './zod';

/** Pattern families that can be switched off one by one in Options. */
export const patternFamilies = ['salesforce', 'close', 'links', 'attributes'] as const;
export type PatternFamily = (typeof patternFamilies)[number];

export const CustomPatternSchema = z
  .object({
    /** A regular expression with exactly one capture group: the lead ID. */
    pattern: z.string().min(1).max(500),
    /** The Apideck service ID the captured IDs belong to. */
    service: z.string().regex(serviceIdPattern),
  })
  .superRefine(({ pattern }, context) => {
    // Patterns run on every enabled page: a catastrophic one would hang the user's tabs.
    const problem = findPatternProblem(pattern);
    if (problem !== null) {
      context.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
    }
  });

/** How Lead Viewer behaves, apart from credentials; safe for any context to read. */
export const PreferencesSchema = z.object({
  hoverDelayMs: z.number().int().min(100).max(2_000).catch(350).default(350),
  // CONTRACT C6 promises at least five minutes of cache.
  cacheMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .catch(10)
    .default(10),
  /** Keep the API key in session storage, forgotten when the browser closes. */
  keyForSessionOnly: z.boolean().catch(false).default(false),
  families: z
    .object({
      salesforce: z.boolean().catch(true).default(true),
      close: z.boolean().catch(true).default(true),
      links: z.boolean().catch(true).default(true),
      attributes: z.boolean().catch(true).default(true),
    })
    .default({ salesforce: true, close: true, links: true, attributes: true }),
  customPatterns: z.array(CustomPatternSchema).max(20).default([]),
});

export type Preferences = z.infer<typeof PreferencesSchema>;
export type CustomPattern = z.infer<typeof CustomPatternSchema>;

export const defaultPreferences: Preferences = PreferencesSchema.parse({});
