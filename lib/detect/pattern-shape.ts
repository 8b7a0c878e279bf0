import { type PatternNode, parsePattern } from './pattern-syntax';

/**
 * Why a pattern can backtrack without bound: a repeated group whose insides repeat, a repeated
 * choice whose options overlap, or neighbouring repeats or optional parts over the same
 * characters (`a?a?a?aaa`, `\d+\d+`).
 */
export type ShapeProblem = 'nested' | 'alternation' | 'adjacent';

/**
 * How many ways one stretch of text may be matched before a pattern counts as catastrophic.
 * Ordinary lead patterns stay below 30 (`\w{3,10}\d{2,4}`: 24); `(a?){7}a{7}` is 128.
 */
const maxWays = 100;

// Every ASCII character plus a few stand-ins for the rest: enough to tell sets apart.
const samples = [
  ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
  ...['\u00a0', 'é', 'Ж', '中', '\u2028', '\ufeff'],
];

interface Shape {
  min: number;
  max: number;
  /** Every character the node can consume, and those it can start with, as sample bits. */
  chars: bigint;
  first: bigint;
  /** How many ways the node can match one and the same text (Infinity: unbounded). */
  ways: number;
  /** What made `ways` grow, for the sentence shown to the user. */
  cause: ShapeProblem | null;
}

const none: Shape = { min: 0, max: 0, chars: 0n, first: 0n, ways: 1, cause: null };

// Filled per check: a long pattern repeats the same few sets.
const charsCache = new Map<string, bigint>();

function charsOf(source: string): bigint {
  const cached = charsCache.get(source);
  if (cached !== undefined) {
    return cached;
  }

  const exact = new RegExp(`^(?:${source})$`);

  const bits = samples.reduce(
    (found, sample, at) => (exact.test(sample) ? found | (1n << BigInt(at)) : found),
    0n,
  );
  charsCache.set(source, bits);

  return bits;
}

const isVariable = (shape: Shape): boolean => shape.min !== shape.max;

/** Ways a run of neighbouring items over shared characters can split one stretch of text. */
function splitWays(run: Shape[]): number {
  const variable = run.filter(isVariable);
  if (variable.length < 2) {
    return 1;
  }

  if (variable.filter((shape) => shape.max === Infinity).length > 1) {
    return Infinity;
  }

  return variable.reduce(
    (ways, shape) => ways * (shape.max === Infinity ? 1 : shape.max - shape.min + 1),
    1,
  );
}

interface Run {
  items: Shape[];
  chars: bigint;
}

/**
 * Groups neighbouring items into runs that can trade characters: an item joins each open run
 * holding a character it can start with. A fixed item closes the runs it does not join; an
 * optional one closes nothing, since text may skip it.
 */
function runsOf(items: Shape[]): Shape[][] {
  const closed: Run[] = [];
  let open: Run[] = [];
  for (const item of items.filter((shape) => shape.max > 0)) {
    const joined = open.filter((run) => (run.chars & item.first) !== 0n);
    for (const run of joined) {
      run.items.push(item);
      run.chars |= item.chars;
    }

    if (item.min > 0) {
      closed.push(...open.filter((run) => !joined.includes(run)));
      open = joined;
    }

    if (joined.length === 0) {
      open.push({ items: [item], chars: item.chars });
    }
  }

  return [...closed, ...open].map((run) => run.items);
}

/** The cause of whichever part multiplies the ways most. */
function worstCause(parts: Shape[]): ShapeProblem | null {
  const worst = parts.reduce<Shape | null>(
    (found, part) => (found === null || part.ways > found.ways ? part : found),
    null,
  );

  return worst !== null && worst.ways > 1 ? worst.cause : null;
}

function sequenceShape(items: Shape[]): Shape {
  let shape: Shape = { ...none };
  let open = true;
  for (const item of items) {
    shape = {
      min: shape.min + item.min,
      max: shape.max + item.max,
      chars: shape.chars | item.chars,
      first: open ? shape.first | item.first : shape.first,
      ways: shape.ways * item.ways,
      cause: null,
    };
    open &&= item.min === 0;
  }

  const split = runsOf(items).reduce((ways, run) => ways * splitWays(run), 1);
  const inner = worstCause(items);
  const cause = split > 1 && (inner === null || split >= shape.ways) ? 'adjacent' : inner;

  return { ...shape, ways: shape.ways * split, cause };
}

function overlaps(branches: Shape[]): boolean {
  let seen = 0n;
  for (const branch of branches) {
    if ((branch.first & seen) !== 0n || branch.min === 0) {
      return true;
    }

    seen |= branch.first;
  }

  return false;
}

