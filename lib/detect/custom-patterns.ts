import { t } from '../i18n';

/** Why a user-defined pattern was refused, as a sentence the Options page can show. */
export type PatternProblem = string;

// `\1`–`\9` and `\k<name>`: backtracking over references has no linear bound.
const backreferencePattern = /\\[1-9]|\\k</;

/** What a group holds so far: a quantifier or an alternation makes repeating it risky. */
interface GroupState {
  risky: boolean;
}

const isQuantifierAt = (pattern: string, index: number): boolean =>
  /^(?:[*+]|\{\d+,)/.test(pattern.slice(index, index + 8));

/** The index after a character class starting at `index` (`[` … `]`, escapes honoured). */
function skipClass(pattern: string, index: number): number {
  let at = index + 1;
  while (at < pattern.length && pattern[at] !== ']') {
    at += pattern[at] === '\\' ? 2 : 1;
  }

  return at + 1;
}

/**
 * True when a repeated group holds a repetition or alternatives, at any depth: `(a+)+`,
 * `((?:ab){2,})+`, `(a|aa)*`. Conservative: a few safe patterns are refused too.
 */
function hasNestedRepetition(pattern: string): boolean {
  const open: GroupState[] = [{ risky: false }];
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at];
    const current = open[open.length - 1] ?? { risky: false };
    if (char === '\\') {
      at++;
    } else if (char === '[') {
      at = skipClass(pattern, at) - 1;
    } else if (char === '(') {
      open.push({ risky: false });
    } else if (char === ')' && open.length > 1) {
      const closed = open.pop() ?? current;
      const repeated = isQuantifierAt(pattern, at + 1);
      if (repeated && closed.risky) {
        return true;
      }

      const parent = open[open.length - 1];
      if (parent !== undefined) {
        parent.risky ||= closed.risky || repeated;
      }
    } else if (char === '|' || isQuantifierAt(pattern, at)) {
      current.risky = true;
    }
  }

  return false;
}

/** Adversarial inputs grow until one run is this slow: exponential patterns reach it quickly. */
const probeBudgetMs = 25;
const probeAlphabets = ['a', '0', ' ', 'ab', 'aa0', 'a_', '-'];
const probeLengths = [12, 16, 20, 24, 28];

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

  if (hasNestedRepetition(pattern)) {
    return t('patternNestedRepeat');
  }

  return null;
}

/** Runs the pattern on growing adversarial input; true when one run took too long. */
function isSlowOnProbe(regex: RegExp): boolean {
  for (const alphabet of probeAlphabets) {
    for (const length of probeLengths) {
      const input = `${alphabet.repeat(length).slice(0, length)}\u0000!`;
      const start = performance.now();
      regex.test(input);
      if (performance.now() - start > probeBudgetMs) {
        return true;
      }
    }
  }

  return false;
}

/** The reason `pattern` cannot be used for detection, or null when it is safe to run. */
export function findPatternProblem(pattern: string): PatternProblem | null {
  const regex = compile(pattern);
  if (typeof regex === 'string') {
    return regex;
  }

  if (countGroups(pattern) !== 1) {
    return t('patternOneGroup');
  }

  if (regex.test('')) {
    return t('patternMatchesEmpty');
  }

  return findStaticProblem(pattern) ?? (isSlowOnProbe(regex) ? t('patternTooSlow') : null);
}
