import fc from 'fast-check';
import type { DesignSpace, Objective } from '../../src/model/schema/design-space.js';

/** Random small design spaces with whole-number effects, requirements, exclusions and interactions. */
export const smallSpace = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    seedEffects: fc.array(
      fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9), fc.nat(6), fc.integer({ min: -3, max: 3 })),
      {
        minLength: 16,
        maxLength: 16,
      },
    ),
    pairs: fc.array(
      fc.tuple(
        fc.nat(15),
        fc.nat(15),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -4, max: 4 }),
      ),
      {
        maxLength: 6,
      },
    ),
    links: fc.array(fc.tuple(fc.nat(15), fc.nat(15), fc.boolean()), { maxLength: 2 }),
  })
  .map(({ sizes, seedEffects, pairs, links }): DesignSpace => {
    const owner: number[] = [];
    const decisions = sizes.map((size, d) => ({
      id: `d${d}`,
      options: Array.from({ length: size }, () => {
        const o = owner.length;
        owner.push(d);
        const [upfront, exit, exposure, launch, control] = seedEffects[o % 16] ?? [0, 0, 0, 0, 0];
        return {
          id: `o${o}`,
          upfront,
          exit_cost: exit,
          exposure,
          launch_months: launch,
          control: { edge_control: control },
          requires: [] as string[],
          excludes: [] as string[],
        };
      }),
    }));
    const options = decisions.flatMap((d) => d.options);
    const n = options.length;
    for (const [from, to, exclude] of links) {
      const [a, b] = [from % n, to % n];
      if (owner[a] === owner[b]) continue;
      (exclude ? options[a]?.excludes : options[a]?.requires)?.push(`o${b}`);
    }
    const interactions = pairs
      .map(([i, j, cost, exit]) => [i % n, j % n, cost, exit] as const)
      .filter(([a, b]) => owner[a] !== owner[b])
      .map(([a, b, cost, exit]) => ({
        options: [`o${a}`, `o${b}`] as [string, string],
        effects: { upfront: cost, exit_cost: exit, launch_months: Math.abs(cost) % 3 },
      }));
    return { decisions, interactions };
  });

/** Objective sets the front tests cover: two, three and four objectives, maximised ones too. */
export const objectiveSets: readonly Objective[][] = [
  ['cost', 'lockin'],
  ['lockin', 'control'],
  ['cost', 'time_to_launch'],
  ['cost', 'lockin', 'security'],
  ['time_to_launch', 'control', 'cost', 'lockin'],
];
