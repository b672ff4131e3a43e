/**
 * Selection by buckets must put at each wanted index exactly what a full ascending sort puts
 * there, bit for bit (−0 before +0 included), so that VaR̂ and ES^ computed from it are the
 * full sort's to the last bit. Samples mix ties, zeros, negatives, signed zeros and values that
 * share a bucket (within 1/16 of an octave), from 1 to 3,000 values (sorted whole) and from
 * 4,096 to 6,000 (selected by buckets).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partlySorted } from '../../src/stress/order-statistics.js';
import { expectedShortfall, tailRank, valueAtRisk } from '../../src/stress/risk-measures.js';
import { distribution } from '../../src/stress/simulation.js';

const value = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 12, 3),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: 1_000_000, max: 1_000_100 }).map((i) => i + 0.25),
  fc.double({ min: 0, max: 1e-300, noNaN: true }),
);
const sample = fc
  .oneof(
    fc.array(value, { minLength: 1, maxLength: 3000 }),
    fc.array(value, { minLength: 4096, maxLength: 6000 }),
  )
  .map((v) => Float64Array.from(v));

/** Object.is, element by element, at the given indexes. */
function sameAt(actual: Float64Array, expected: Float64Array, indexes: Iterable<number>): void {
  for (const i of indexes) {
    if (!Object.is(actual[i], expected[i])) {
      expect.fail(`index ${i}: ${actual[i]} instead of ${expected[i]}`);
    }
  }
}

/** The full-sort definition distribution() had before selection replaced the sort. */
function sortedDistribution(values: Float64Array) {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  return {
    min: sorted[0],
    max: sorted[n - 1],
    p50: valueAtRisk(sorted, 0.5),
    var95: valueAtRisk(sorted, 0.95),
    es95: expectedShortfall(sorted, 0.95),
    var99: valueAtRisk(sorted, 0.99),
    es99: expectedShortfall(sorted, 0.99),
  };
}

describe('partlySorted', () => {
  it('holds the sorted value at every wanted rank and throughout the tail', () => {
    fc.assert(
      fc.property(sample, fc.nat(), fc.nat(), (values, a, b) => {
        const n = values.length;
        const rank = (a % n) + 1;
        const tailFrom = (b % n) + 1;
        const before = Float64Array.from(values);
        const sorted = Float64Array.from(values).sort();
        const partly = partlySorted(values, [1, rank], tailFrom);
        sameAt(partly, sorted, [0, rank - 1]);
        sameAt(
          partly,
          sorted,
          Array.from({ length: n - tailFrom + 1 }, (_, i) => tailFrom - 1 + i),
        );
        sameAt(values, before, values.keys());
      }),
      { numRuns: 300 },
    );
  });

  it('gives the full sort its risk measures bit for bit', () => {
    fc.assert(
      fc.property(sample, (values) => {
        const d = distribution(values);
        const expected = sortedDistribution(values);
        for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
          if (!Object.is(d[key], expected[key]))
            expect.fail(`${key}: ${d[key]} vs ${expected[key]}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a subarray (a stopped run) by its own offset', () => {
    const whole = Float64Array.from({ length: 50_000 }, (_, i) => Math.sin(i) * 1000);
    const part = whole.subarray(7, 40_007);
    const sorted = Float64Array.from(part).sort();
    const k = tailRank(part.length, 0.95);
    sameAt(partlySorted(part, [k]), sorted, [k - 1]);
  });

  it('sorts a sample with NaN or an infinity whole, as a sort would', () => {
    const values = Float64Array.from([3, Number.NaN, -Infinity, 2, Infinity, 0, -0]);
    const sorted = Float64Array.from(values).sort();
    sameAt(partlySorted(values, [4]), sorted, values.keys());
  });

  it('handles a run of ties at the tail (most trials lose nothing)', () => {
    const values = new Float64Array(100_000);
    for (let i = 0; i < 3_000; i++) values[i * 31] = 1 + (i % 7);
    const sorted = Float64Array.from(values).sort();
    const k = tailRank(values.length, 0.95);
    sameAt(partlySorted(values, [1, 50_000], k), sorted, [0, 49_999]);
    sameAt(
      partlySorted(values, [], k),
      sorted,
      Array.from({ length: values.length - k + 1 }, (_, i) => k - 1 + i),
    );
  });

  it('refuses a rank outside the sample', () => {
    expect(() => partlySorted(Float64Array.from([1, 2]), [3])).toThrow(RangeError);
    expect(() => partlySorted(Float64Array.from([1, 2]), [0])).toThrow(RangeError);
    expect(() => partlySorted(new Float64Array(5000), [5001])).toThrow(RangeError);
  });
});
