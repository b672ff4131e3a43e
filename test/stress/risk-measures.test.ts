/**
 * The worked examples of methods.md §5.2 by id (ES-N1..ES-N4, ES-S1..ES-S3, SE-1..SE-3), the
 * textbook normal quantiles, Φ against reference values, and input validation.
 * Tolerances follow §0: values printed to k decimals within half a unit of the k-th decimal
 * (`printed(k)`); exact closed forms and order statistics within 1e-9; the three textbook quantiles
 * within 1e-12 (AS 241 is accurate to about 1e-16).
 */
import { describe, expect, it } from 'vitest';
import {
  expectedShortfall,
  meanAndStandardError,
  tailRank,
  valueAtRisk,
} from '../../src/stress/risk-measures.js';
import {
  esStandardError,
  normalCdf,
  normalES,
  normalPdf,
  normalQuantile,
  normalStandardErrors,
  normalTailMoments,
  normalVaR,
  summarise,
  varStandardError,
} from '../support/normal-risk.js';

const EXACT = 1e-9;
const QUANTILE = 1e-12;
/** Half a unit in the k-th decimal, for values printed to k decimals. */
const printed = (k: number): number => 0.5 * 10 ** -k;

function near(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

/** The losses first, first + 1, …, last. */
function range(first: number, last: number): Float64Array {
  return Float64Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('textbook normal quantiles', () => {
  it('gives z at 95 %, 97.5 % and 99 % to 1e-12', () => {
    near(normalQuantile(0.95), 1.6448536269514722, QUANTILE);
    near(normalQuantile(0.975), 1.959963984540054, QUANTILE);
    near(normalQuantile(0.99), 2.3263478740408408, QUANTILE);
  });

  it('is odd about ½ and infinite at 0 and 1', () => {
    expect(normalQuantile(0.5)).toBe(0);
    // 1 − p is rounded, so the symmetry only holds to about ε/p relative.
    for (const p of [1e-5, 0.01, 0.2, 0.4]) {
      near(normalQuantile(p), -normalQuantile(1 - p), 1e-9 * Math.abs(normalQuantile(p)));
    }
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('inverts Φ across all three regions of AS 241', () => {
    for (const x of [-37, -20, -8, -5.5, -3, -1.2, -0.3, 0.1, 0.9, 1.8, 2.5]) {
      near(normalQuantile(normalCdf(x)), x, 1e-13 * Math.max(1, Math.abs(x)));
    }
  });
});

describe('Φ and φ', () => {
  it('matches reference values in the lower tail to 1e-13 relative', () => {
    const reference: readonly [number, number][] = [
      [-1, 0.158655253931457],
      [-3, 0.00134989803163009],
      [-5, 2.86651571879194e-7],
      [-10, 7.61985302416052e-24],
    ];
    for (const [x, p] of reference) {
      expect(Math.abs(normalCdf(x) / p - 1)).toBeLessThanOrEqual(1e-13);
    }
  });

  it('is ½ at 0, symmetric, and gives α back at z_α', () => {
    expect(normalCdf(0)).toBe(0.5);
    for (const x of [0.2, 0.67448975, 0.7, 2, 5.6, 5.7, 12]) {
      near(normalCdf(x) + normalCdf(-x), 1, 1e-15);
    }
    near(normalCdf(1.6448536269514722), 0.95, 1e-15);
    near(normalCdf(2.3263478740408408), 0.99, 1e-15);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('gives the density exp(−x²/2)/√(2π)', () => {
    near(normalPdf(0), 0.3989422804014327, 1e-16);
    near(normalPdf(1), 0.24197072451914337, 1e-16);
    expect(normalPdf(-1)).toBe(normalPdf(1));
    expect(Math.abs(normalPdf(10) / 7.69459862670642e-23 - 1)).toBeLessThanOrEqual(1e-13);
    expect(normalPdf(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('ES-N1..ES-N4: normal closed forms (methods.md §5.2)', () => {
  it('ES-N1: standard normal at 95 %', () => {
    const z = normalVaR(0, 1, 0.95);
    near(z, 1.6448536269514722, QUANTILE);
    near(normalPdf(z), 0.10313564037537, printed(14));
    near(normalES(0, 1, 0.95), 2.0627128075074, printed(13));
  });

  it('ES-N2: standard normal at 97.5 % (ES 97.5 % ≈ VaR 99 %)', () => {
    near(normalVaR(0, 1, 0.975), 1.959963984540054, QUANTILE);
    near(normalES(0, 1, 0.975), 2.3378027922014, printed(13));
    near(normalES(0, 1, 0.975), normalVaR(0, 1, 0.99), 0.012);
  });

  it('ES-N3: standard normal at 99 %', () => {
    const z = normalVaR(0, 1, 0.99);
    near(z, 2.3263478740408408, QUANTILE);
    near(normalPdf(z), 0.02665214220346, printed(14));
    near(normalES(0, 1, 0.99), 2.6652142203458, printed(13));
  });

  it('ES-N4: N(10, 4²) at 95 % and 99 %', () => {
    near(normalVaR(10, 4, 0.95), 16.579415, printed(6));
    near(normalVaR(10, 4, 0.99), 19.305391, printed(6));
    near(normalES(10, 4, 0.95), 18.250851, printed(6));
    near(normalES(10, 4, 0.99), 20.660857, printed(6));
  });

  it('degenerates to μ when σ = 0', () => {
    expect(normalVaR(3, 0, 0.99)).toBe(3);
    expect(normalES(3, 0, 0.99)).toBe(3);
  });
});

describe('ES-S1..ES-S3: sample estimators (methods.md §5.2)', () => {
  it('ES-S1: losses 1..100 at 95 %: k = 95, VaR̂ 95, ES^ 98 (mean of 96..100)', () => {
    const losses = range(1, 100);
    expect(tailRank(100, 0.95)).toBe(95);
    expect(valueAtRisk(losses, 0.95)).toBe(95);
    near(expectedShortfall(losses, 0.95), 98, EXACT);
    // The rejected "mean of L ≥ VaR̂" convention would give 97.5.
    expect(Math.abs(expectedShortfall(losses, 0.95) - 97.5)).toBeGreaterThan(0.4);
  });

  it('ES-S2: losses 1..10 at 85 %: k = 9, VaR̂ 9, ES^ = 9 + 1/1.5', () => {
    const losses = range(1, 10);
    expect(tailRank(10, 0.85)).toBe(9);
    expect(valueAtRisk(losses, 0.85)).toBe(9);
    near(expectedShortfall(losses, 0.85), 9.666667, printed(6));
    near(expectedShortfall(losses, 0.85), (10 + 0.5 * 9) / 1.5, EXACT);
  });

  it('ES-S3: losses 1..10 at 95 %: k = 10, VaR̂ = ES^ = 10', () => {
    const losses = range(1, 10);
    expect(tailRank(10, 0.95)).toBe(10);
    expect(valueAtRisk(losses, 0.95)).toBe(10);
    near(expectedShortfall(losses, 0.95), 10, EXACT);
  });

  it('reads plain arrays as well as Float64Arrays', () => {
    const losses = Array.from(range(1, 100));
    expect(valueAtRisk(losses, 0.95)).toBe(95);
    near(expectedShortfall(losses, 0.95), 98, EXACT);
  });

  it('takes ⌈nα⌉ past the float trap 0.07·100 = 7.000000000000001 (methods.md §0)', () => {
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(tailRank(100, 0.07)).toBe(7);
    expect(valueAtRisk(range(1, 100), 0.07)).toBe(7);
    expect(tailRank(10, 0.01)).toBe(1);
    expect(tailRank(3, 0.999)).toBe(3);
  });
});

describe('SE-1..SE-3: standard errors (methods.md §5.2)', () => {
  it('SE-1: sample 1..5', () => {
    const { mean, sd, se } = meanAndStandardError([1, 2, 3, 4, 5]);
    near(mean, 3, EXACT);
    near(sd, 1.581139, printed(6));
    // Printed 0.707107; exactly √(2.5/5) = 1/√2, which the linter wants spelt as the constant.
    near(se, Math.SQRT1_2, EXACT);
  });

  it('SE-2: sample 2, 4, 4, 4, 5, 5, 7, 9 (population s.d. 2, sample s.d. 2.138090)', () => {
    const values = Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9);
    const { mean, sd, se } = meanAndStandardError(values);
    near(mean, 5, EXACT);
    near(sd, 2.13809, printed(6));
    near(se, 0.755929, printed(6));
    near(sd * Math.sqrt(7 / 8), 2, EXACT);
  });

  it('SE-3: asymptotic SEs of VaR̂ and ES^ for 10⁶ standard normals', () => {
    const at95 = normalStandardErrors(1, 0.95, 1e6);
    const at99 = normalStandardErrors(1, 0.99, 1e6);
    near(at95.valueAtRisk, 0.002113, printed(6));
    near(at95.expectedShortfall, 0.002466, printed(6));
    near(at99.valueAtRisk, 0.003733, printed(6));
    near(at99.expectedShortfall, 0.004588, printed(6));
  });

  it('SE-3 from the general formulas, with the normal tail moments spelt out', () => {
    const alpha = 0.95;
    const z = normalQuantile(alpha);
    const mills = normalPdf(z) / (1 - alpha);
    const tail = normalTailMoments(0, 1, alpha);
    near(tail.valueAtRisk, z, EXACT);
    near(tail.expectedShortfall, normalES(0, 1, alpha), EXACT);
    near(tail.variance, 1 + z * mills - mills * mills, EXACT);
    near(
      varStandardError(alpha, 1e6, normalPdf(z)),
      Math.sqrt((0.95 * 0.05) / 1e6) / normalPdf(z),
      1e-15,
    );
    const gap = tail.expectedShortfall - tail.valueAtRisk;
    near(
      esStandardError(alpha, 1e6, tail),
      Math.sqrt((tail.variance + alpha * gap * gap) / (1e6 * (1 - alpha))),
      1e-15,
    );
    near(esStandardError(alpha, 1e6, tail), 0.002466, printed(6));
  });

  it('scales SEs with σ and 1/√n', () => {
    const base = normalStandardErrors(1, 0.99, 1e6);
    const scaled = normalStandardErrors(4, 0.99, 1e4);
    near(scaled.valueAtRisk, 40 * base.valueAtRisk, 1e-12);
    near(scaled.expectedShortfall, 40 * base.expectedShortfall, 1e-12);
  });
});

describe('summarise', () => {
  it('summarises a shuffled 1..100 without touching it', () => {
    const losses = Float64Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) + 1);
    const before = Float64Array.from(losses);
    const summary = summarise(losses);
    expect(losses).toEqual(before);
    expect(summary.n).toBe(100);
    near(summary.mean, 50.5, EXACT);
    near(summary.sd, Math.sqrt((100 * 101) / 12), EXACT);
    near(summary.se, summary.sd / 10, EXACT);
    expect([summary.min, summary.max]).toEqual([1, 100]);
    expect(summary.quantiles).toEqual({ p5: 5, p50: 50, p95: 95, p99: 99 });
    expect(summary.tail.map((t) => t.alpha)).toEqual([0.95, 0.99]);
    expect(summary.tail[0]?.valueAtRisk).toBe(95);
    near(summary.tail[0]?.expectedShortfall ?? Number.NaN, 98, EXACT);
    expect(summary.tail[1]?.valueAtRisk).toBe(99);
    near(summary.tail[1]?.expectedShortfall ?? Number.NaN, 100, EXACT);
  });

  it('takes the confidence levels asked for, in their order', () => {
    const summary = summarise(range(1, 10), [0.95, 0.85]);
    expect(summary.tail.map((t) => t.valueAtRisk)).toEqual([10, 9]);
    near(summary.tail[1]?.expectedShortfall ?? Number.NaN, 9.666667, printed(6));
  });

  it('sorts numerically, negatives and all', () => {
    const summary = summarise(Float64Array.of(10, -2, 3, 100, -50, 7, 0, 1, 2, 9), [0.9]);
    expect([summary.min, summary.max]).toEqual([-50, 100]);
    expect(summary.quantiles.p50).toBe(2);
    expect(summary.tail[0]?.valueAtRisk).toBe(10);
  });
});

describe('input validation', () => {
  it('rejects confidence levels outside (0, 1)', () => {
    for (const alpha of [0, 1, -0.1, 1.5, Number.NaN]) {
      expect(() => valueAtRisk([1, 2, 3], alpha)).toThrow(RangeError);
      expect(() => expectedShortfall([1, 2, 3], alpha)).toThrow(RangeError);
      expect(() => normalVaR(0, 1, alpha)).toThrow(RangeError);
      expect(() => normalES(0, 1, alpha)).toThrow(RangeError);
      expect(() => summarise(range(1, 10), [alpha])).toThrow(RangeError);
    }
  });

  it('rejects empty and too small samples and non-finite losses', () => {
    expect(() => valueAtRisk([], 0.95)).toThrow(RangeError);
    expect(() => expectedShortfall(new Float64Array(0), 0.95)).toThrow(RangeError);
    expect(() => meanAndStandardError([1])).toThrow(RangeError);
    expect(() => summarise(Float64Array.of(1, Number.NaN, 3))).toThrow(RangeError);
    expect(() => summarise(Float64Array.of(1, Number.POSITIVE_INFINITY))).toThrow(RangeError);
  });

  it('rejects bad normal parameters, probabilities and SE inputs', () => {
    expect(() => normalVaR(0, -1, 0.95)).toThrow(RangeError);
    expect(() => normalES(Number.NaN, 1, 0.95)).toThrow(RangeError);
    expect(() => normalQuantile(1.01)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(() => varStandardError(0.95, 100, 0)).toThrow(RangeError);
    expect(() => varStandardError(0.95, 0, 0.1)).toThrow(RangeError);
    expect(() => normalStandardErrors(0, 0.95, 100)).toThrow(RangeError);
    expect(() =>
      esStandardError(0.95, 100, { variance: -1, valueAtRisk: 1, expectedShortfall: 2 }),
    ).toThrow(RangeError);
  });
});
