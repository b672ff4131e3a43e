import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignSpace, Objective } from '../../src/model/schema/design-space.js';
import { type CompiledSpace, compileSpace } from '../../src/optimize/design-space.js';
import { enumerateFront } from '../../src/optimize/enumerate.js';
import {
  lexicographicOptimum,
  type MilpSolver,
  programmeRunner,
} from '../../src/optimize/exact-front.js';
import { searchFront } from '../../src/optimize/front-search.js';
import { stepIndex } from '../../src/optimize/grid.js';
import {
  type BoxSolve,
  boxSearch,
  type Representation,
  spreadSelection,
} from '../../src/optimize/representative-front.js';
import { highsSolver } from '../../src/solver/highs.js';
import { assembleSpace } from '../support/design-spaces.js';
import { oracleFront } from '../support/independent-front.js';
import { syntheticSpace } from '../support/synthetic-space.js';

const PARAMETERS = { horizonMonths: 60, discountRate: 0.1 };

let highs: MilpSolver;
beforeAll(async () => {
  highs = await highsSolver({ timeLimitSeconds: 30 });
});

/** Random spaces of up to 5 decisions × 4 options, amounts drawn from a few values so that points tie. */
const smallSpace: fc.Arbitrary<DesignSpace> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 5 }),
    effects: fc.array(
      fc.record({
        upfront: fc.constantFrom(0, 100, 700, 1300, 5000),
        monthly: fc.constantFrom(0, 100, 700, 1300),
        exit_cost: fc.constantFrom(0, 1000, 2000, 7000),
        exposure: fc.integer({ min: 0, max: 5 }),
        control: fc.integer({ min: -2, max: 3 }),
      }),
      { minLength: 20, maxLength: 20 },
    ),
    pairs: fc.array(
      fc.tuple(
        fc.nat(19),
        fc.nat(19),
        fc.constantFrom(-300, 100, 600),
        fc.constantFrom(-1000, 0, 3000),
      ),
      { maxLength: 6 },
    ),
  })
  .map(({ sizes, effects, pairs }) =>
    assembleSpace({
      sizes,
      effects,
      pairs,
      option: (e) => ({
        upfront: e?.upfront,
        monthly: e?.monthly,
        exit_cost: e?.exit_cost,
        exposure: e?.exposure,
        control: { edge_control: e?.control ?? 0 },
      }),
      interaction: ([, , monthly, exit]) => ({ monthly, exit_cost: exit }),
    }),
  );

/**
 * The share of the ideal–nadir box that `points` (grid indices) dominate, from the nadir: a
 * sweep written here, apart from src/optimize/pareto.ts.
 */
function share2d(points: readonly (readonly number[])[], ideal: number[], nadir: number[]): number {
  const [i0 = 0, i1 = 0] = ideal;
  const [n0 = 0, n1 = 0] = nadir;
  if (n0 === i0 || n1 === i1) return points.length > 0 ? 1 : 0;
  const sorted = [...points].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  let ceiling = n1;
  let area = 0;
  for (const [x = 0, y = 0] of sorted) {
    if (y >= ceiling || x >= n0) continue;
    area += (n0 - x) * (ceiling - y);
    ceiling = y;
  }
  return area / ((n0 - i0) * (n1 - i1));
}

/** The representation's ideal and nadir as grid indices. */
function cornerSteps(space: CompiledSpace, objectives: readonly Objective[], r: Representation) {
  const at = (p: readonly number[]) =>
    objectives.map((o, k) => stepIndex(o, p[k] ?? 0, space.resolution[o]));
  return { ideal: at(r.ideal), nadir: at(r.nadir) };
}

/** A box solver that reads the enumerated front: the lexicographic optimum in the box is a front point. */
function enumeratedBoxSolve(space: CompiledSpace, objectives: readonly Objective[]): BoxSolve {
  const front = enumerateFront(space, objectives);
  return (order, atMostSteps) => {
    const steps = (point: readonly number[]) =>
      Object.fromEntries(
        objectives.map((o, k) => [o, stepIndex(o, point[k] ?? 0, space.resolution[o])]),
      ) as Record<Objective, number>;
    const inside = front.filter((e) =>
      objectives.every((o) => steps(e.point)[o] <= (atMostSteps[o] ?? Number.POSITIVE_INFINITY)),
    );
    inside.sort((a, b) => {
      for (const o of order) {
        const d = steps(a.point)[o] - steps(b.point)[o];
        if (d !== 0) return d;
      }
      return 0;
    });
    return inside[0]?.designs[0] ?? 'infeasible';
  };
}

function milpBoxSolve(space: CompiledSpace): BoxSolve {
  const programmes = programmeRunner(space, highs, []);
  return (order, atMostSteps) => {
    const optimum = lexicographicOptimum(space, order, atMostSteps, programmes.run);
    return typeof optimum === 'string' ? optimum : optimum.design;
  };
}

const PAIRS: readonly [Objective, Objective][] = [
  ['cost', 'lockin'],
  ['cost', 'security'],
  ['lockin', 'control'],
];

