import { findPatternProblem } from '@/lib/detect/custom-patterns';
import { t } from '@/lib/i18n';
import { CustomPatternSchema } from '@/lib/preferences';

export type PatternCheck =
  { ok: true; regex: RegExp } | { ok: false; field: 'pattern' | 'service'; message: string };

/**
 * Whether a user-defined pattern can be used: the detector's own rules (one capture group,
 * never slow) plus a service ID, checked the way preferences are stored.
 */
export function checkPattern(pattern: string, service: string): PatternCheck {
  const parsed = CustomPatternSchema.safeParse({ pattern, service });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];

    return field === 'service'
      ? { ok: false, field, message: t('patternServiceHint') }
      : { ok: false, field: 'pattern', message: t('patternLength', ['1', '500']) };
  }

  const problem = findPatternProblem(pattern);

  return problem === null
    ? { ok: true, regex: new RegExp(pattern, 'g') }
    : { ok: false, field: 'pattern', message: problem };
}

/** The IDs (first capture group) the pattern finds in a sample text, at most 20. */
export function findMatches(regex: RegExp, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(regex.source, 'g'))) {
    if (match[1]) {
      found.push(match[1]);
    }

    if (found.length >= 20) {
      break;
    }
  }

  return found;
}
