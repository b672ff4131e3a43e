/**
 * Limits: the node budget turns a blow-up into a dedicated error, and structures 10,000 events
 * long or deep are handled without recursion (no stack overflow) and in linear-size diagrams.
 */
import { describe, expect, it } from 'vitest';
import { BddBudgetExceeded } from '../../../src/analysis/reliability/bdd.js';
import { minimalCutSets } from '../../../src/analysis/reliability/cut-sets.js';
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

const N = 10_000;
const IDS = Array.from({ length: N }, (_, i) => `e${i}`);

/** e0 ∨ (e1 ∧ (e2 ∨ (e3 ∧ …))): a chain 10,000 gates deep. */
function deepChain(): FaultTree {
  let tree: FaultTree = event(IDS[N - 1] as string);
  for (let i = N - 2; i >= 0; i--) {
    const head = event(IDS[i] as string);
    tree = i % 2 === 0 ? or(head, tree) : and(head, tree);
  }
  return tree;
}

describe('node budget', () => {
  it('throws BddBudgetExceeded beyond a tiny budget', () => {
    const tree = kOfN(3, IDS.slice(0, 10).map(event));
    expect(() => exactProbability(tree, () => 0.5, { nodeBudget: 10 })).toThrow(BddBudgetExceeded);
    try {
      exactProbability(tree, () => 0.5, { nodeBudget: 10 });
    } catch (error) {
      expect(error).toBeInstanceOf(BddBudgetExceeded);
      expect((error as BddBudgetExceeded).budget).toBe(10);
      expect((error as Error).message).toContain('10 nodes');
    }
    // The same tree fits once the budget is large enough: 3·8 decision nodes + 2 terminals.
    expect(exactProbability(tree, () => 0.5, { nodeBudget: 1000 }).bddNodes).toBe(26);
  });

  it('throws instead of exhausting memory on a k-of-n too large for the budget', () => {
    const tree = kOfN(500, IDS.slice(0, 1000).map(event));
    expect(() => exactProbability(tree, () => 0.5, { nodeBudget: 100_000 })).toThrow(
      BddBudgetExceeded,
    );
  });

  it('rejects an unusable order or probability', () => {
    const tree = and(event('a'), event('b'));
    expect(() => exactProbability(tree, () => 0.5, { order: ['a'] })).toThrow(/leaves out/);
    expect(() => exactProbability(tree, () => 0.5, { order: ['a', 'b', 'a'] })).toThrow(/twice/);
    expect(() => exactProbability(tree, () => 1.5)).toThrow(RangeError);
    expect(() => exactProbability(tree, () => Number.NaN)).toThrow(RangeError);
  });
});

describe('10,000-event structures', () => {
  it('computes a flat series and a flat parallel system of 10,000 events', () => {
    const q = 1e-5;
    const series = exactProbability(or(...IDS.map(event)), () => q);
    expect(series.probability).toBeCloseTo(1 - (1 - q) ** N, 12);
    expect(series.bddNodes).toBe(N + 2);
    const parallel = exactProbability(and(...IDS.map(event)), () => 0.999);
    expect(parallel.probability).toBeCloseTo(0.999 ** N, 12);
  });

  it('handles a chain 10,000 gates deep without overflowing the stack', () => {
    const tree = deepChain();
    const p = 0.3;
    // Closed form, innermost first: r ← p ∨ r (or-gate) or p ∧ r (and-gate).
    let expected = p;
    for (let i = N - 2; i >= 0; i--) expected = i % 2 === 0 ? p + (1 - p) * expected : p * expected;
    const result = exactProbability(tree, () => p);
    expect(Math.abs(result.probability - expected)).toBeLessThan(1e-12);
    expect(result.bddNodes).toBe(N + 2);
    expect(result.variables).toBe(N);
    expect(eventsOf(tree)).toHaveLength(N);
    expect(evaluate(tree, new Set(['e0']))).toBe(true);
    expect(evaluate(tree, new Set(['e1', 'e2']))).toBe(true);
    expect(evaluate(tree, new Set(['e1']))).toBe(false);
    expect(minimalCutSets(tree, 2)).toEqual([['e0'], ['e1', 'e2']]);
  });

  it('computes a 10,000-event chain in reverse variable order too, within budget', () => {
    // Reverse order is the worst case for building bottom-up; a series chain stays linear.
    const tree = or(...IDS.map(event));
    const result = exactProbability(tree, () => 1e-4, { order: [...IDS].reverse() });
    expect(result.probability).toBeCloseTo(1 - (1 - 1e-4) ** N, 12);
  });
});
