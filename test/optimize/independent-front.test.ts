import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignSpace, Objective } from '../../src/model/schema/design-space.js';
import { compileSpace } from '../../src/optimize/design-space.js';
import { decisionOrder, dynamicProgramme } from '../../src/optimize/dynamic-programme.js';
import { enumerateFront, type FrontEntry } from '../../src/optimize/enumerate.js';
import { exactFront, type MilpSolver } from '../../src/optimize/exact-front.js';
import { reportFront } from '../../src/optimize/front-report.js';
import { implicitEnumeration } from '../../src/optimize/implicit-enumeration.js';
import { localPath } from '../../src/optimize/local-path.js';
import { highsSolver } from '../../src/solver/highs.js';
import { assembleSpace } from '../support/design-spaces.js';
import { oracleFront } from '../support/independent-front.js';
import { syntheticSpace } from '../support/synthetic-space.js';

/** A rate and horizon at which sums of the same monthly amounts differ in their last bit. */
const PARAMETERS = { horizonMonths: 60, discountRate: 0.1 };

let solve: MilpSolver;
beforeAll(async () => {
  solve = await highsSolver({ timeLimitSeconds: 30 });
});

/**
 * Random spaces built to tie: every amount is drawn from a few values (100, 700, 1,300 a month
 * and the like), so many designs reach equal totals by different sums, which float addition
 * in a different order makes differ by noise. Service-loss changes, negative ones included,
 * tie the same way in hazard.
 */
const tiedSpace: fc.Arbitrary<DesignSpace> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
    effects: fc.array(
      fc.record({
        upfront: fc.constantFrom(0, 100, 700, 1300),
        monthly: fc.constantFrom(0, 100, 700, 1300),
        exit_cost: fc.constantFrom(0, 1000, 2000),
        launch_months: fc.constantFrom(1, 2, 3),
        exposure: fc.integer({ min: 0, max: 3 }),
        service_loss: fc.constantFrom(0, 0.01, 0.02, 0.03),
        control: fc.integer({ min: -2, max: 2 }),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    pairs: fc.array(
      fc.tuple(
        fc.nat(11),
        fc.nat(11),
        fc.constantFrom(-100, 100, 600),
        fc.constantFrom(-0.02, 0, 0.01),
        fc.constantFrom(0, 1),
      ),
      { maxLength: 5 },
    ),
    links: fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.boolean()), { maxLength: 2 }),
  })
  .map(({ sizes, effects, pairs, links }) =>
    assembleSpace({
      sizes,
      effects,
      links,
      pairs,
      option: (e) => ({
        upfront: e?.upfront,
        monthly: e?.monthly,
        exit_cost: e?.exit_cost,
        launch_months: e?.launch_months,
        exposure: e?.exposure,
        service_loss: e?.service_loss,
        control: { edge_control: e?.control ?? 0 },
      }),
      interaction: ([, , monthly, loss, delay]) => ({
        monthly,
        service_loss: loss,
        launch_months: delay,
      }),
    }),
  );

const OBJECTIVE_SETS: readonly Objective[][] = [
  ['cost', 'lockin'],
  ['cost', 'resilience'],
  ['cost', 'lockin', 'time_to_launch'],
  ['cost', 'resilience', 'control'],
  ['cost', 'lockin', 'security', 'control'],
];

type Method = (space: ReturnType<typeof compile>, objectives: readonly Objective[]) => FrontEntry[];
const compile = (model: DesignSpace) => compileSpace(model, PARAMETERS);

const METHODS: readonly [string, Method, number][] = [
  ['enumeration', enumerateFront, 80],
  [
    'implicit enumeration',
    (space, objectives) =>
      implicitEnumeration(space, objectives, { nodeBudget: Number.POSITIVE_INFINITY })?.entries ??
      [],
    80,
  ],
  [
    'dynamic programming',
    (space, objectives) =>
      dynamicProgramme(space, objectives, { labelBudget: Number.POSITIVE_INFINITY })?.entries ?? [],
    80,
  ],
  ['the MILP', (space, objectives) => exactFront(space, objectives, solve).entries, 12],
];

/** A method's front as grid indices with the designs it names, in the oracle's terms. */
function asOracle(
  space: ReturnType<typeof compile>,
  objectives: readonly Objective[],
  entries: readonly FrontEntry[],
) {
  return entries.map((entry) => ({
    steps: entry.point.map((v, k) => {
      const objective = objectives[k] as Objective;
      return Math.round(v / space.resolution[objective]);
    }),
    designs: entry.designs.map((d) => d.map((o) => space.options[o]?.id).join('+')).sort(),
  }));
}

