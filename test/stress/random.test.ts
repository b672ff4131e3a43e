/**
 * Seeded trial streams: the generator and seeding against a BigInt reference of SplitMix64 and
 * xoroshiro128+ (itself checked against SplitMix64's published first outputs and against
 * pure-rand's xoroshiro128plus), reproducibility, and the samplers' moments.
 *
 * Statistical checks use fixed seeds, so they are deterministic; the tolerance is 4 standard
 * errors of the statistic (the SE from the distribution's own moments where known), which a
 * correct sampler passes with probability ≈ 0.99994 for any seed. VaR̂ and ES^ of 10⁵ normals use
 * the SE-3 standard errors of methods.md §5.2 scaled to n = 10⁵.
 */
import fc from 'fast-check';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { type RandomStream, streamState, trialStream } from '../../src/stress/random.js';
import {
  expectedShortfall,
  meanAndStandardError,
  valueAtRisk,
} from '../../src/stress/risk-measures.js';
import { normalES, normalStandardErrors, normalVaR } from '../support/normal-risk.js';

const MASK = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;
const DRAWS = 100_000;

/** SplitMix64's finaliser on 64-bit words. */
function mix(z: bigint): bigint {
  let x = z & MASK;
  x = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  x = ((x ^ (x >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return x ^ (x >> 31n);
}

/** The documented seeding: key = mix(seed + γ); s0, s1 = mix(key + (2t + 1)γ), mix(key + (2t + 2)γ). */
function referenceState(seed: number, trial: number): [bigint, bigint] {
  const key = mix(BigInt.asUintN(64, BigInt(seed)) + GAMMA);
  const counter = key + (2n * BigInt(trial) + 1n) * GAMMA;
  return [mix(counter), mix(counter + GAMMA)];
}

function words([s0, s1]: [bigint, bigint]): [number, number, number, number] {
  const int32 = (x: bigint): number => Number(BigInt.asIntN(32, x));
  return [int32(s0 >> 32n), int32(s0), int32(s1 >> 32n), int32(s1)];
}

function rotl(x: bigint, k: bigint): bigint {
  return ((x << k) | (x >> (64n - k))) & MASK;
}

/** xoroshiro128+ (24, 16, 37): the 64-bit outputs from a state. */
function referenceOutputs(state: [bigint, bigint], count: number): bigint[] {
  let [s0, s1] = state;
  const outputs: bigint[] = [];
  for (let i = 0; i < count; i++) {
    outputs.push((s0 + s1) & MASK);
    s1 ^= s0;
    s0 = rotl(s0, 24n) ^ s1 ^ ((s1 << 16n) & MASK);
    s1 = rotl(s1, 37n);
  }
  return outputs;
}

function near(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

/** n draws of one sampler into a Float64Array. */
function draws(n: number, draw: () => number): Float64Array {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = draw();
  return values;
}

/** Sample mean within 4 SE of `mean` and sample variance within 4 SE of `variance`. */
function expectMoments(
  values: Float64Array,
  mean: number,
  variance: number,
  fourthCentral: number,
): void {
  const n = values.length;
  const sample = meanAndStandardError(values);
  near(sample.mean, mean, 4 * Math.sqrt(variance / n));
  // Var(s²) ≈ (μ₄ − σ⁴)/n.
  near(sample.sd ** 2, variance, 4 * Math.sqrt((fourthCentral - variance ** 2) / n));
}

describe('seeding and generator', () => {
  it('the reference SplitMix64 gives its published first outputs for seed 0', () => {
    expect(mix(GAMMA)).toBe(0xe220a8397b1dcdafn);
    expect(mix(2n * GAMMA)).toBe(0x6e789e6aa1b965f4n);
  });

  it('derives the state of (seed, trial) as documented', () => {
    const cases: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [-1, 7],
      [42, 123_456_789],
      [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      [Number.MIN_SAFE_INTEGER, 2 ** 32 + 5],
    ];
    for (const [seed, trial] of cases) {
      expect(streamState(seed, trial)).toEqual(words(referenceState(seed, trial)));
      expect(trialStream(seed, trial).state()).toEqual(words(referenceState(seed, trial)));
    }
  });

  it('steps like pure-rand’s xoroshiro128plus (which only shows the low 32 bits)', () => {
    const state = referenceState(2024, 3);
    const theirs = xoroshiro128plusFromState(words(state));
    const expected = referenceOutputs(state, 1000).map((out) => Number(BigInt.asIntN(32, out)));
    expect(Array.from({ length: 1000 }, () => theirs.next())).toEqual(expected);
  });

  it('turns the top 52 bits of each output into (k + ½)·2⁻⁵²', () => {
    for (const [seed, trial] of [
      [5, 0],
      [-99, 1_000_000],
    ] as const) {
      const stream = trialStream(seed, trial);
      const expected = referenceOutputs(referenceState(seed, trial), 1000).map(
        (out) => (Number(out >> 12n) + 0.5) * 2 ** -52,
      );
      expect(Array.from(draws(1000, () => stream.uniform()))).toEqual(expected);
    }
  });
});

describe('reproducibility', () => {
  /** A mix of every sampler, so that cached spares and constants are exercised. */
  function sequence(stream: RandomStream): number[] {
    return [
      stream.uniform(),
      stream.normal(),
      stream.poisson(3),
      stream.normal(),
      stream.poisson(50),
      stream.exponential(2),
      stream.lognormal(0, 1),
      stream.bernoulli(0.5) ? 1 : 0,
      stream.triangular(0, 1, 3),
      stream.pert(0, 1, 3),
      stream.normal(),
    ];
  }

  it('gives the same sequence for the same (seed, trial), fresh or reset', () => {
    const reused = trialStream(1, 0);
    for (const trial of [0, 1, 2, 1000, 5]) {
      const fresh = sequence(trialStream(77, trial));
      expect(sequence(trialStream(77, trial))).toEqual(fresh);
      reused.normal(); // leaves a spare that `reset` must drop
      expect(sequence(reused.reset(77, trial))).toEqual(fresh);
    }
  });

  it('does not depend on the order in which trials are drawn (worker split)', () => {
    const first = (seed: number, trial: number): number => trialStream(seed, trial).normal();
    const inOrder = Array.from({ length: 200 }, (_, t) => first(9, t));
    const worker = trialStream(0, 0);
    const interleaved = new Array<number>(200);
    for (const start of [1, 0]) {
      for (let t = start; t < 200; t += 2) interleaved[t] = worker.reset(9, t).normal();
    }
    expect(interleaved).toEqual(inOrder);
  });

  it('gives different sequences to different trials and seeds', () => {
    const firsts = new Set<number>();
    for (let t = 0; t < 10_000; t++) firsts.add(trialStream(3, t).uniform());
    expect(firsts.size).toBe(10_000);
    const a = draws(
      16,
      (
        (s) => () =>
          s.uniform()
      )(trialStream(3, 0)),
    );
    const b = draws(
      16,
      (
        (s) => () =>
          s.uniform()
      )(trialStream(4, 0)),
    );
    const c = draws(
      16,
      (
        (s) => () =>
          s.uniform()
      )(trialStream(3, 1)),
    );
    for (let i = 0; i < 16; i++) {
      expect(a[i]).not.toBe(b[i]);
      expect(a[i]).not.toBe(c[i]);
    }
  });

  it('rejects seeds and trials that are not safe integers', () => {
    expect(() => trialStream(0.5, 0)).toThrow(RangeError);
    expect(() => trialStream(2 ** 53, 0)).toThrow(RangeError);
    expect(() => trialStream(0, -1)).toThrow(RangeError);
    expect(() => trialStream(0, 1.5)).toThrow(RangeError);
    expect(() => trialStream(0, Number.NaN)).toThrow(RangeError);
  });
});

describe('uniform', () => {
  it('stays strictly inside (0, 1) for any seed and trial', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.maxSafeNat(),
        (seed, trial) => {
          const stream = trialStream(seed, trial);
          const values = draws(1000, () => stream.uniform());
          expect(values.every((u) => u > 0 && u < 1)).toBe(true);
        },
      ),
    );
  });

  it('has mean ½ and variance 1/12, and fills every 1/100 bin', () => {
    const stream = trialStream(11, 0);
    const values = draws(DRAWS, () => stream.uniform());
    expectMoments(values, 0.5, 1 / 12, 1 / 80);
    const bins = new Array<number>(100).fill(0);
    for (const u of values) bins[Math.floor(u * 100)] = (bins[Math.floor(u * 100)] ?? 0) + 1;
    const expected = DRAWS / 100;
    const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(99 + 5 * Math.sqrt(2 * 99));
  });
});

describe('normal', () => {
  it('gives VaR̂ and ES^ of 10⁵ trials within 4 SE of the closed form (SE-3 scaled)', () => {
    const stream = trialStream(0, 0);
    const losses = Float64Array.from({ length: DRAWS }, (_, t) => stream.reset(2025, t).normal());
    losses.sort();
    for (const alpha of [0.95, 0.99]) {
      const se = normalStandardErrors(1, alpha, DRAWS);
      near(valueAtRisk(losses, alpha), normalVaR(0, 1, alpha), 4 * se.valueAtRisk);
      near(expectedShortfall(losses, alpha), normalES(0, 1, alpha), 4 * se.expectedShortfall);
    }
  });

  it('has mean 0 and variance 1 within one stream (spares included)', () => {
    const stream = trialStream(12, 0);
    expectMoments(
      draws(DRAWS, () => stream.normal()),
      0,
      1,
      3,
    );
  });
});

describe('poisson', () => {
  for (const [mean, seed] of [
    [0.3, 21],
    [4, 22],
    [25, 23],
    [200, 24],
  ] as const) {
    it(`reproduces mean and variance ${mean} (${mean < 10 ? 'Knuth' : 'PTRS'})`, () => {
      const stream = trialStream(seed, 0);
      const values = draws(DRAWS, () => stream.poisson(mean));
      expect(values.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
      // Poisson: μ₄ = λ + 3λ².
      expectMoments(values, mean, mean, mean + 3 * mean * mean);
    });
  }

  for (const [mean, seed] of [
    [4, 31],
    [10, 32],
    [25, 33],
    [200, 34],
  ] as const) {
    it(`matches the probability mass function at mean ${mean} (χ²)`, () => {
      const stream = trialStream(seed, 0);
      const counts = new Map<number, number>();
      for (let i = 0; i < DRAWS; i++) {
        const k = stream.poisson(mean);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const { statistic, bins } = poissonChiSquare(counts, mean, DRAWS);
      const df = bins - 1;
      expect(statistic).toBeLessThan(df + 5 * Math.sqrt(2 * df));
    });
  }

  it('gives 0 for a mean of 0 and rejects negative or non-finite means', () => {
    expect(trialStream(1, 1).poisson(0)).toBe(0);
    for (const mean of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => trialStream(1, 1).poisson(mean)).toThrow(RangeError);
    }
  });
});

describe('continuous samplers', () => {
  it('exponential: mean 1/rate, variance 1/rate²', () => {
    const stream = trialStream(41, 0);
    const rate = 2;
    expectMoments(
      draws(DRAWS, () => stream.exponential(rate)),
      1 / rate,
      1 / rate ** 2,
      9 / rate ** 4,
    );
  });

  it('lognormal: mean exp(μ + σ²/2)', () => {
    const stream = trialStream(42, 0);
    const [mu, sigma] = [0.1, 0.5];
    const values = draws(DRAWS, () => stream.lognormal(mu, sigma));
    const mean = Math.exp(mu + sigma ** 2 / 2);
    const variance = (Math.exp(sigma ** 2) - 1) * Math.exp(2 * mu + sigma ** 2);
    near(meanAndStandardError(values).mean, mean, 4 * Math.sqrt(variance / DRAWS));
    expect(values.every((x) => x > 0)).toBe(true);
  });

  it('triangular: mean (min + mode + max)/3, within [min, max]', () => {
    const stream = trialStream(43, 0);
    const [a, c, b] = [1, 2, 10];
    const values = draws(DRAWS, () => stream.triangular(a, c, b));
    const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    near(meanAndStandardError(values).mean, (a + c + b) / 3, 4 * Math.sqrt(variance / DRAWS));
    expect(values.every((x) => x >= a && x <= b)).toBe(true);
  });

  it('PERT: mean (min + 4·mode + max)/6, within [min, max]', () => {
    const stream = trialStream(44, 0);
    const [a, c, b] = [1, 2, 10];
    const values = draws(DRAWS, () => stream.pert(a, c, b));
    // (max − min)·Beta(α, β) with α = 13/9, β = 41/9: variance 81·αβ/((α + β)²(α + β + 1)).
    const [p, q] = [13 / 9, 41 / 9];
    const variance = (81 * p * q) / ((p + q) ** 2 * (p + q + 1));
    near(meanAndStandardError(values).mean, (a + 4 * c + b) / 6, 4 * Math.sqrt(variance / DRAWS));
    expect(values.every((x) => x >= a && x <= b)).toBe(true);
  });

  it('gamma (shapes below and above 1) and beta: their means', () => {
    const stream = trialStream(45, 0);
    for (const shape of [0.5, 3]) {
      const values = draws(DRAWS, () => stream.gamma(shape));
      near(meanAndStandardError(values).mean, shape, 4 * Math.sqrt(shape / DRAWS));
    }
    const values = draws(DRAWS, () => stream.beta(2, 5));
    near(meanAndStandardError(values).mean, 2 / 7, 4 * Math.sqrt(10 / (49 * 8) / DRAWS));
  });

  it('handles degenerate and one-sided ranges', () => {
    const stream = trialStream(46, 0);
    expect(stream.triangular(3, 3, 3)).toBe(3);
    expect(stream.pert(3, 3, 3)).toBe(3);
    const left = draws(1000, () => stream.triangular(0, 0, 1));
    const right = draws(1000, () => stream.pert(0, 1, 1));
    expect(left.every((x) => x >= 0 && x <= 1) && right.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it('rejects invalid parameters', () => {
    const stream = trialStream(47, 0);
    expect(() => stream.exponential(0)).toThrow(RangeError);
    expect(() => stream.lognormal(0, -1)).toThrow(RangeError);
    expect(() => stream.triangular(2, 1, 3)).toThrow(RangeError);
    expect(() => stream.pert(0, 4, 3)).toThrow(RangeError);
    expect(() => stream.pert(0, 1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => stream.gamma(0)).toThrow(RangeError);
    expect(() => stream.beta(1, Number.NaN)).toThrow(RangeError);
    expect(() => stream.bernoulli(1.1)).toThrow(RangeError);
  });
});

describe('bernoulli', () => {
  it('is true with probability p, never at 0 and always at 1', () => {
    const stream = trialStream(51, 0);
    let hits = 0;
    for (let i = 0; i < DRAWS; i++) if (stream.bernoulli(0.3)) hits++;
    near(hits / DRAWS, 0.3, 4 * Math.sqrt((0.3 * 0.7) / DRAWS));
    let wrong = 0;
    for (let i = 0; i < 1000; i++) if (stream.bernoulli(0) || !stream.bernoulli(1)) wrong++;
    expect(wrong).toBe(0);
  });
});

/**
 * Pearson's χ² of Poisson counts against the probability mass function. Values are pooled from 0
 * upwards into bins of expected count ≥ 5; the last bin takes the whole upper tail, its expected
 * count also ≥ 5. Returns the statistic and the number of bins.
 */
function poissonChiSquare(
  counts: ReadonlyMap<number, number>,
  mean: number,
  n: number,
): { statistic: number; bins: number } {
  let statistic = 0;
  let bins = 0;
  let start = 0;
  let closedMass = 0;
  let expected = 0;
  let observed = 0;
  let probability = Math.exp(-mean);
  for (let k = 0; k <= mean + 40 * Math.sqrt(mean) + 40; k++) {
    if (k > 0) probability *= mean / k;
    expected += n * probability;
    observed += counts.get(k) ?? 0;
    if (expected >= 5 && n * (1 - closedMass) - expected >= 5) {
      statistic += (observed - expected) ** 2 / expected;
      bins++;
      closedMass += expected / n;
      start = k + 1;
      expected = 0;
      observed = 0;
    }
  }
  let tail = 0;
  for (const [value, count] of counts) if (value >= start) tail += count;
  const tailExpected = n * (1 - closedMass);
  statistic += (tail - tailExpected) ** 2 / tailExpected;
  return { statistic, bins: bins + 1 };
}
