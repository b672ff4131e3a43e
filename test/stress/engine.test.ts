/**
 * The stress-test engine against closed forms (methods.md §5), and its reproducibility: the
 * same seed gives the same numbers whatever the number of worker threads.
 */
import { describe, expect, it } from 'vitest';
import { simulateOnWorkers } from '../../src/run/stress-run.js';
import { kernelOf, outcomes, runTrials } from '../../src/stress/kernel.js';
import type { CompiledScenario, ShockSource } from '../../src/stress/scenario.js';
import { simulate } from '../../src/stress/simulation.js';
import { normalES, normalVaR } from '../support/normal-risk.js';

const base: Omit<ShockSource, 'kind' | 'subject' | 'frequency' | 'severity'> = {
  cap: Number.POSITIVE_INFINITY,
  cappedShare: 1,
  lossPerUnit: 0,
  fixedLoss: 0,
  subscriberShare: 0,
  outageMinutesPerUnit: 0,
  recoveryMonths: 0,
};

const scenario = (sources: ShockSource[]): CompiledScenario => ({
  sources,
  subscribers: 1000,
  baselineMargin: 1_000_000,
  annualRevenue: 5_000_000,
  yearlyGrowth: 1,
  discountRate: 0,
});

describe('the stress-test engine', () => {
  it('reproduces VaR and ES of a single normal shock within the Monte Carlo standard error', () => {
    const sd = 0.1;
    const exposure = 2_000_000;
    const s = scenario([
      {
        ...base,
        kind: 'fx_move',
        subject: 'fx',
        frequency: { kind: 'probability', value: 1 },
        severity: { kind: 'normal', mean: 0, sd },
        lossPerUnit: exposure,
      },
    ]);
    const n = 200_000;
    const result = simulate(s, kernelOf(s), { trials: n, seed: 11 });
    const sigma = sd * exposure;
    // methods.md SE-3, scaled from 10^6 draws to n: SE ∝ 1/√n.
    const scale = Math.sqrt(1e6 / n) * sigma;
    expect(Math.abs(result.loss.var95 - normalVaR(0, sigma, 0.95))).toBeLessThan(
      4 * 0.002113 * scale,
    );
    expect(Math.abs(result.loss.es95 - normalES(0, sigma, 0.95))).toBeLessThan(
      4 * 0.002466 * scale,
    );
    expect(Math.abs(result.loss.var99 - normalVaR(0, sigma, 0.99))).toBeLessThan(
      4 * 0.003733 * scale,
    );
    expect(Math.abs(result.loss.es99 - normalES(0, sigma, 0.99))).toBeLessThan(
      4 * 0.004588 * scale,
    );
    expect(Math.abs(result.loss.mean)).toBeLessThan(4 * result.loss.standardError);
    expect(result.margin.mean).toBeCloseTo(1_000_000 - result.loss.mean, 6);
  });

  it.each([0.05, 0.7, 3, 40])('reproduces a Poisson frequency of %s events a year', (rate) => {
    const s = scenario([
      {
        ...base,
        kind: 'provider_outage',
        subject: 'p',
        frequency: { kind: 'rate', value: rate },
        severity: { kind: 'uniform', min: 0, max: 0 },
        fixedLoss: 1,
      },
    ]);
    const n = 100_000;
    const out = outcomes(n);
    runTrials(kernelOf(s), 5, 0, out);
    const mean = out.loss.reduce((a, b) => a + b, 0) / n;
    const variance = out.loss.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean - rate)).toBeLessThan(4 * Math.sqrt(rate / n));
    expect(variance / rate).toBeGreaterThan(0.9);
    expect(variance / rate).toBeLessThan(1.1);
  });

  it('caps a severity, and keeps the largest share struck and the longest recovery of the year', () => {
    const s = scenario([
      {
        ...base,
        kind: 'host_outage',
        subject: 'h',
        frequency: { kind: 'probability', value: 1 },
        severity: { kind: 'uniform', min: 5, max: 5 },
        cap: 0.5,
        lossPerUnit: 100,
        subscriberShare: 0.4,
        outageMinutesPerUnit: 24,
      },
      {
        ...base,
        kind: 'enabler_insolvency',
        subject: 'e',
        frequency: { kind: 'probability', value: 1 },
        severity: { kind: 'uniform', min: 1, max: 1 },
        fixedLoss: 70,
        subscriberShare: 0.1,
        recoveryMonths: 9,
      },
    ]);
    const out = outcomes(3);
    runTrials(kernelOf(s), 1, 0, out);
    expect([...out.loss]).toEqual([120, 120, 120]);
    expect([...out.subscribersAffected]).toEqual([400, 400, 400]);
    expect([...out.outageMinutes]).toEqual([12, 12, 12]);
    expect([...out.recoveryMonths]).toEqual([9, 9, 9]);
  });

  it('gives the same numbers with one worker and with two, and as in one thread', async () => {
    const s = scenario([
      {
        ...base,
        kind: 'provider_outage',
        subject: 'p',
        frequency: { kind: 'rate', value: 1.5 },
        severity: { kind: 'lognormal', median: 2.5, sigma: 1 },
        lossPerUnit: 1000,
        subscriberShare: 0.3,
      },
      {
        ...base,
        kind: 'wholesale_price_rise',
        subject: 'h',
        frequency: { kind: 'probability', value: 0.3 },
        severity: { kind: 'triangular', min: 0, mode: 0.05, max: 0.2 },
        lossPerUnit: 1e6,
      },
    ]);
    const options = { trials: 30_000, seed: 42, chunk: 7_000 };
    const one = await simulateOnWorkers(s, { ...options, workers: 1 });
    const two = await simulateOnWorkers(s, { ...options, workers: 2 });
    const inThread = simulate(s, kernelOf(s), options);
    const { simulationSeconds: _a, ...oneResult } = one;
    const { simulationSeconds: _b, ...twoResult } = two;
    expect(twoResult).toEqual(oneResult);
    expect(inThread).toEqual(oneResult);
    expect(one.trials).toBe(30_000);
  });

  it('runs a trial as a path over several years, losses grown with the base and discounted', () => {
    const s = {
      ...scenario([
        {
          ...base,
          kind: 'enabler_insolvency',
          subject: 'e',
          frequency: { kind: 'probability', value: 1 },
          severity: { kind: 'uniform', min: 1, max: 1 },
          fixedLoss: 100,
          subscriberShare: 0.5,
        },
      ]),
      yearlyGrowth: 1.1,
      discountRate: 0.1,
    };
    const out = outcomes(2);
    runTrials(kernelOf(s, 3), 1, 0, out);
    // Growth and discount cancel: 100 a year for three years.
    expect(out.loss[0]).toBeCloseTo(300, 9);
    // The largest share struck over the path, on the grown base: 0.5 × 1,000 × 1.1².
    expect(out.subscribersAffected[0]).toBeCloseTo(605, 9);
    const result = simulate(s, kernelOf(s, 3), { trials: 10, seed: 1 });
    expect(result.baselineMargin).toBeCloseTo(3_000_000, 6);
  });

  it('stops early when asked, reporting the trials finished in order from the first', () => {
    const s = scenario([
      {
        ...base,
        kind: 'fx_move',
        subject: 'fx',
        frequency: { kind: 'probability', value: 1 },
        severity: { kind: 'normal', mean: 0, sd: 1 },
        lossPerUnit: 1,
      },
    ]);
    let calls = 0;
    const result = simulate(s, kernelOf(s), {
      trials: 100_000,
      seed: 3,
      chunk: 10_000,
      shouldStop: () => calls++ >= 3,
    });
    expect(result).toMatchObject({ cancelled: true, trials: 30_000, requestedTrials: 100_000 });
  });

  it('attributes the bad years to the shocks that cause them', () => {
    const s = scenario([
      {
        ...base,
        kind: 'enabler_insolvency',
        subject: 'rare-big',
        frequency: { kind: 'probability', value: 0.06 },
        severity: { kind: 'uniform', min: 1, max: 1 },
        fixedLoss: 1000,
      },
      {
        ...base,
        kind: 'cloud_price_spike',
        subject: 'small',
        frequency: { kind: 'probability', value: 0.5 },
        severity: { kind: 'uniform', min: 1, max: 1 },
        fixedLoss: 1,
      },
    ]);
    const result = simulate(s, kernelOf(s), { trials: 50_000, seed: 9 });
    expect(result.tail.byShock[0]?.key).toBe('enabler_insolvency');
    expect(result.tail.byShock[0]?.share).toBeGreaterThan(0.99);
  });
});
