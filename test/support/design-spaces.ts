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
  .map(({ sizes, seedEffects, pairs, links }) =>
    assembleSpace({
      sizes,
      effects: seedEffects,
      links,
      pairs,
      option: (effects) => {
        const [upfront, exit, exposure, launch, control] = effects ?? [0, 0, 0, 0, 0];
        return {
          upfront,
          exit_cost: exit,
          exposure,
          launch_months: launch,
          control: { edge_control: control },
        };
      },
      interaction: ([, , cost, exit]) => ({
        upfront: cost,
        exit_cost: exit,
        launch_months: Math.abs(cost) % 3,
      }),
    }),
  );

type DesignOption = DesignSpace['decisions'][number]['options'][number];
type InteractionEffects = NonNullable<DesignSpace['interactions']>[number]['effects'];

/** What a random space is drawn from; option o takes `effects[o % length]`. */
export interface SpaceDraw<E, P extends readonly [number, number, ...unknown[]]> {
  readonly sizes: readonly number[];
  readonly effects: readonly E[];
  /** [from, to, exclude]: a requirement (or exclusion) between options of two decisions. */
  readonly links?: readonly (readonly [number, number, boolean])[];
  /** [i, j, …]: an interaction between options i and j of two decisions. */
  readonly pairs: readonly P[];
  readonly option: (effects: E | undefined) => Omit<DesignOption, 'id' | 'requires' | 'excludes'>;
  readonly interaction: (pair: P) => InteractionEffects;
}

/**
 * The design space a random draw describes: decisions of the drawn sizes with options o0, o1, …
 * numbered across decisions; links and interactions between options of the same decision are
 * dropped (the schema refuses them). Every random space of the optimiser's tests is built here.
 */
export function assembleSpace<E, P extends readonly [number, number, ...unknown[]]>(
  draw: SpaceDraw<E, P>,
): DesignSpace {
  const owner: number[] = [];
  const decisions = draw.sizes.map((size, d) => ({
    id: `d${d}`,
    options: Array.from({ length: size }, () => {
      const o = owner.length;
      owner.push(d);
      return {
        id: `o${o}`,
        ...draw.option(draw.effects[o % draw.effects.length]),
        requires: [] as string[],
        excludes: [] as string[],
      };
    }),
  }));
  const options = decisions.flatMap((d) => d.options);
  const n = options.length;
  for (const [from, to, exclude] of draw.links ?? []) {
    const [a, b] = [from % n, to % n];
    if (owner[a] === owner[b]) continue;
    (exclude ? options[a]?.excludes : options[a]?.requires)?.push(`o${b}`);
  }
  const interactions = draw.pairs
    .filter(([i, j]) => owner[i % n] !== owner[j % n])
    .map((pair) => ({
      options: [`o${pair[0] % n}`, `o${pair[1] % n}`] as [string, string],
      effects: draw.interaction(pair),
    }));
  return { decisions, interactions };
}

/** Objective sets the front tests cover: two, three and four objectives, maximised ones too. */
export const objectiveSets: readonly Objective[][] = [
  ['cost', 'lockin'],
  ['lockin', 'control'],
  ['cost', 'time_to_launch'],
  ['cost', 'lockin', 'security'],
  ['time_to_launch', 'control', 'cost', 'lockin'],
];
