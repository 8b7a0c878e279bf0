import { describe, expect, it } from 'vitest';

import { findPatternProblem } from '../../lib/detect/custom-patterns';
import { CustomPatternSchema } from '../../lib/preferences';

describe('findPatternProblem', () => {
  it.each([
    ['a prefixed number', 'CRM-(\\d{4,10})'],
    ['a fixed-width hex id', '\\b([0-9a-f]{24})\\b'],
    ['a named group', 'ticket #(?<id>[0-9]+)'],
    ['non-capturing groups around the id', '(?:lead|prospect)=([A-Z0-9]{8})'],
    ['an optional suffix', 'L-(\\d+)(?:-x)?'],
    ['a character class holding parentheses', 'id\\(([a-z]{5})\\)'],
  ])('accepts %s', (_label, pattern) => {
    expect(findPatternProblem(pattern)).toBeNull();
  });

  it.each([
    ['invalid syntax', 'lead-([0-9]+', /not a valid/],
    ['no capture group', 'lead-[0-9]+', /exactly one capture group/],
    ['two capture groups', '(lead)-([0-9]+)', /exactly one capture group/],
    ['an empty-matching pattern', '(\\d*)', /empty text/],
    ['an optional-only pattern', '(x)?', /empty text/],
    ['nested plus', '(a+)+b', /Repeated groups/],
    ['nested star over any', 'x(.*)*y', /Repeated groups/],
    ['nested counted repeat', '((?:ab){2,})+z', /Repeated groups/],
    ['repeated overlapping alternatives', '(a|aa)+z', /Repeated groups/],
    ['a numbered backreference', '(a)\\1', /Backreferences/],
    ['a named backreference', '(?<x>a)\\k<x>', /Backreferences/],
  ])('refuses %s', (_label, pattern, reason) => {
    expect(findPatternProblem(pattern)).toMatch(reason);
  });

  it('refuses an exponential pattern the static check misses, by timing it', () => {
    // Nested through an outer group, which the one-level static check does not see.
    const sneaky = '(?:(?:a|a?)+)+(b)';
    const started = performance.now();

    expect(findPatternProblem(sneaky)).toMatch(/too slow|Repeated/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('CustomPatternSchema', () => {
  it('keeps a safe pattern with its service', () => {
    const parsed = CustomPatternSchema.safeParse({ pattern: 'L-(\\d{4,})', service: 'pipedrive' });

    expect(parsed.success).toBe(true);
  });

  it('explains why a catastrophic pattern is refused, on the pattern field', () => {
    const parsed = CustomPatternSchema.safeParse({ pattern: '(a+)+', service: 'close' });

    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['pattern'], expect.stringMatching(/Repeated groups/)],
    ]);
  });
});
