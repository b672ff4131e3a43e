/**
 * Property tests against brute force: random small trees (≤ 12 distinct events, depth ≤ 4, all four
 * gate kinds, shared events) are checked over all 2^n event states. The oracle evaluator here is a
 * plain recursive one, independent of the library's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CutSetEvents, minimalCutSets } from '../../../src/analysis/reliability/cut-sets.js';
import { exactProbability } from '../../../src/analysis/reliability/exact-probability.js';
import {
  and,
  evaluate,
  event,
  eventsOf,
  type FaultTree,
  kOfN,
  or,
} from '../../../src/analysis/reliability/fault-tree.js';

const POOL = 12;

const leaf = fc.noBias(fc.integer({ min: 0, max: POOL - 1 })).map((i) => event(`e${i}`));

/** A gate with `depth` levels of gates at most (its inputs have depth − 1). */
function gateOf(depth: number): fc.Arbitrary<FaultTree> {
  const below = depth <= 1 ? leaf : fc.oneof(leaf, gateOf(depth - 1));
  // Now and then an empty gate, for the constant edge cases.
  const inputs = fc.oneof(
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 12, arbitrary: fc.array(below, { minLength: 1, maxLength: 4, size: 'max' }) },
  );
  return fc.oneof(
    inputs.map((list) => and(...list)),
    inputs.map((list) => or(...list)),
    inputs.chain((list) => fc.integer({ min: 0, max: list.length + 1 }).map((k) => kOfN(k, list))),
  );
}

/** Random trees over at most POOL events with up to four levels of gates, now and then a leaf. */
const trees = fc.oneof({ weight: 1, arbitrary: leaf }, { weight: 9, arbitrary: gateOf(4) });

/**
 * Probabilities spread evenly over [0, 1] with the ends now and then. (fc.double is spread over
 * the representable doubles, mostly tiny, which would hide errors under an absolute tolerance.)
 */
const probability = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 1) },
  { weight: 9, arbitrary: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((i) => i / 1e6) },
);
const probabilities = fc.array(probability, { minLength: POOL, maxLength: POOL });

/** The tree as a function of a bit mask over its events (bit i = events[i] is true). */
function compile(tree: FaultTree, events: readonly string[]): (state: number) => boolean {
  if (tree.kind === 'event') {
    const bit = 1 << events.indexOf(tree.id);
    return (state) => (state & bit) !== 0;
  }
  const inputs = tree.inputs.map((input) => compile(input, events));
  switch (tree.kind) {
    case 'and':
      return (state) => inputs.every((f) => f(state));
    case 'or':
      return (state) => inputs.some((f) => f(state));
    case 'k_of_n': {
      const k = tree.k;
      return (state) => inputs.filter((f) => f(state)).length >= k;
    }
  }
}

function bruteForceProbability(tree: FaultTree, p: (id: string) => number): number {
  const events = eventsOf(tree);
  const top = compile(tree, events);
  let total = 0;
  for (let state = 0; state < 1 << events.length; state++) {
    if (!top(state)) continue;
    total += events.reduce((product, id, i) => product * ((state >> i) & 1 ? p(id) : 1 - p(id)), 1);
  }
  return total;
}

function bruteForceCutSets(tree: FaultTree, maxOrder: number): CutSetEvents[] {
  const events = eventsOf(tree);
  const top = compile(tree, events);
  const bits = (mask: number): number => events.filter((_, i) => (mask >> i) & 1).length;
  const cuts: number[] = [];
  for (let mask = 0; mask < 1 << events.length; mask++) {
    if (bits(mask) <= maxOrder && top(mask)) cuts.push(mask);
  }
  // Monotone, so "no true proper subset" is "no smaller cut set inside it".
  return cuts
    .filter((mask) => !cuts.some((other) => other !== mask && (other & mask) === other))
    .map((mask) => events.filter((_, i) => (mask >> i) & 1).sort())
    .sort(bySizeThenIds);
}

/** Size first, then element by element in code-unit order. */
function bySizeThenIds(a: CutSetEvents, b: CutSetEvents): number {
  if (a.length !== b.length) return a.length - b.length;
  const at = a.findIndex((id, i) => id !== b[i]);
  if (at < 0) return 0;
  return (a[at] ?? '') < (b[at] ?? '') ? -1 : 1;
}

const probabilityOf =
  (values: readonly number[]) =>
  (id: string): number =>
    values[Number(id.slice(1))] ?? 0;

describe('exact probability against enumeration of all event states', () => {
  it('agrees with brute force to 1e-12', () => {
    fc.assert(
      fc.property(trees, probabilities, (tree, values) => {
        const p = probabilityOf(values);
        const exact = exactProbability(tree, p);
        expect(Math.abs(exact.probability - bruteForceProbability(tree, p))).toBeLessThan(1e-12);
        expect(exact.variables).toBe(eventsOf(tree).length);
      }),
      { numRuns: 300 },
    );
  });

  it('lies in [0, 1] and never falls when one event becomes more likely', () => {
    fc.assert(
      fc.property(
        trees,
        probabilities,
        fc.integer({ min: 0, max: POOL - 1 }),
        probability,
        (tree, values, which, raise) => {
          const before = exactProbability(tree, probabilityOf(values)).probability;
          const raised = [...values];
          raised[which] = (values[which] ?? 0) + raise * (1 - (values[which] ?? 0));
          const after = exactProbability(tree, probabilityOf(raised)).probability;
          for (const value of [before, after]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the variable order', () => {
    fc.assert(
      fc.property(
        trees.chain((tree) =>
          fc.tuple(
            fc.constant(tree),
            fc.shuffledSubarray(eventsOf(tree), { minLength: eventsOf(tree).length }),
          ),
        ),
        probabilities,
        ([tree, order], values) => {
          const p = probabilityOf(values);
          const byDefault = exactProbability(tree, p).probability;
          const shuffled = exactProbability(tree, p, { order }).probability;
          expect(Math.abs(byDefault - shuffled)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('evaluate agrees with the oracle evaluator on every state', () => {
    fc.assert(
      fc.property(trees, (tree) => {
        const events = eventsOf(tree);
        const top = compile(tree, events);
        for (let state = 0; state < 1 << Math.min(events.length, 8); state++) {
          const trueEvents = new Set(events.filter((_, i) => (state >> i) & 1));
          expect(evaluate(tree, trueEvents)).toBe(top(state));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('minimal cut sets against brute force', () => {
  it('minimalCutSets(tree, 3) lists exactly the minimal cut sets of size ≤ 3', () => {
    fc.assert(
      fc.property(trees, (tree) => {
        expect(minimalCutSets(tree, 3)).toEqual(bruteForceCutSets(tree, 3));
      }),
      { numRuns: 300 },
    );
  });

  it('every truncation order agrees with brute force', () => {
    fc.assert(
      fc.property(trees, fc.integer({ min: 0, max: POOL }), (tree, maxOrder) => {
        expect(minimalCutSets(tree, maxOrder)).toEqual(bruteForceCutSets(tree, maxOrder));
      }),
      { numRuns: 150 },
    );
  });

  it('without truncation the cut sets describe the structure function', () => {
    fc.assert(
      fc.property(trees, (tree) => {
        const events = eventsOf(tree);
        const top = compile(tree, events);
        const masks = minimalCutSets(tree, Number.POSITIVE_INFINITY).map((set) =>
          set.reduce((mask, id) => mask | (1 << events.indexOf(id)), 0),
        );
        for (let state = 0; state < 1 << events.length; state++) {
          expect(masks.some((mask) => (state & mask) === mask)).toBe(top(state));
        }
      }),
      { numRuns: 100 },
    );
  });
});
