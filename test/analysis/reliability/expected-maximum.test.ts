/**
 * The weighted threshold gate of the decision diagram and the expectation of the largest of
 * several weighted sums of fault-tree events: hand-computed cases, canonical equalities, and
 * brute force over every event state on random small cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bdd, BddBudgetExceeded, FALSE, TRUE } from '../../../src/analysis/reliability/bdd.js';
import {
  expectedMaximum,
  TooManyLevels,
  type WeightedSum,
} from '../../../src/analysis/reliability/expected-maximum.js';
import {
  and,
  evaluate,
  event,
  type FaultTree,
  or,
} from '../../../src/analysis/reliability/fault-tree.js';

describe('weighted threshold gate', () => {
  it('is the k-of-n gate when every weight is 1, and a plain AND or OR at the extremes', () => {
    const bdd = new Bdd();
    const xs = [0, 1, 2, 3].map((v) => bdd.variable(v));
    expect(bdd.atLeastWeighted(2, [1, 1, 1, 1], xs)).toBe(bdd.atLeast(2, xs));
    expect(bdd.atLeastWeighted(4, [1, 1, 1, 1], xs)).toBe(bdd.andAll(xs));
    expect(bdd.atLeastWeighted(1, [1, 1, 1, 1], xs)).toBe(bdd.orAll(xs));
    expect(bdd.atLeastWeighted(0, [1, 1, 1, 1], xs)).toBe(TRUE);
    expect(bdd.atLeastWeighted(5, [1, 1, 1, 1], xs)).toBe(FALSE);
  });

  it('weighs: 3a + 2b + 2c ≥ 4 is a ∧ (b ∨ c) ∨ (b ∧ c)', () => {
    const bdd = new Bdd();
    const [a, b, c] = [0, 1, 2].map((v) => bdd.variable(v)) as [number, number, number];
    expect(bdd.atLeastWeighted(4, [3, 2, 2], [a, b, c])).toBe(
      bdd.or(bdd.and(a, bdd.or(b, c)), bdd.and(b, c)),
    );
    // An input of weight 0 is left out; an input given twice counts twice.
    expect(bdd.atLeastWeighted(3, [3, 0], [a, b])).toBe(a);
    expect(bdd.atLeastWeighted(4, [2, 2], [a, a])).toBe(a);
  });

  it('refuses weights that are not whole numbers ≥ 0, and outgrows a tiny budget with the budget error', () => {
    const bdd = new Bdd();
    const a = bdd.variable(0);
    expect(() => bdd.atLeastWeighted(1, [0.5], [a])).toThrow(RangeError);
    expect(() => bdd.atLeastWeighted(1, [-1], [a])).toThrow(RangeError);
    expect(() => bdd.atLeastWeighted(1, [1, 1], [a])).toThrow(RangeError);
    const small = new Bdd({ nodeBudget: 8 });
    const vars = Array.from({ length: 12 }, (_, i) => small.variable(i % 6));
    expect(() =>
      small.atLeastWeighted(
        40,
        vars.map((_, i) => 2 ** i),
        vars,
      ),
    ).toThrow(BddBudgetExceeded);
  });

  it('agrees with brute force on random weights and thresholds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: -1, max: 30 }),
        (weights, threshold) => {
          const bdd = new Bdd();
          const xs = weights.map((_, i) => bdd.variable(i));
          const node = bdd.atLeastWeighted(threshold, weights, xs);
          const p = (v: number) => (v + 1) / (weights.length + 2);
          let truth = 0;
          for (let mask = 0; mask < 1 << weights.length; mask++) {
            let sum = 0;
            let prob = 1;
            weights.forEach((w, i) => {
              const on = (mask >> i) & 1;
              sum += on ? w : 0;
              prob *= on ? p(i) : 1 - p(i);
            });
            if (sum >= threshold) truth += prob;
          }
          expect(bdd.probability(node, p)).toBeCloseTo(truth, 12);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('expected maximum of weighted sums', () => {
  it('computes a hand example: E[max(½a + ½b, c)]', () => {
    const sums: WeightedSum[] = [
      {
        terms: [
          { weight: 0.5, tree: event('a') },
          { weight: 0.5, tree: event('b') },
        ],
      },
      { terms: [{ weight: 1, tree: event('c') }] },
    ];
    const p: Record<string, number> = { a: 0.1, b: 0.2, c: 0.05 };
    const result = expectedMaximum(sums, (id) => p[id] ?? 0);
    // c: M = 1; otherwise M = ½·[a] + ½·[b]: 0.05 + 0.95 × (0.05 + 0.1) = 0.1925.
    expect(result.expectation).toBeCloseTo(0.1925, 12);
    expect(result.levels).toBe(2);
  });

  it('counts a shared cause once: max(a ∨ s, b ∨ s) has expectation P(a ∨ b ∨ s)', () => {
    const sums: WeightedSum[] = [
      { terms: [{ weight: 1, tree: or(event('a'), event('s')) }] },
      { terms: [{ weight: 1, tree: or(event('b'), event('s')) }] },
    ];
    const result = expectedMaximum(sums, () => 0.1);
    expect(result.expectation).toBeCloseTo(1 - 0.9 ** 3, 12);
  });

  it('reads an empty AND as certain and no terms as zero', () => {
    expect(
      expectedMaximum([{ terms: [{ weight: 0.3, tree: and() }] }], () => 0.5).expectation,
    ).toBe(0.3);
    expect(expectedMaximum([{ terms: [] }], () => 0.5)).toMatchObject({
      expectation: 0,
      levels: 0,
    });
  });

  it('gives up with TooManyLevels when M takes more values than allowed', () => {
    const terms = Array.from({ length: 10 }, (_, i) => ({
      weight: 2 ** i / 1024,
      tree: event(`e${i}`),
    }));
    expect(() => expectedMaximum([{ terms }], () => 0.5, { maxLevels: 100 })).toThrow(
      TooManyLevels,
    );
    // 2^10 − 1 positive subset sums fit a limit of 1,023.
    expect(expectedMaximum([{ terms }], () => 0.5, { maxLevels: 1023 }).expectation).toBeCloseTo(
      (1023 / 1024) * 0.5,
      9,
    );
  });

  it('agrees with enumeration of every state on random sums of small trees', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const leaf = fc.constantFrom(...ids).map((id) => event(id));
    const tree: fc.Arbitrary<FaultTree> = fc.oneof(
      leaf,
      fc.array(leaf, { minLength: 0, maxLength: 3 }).map((xs) => and(...xs)),
      fc.array(leaf, { minLength: 1, maxLength: 3 }).map((xs) => or(...xs)),
    );
    const term = fc.record({
      weight: fc.integer({ min: 0, max: 100 }).map((w) => w / 100),
      tree,
    });
    const sums = fc.array(
      fc.array(term, { minLength: 0, maxLength: 4 }).map((terms) => ({ terms })),
      { minLength: 1, maxLength: 3 },
    );
    const probabilities = fc.array(
      fc.integer({ min: 0, max: 1000 }).map((i) => i / 1000),
      { minLength: ids.length, maxLength: ids.length },
    );
    fc.assert(
      fc.property(sums, probabilities, (input, ps) => {
        const p = (id: string) => ps[ids.indexOf(id)] ?? 0;
        let truth = 0;
        for (let mask = 0; mask < 1 << ids.length; mask++) {
          const on = new Set(ids.filter((_, i) => (mask >> i) & 1));
          const weight = ids.reduce((acc, id) => acc * (on.has(id) ? p(id) : 1 - p(id)), 1);
          const values = input.map((s) =>
            s.terms.reduce((sum, t) => sum + (evaluate(t.tree, on) ? t.weight : 0), 0),
          );
          truth += weight * Math.max(0, ...values);
        }
        expect(expectedMaximum(input, p).expectation).toBeCloseTo(truth, 9);
      }),
      { numRuns: 300 },
    );
  });
});
