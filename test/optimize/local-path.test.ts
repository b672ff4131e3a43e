import { describe, expect, it } from 'vitest';
import type { DesignSpace } from '../../src/model/schema/design-space.js';
import { compileSpace } from '../../src/optimize/design-space.js';
import { enumerateFront, pointOf } from '../../src/optimize/enumerate.js';
import { localPath } from '../../src/optimize/local-path.js';
import { dominates } from '../../src/optimize/pareto.js';

const compile = (space: DesignSpace) => compileSpace(space, { horizonMonths: 1, discountRate: 0 });

/** A launch built step by step: the fastest host, then the enabler that is cheapest with it. */
const LAUNCH: DesignSpace = {
  decisions: [
    {
      id: 'host',
      options: [
        { id: 'fast-host', launch_months: 3, upfront: 100, exit_cost: 50 },
        { id: 'slow-host', launch_months: 6, upfront: 100, exit_cost: 50 },
      ],
    },
    {
      id: 'enabler',
      criteria: ['cost'],
      options: [
        { id: 'bundled', upfront: 10, exit_cost: 400, launch_months: 2 },
        { id: 'open', upfront: 30, exit_cost: 40, launch_months: 4 },
      ],
    },
  ],
  interactions: [
    // The bundled enabler is only this cheap on the fast host because it resells it.
    { options: ['fast-host', 'bundled'], effects: { exit_cost: 300 } },
    { options: ['slow-host', 'open'], effects: { upfront: -25 } },
  ],
};

describe('the locally optimised path', () => {
  it('takes each decision on its own criteria, in order', () => {
    const path = localPath(compile(LAUNCH));
    expect(path.feasible).toBe(true);
    expect(path.steps.map((s) => [s.decision, s.seen])).toEqual([
      ['host', [3, 100]],
      ['enabler', [10]],
    ]);
  });

  it('can land off the front, where global designs dominate it', () => {
    const space = compile(LAUNCH);
    const path = localPath(space);
    if (!path.feasible) throw new Error('expected a feasible path');
    const local = pointOf(space, path.design, ['cost', 'lockin']);
    expect(local).toEqual([110, 750]);
    const front = enumerateFront(space, ['cost', 'lockin']);
    expect(front.map((e) => e.point)).toEqual([[105, 90]]);
    expect(dominates(front[0]?.point ?? [], local)).toBe(true);
  });

  it('counts interactions with earlier choices when it decides', () => {
    const slowFirst: DesignSpace = {
      ...LAUNCH,
      decisions: LAUNCH.decisions.map((d) =>
        d.id === 'host' ? { ...d, criteria: ['lockin'] as const } : d,
      ),
    };
    // Both hosts tie on lock-in; the first listed wins, then the enabler sees fast-host's pairing.
    const path = localPath(compile(slowFirst));
    expect(path.steps.map((s) => s.seen)).toEqual([[50], [10]]);
  });

  it('honours requirements and exclusions of earlier choices', () => {
    const space = compile({
      decisions: [
        {
          id: 'host',
          options: [
            { id: 'h1', upfront: 1, excludes: ['cheap'] },
            { id: 'h2', upfront: 2 },
          ],
        },
        {
          id: 'billing',
          criteria: ['cost'],
          options: [
            { id: 'cheap', upfront: 1 },
            { id: 'dear', upfront: 5 },
          ],
        },
      ],
    });
    const path = localPath(space);
    expect(path.feasible && path.design.map((o) => space.options[o]?.id)).toEqual(['h1', 'dear']);
  });

  it('says where it is stuck when earlier choices leave no option', () => {
    const space = compile({
      decisions: [
        { id: 'host', options: [{ id: 'h1', excludes: ['only'] }] },
        { id: 'billing', options: [{ id: 'only' }] },
      ],
    });
    expect(localPath(space)).toMatchObject({ feasible: false, stuckAt: 'billing' });
  });
});
