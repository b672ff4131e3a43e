/**
 * Minimal cut sets on hand-checked structures, truncation by order, and the wide AND of small
 * ORs that only a shared event can cut cheaply.
 */
import { describe, expect, it } from 'vitest';
import { minimalCutSets } from '../../../src/analysis/reliability/cut-sets.js';
import {
  and,
  event,
  type FaultTree,
  kOfN,
  or,
} from '../../../src/analysis/reliability/fault-tree.js';

const events = (...ids: string[]): FaultTree[] => ids.map(event);

/** Bridge network as a failure tree: s–t cut when every minimal path has a failed edge. */
const BRIDGE_FAILURE = and(
  or(...events('e1', 'e4')),
  or(...events('e2', 'e5')),
  or(...events('e1', 'e3', 'e5')),
  or(...events('e2', 'e3', 'e4')),
);

describe('minimal cut sets', () => {
  it('makes every component of a series system an order-1 cut set', () => {
    expect(minimalCutSets(or(...events('web', 'db', 'cache')), 3)).toEqual([
      ['cache'],
      ['db'],
      ['web'],
    ]);
  });

  it('makes a parallel system of three one cut set of order 3', () => {
    expect(minimalCutSets(and(...events('a', 'b', 'c')), 3)).toEqual([['a', 'b', 'c']]);
  });

  it('finds the four minimal cuts of the bridge network', () => {
    expect(minimalCutSets(BRIDGE_FAILURE, 5)).toEqual([
      ['e1', 'e2'],
      ['e4', 'e5'],
      ['e1', 'e3', 'e5'],
      ['e2', 'e3', 'e4'],
    ]);
  });

  it('truncates at maxOrder', () => {
    expect(minimalCutSets(BRIDGE_FAILURE, 2)).toEqual([
      ['e1', 'e2'],
      ['e4', 'e5'],
    ]);
    expect(minimalCutSets(BRIDGE_FAILURE, 1)).toEqual([]);
    expect(minimalCutSets(and(...events('a', 'b', 'c')), 2)).toEqual([]);
    expect(minimalCutSets(or(event('a'), and(...events('b', 'c'))), 0)).toEqual([]);
  });

  it('reports a shared event under an AND of ORs as an order-1 cut set', () => {
    const tree = and(or(...events('cloud', 'p1')), or(...events('cloud', 'p2')));
    expect(minimalCutSets(tree, 2)).toEqual([['cloud'], ['p1', 'p2']]);
    expect(minimalCutSets(tree, 1)).toEqual([['cloud']]);
  });

  it('removes supersets and duplicates across branches', () => {
    const tree = or(event('a'), and(...events('a', 'b')), and(...events('b', 'c')), event('a'));
    expect(minimalCutSets(tree, 3)).toEqual([['a'], ['b', 'c']]);
  });

  it('expands k-of-n gates: 2-of-3 has the three pairs', () => {
    expect(minimalCutSets(kOfN(2, events('a', 'b', 'c')), 3)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    // Inputs that are gates, and a shared event making one input imply another.
    const tree = kOfN(2, [or(...events('x', 'y')), and(...events('x', 'z')), event('w')]);
    expect(minimalCutSets(tree, 3)).toEqual([
      ['w', 'x'],
      ['w', 'y'],
      ['x', 'z'],
    ]);
  });

  it('handles constant gates: empty AND, empty OR, k ≤ 0 and k > n', () => {
    expect(minimalCutSets(and(), 3)).toEqual([[]]);
    expect(minimalCutSets(or(), 3)).toEqual([]);
    expect(minimalCutSets(kOfN(0, events('a')), 3)).toEqual([[]]);
    expect(minimalCutSets(kOfN(3, events('a', 'b')), 3)).toEqual([]);
    expect(minimalCutSets(or(event('a'), and()), 3)).toEqual([[]]);
  });

  it('keeps a wide AND of 1,000 small ORs fast when one event is shared by all', () => {
    const wide = and(
      ...Array.from({ length: 1000 }, (_, i) => or(...events('shared', `a${i}`, `b${i}`))),
    );
    const started = performance.now();
    expect(minimalCutSets(wide, 3)).toEqual([['shared']]);
    expect(minimalCutSets(wide, 5)).toEqual([['shared']]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('finds order-2 cuts common to every OR of a wide AND', () => {
    const wide = and(
      ...Array.from({ length: 500 }, (_, i) => or(...events('s1', `a${i}`, 's2', `b${i}`))),
    );
    expect(minimalCutSets(wide, 3)).toEqual([['s1'], ['s2']]);
  });

  it('sorts by size, then lexicographically by event id', () => {
    const tree = or(and(...events('z', 'b')), event('m'), and(...events('a', 'y')), event('c'));
    expect(minimalCutSets(tree, 2)).toEqual([['c'], ['m'], ['a', 'y'], ['b', 'z']]);
  });

  it('rejects a negative or NaN maxOrder', () => {
    expect(() => minimalCutSets(event('a'), -1)).toThrow(RangeError);
    expect(() => minimalCutSets(event('a'), Number.NaN)).toThrow(RangeError);
  });
});
