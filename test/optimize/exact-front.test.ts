import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignSpace } from '../../src/model/schema/design-space.js';
import { compileSpace } from '../../src/optimize/design-space.js';
import { enumerateFront } from '../../src/optimize/enumerate.js';
import { exactFront, type MilpSolver } from '../../src/optimize/exact-front.js';
import { highsSolver } from '../../src/solver/highs.js';
import { objectiveSets, smallSpace } from '../support/design-spaces.js';

let solve: MilpSolver;
beforeAll(async () => {
  solve = await highsSolver({ timeLimitSeconds: 30 });
});

/** No discounting over one month: cost is upfront + monthly, easy to check by hand. */
const compile = (space: DesignSpace) => compileSpace(space, { horizonMonths: 1, discountRate: 0 });
const points = (entries: { point: readonly number[] }[]) => entries.map((e) => [...e.point]);

describe('the exact front by ε-constraint', () => {
  it('finds the unsupported middle point that a weighted sum would miss', () => {
    const space = compile({
      decisions: [
        {
          id: 'host',
          options: [
            { id: 'a', upfront: 0, exit_cost: 10 },
            { id: 'b', upfront: 6, exit_cost: 6 },
            { id: 'c', upfront: 10, exit_cost: 0 },
          ],
        },
      ],
    });
    const front = exactFront(space, ['cost', 'lockin'], solve);
    expect(points(front.entries)).toEqual([
      [0, 10],
      [6, 6],
      [10, 0],
    ]);
    expect(front.complete).toBe(true);
    // No weight λ ∈ [0, 1] makes b the best of λ·cost + (1 − λ)·lockin: (6,6) lies above the chord.
    for (let l = 0; l <= 1; l += 0.01)
      expect(6 * l + 6 * (1 - l)).toBeGreaterThan(Math.min(10 - 10 * l, 10 * l));
  });

  it('merges points closer than the resolution the space sets', () => {
    const options = [
      { id: 'a', upfront: 0, exit_cost: 10 },
      { id: 'b', upfront: 6, exit_cost: 8 },
      { id: 'c', upfront: 10, exit_cost: 0 },
    ];
    const fine = compile({ decisions: [{ id: 'host', options }] });
    expect(points(exactFront(fine, ['cost', 'lockin'], solve).entries)).toHaveLength(3);
    const coarse = compile({ resolution: { lockin: 5 }, decisions: [{ id: 'host', options }] });
    // b saves 2 of lock-in over a, less than the 5 that counts as a difference.
    expect(points(exactFront(coarse, ['cost', 'lockin'], solve).entries)).toEqual([
      [0, 10],
      [10, 0],
    ]);
  });

  it('stops on a coarse grid where scores sit on half steps', () => {
    // With steps of 10, b's (5, 5) rounds up to (10, 10), dominated by both a and c. Before boxes
    // were kept in grid steps, a bound that a point met exactly left its box unsplit and the
    // search found that point in it forever.
    const space = compile({
      resolution: { cost: 10, lockin: 10 },
      decisions: [
        {
          id: 'host',
          options: [
            { id: 'a', upfront: 0, exit_cost: 10 },
            { id: 'b', upfront: 5, exit_cost: 5 },
            { id: 'c', upfront: 10, exit_cost: 0 },
          ],
        },
      ],
    });
    const front = exactFront(space, ['cost', 'lockin'], solve);
    expect(points(front.entries)).toEqual([
      [0, 10],
      [10, 0],
    ]);
    expect(front.complete).toBe(true);
    expect(points(enumerateFront(space, ['cost', 'lockin']))).toEqual(points(front.entries));
  });

  it.each([
    [3, 4, 'y only'],
    [6, 3, 'both'],
  ])(
    'reproduces the binary-product example of methods.md §6.2 with synergy %i',
    (synergy, cost, _which) => {
      const space = compile({
        decisions: [
          {
            id: 'vendor-x',
            options: [
              { id: 'x', upfront: 5 },
              { id: 'no-x', excludes: ['no-y'] },
            ],
          },
          { id: 'vendor-y', options: [{ id: 'y', upfront: 4 }, { id: 'no-y' }] },
        ],
        interactions: [{ options: ['x', 'y'], effects: { upfront: -synergy } }],
      });
      const front = exactFront(space, ['cost'], solve);
      expect(points(front.entries)).toEqual([[cost]]);
    },
  );

  it('reports an empty front when requirements and exclusions leave no design', () => {
    const space = compile({
      decisions: [
        { id: 'a', options: [{ id: 'a1', requires: ['b1'] }] },
        { id: 'b', options: [{ id: 'b1', excludes: ['a1'] }] },
      ],
    });
    expect(exactFront(space, ['cost', 'lockin'], solve).entries).toEqual([]);
    expect(enumerateFront(space, ['cost', 'lockin'])).toEqual([]);
  });
});

describe('the exact front equals brute-force enumeration', () => {
  it.each(objectiveSets.map((set) => [set.join(', '), set] as const))(
    'on random small spaces: %s',
    (_name, objectives) => {
      fc.assert(
        fc.property(smallSpace, (model) => {
          const space = compile(model);
          const milp = exactFront(space, objectives, solve);
          const enumerated = enumerateFront(space, objectives);
          expect(milp.complete).toBe(true);
          expect(points(milp.entries).sort(byPoint)).toEqual(points(enumerated).sort(byPoint));
          // Every design the MILP names reaches its point and is among enumeration's alternatives.
          for (const entry of milp.entries) {
            const match = enumerated.find((e) => e.point.every((v, i) => v === entry.point[i]));
            expect(match?.designs.map((d) => d.join())).toContain(entry.designs[0]?.join());
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});

function byPoint(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