/** Runs the box search and checks it against the oracle; returns the true missing share. */
function checkBoxSearch(
  model: DesignSpace,
  objectives: [Objective, Objective],
  points: number,
  solver: (space: CompiledSpace) => BoxSolve,
): { missing: number; bound: number; returned: number; front: number } {
  const space = compileSpace(model, PARAMETERS);
  const oracle = oracleFront(model, PARAMETERS, objectives).map((p) => p.steps);
  const search = boxSearch(space, objectives, solver(space), {
    points,
    deadline: Number.POSITIVE_INFINITY,
  });
  const r = search.representation;
  const returned = search.entries.map((e) =>
    objectives.map((o, k) => stepIndex(o, e.point[k] ?? 0, space.resolution[o])),
  );
  // Every point returned is on the exact front, and there are at most `points`.
  for (const p of returned) expect(oracle).toContainEqual(p);
  expect(returned.length).toBeLessThanOrEqual(Math.max(points, 0));
  expect(search.stopped).toBe(false);
  if (oracle.length === 0) {
    expect(returned).toEqual([]);
    return { missing: 0, bound: r.gapBound ?? 0, returned: 0, front: 0 };
  }
  // The ideal and nadir are the front's.
  const { ideal, nadir } = cornerSteps(space, objectives, r);
  expect(ideal).toEqual([0, 1].map((k) => Math.min(...oracle.map((p) => p[k] ?? 0))));
  expect(nadir).toEqual([0, 1].map((k) => Math.max(...oracle.map((p) => p[k] ?? 0))));
  const whole = share2d(oracle, ideal, nadir);
  const found = share2d(returned, ideal, nadir);
  expect(r.hypervolume).toBeCloseTo(found, 12);
  const bound = r.gapBound ?? Number.NaN;
  expect(bound).toBeGreaterThanOrEqual(0);
  expect(bound).toBeLessThanOrEqual(1);
  // The true missing share never exceeds the bound.
  expect(whole - found).toBeLessThanOrEqual(bound + 1e-12);
  // Stopping short of `points` means every box was closed: the whole front, and a bound of 0.
  if (returned.length < points) {
    expect(returned).toHaveLength(oracle.length);
    expect(bound).toBe(0);
  }
  return { missing: whole - found, bound, returned: returned.length, front: oracle.length };
}

describe('the box search for two objectives', () => {
  it.each(PAIRS)(
    'bounds the missing hypervolume on random spaces (%s, %s; enumerated boxes)',
    (f, g) => {
      let tight = 0;
      fc.assert(
        fc.property(smallSpace, fc.integer({ min: 2, max: 6 }), (model, points) => {
          const result = checkBoxSearch(model, [f, g], points, (space) =>
            enumeratedBoxSolve(space, [f, g]),
          );
          if (result.returned < result.front) tight++;
        }),
        { numRuns: 150 },
      );
      // Enough of the runs stop short of the whole front for the bound to be tested.
      expect(tight).toBeGreaterThan(10);
    },
  );

  it('bounds the missing hypervolume with the MILP in the boxes', () => {
    fc.assert(
      fc.property(smallSpace, fc.integer({ min: 2, max: 5 }), (model, points) => {
        checkBoxSearch(model, ['cost', 'lockin'], points, milpBoxSolve);
      }),
      { numRuns: 15 },
    );
  });

  it('finds the whole front and a bound of 0 when enough points are asked for', () => {
    const model = syntheticSpace({ decisions: 6, optionsPerDecision: 3, interactions: 6, seed: 3 });
    const space = compileSpace(model, PARAMETERS);
    const exact = enumerateFront(space, ['cost', 'lockin']);
    const search = boxSearch(
      space,
      ['cost', 'lockin'],
      enumeratedBoxSolve(space, ['cost', 'lockin']),
      {
        points: exact.length + 5,
        deadline: Number.POSITIVE_INFINITY,
      },
    );
    expect(search.entries.map((e) => e.point)).toEqual(exact.map((e) => e.point));
    expect(search.representation.gapBound).toBe(0);
    expect(search.representation.openBoxes).toBe(0);
    expect(search.representation.hypervolume).toBeGreaterThan(0.3);
  });

  it('spreads the points along the front and the bound falls as points are added', () => {
    const model = syntheticSpace({
      decisions: 8,
      optionsPerDecision: 4,
      interactions: 12,
      seed: 5,
    });
    const space = compileSpace(model, PARAMETERS);
    const solve = enumeratedBoxSolve(space, ['cost', 'lockin']);
    const exact = enumerateFront(space, ['cost', 'lockin']);
    expect(exact.length).toBeGreaterThan(40);
    const bounds = [4, 8, 16, 32].map((points) => {
      const search = boxSearch(space, ['cost', 'lockin'], solve, {
        points,
        deadline: Number.POSITIVE_INFINITY,
      });
      expect(search.entries).toHaveLength(points);
      return search.representation.gapBound ?? 1;
    });
    for (let i = 1; i < bounds.length; i++) expect(bounds[i] ?? 1).toBeLessThan(bounds[i - 1] ?? 0);
    expect(bounds[3]).toBeLessThan(0.05);
  });

  it('stops at its deadline with the bound of the boxes left open', () => {
    const model = syntheticSpace({ decisions: 6, optionsPerDecision: 3, interactions: 6, seed: 3 });
    const space = compileSpace(model, PARAMETERS);
    const search = boxSearch(
      space,
      ['cost', 'lockin'],
      enumeratedBoxSolve(space, ['cost', 'lockin']),
      {
        points: 50,
        deadline: performance.now() - 1,
      },
    );
    expect(search.stopped).toBe(true);
    expect(search.entries).toEqual([]);
    expect(search.representation.gapBound).toBeUndefined();
  });
});

