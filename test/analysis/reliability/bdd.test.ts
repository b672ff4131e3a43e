/**
 * The decision diagram itself: reduction, sharing (canonical form), the k-of-n construction, the
 * probability pass, and the fault-tree helpers it is built from.
 */
import { describe, expect, it } from 'vitest';
import { Bdd, FALSE, TRUE } from '../../../src/analysis/reliability/bdd.js';
import { variableOrder } from '../../../src/analysis/reliability/exact-probability.js';
import {
  and,
  evaluate,
  event,
  eventsOf,
  foldTree,
  kOfN,
  or,
} from '../../../src/analysis/reliability/fault-tree.js';

describe('binary decision diagram', () => {
  it('reduces: x ∧ x is x, terminals absorb or vanish, variables are shared', () => {
    const bdd = new Bdd();
    const x = bdd.variable(0);
    expect(bdd.and(x, x)).toBe(x);
    expect(bdd.or(x, x)).toBe(x);
    expect(bdd.and(x, FALSE)).toBe(FALSE);
    expect(bdd.and(x, TRUE)).toBe(x);
    expect(bdd.or(x, TRUE)).toBe(TRUE);
    expect(bdd.or(x, FALSE)).toBe(x);
    expect(bdd.variable(0)).toBe(x);
  });

  it('is canonical: equal functions built differently are the same node', () => {
    const bdd = new Bdd();
    const [a, b, c] = [0, 1, 2].map((v) => bdd.variable(v)) as [number, number, number];
    const left = bdd.and(a, bdd.or(b, c));
    const right = bdd.or(bdd.and(c, a), bdd.and(a, b));
    expect(left).toBe(right);
    // Absorption: a ∨ (a ∧ b) = a.
    expect(bdd.or(a, bdd.and(a, b))).toBe(a);
    expect(bdd.atLeast(2, [a, b, c])).toBe(
      bdd.orAll([bdd.and(a, b), bdd.and(a, c), bdd.and(b, c)]),
    );
  });

  it('builds k-of-n of n variables with k·(n − k + 1) decision nodes', () => {
    const bdd = new Bdd();
    const vars = Array.from({ length: 12 }, (_, v) => bdd.variable(v));
    for (const k of [1, 3, 6, 12]) {
      const root = bdd.atLeast(k, vars);
      expect(bdd.nodeCount(root)).toBe(k * (12 - k + 1) + 2);
    }
    expect(bdd.atLeast(0, vars)).toBe(TRUE);
    expect(bdd.atLeast(13, vars)).toBe(FALSE);
  });

  it('exposes the node structure: variable, low and high children', () => {
    const bdd = new Bdd();
    const x = bdd.variable(3);
    expect(bdd.variableOf(x)).toBe(3);
    expect(bdd.low(x)).toBe(FALSE);
    expect(bdd.high(x)).toBe(TRUE);
    expect(bdd.variableOf(TRUE)).toBeUndefined();
    expect(bdd.size()).toBe(3);
    expect(() => bdd.low(99)).toThrow(RangeError);
    expect(() => bdd.variable(-1)).toThrow(RangeError);
  });

  it('computes probabilities by Shannon expansion', () => {
    const bdd = new Bdd();
    const [a, b, c] = [0, 1, 2].map((v) => bdd.variable(v)) as [number, number, number];
    const p = [0.5, 0.25, 0.1];
    const pOf = (v: number): number => p[v] ?? 0;
    expect(bdd.probability(bdd.and(a, b), pOf)).toBeCloseTo(0.125, 15);
    expect(bdd.probability(bdd.or(a, b), pOf)).toBeCloseTo(0.625, 15);
    expect(bdd.probability(bdd.atLeast(2, [a, b, c]), pOf)).toBeCloseTo(
      0.5 * 0.25 + 0.5 * 0.1 + 0.25 * 0.1 - 2 * 0.5 * 0.25 * 0.1,
      15,
    );
    expect(bdd.probability(TRUE, pOf)).toBe(1);
    expect(bdd.probability(FALSE, pOf)).toBe(0);
  });

  it('asks for each variable probability once', () => {
    const bdd = new Bdd();
    const vars = Array.from({ length: 6 }, (_, v) => bdd.variable(v));
    const asked: number[] = [];
    bdd.probability(bdd.atLeast(3, vars), (v) => {
      asked.push(v);
      return 0.5;
    });
    expect(asked.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('grows past its initial tables and stays consistent', () => {
    const bdd = new Bdd();
    const vars = Array.from({ length: 80 }, (_, v) => bdd.variable(v));
    const root = bdd.atLeast(40, vars);
    expect(bdd.nodeCount(root)).toBe(40 * 41 + 2);
    // Rebuilding after growth finds the same nodes through the rehashed unique table.
    expect(bdd.atLeast(40, vars)).toBe(root);
    // P(at least 40 of 80 fair coins) = (1 + P(exactly 40)) / 2.
    let exactly40 = 1;
    for (let i = 1; i <= 40; i++) exactly40 *= ((40 + i) / i) * 0.25;
    expect(Math.abs(bdd.probability(root, () => 0.5) - (1 + exactly40) / 2)).toBeLessThan(1e-12);
  });
});

describe('fault-tree helpers', () => {
  const tree = and(or(event('a'), event('cloud')), or(event('b'), event('cloud')), event('c'));

  it('evaluates gates, including k-of-n and the constant edge cases', () => {
    expect(evaluate(tree, new Set(['cloud', 'c']))).toBe(true);
    expect(evaluate(tree, new Set(['a', 'b']))).toBe(false);
    expect(evaluate(kOfN(2, [event('a'), event('b'), event('c')]), new Set(['a', 'c']))).toBe(true);
    expect(evaluate(kOfN(2, [event('a'), event('b'), event('c')]), new Set(['a']))).toBe(false);
    expect(evaluate(and(), new Set())).toBe(true);
    expect(evaluate(or(), new Set())).toBe(false);
  });

  it('lists distinct events in first-seen depth-first order', () => {
    expect(eventsOf(tree)).toEqual(['a', 'cloud', 'b', 'c']);
  });

  it('orders variables by number of occurrences, ties by first occurrence', () => {
    expect(variableOrder(tree)).toEqual(['cloud', 'a', 'b', 'c']);
    expect(variableOrder(event('x'))).toEqual(['x']);
  });

  it('folds a shared subtree once', () => {
    const shared = or(event('x'), event('y'));
    let gates = 0;
    foldTree(
      and(shared, shared, or(shared, event('z'))),
      () => 0,
      () => {
        gates++;
        return 0;
      },
    );
    expect(gates).toBe(3);
  });

  it('refuses a k-of-n gate with a negative or fractional k', () => {
    expect(() => kOfN(-1, [event('a')])).toThrow(RangeError);
    expect(() => kOfN(1.5, [event('a')])).toThrow(RangeError);
  });
});