describe('every method agrees with an independent enumeration, ties included', () => {
  for (const [name, method, runs] of METHODS) {
    it.each(OBJECTIVE_SETS.map((set) => [set.join(', '), set] as const))(
      `${name}: %s`,
      (_label, objectives) => {
        fc.assert(
          fc.property(tiedSpace, (model) => {
            const space = compile(model);
            const expected = oracleFront(model, PARAMETERS, objectives);
            const found = asOracle(space, objectives, method(space, objectives)).sort((a, b) =>
              a.steps.join().localeCompare(b.steps.join()),
            );
            const sorted = [...expected].sort((a, b) =>
              a.steps.join().localeCompare(b.steps.join()),
            );
            // Point for point on the grid.
            expect(found.map((p) => p.steps)).toEqual(sorted.map((p) => p.steps));
            // Every design named reaches its point; enumeration names every one.
            found.forEach((point, i) => {
              const designs = sorted[i]?.designs ?? [];
              for (const design of point.designs) expect(designs).toContain(design);
              if (name.includes('enumeration')) expect(point.designs).toEqual(designs);
              else expect(point.designs).toHaveLength(1);
            });
            // The knee is a front design, so never a dominated one.
            const report = reportFront(
              space,
              objectives,
              method(space, objectives),
              localPath(space),
            );
            const knee = report.front.findIndex((d) => d.knee);
            if (sorted.length > 0) expect(knee).toBeGreaterThanOrEqual(0);
          }),
          { numRuns: runs },
        );
      },
    );
  }
});

describe('the three-decision reproduction of issue 14', () => {
  // a1 → b1 → c1 and a2 → b2 → c2 both cost 2,100 a month, summed in a different order; the
  // second also carries an exit cost of 1,000, so it is dominated.
  const model: DesignSpace = {
    decisions: [
      {
        id: 'd1',
        options: [
          { id: 'a1', monthly: 100, requires: ['b1'] },
          { id: 'a2', monthly: 700, exit_cost: 1000, requires: ['b2'] },
        ],
      },
      {
        id: 'd2',
        options: [
          { id: 'b1', monthly: 700, requires: ['c1'] },
          { id: 'b2', monthly: 1300, requires: ['c2'] },
        ],
      },
      {
        id: 'd3',
        options: [
          { id: 'c1', monthly: 1300 },
          { id: 'c2', monthly: 100 },
        ],
      },
    ],
  };

  it('differs only by float noise before rounding', () => {
    const space = compile(model);
    const pv = space.options[0]?.effects.npv ?? 0;
    const [a1, b1, c1, a2, b2, c2] = [100, 700, 1300, 700, 1300, 100].map((m) => (m * pv) / 100);
    expect((a1 ?? 0) + (b1 ?? 0) + (c1 ?? 0)).not.toBe((a2 ?? 0) + (b2 ?? 0) + (c2 ?? 0));
  });

  it.each(METHODS.map(([name, method]) => [name, method] as const))(
    '%s finds one point, and the knee is a1 + b1 + c1',
    (_name, method) => {
      const space = compile(model);
      const entries = method(space, ['cost', 'lockin']);
      expect(entries.map((e) => [...e.point])).toEqual([[99_831, 0]]);
      const report = reportFront(space, ['cost', 'lockin'], entries, localPath(space));
      expect(report.front[0]?.knee).toBe(true);
      expect(report.front[0]?.choices.map((c) => c.option)).toEqual(['a1', 'b1', 'c1']);
    },
  );
});

describe('dynamic programming on generated spaces', () => {
  const cases: [number, number, number, Objective[]][] = [
    [12, 10, 3, ['cost', 'lockin']],
    [8, 30, 4, ['cost', 'lockin']],
    [8, 30, 4, ['cost', 'lockin', 'time_to_launch']],
  ];
  it.each(cases)(
    'finds implicit enumeration’s points on %i decisions × 5 with %i interactions (seed %i): %s',
    (decisions, interactions, seed, objectives) => {
      const space = compile(
        syntheticSpace({ decisions, optionsPerDecision: 5, interactions, seed }),
      );
      const dp = dynamicProgramme(space, objectives, { labelBudget: Number.POSITIVE_INFINITY });
      const ie = implicitEnumeration(space, objectives, { nodeBudget: Number.POSITIVE_INFINITY });
      expect(dp?.entries.map((e) => e.point)).toEqual(ie?.entries.map((e) => e.point));
      expect(dp?.entries.length ?? 0).toBeGreaterThan(10);
    },
  );

  it('orders a chain of interactions so that one decision at a time is open', () => {
    const space = compile(syntheticSpace({ decisions: 6, optionsPerDecision: 2, interactions: 0 }));
    const chained = compile({
      decisions: space.decisions.map((d, i) => ({
        id: d.id,
        options: [{ id: `a${i}` }, { id: `b${i}`, upfront: 1 }],
      })),
      interactions: [0, 1, 2, 3, 4].map((i) => ({
        options: [`a${i}`, `a${i + 1}`] as [string, string],
        effects: { upfront: -1 },
      })),
    });
    expect(decisionOrder(chained).width).toBe(4);
  });
});