describe('selection from an exact front', () => {
  it.each([
    [['cost', 'lockin']],
    [['cost', 'lockin', 'security']],
    [['cost', 'lockin', 'security', 'control']],
  ] as [Objective[]][])(
    'keeps at most N front points and reports the exact missing share: %j',
    (objectives) => {
      fc.assert(
        fc.property(smallSpace, fc.integer({ min: 1, max: 6 }), (model, points) => {
          const space = compileSpace(model, PARAMETERS);
          const oracle = oracleFront(model, PARAMETERS, objectives).map((p) => p.steps);
          const exact = enumerateFront(space, objectives);
          const { entries, representation } = spreadSelection(exact, points);
          const steps = entries.map((e) =>
            objectives.map((o, k) => stepIndex(o, e.point[k] ?? 0, space.resolution[o])),
          );
          for (const p of steps) expect(oracle).toContainEqual(p);
          expect(entries.length).toBe(Math.min(points, oracle.length));
          if (oracle.length <= points) expect(representation.gapBound).toBe(0);
          expect(representation.gapBound).toBeGreaterThanOrEqual(0);
          if (objectives.length === 2 && oracle.length > 0) {
            const { ideal, nadir } = cornerSteps(space, objectives, representation);
            const missing = share2d(oracle, ideal, nadir) - share2d(steps, ideal, nadir);
            expect(representation.gapBound ?? Number.NaN).toBeCloseTo(missing, 12);
          }
        }),
        { numRuns: 80 },
      );
    },
  );
});

describe('searchFront with points', () => {
  it('selects from the whole front when dynamic programming finishes it', async () => {
    const space = compileSpace(
      syntheticSpace({ decisions: 12, optionsPerDecision: 5, interactions: 10, seed: 7 }),
      PARAMETERS,
    );
    const search = await searchFront(space, ['cost', 'lockin'], {
      method: 'auto',
      points: 20,
      deadline: performance.now() + 20_000,
      milpSolver: async () => highs,
    });
    expect(search.method).toBe('dp');
    expect(search.entries).toHaveLength(20);
    expect(search.representation?.how).toBe('selection');
    expect(search.representation?.gapBound).toBeLessThan(0.05);
    expect(search.notes[0]).toMatch(/^dynamic programming found the whole front \(\d+ points\)/);
  });

  it('runs the box search over the MILP with --method milp', async () => {
    const space = compileSpace(
      syntheticSpace({ decisions: 6, optionsPerDecision: 4, interactions: 10, seed: 2 }),
      PARAMETERS,
    );
    const search = await searchFront(space, ['cost', 'lockin'], {
      method: 'milp',
      points: 6,
      deadline: performance.now() + 20_000,
      milpSolver: async () => highs,
    });
    const exact = enumerateFront(space, ['cost', 'lockin']).map((e) => e.point);
    expect(search.representation?.how).toBe('boxes');
    expect(search.entries).toHaveLength(6);
    for (const entry of search.entries) expect(exact).toContainEqual(entry.point);
    expect(search.complete).toBe(true);
    expect(search.solves).toBeGreaterThanOrEqual(6);
  });
});

describe('the representative front in words', () => {
  it('states the share found and the proven bound, without scientific notation', async () => {
    const { representationText } = await import('../../src/cli/format/optimize-text.js');
    const base = { asked: 50, ideal: [0, 0], nadir: [1, 1], openBoxes: 13 } as const;
    expect(
      representationText({ ...base, how: 'boxes', hypervolume: 0.5426, gapBound: 0.0000084 }),
    ).toBe(
      'Representative front (at most 50 points, found by the box search (13 boxes still open)): hypervolume 54.26% of the ideal–nadir box (reference: the nadir); at most under 0.01% is missing (proven)',
    );
    expect(
      representationText({
        ...base,
        how: 'selection',
        hypervolume: 0.7,
        gapBound: 0,
        openBoxes: 0,
      }),
    ).toContain(
      'spread along the exact front): hypervolume 70.00% of the ideal–nadir box (reference: the nadir); nothing is missing',
    );
    expect(
      representationText({ ...base, how: 'boxes', hypervolume: 0, gapBound: undefined }),
    ).toContain('no proven bound on what is missing');
  });
});
