/**
 * Property tests of the binomial lattice on random valid trees: CRR trees from a volatility and
 * trees with given u, d, spots and strikes from 0.5 to 200, 1..80 steps. Parameters are drawn on
 * grids (integers scaled down) so that they spread evenly instead of clustering near zero.
 *
 * Tolerances: value ≥ 0 and American ≥ European hold exactly in floating point (every step adds
 * and scales non-negative numbers, and rounding is monotone); the identities that hold only in
 * exact arithmetic (put–call parity, payoff bounds, monotonicity in σ) get 1e-9·(S + K).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binomialOption,
  type Exercise,
  type LatticeInput,
  lattice,
  type OptionKind,
} from '../../../src/economics/options/binomial-lattice.js';

type Tree = Omit<LatticeInput, 'kind' | 'exercise'>;

const grid = (min: number, max: number, scale: number): fc.Arbitrary<number> =>
  fc
    .noBias(fc.integer({ min: Math.round(min * scale), max: Math.round(max * scale) }))
    .map((i) => i / scale);

const money = grid(0.5, 200, 2);
const years = grid(0.05, 5, 100);
const steps = fc.integer({ min: 1, max: 80 });
const rate = grid(0, 0.15, 10_000);
const volatility = grid(0.05, 0.8, 1000);
const kind = fc.constantFrom<OptionKind>('call', 'put');

/** CRR tree; the carry is kept within |b|·√Δt ≤ σ so that p lies in [0, 1]. */
const crrTree: fc.Arbitrary<Tree> = fc
  .record({
    spot: money,
    strike: money,
    years,
    steps,
    rate,
    volatility,
    carry: grid(-0.1, 0.15, 10_000),
  })
  .filter(
    ({ years, steps, volatility, carry }) =>
      Math.abs(carry) * Math.sqrt(years / steps) <= volatility,
  );

/**
 * Tree with given u and d around 1; the carry is placed at a fraction of the way from d to u, so
 * exp(bΔt) lies strictly between them.
 */
const givenTree: fc.Arbitrary<Tree> = fc
  .record({
    spot: money,
    strike: money,
    years,
    steps,
    rate,
    down: grid(0.5, 0.99, 1000),
    up: grid(1.01, 2, 1000),
    share: grid(0.01, 0.99, 1000),
  })
  .map(({ share, ...tree }) => ({
    ...tree,
    carry: Math.log(tree.down + share * (tree.up - tree.down)) / (tree.years / tree.steps),
  }));

const anyTree = fc.oneof(crrTree, givenTree);

const value = (tree: Tree, k: OptionKind, exercise: Exercise): number =>
  binomialOption({ ...tree, kind: k, exercise }).value;

/** Float slack for identities that hold in exact arithmetic. */
const slack = (tree: Tree): number => 1e-9 * (tree.spot + tree.strike);

/** Largest payoff over the terminal nodes, max_j max(z·(S0·u^j·d^(n−j) − K), 0). */
function maxTerminalPayoff(tree: Tree, k: OptionKind): number {
  const table = lattice({ ...tree, kind: k, exercise: 'european' });
  const last = table.underlying[tree.steps] ?? [];
  const sign = k === 'call' ? 1 : -1;
  return Math.max(0, ...last.map((s) => sign * (s - tree.strike)));
}

