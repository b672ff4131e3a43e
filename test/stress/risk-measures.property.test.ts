/**
 * Property tests of the sample VaR and ES on random loss samples: losses on a grid of cents from
 * −10⁴ to 10⁴ (so that they spread evenly and have ties), 1..300 of them, α on a grid of 10⁻⁴.
 *
 * Tolerances: VaR̂ picks one order statistic, so monotonicity in α, translation by c and scaling
 * by λ > 0 hold exactly (x + c and λx preserve order, and the same element is picked and moved).
 * ES ≥ VaR holds exactly (it adds a sum of non-negative terms). ES^ sums the tail, so its
 * equivariances and the Rockafellar–Uryasev minimum hold to rounding: 1e-9 of the losses' scale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedShortfall, valueAtRisk } from '../../src/stress/risk-measures.js';
import { summarise } from '../support/normal-risk.js';

const grid = (min: number, max: number, scale: number): fc.Arbitrary<number> =>
  fc
    .noBias(fc.integer({ min: Math.round(min * scale), max: Math.round(max * scale) }))
    .map((i) => i / scale);

const loss = grid(-1e4, 1e4, 100);
const sortedLosses = fc
  .array(loss, { minLength: 1, maxLength: 300 })
  .map((values) => Float64Array.from(values).sort());
const alpha = grid(0.0001, 0.9999, 10_000);
const shift = grid(-1e4, 1e4, 100);
const factor = grid(0.01, 100, 100);

/** Rounding allowance for tail sums of losses up to `scale` in size. */
const slack = (scale: number): number => 1e-9 * Math.max(1, scale);

function largest(values: Float64Array): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}

describe('sample VaR and ES properties', () => {
  it('VaR̂ and ES^ are non-decreasing in α', () => {
    fc.assert(
      fc.property(sortedLosses, alpha, alpha, (losses, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(valueAtRisk(losses, low)).toBeLessThanOrEqual(valueAtRisk(losses, high));
        expect(expectedShortfall(losses, low)).toBeLessThanOrEqual(
          expectedShortfall(losses, high) + slack(largest(losses)),
        );
      }),
    );
  });

  it('ES^ ≥ VaR̂, and both lie within [min, max]', () => {
    fc.assert(
      fc.property(sortedLosses, alpha, (losses, a) => {
        const v = valueAtRisk(losses, a);
        const es = expectedShortfall(losses, a);
        expect(es).toBeGreaterThanOrEqual(v);
        expect(v).toBeGreaterThanOrEqual(losses[0] ?? Number.NaN);
        expect(es).toBeLessThanOrEqual((losses[losses.length - 1] ?? Number.NaN) + slack(1e4));
      }),
    );
  });

  it('is translation-equivariant: risk(L + c) = risk(L) + c', () => {
    fc.assert(
      fc.property(sortedLosses, alpha, shift, (losses, a, c) => {
        const moved = losses.map((x) => x + c);
        expect(valueAtRisk(moved, a)).toBe((losses[indexOfVaR(losses, a)] ?? Number.NaN) + c);
        const gap = expectedShortfall(moved, a) - (expectedShortfall(losses, a) + c);
        expect(Math.abs(gap)).toBeLessThanOrEqual(slack(2e4));
      }),
    );
  });

  it('is positively homogeneous: risk(λL) = λ·risk(L)', () => {
    fc.assert(
      fc.property(sortedLosses, alpha, factor, (losses, a, lambda) => {
        const scaled = losses.map((x) => lambda * x);
        expect(valueAtRisk(scaled, a)).toBe(lambda * valueAtRisk(losses, a));
        const gap = expectedShortfall(scaled, a) - lambda * expectedShortfall(losses, a);
        expect(Math.abs(gap)).toBeLessThanOrEqual(slack(lambda * 1e4));
      }),
    );
  });

  it('ES^ is the Rockafellar–Uryasev minimum of c + Σ(L − c)⁺/(n(1 − α))', () => {
    fc.assert(
      fc.property(sortedLosses, alpha, shift, (losses, a, c) => {
        const objective = (t: number): number => {
          let excess = 0;
          for (const x of losses) excess += Math.max(x - t, 0);
          return t + excess / (losses.length * (1 - a));
        };
        const es = expectedShortfall(losses, a);
        expect(Math.abs(objective(valueAtRisk(losses, a)) - es)).toBeLessThanOrEqual(slack(1e4));
        expect(objective(c)).toBeGreaterThanOrEqual(es - slack(1e4 / (1 - a)));
      }),
    );
  });

  it('ES^ is the mean of the n(1 − α) largest losses when that count is whole', () => {
    fc.assert(
      fc.property(sortedLosses, fc.integer({ min: 1, max: 300 }), (losses, tail) => {
        const n = losses.length;
        const count = Math.min(tail, n - 1);
        fc.pre(count >= 1);
        const a = 1 - count / n;
        let sum = 0;
        for (let i = n - count; i < n; i++) sum += losses[i] ?? Number.NaN;
        expect(Math.abs(expectedShortfall(losses, a) - sum / count)).toBeLessThanOrEqual(
          slack(1e4),
        );
      }),
    );
  });

  it('summarise agrees with the estimators on the sorted sample', () => {
    fc.assert(
      fc.property(fc.array(loss, { minLength: 2, maxLength: 300 }), alpha, (values, a) => {
        const losses = Float64Array.from(values);
        const sorted = Float64Array.from(values).sort();
        const summary = summarise(losses, [a]);
        expect(summary.tail[0]?.valueAtRisk).toBe(valueAtRisk(sorted, a));
        expect(summary.tail[0]?.expectedShortfall).toBe(expectedShortfall(sorted, a));
        const q = summary.quantiles;
        expect(summary.min).toBeLessThanOrEqual(q.p5);
        expect(q.p5).toBeLessThanOrEqual(q.p50);
        expect(q.p50).toBeLessThanOrEqual(q.p95);
        expect(q.p95).toBeLessThanOrEqual(q.p99);
        expect(q.p99).toBeLessThanOrEqual(summary.max);
        expect(summary.mean).toBeGreaterThanOrEqual(summary.min - slack(1e4));
        expect(summary.mean).toBeLessThanOrEqual(summary.max + slack(1e4));
      }),
    );
  });
});

/** 0-based index of VaR̂ = L_(⌈nα⌉), recomputed from the definition with the §0 slack. */
function indexOfVaR(losses: Float64Array, a: number): number {
  return Math.min(Math.max(Math.ceil(losses.length * a - 1e-9), 1), losses.length) - 1;
}
