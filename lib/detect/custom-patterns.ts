import { type MessageKey, t } from '../i18n';
import { findShapeProblem, type ShapeProblem } from './pattern-shape';

/** Why a user-defined pattern was refused, as a sentence the Options page can show. */
export type PatternProblem = string;

// `\1`–`\9` and `\k<name>`: backtracking over references has no linear bound.
const backreferencePattern = /\\[1-9]|\\k</;

const shapeMessages: Record<ShapeProblem, MessageKey> = {
  nested: 'patternNestedRepeat',
  alternation: 'patternOverlappingChoices',
  adjacent: 'patternAdjacentRepeats',
};

/**
 * The probe is a backstop for shapes the static check misses. Inputs grow two characters a
 * step, so a run is at most a few times slower than the one before it; the probe stops at the
 * first slow run, when runs keep doubling, or when it has spent its whole budget.
 */
const probe = { stepMs: 6, totalMs: 40, maxLength: 64, doublings: 3, noiseMs: 0.5 };
const probeAlphabets = ['a', '0', ' ', 'ab', 'aa0', 'a_', '-'];

function compile(pattern: string): RegExp | PatternProblem {
  try {
    return new RegExp(pattern);
  } catch {
    return t('patternInvalid');
  }
}

/** Counts capture groups: a pattern alternated with the empty string matches `''`. */
function countGroups(pattern: string): number {
  return (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
}

function findStaticProblem(pattern: string): PatternProblem | null {
  if (backreferencePattern.test(pattern)) {
    return t('patternBackreference');
  }

  const shape = findShapeProblem(pattern);

  return shape === null ? null : t(shapeMessages[shape]);
}

function timeRun(regex: RegExp, input: string): number {
  const start = performance.now();
  regex.test(input);

  return performance.now() - start;
}

/** A slow run is timed again: a garbage collection or a busy machine does not repeat itself. */
function timeStep(regex: RegExp, input: string): number {
  const elapsed = timeRun(regex, input);

  return elapsed > probe.stepMs ? Math.min(elapsed, timeRun(regex, input)) : elapsed;
}

/** Grows one adversarial input; false as soon as its runs turn slow or keep doubling. */
function staysFast(regex: RegExp, alphabet: string, budget: { leftMs: number }): boolean {
  let previous = 0;
  let doublings = 0;
  for (let length = 2; length <= probe.maxLength; length += 2) {
    const elapsed = timeStep(regex, `${alphabet.repeat(length).slice(0, length)}\u0000!`);
    budget.leftMs -= elapsed;
    doublings = elapsed > probe.noiseMs && elapsed > 2 * previous ? doublings + 1 : 0;
    if (elapsed > probe.stepMs || doublings >= probe.doublings || budget.leftMs < 0) {
      return false;
    }

    previous = elapsed;
  }

  return true;
}

/** Times the pattern on growing adversarial inputs; true when it turned slow. */
export function isSlowOnProbe(regex: RegExp): boolean {
  const budget = { leftMs: probe.totalMs };

  return !probeAlphabets.every((alphabet) => staysFast(regex, alphabet, budget));
}

/** The reason `pattern` cannot be used for detection, or null when it is safe to run. */
export function findPatternProblem(pattern: string): PatternProblem | null {
  const regex = compile(pattern);
  if (typeof regex === 'string') {
    return regex;
  }

  // Before any run: even matching '' took V8 1.7 s on `(a?a?…a{40})` (40 optional a's).
  const shapeProblem = findStaticProblem(pattern);
  if (shapeProblem !== null) {
    return shapeProblem;
  }

  if (countGroups(pattern) !== 1) {
    return t('patternOneGroup');
  }

  if (regex.test('')) {
    return t('patternMatchesEmpty');
  }

  return isSlowOnProbe(regex) ? t('patternTooSlow') : null;
}