describe('binomialOption properties', () => {
  it('is never negative', () => {
    fc.assert(
      fc.property(anyTree, kind, fc.constantFrom<Exercise>('european', 'american'), (t, k, e) => {
        expect(value(t, k, e)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('American ≥ European, exactly', () => {
    fc.assert(
      fc.property(anyTree, kind, (tree, k) => {
        expect(value(tree, k, 'american')).toBeGreaterThanOrEqual(value(tree, k, 'european'));
      }),
      { numRuns: 300 },
    );
  });

  it('never exceeds the largest undiscounted terminal payoff (r ≥ 0, d < 1 < u)', () => {
    // Every tree here has d < 1 < u, so the extreme underlyings, and with them the largest payoff
    // anywhere in the tree, sit at the terminal nodes. With r ≥ 0 discounting only shrinks values:
    // European ≤ D^n·max terminal payoff, American ≤ max terminal payoff.
    fc.assert(
      fc.property(anyTree, kind, (tree, k) => {
        const bound = maxTerminalPayoff(tree, k);
        const { discount } = binomialOption({ ...tree, kind: k, exercise: 'european' });
        const european = value(tree, k, 'european');
        const tolerance = slack(tree) + 1e-9 * bound;
        expect(european).toBeLessThanOrEqual(discount ** tree.steps * bound + tolerance);
        expect(value(tree, k, 'american')).toBeLessThanOrEqual(bound + tolerance);
      }),
      { numRuns: 300 },
    );
  });

  it('satisfies put–call parity for European options: C − P = S·e^{(b−r)T} − K·e^{−rT}', () => {
    fc.assert(
      fc.property(anyTree, (tree) => {
        const carry = tree.carry ?? tree.rate;
        const forward =
          tree.spot * Math.exp((carry - tree.rate) * tree.years) -
          tree.strike * Math.exp(-tree.rate * tree.years);
        const call = value(tree, 'call', 'european');
        const put = value(tree, 'put', 'european');
        const scale = tree.spot * Math.exp((carry - tree.rate) * tree.years) + tree.strike;
        expect(Math.abs(call - put - forward)).toBeLessThanOrEqual(1e-9 * (scale + call + put));
      }),
      { numRuns: 300 },
    );
  });

  it('European values rise with the volatility (fixed n, r, b)', () => {
    // A wider one-step move with the same mean is a mean-preserving spread, so the terminal
    // distribution grows in convex order with σ and a convex payoff gains value.
    fc.assert(
      fc.property(crrTree, volatility, kind, (tree, extra, k) => {
        const low = tree.volatility ?? 0;
        const wider = { ...tree, volatility: low + extra };
        expect(value(wider, k, 'european')).toBeGreaterThanOrEqual(
          value(tree, k, 'european') - slack(tree),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('an American call without leakage (b = r > 0) is never exercised early', () => {
    const noLeakage = crrTree
      .map((tree) => ({ ...tree, rate: Math.max(tree.rate, 0.01) }))
      .map((tree) => ({ ...tree, carry: tree.rate }))
      .filter((t) => t.rate * Math.sqrt(t.years / t.steps) <= (t.volatility ?? 0));
    fc.assert(
      fc.property(noLeakage, (tree) => {
        const american = binomialOption({ ...tree, kind: 'call', exercise: 'american' });
        expect(american.earlyExercise).toBe(false);
        expect(american.value).toBe(value(tree, 'call', 'european'));
      }),
      { numRuns: 200 },
    );
  });

  it('lattice gives the same root value and a consistent table', () => {
    fc.assert(
      fc.property(anyTree, kind, fc.constantFrom<Exercise>('european', 'american'), (t, k, e) => {
        const input = { ...t, kind: k, exercise: e };
        const table = lattice(input);
        const result = binomialOption(input);
        expect(table.value).toBe(result.value);
        expect(table.earlyExercise).toBe(result.earlyExercise);
        expect(table.option[0]?.[0]).toBe(result.value);
        expect(table.earlyExercise).toBe(table.exercise.some((row) => row.includes(true)));
        const triangle = Array.from({ length: t.steps + 1 }, (_, i) => i + 1);
        expect(table.underlying.map((row) => row.length)).toEqual(triangle);
        expect(table.option.map((row) => row.length)).toEqual(triangle);
        expect(table.exercise.map((row) => row.length)).toEqual(triangle);
        // One up move from (i, j) lands on (i + 1, j + 1), one down move on (i + 1, j).
        let worst = 0;
        table.underlying.slice(0, -1).forEach((row, i) => {
          row.forEach((s, j) => {
            const up = table.underlying[i + 1]?.[j + 1] ?? Number.NaN;
            const down = table.underlying[i + 1]?.[j] ?? Number.NaN;
            worst = Math.max(
              worst,
              Math.abs(up / (s * table.up) - 1),
              Math.abs(down / (s * table.down) - 1),
            );
          });
        });
        expect(worst).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 150 },
    );
  });
});
