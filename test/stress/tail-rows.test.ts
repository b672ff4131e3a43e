/**
 * The tail's attribution from rows kept while the trials ran must be the attribution from
 * running the bad trials again, to the last bit: the same sums in the same trial order, whichever
 * chunks kept rows, from which provisional threshold, and whether a chunk's rows start above the
 * run's VaR 95% (those chunks are run again).
 */
import { describe, expect, it } from 'vitest';
import {
  kernelOf,
  outcomes,
  runTrials,
  runTrialsKeepingTail,
  type TrialOutcomes,
} from '../../src/stress/kernel.js';
import type { CompiledScenario, ShockSource } from '../../src/stress/scenario.js';
import { copyInto, type KeptChunk, slice, summariseRun } from '../../src/stress/simulation.js';

const base: Omit<ShockSource, 'kind' | 'subject' | 'frequency' | 'severity'> = {
  cap: Number.POSITIVE_INFINITY,
  cappedShare: 1,
  lossPerUnit: 0,
  fixedLoss: 0,
  subscriberShare: 0,
  outageMinutesPerUnit: 0,
  recoveryMonths: 0,
};

const scenario: CompiledScenario = {
  sources: [
    {
      ...base,
      kind: 'host_outage',
      subject: 'h',
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
      lossPerUnit: 1e5,
    },
    {
      ...base,
      kind: 'enabler_insolvency',
      subject: 'e',
      frequency: { kind: 'probability', value: 0.02 },
      severity: { kind: 'uniform', min: 1, max: 1 },
      fixedLoss: 20_000,
    },
    {
      ...base,
      kind: 'fx_move',
      subject: 'fx',
      frequency: { kind: 'probability', value: 1 },
      severity: { kind: 'normal', mean: 0, sd: 0.1 },
      lossPerUnit: 20_000,
    },
  ],
  subscribers: 1000,
  baselineMargin: 1_000_000,
  annualRevenue: 5_000_000,
  yearlyGrowth: 1.05,
  discountRate: 0.08,
};

const TRIALS = 40_000;
const CHUNK = 5_000;
const SEED = 17;

/** Runs the trials in chunks; `thresholdOf(c)` says from which loss chunk c keeps rows, if any. */
function chunkedRun(
  years: number,
  thresholdOf: (chunk: number) => number | undefined,
): { run: TrialOutcomes; kept: KeptChunk[] } {
  const kernel = kernelOf(scenario, years);
  const run = outcomes(TRIALS);
  const kept: KeptChunk[] = [];
  for (let from = 0, c = 0; from < TRIALS; from += CHUNK, c++) {
    const part = outcomes(CHUNK);
    const threshold = thresholdOf(c);
    if (threshold === undefined) {
      runTrials(kernel, SEED, from, part);
      kept.push({ from, count: CHUNK });
    } else {
      const rows = runTrialsKeepingTail(kernel, SEED, from, part, threshold);
      kept.push({ from, count: CHUNK, rows });
    }
    copyInto(run, part, from);
  }
  return { run, kept };
}

describe('tail rows kept while trials run', () => {
  for (const years of [1, 3]) {
    it(`attribute the tail exactly as running the bad trials again (${years} year(s))`, () => {
      const kernel = kernelOf(scenario, years);
      const plain = chunkedRun(years, () => undefined);
      const reference = summariseRun(scenario, kernel, SEED, TRIALS, plain.run, false);
      const threshold = reference.tail.threshold;
      expect(threshold).toBeGreaterThan(0);
      expect(reference.tail.trials).toBeGreaterThan(0);
      const variants: ((c: number) => number | undefined)[] = [
        () => threshold * 0.8,
        () => threshold,
        (c) => (c === 0 ? undefined : threshold * 0.5),
        (c) => (c % 3 === 1 ? threshold * 1.2 : threshold * 0.9),
        () => threshold * 2,
      ];
      for (const variant of variants) {
        const { run, kept } = chunkedRun(years, variant);
        // Keeping rows changes none of the trials' outcomes.
        for (const key of Object.keys(run) as (keyof TrialOutcomes)[]) {
          expect(run[key].every((v, t) => Object.is(v, plain.run[key][t]))).toBe(true);
        }
        const result = summariseRun(scenario, kernel, SEED, TRIALS, run, false, { kept });
        expect(JSON.stringify(result.tail)).toBe(JSON.stringify(reference.tail));
      }
    });
  }

  it('use only the chunks inside a stopped run', () => {
    const kernel = kernelOf(scenario, 1);
    const { run, kept } = chunkedRun(1, () => 1);
    const done = 3 * CHUNK + 1_234;
    const stopped = slice(run, done);
    const reference = summariseRun(scenario, kernel, SEED, TRIALS, stopped, true);
    const result = summariseRun(scenario, kernel, SEED, TRIALS, stopped, true, { kept });
    expect(JSON.stringify(result)).toBe(JSON.stringify(reference));
  });

  it('keep only sources with a loss, and only trials reaching the threshold', () => {
    const kernel = kernelOf(scenario, 1);
    const out = outcomes(CHUNK);
    const threshold = 30_000;
    const rows = runTrialsKeepingTail(kernel, SEED, 0, out, threshold);
    const reaching = out.loss.filter((loss) => loss >= threshold).length;
    expect(rows.trials.length).toBe(reaching);
    expect(rows.starts.length).toBe(reaching + 1);
    expect(rows.losses.every((loss) => loss !== 0)).toBe(true);
    for (const trial of rows.trials) expect(out.loss[trial]).toBeGreaterThanOrEqual(threshold);
  });
});
