/**
 * A small parser for the regular expressions users type in Options (no flags, as detection
 * compiles them), just precise enough to judge how much a pattern can backtrack.
 */
export type PatternNode =
  /** One character out of a set: the source of a literal, escape, `.` or `[…]` class. */
  | { kind: 'char'; source: string }
  /** Matches no characters: `^`, `$`, `\b`, `\B` and lookarounds (their insides are kept). */
  | { kind: 'assertion'; inside: PatternNode | null }
  | { kind: 'group'; branches: PatternNode[][] }
  | { kind: 'repeat'; body: PatternNode; min: number; max: number };

const quantifierShape = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/;
const escapeLengths: Record<string, number> = { x: 4, u: 6, c: 3 };

class Reader {
  at = 0;

  constructor(readonly text: string) {}

  peek(): string | undefined {
    return this.text[this.at];
  }
}

/** The index after a character class starting at `index` (`[` … `]`, escapes honoured). */
function skipClass(pattern: string, index: number): number {
  let at = index + 1;
  while (at < pattern.length && pattern[at] !== ']') {
    at += pattern[at] === '\\' ? 2 : 1;
  }

  return at + 1;
}

function readQuantifier(reader: Reader): { min: number; max: number } | null {
  const found = quantifierShape.exec(reader.text.slice(reader.at));
  if (found === null) {
    return null;
  }

  reader.at += found[0].length;
  const [, symbol, low, comma, high] = found;
  if (symbol !== undefined) {
    return { min: symbol === '+' ? 1 : 0, max: symbol === '?' ? 1 : Infinity };
  }

  const min = Number(low);
  const max = comma === undefined ? min : high === '' ? Infinity : Number(high);

  return { min, max };
}

function readEscape(reader: Reader): PatternNode {
  const start = reader.at;
  const letter = reader.text[start + 1] ?? '';
  reader.at += escapeLengths[letter] ?? 2;
  const source = reader.text.slice(start, reader.at);

  return letter === 'b' || letter === 'B'
    ? { kind: 'assertion', inside: null }
    : { kind: 'char', source };
}

function readGroup(reader: Reader): PatternNode {
  const opening = /^\((\?(?:[:=!]|<[=!]|<[^>]*>))?/.exec(reader.text.slice(reader.at))?.[0] ?? '(';
  reader.at += opening.length;
  const branches = readBranches(reader);
  reader.at += 1;
  const group: PatternNode = { kind: 'group', branches };
  const lookaround = /^\(\?<?[=!]$/.test(opening);

  return lookaround ? { kind: 'assertion', inside: group } : group;
}

function readAtom(reader: Reader): PatternNode {
  const char = reader.peek() ?? '';
  if (char === '(') {
    return readGroup(reader);
  }

  if (char === '\\') {
    return readEscape(reader);
  }

  const start = reader.at;
  reader.at = char === '[' ? skipClass(reader.text, start) : start + 1;
  if (char === '^' || char === '$') {
    return { kind: 'assertion', inside: null };
  }

  return { kind: 'char', source: reader.text.slice(start, reader.at) };
}

function readSequence(reader: Reader): PatternNode[] {
  const items: PatternNode[] = [];
  while (reader.at < reader.text.length && reader.peek() !== '|' && reader.peek() !== ')') {
    const atom = readAtom(reader);
    const quantifier = readQuantifier(reader);
    items.push(quantifier === null ? atom : { kind: 'repeat', body: atom, ...quantifier });
  }

  return items;
}

function readBranches(reader: Reader): PatternNode[][] {
  const branches = [readSequence(reader)];
  while (reader.peek() === '|') {
    reader.at += 1;
    branches.push(readSequence(reader));
  }

  return branches;
}

/** Parses a pattern that `new RegExp` already accepted; the result is one group. */
export function parsePattern(pattern: string): PatternNode {
  return { kind: 'group', branches: readBranches(new Reader(pattern)) };
}
