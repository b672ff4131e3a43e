/**
 * A source with a large yearly rate (a shock summed over thousands of providers) is drawn as
 * exactly Poisson(λ): mean and variance λ. Inversion from e^(−λ) alone underflows beyond
 * λ ≈ 745 and counted 1,000 events a year whatever the rate.
 */
import { describe, expect, it } from 'vitest';
import { kernelOf, outcomes, runTrials } from '../../src/stress/kernel.js';
import type { CompiledScenario } from '../../src/stress/scenario.js';

const scenarioAt = (rate: number): CompiledScenario => ({
  sources: [
    {
      kind: 'provider_outage',
      subject: 'p',
      frequency: { kind: 'rate', value: rate },
      severity: { kind: 'uniform', min: 0, max: 0 },
      cap: Number.POSITIVE_INFINITY,
      cappedShare: 1,
      lossPerUnit: 0,
      fixedLoss: 1,
      subscriberShare: 0,
      outageMinutesPerUnit: 0,
      recoveryMonths: 0,
    },
  ],
  subscribers: 1000,
  baselineMargin: 1_000_000,
  annualRevenue: 5_000_000,
  yearlyGrowth: 1,
  discountRate: 0,
});

describe('large yearly rates', () => {
  it.each([600, 2_000, 25_000])('counts Poisson(%d) events a year, mean and variance λ', (rate) => {
    const n = 4_000;
    const out = outcomes(n);
    runTrials(kernelOf(scenarioAt(rate)), 3, 0, out);
    const mean = out.loss.reduce((a, b) => a + b, 0) / n;
    const variance = out.loss.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    // Within 5 standard errors of the mean; the variance within 15% (its relative standard
    // error is about √(2 / n) ≈ 2.2%).
    expect(Math.abs(mean - rate)).toBeLessThan(5 * Math.sqrt(rate / n));
    expect(variance / rate).toBeGreaterThan(0.85);
    expect(variance / rate).toBeLessThan(1.15);
  });
});