function groupShape(branches: Shape[]): Shape {
  const [only] = branches;
  if (branches.length === 1 && only !== undefined) {
    return only;
  }

  const ambiguous = overlaps(branches);
  const counts = branches.map((branch) => branch.ways);

  return {
    min: Math.min(...branches.map((branch) => branch.min)),
    max: Math.max(...branches.map((branch) => branch.max)),
    chars: branches.reduce((bits, branch) => bits | branch.chars, 0n),
    first: branches.reduce((bits, branch) => bits | branch.first, 0n),
    ways: ambiguous ? counts.reduce((sum, ways) => sum + ways, 0) : Math.max(...counts),
    cause: ambiguous ? 'alternation' : worstCause(branches),
  };
}

/**
 * Whether a repeated body marks its own ends: it starts or ends with one fixed character no
 * other part of it can match (`-\d+`, `\d{1,3}\.`), so repetitions cannot trade characters.
 */
function isDelimited(items: PatternNode[], shapes: Shape[]): boolean {
  return [0, items.length - 1].some((end) => {
    const edge = shapes[end];
    if (items[end]?.kind !== 'char' || edge === undefined) {
      return false;
    }

    return shapes.every((shape, at) => at === end || (shape.chars & edge.chars) === 0n);
  });
}

/**
 * The body's shape, and whether repetitions of it can trade characters between them: not when
 * its ends are delimited, nor when it chooses among fixed-width options by their first character.
 */
function bodyShape(body: PatternNode): { shape: Shape; delimited: boolean } {
  if (body.kind !== 'group') {
    return { shape: shapeOf(body), delimited: false };
  }

  const [items] = body.branches;
  if (body.branches.length === 1 && items !== undefined) {
    const shapes = items.map(shapeOf);

    return { shape: sequenceShape(shapes), delimited: isDelimited(items, shapes) };
  }

  const branches = body.branches.map((branch) => sequenceShape(branch.map(shapeOf)));
  const decided = !overlaps(branches) && !branches.some(isVariable);

  return { shape: groupShape(branches), delimited: decided };
}

function tradeWays(body: Shape, max: number): number {
  return max === Infinity || body.max === Infinity ? Infinity : (body.max - body.min + 1) ** max;
}

function repeatShape(node: PatternNode & { kind: 'repeat' }): Shape {
  const { shape: body, delimited } = bodyShape(node.body);
  const { min, max } = node;
  // 0 × Infinity is NaN: a zero-width body (`(?=a)+`) or `{0}` repeats to nothing.
  const shape: Shape = {
    ...body,
    min: body.min * min,
    max: max === 0 || body.max === 0 ? 0 : body.max * max,
  };
  if (max <= 1) {
    return shape;
  }

  const repeated = body.ways > 1 ? body.ways ** max : 1;
  const trades = isVariable(body) && !delimited ? tradeWays(body, max) : 1;
  const cause = body.ways > 1 ? (body.cause ?? 'nested') : trades > 1 ? 'nested' : null;

  return { ...shape, ways: repeated * trades, cause };
}

function shapeOf(node: PatternNode): Shape {
  switch (node.kind) {
    case 'char': {
      const chars = charsOf(node.source);

      return { min: 1, max: 1, chars, first: chars, ways: 1, cause: null };
    }
    case 'assertion':
      return node.inside === null
        ? none
        : { ...shapeOf(node.inside), min: 0, max: 0, chars: 0n, first: 0n };
    case 'group':
      return groupShape(node.branches.map((items) => sequenceShape(items.map(shapeOf))));
    case 'repeat':
      return repeatShape(node);
  }
}

/**
 * The pattern without the optional parts it ends with (`lead=(\d+).*`): a part that may match
 * nothing cannot fail, so the match never backtracks into what comes before it.
 */
const isOptional = (node: PatternNode | undefined): boolean =>
  node?.kind === 'repeat' && node.min === 0;

function withoutOptionalTail(root: PatternNode): PatternNode {
  if (root.kind !== 'group') {
    return root;
  }

  const branches = root.branches.map((items) => {
    let end = items.length;
    while (end > 0 && isOptional(items[end - 1])) {
      end -= 1;
    }

    return items.slice(0, end);
  });

  return { kind: 'group', branches };
}

/** The reason a valid pattern may backtrack catastrophically, or null when it cannot. */
export function findShapeProblem(pattern: string): ShapeProblem | null {
  charsCache.clear();
  const shape = shapeOf(withoutOptionalTail(parsePattern(pattern)));

  return shape.ways > maxWays ? (shape.cause ?? 'nested') : null;
}
