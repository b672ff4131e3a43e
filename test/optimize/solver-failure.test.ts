import { beforeAll, describe, expect, it } from 'vitest';
import { compileSpace } from '../../src/optimize/design-space.js';
import { enumerateFront } from '../../src/optimize/enumerate.js';
import {
  exactFront,
  type MilpSolver,
  SolverFailure,
  type SolveSettings,
} from '../../src/optimize/exact-front.js';
import { searchFront } from '../../src/optimize/front-search.js';
import { highsSolver } from '../../src/solver/highs.js';
import { syntheticSpace } from '../support/synthetic-space.js';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await highsSolver({ timeLimitSeconds: 30 });
});

const space = compileSpace(
  syntheticSpace({ decisions: 4, optionsPerDecision: 3, interactions: 4, seed: 2 }),
  { horizonMonths: 60, discountRate: 0.1 },
);
const points = (entries: readonly { point: readonly number[] }[]) =>
  entries.map((e) => [...e.point]);

/** HiGHS behind a stub that fails the programmes listed, the way HiGHS 1.15.3 fails in presolve. */
function failing(which: (call: number, settings: SolveSettings) => boolean) {
  const calls: SolveSettings[] = [];
  const solve: MilpSolver = (program, settings) => {
    calls.push(settings);
    if (which(calls.length, settings))
      return { status: 'failed', reason: 'Unable to solve the problem. HiGHS error -1' };
    return highs(program, settings);
  };
  return { solve, calls };
}

describe('a failing HiGHS solve', () => {
  it('is retried with presolve off, reported, and the front is unchanged', () => {
    const stub = failing((call) => call === 3);
    const front = exactFront(space, ['cost', 'lockin'], stub.solve);
    expect(points(front.entries)).toEqual(points(enumerateFront(space, ['cost', 'lockin'])));
    expect(front.complete).toBe(true);
    // The third programme, then the same programme again without presolve.
    expect(stub.calls.slice(2, 4)).toEqual([{ presolve: true }, { presolve: false }]);
    expect(stub.calls.filter((c) => !c.presolve)).toHaveLength(1);
    expect(front.incidents).toEqual([
      'programme 3 failed (Unable to solve the problem. HiGHS error -1) and was solved again with presolve off',
    ]);
  });

  it('that fails again without presolve ends the MILP with a SolverFailure', () => {
    const stub = failing((call) => call >= 3);
    expect(() => exactFront(space, ['cost', 'lockin'], stub.solve)).toThrow(SolverFailure);
  });

  it('hands the search to implicit enumeration, which finds the exact front, and says why', async () => {
    const stub = failing((call) => call >= 3);
    const search = await searchFront(space, ['cost', 'lockin'], {
      method: 'milp',
      deadline: performance.now() + 30_000,
      milpSolver: async () => stub.solve,
    });
    expect(search.method).toBe('enumeration');
    expect(search.complete).toBe(true);
    expect(points(search.entries)).toEqual(points(enumerateFront(space, ['cost', 'lockin'])));
    expect(search.notes).toEqual([
      'the MILP stopped: programme 3 failed (Unable to solve the problem. HiGHS error -1), and again with presolve off (Unable to solve the problem. HiGHS error -1); implicit enumeration took over',
    ]);
  });

  it('comes back from the HiGHS adapter as a failure, not an exception', () => {
    const outcome = highs('Minimize\n goal: + 1 x\nSubject To\n nonsense here\nEnd', {
      presolve: true,
    });
    expect(outcome.status).toBe('failed');
  });
});
