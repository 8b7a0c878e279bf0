import { findPatternProblem } from '@/lib/detect/custom-patterns';
import { t } from '@/lib/i18n';
import { CustomPatternSchema } from '@/lib/preferences';

export interface PatternCheck {
  /** The pattern ready to test on sample text, whenever the pattern itself is usable. */
  regex: RegExp | null;
  patternError: string | null;
  serviceError: string | null;
}

const { pattern: PatternTextSchema, service: ServiceSchema } = CustomPatternSchema.shape;

function findPatternError(pattern: string): string | null {
  if (!PatternTextSchema.safeParse(pattern).success) {
    return t('patternLength', ['1', '500']);
  }

  return findPatternProblem(pattern);
}

/**
 * Whether a user-defined pattern can be used: the detector's own rules (one capture group,
 * never slow) plus a service ID, checked the way preferences are stored.
 */
export function checkPattern(pattern: string, service: string): PatternCheck {
  const patternError = findPatternError(pattern);
  const serviceError = ServiceSchema.safeParse(service).success ? null : t('patternServiceHint');

  return {
    regex: patternError === null ? new RegExp(pattern, 'g') : null,
    patternError,
    serviceError,
  };
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
