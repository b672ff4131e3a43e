import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesignSpace } from '../../src/model/schema/design-space.js';
import { compileSpace } from '../../src/optimize/design-space.js';
import { designCount, enumerateFront } from '../../src/optimize/enumerate.js';
import { implicitEnumeration } from '../../src/optimize/implicit-enumeration.js';
import { objectiveSets, smallSpace } from '../support/design-spaces.js';
import { syntheticSpace } from '../support/synthetic-space.js';

const compile = (space: DesignSpace) =>
  compileSpace(space, { horizonMonths: 12, discountRate: 0.08 });
const UNLIMITED = { nodeBudget: Number.POSITIVE_INFINITY };

/** Points and, per point, the sorted set of designs reaching it. */
const canonical = (
  entries: readonly { point: readonly number[]; designs: readonly (readonly number[])[] }[],
) =>
  entries
    .map((e) => ({ point: [...e.point], designs: e.designs.map((d) => d.join()).sort() }))
    .sort((a, b) => a.point.join().localeCompare(b.point.join()));

describe('implicit enumeration', () => {
  it.each(objectiveSets.map((set) => [set.join(', '), set] as const))(
    'returns exactly what plain enumeration returns, alternatives included: %s',
    (_name, objectives) => {
      fc.assert(
        fc.property(smallSpace, (model) => {
          const space = compile(model);
          const pruned = implicitEnumeration(space, objectives, UNLIMITED);
          expect(canonical(pruned?.entries ?? [])).toEqual(
            canonical(enumerateFront(space, objectives)),
          );
        }),
        { numRuns: 60 },
      );
    },
  );

  it('agrees with plain enumeration on a generated space of 8 decisions and 40 interactions', () => {
    const space = compile(
      syntheticSpace({ decisions: 8, optionsPerDecision: 4, interactions: 40, seed: 3 }),
    );
    for (const objectives of objectiveSets) {
      const pruned = implicitEnumeration(space, objectives, UNLIMITED);
      expect(canonical(pruned?.entries ?? [])).toEqual(
        canonical(enumerateFront(space, objectives)),
      );
    }
  });

  it('cuts branches: it visits far fewer nodes than the space has designs', () => {
    const space = compile(
      syntheticSpace({ decisions: 9, optionsPerDecision: 5, interactions: 60, seed: 5 }),
    );
    const pruned = implicitEnumeration(space, ['cost', 'lockin'], UNLIMITED);
    expect(pruned).toBeDefined();
    expect(pruned?.nodes ?? Number.POSITIVE_INFINITY).toBeLessThan(designCount(space) / 10);
  });

  it('gives up (undefined) once its node budget is spent', () => {
    const space = compile(
      syntheticSpace({ decisions: 9, optionsPerDecision: 5, interactions: 60, seed: 5 }),
    );
    expect(implicitEnumeration(space, ['cost', 'lockin'], { nodeBudget: 1_000 })).toBeUndefined();
  });

  it('honours requirements and exclusions across decisions in either order', () => {
    const space = compile({
      decisions: [
        {
          id: 'billing',
          options: [
            { id: 'own-bss', upfront: 9 },
            { id: 'enabler-bss', upfront: 1, requires: ['enabler-sim'] },
          ],
        },
        {
          id: 'sim',
          options: [
            { id: 'own-sim', upfront: 5, excludes: ['enabler-bss'] },
            { id: 'enabler-sim', upfront: 2, exit_cost: 9 },
          ],
        },
      ],
    });
    const front = implicitEnumeration(space, ['cost', 'lockin'], UNLIMITED);
    const ids = (front?.entries ?? []).map((e) =>
      e.designs.map((d) => d.map((o) => space.options[o]?.id).join('+')),
    );
    expect(ids).toEqual([['enabler-bss+enabler-sim'], ['own-bss+own-sim']]);
  });
});
