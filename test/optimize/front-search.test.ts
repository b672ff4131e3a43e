import { describe, expect, it } from 'vitest';
import { compileSpace } from '../../src/optimize/design-space.js';
import type { MilpSolver } from '../../src/optimize/exact-front.js';
import { searchFront } from '../../src/optimize/front-search.js';
import { syntheticSpace } from '../support/synthetic-space.js';

const compile = (decisions: number, interactions: number) =>
  compileSpace(syntheticSpace({ decisions, optionsPerDecision: 5, interactions, seed: 7 }), {
    horizonMonths: 60,
    discountRate: 0.1,
  });
const noSolver = async (): Promise<MilpSolver> => {
  throw new Error('the MILP was not expected to run');
};

describe('auto', () => {
  it('takes dynamic programming on sparse interactions, and says why', async () => {
    const search = await searchFront(compile(15, 10), ['cost', 'lockin'], {
      method: 'auto',
      deadline: performance.now() + 30_000,
      milpSolver: noSolver,
    });
    expect(search.method).toBe('dp');
    expect(search.complete).toBe(true);
    expect(search.entries).toHaveLength(651);
    expect(search.notes).toEqual([
      'dynamic programming, because the interactions leave at most 125 states open at once',
    ]);
  });

  it('passes dense interactions to implicit enumeration, and says why', async () => {
    const search = await searchFront(compile(10, 100), ['cost', 'lockin'], {
      method: 'auto',
      deadline: performance.now() + 30_000,
      milpSolver: noSolver,
    });
    expect(search.method).toBe('enumeration');
    expect(search.entries).toHaveLength(205);
    expect(search.notes).toEqual([
      'not dynamic programming: the interactions leave up to 390,625 states open at once (more than 3,125)',
      'implicit enumeration finished within its budget',
    ]);
  });
});
