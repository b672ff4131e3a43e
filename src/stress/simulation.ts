/**
 * A stress test: trials of one year each, their outcomes summarised with risk measures
 * (methods.md §5), the contribution of each shock and each provider to the bad years, and
 * convergence diagnostics. Runs in one thread here, in chunks, reporting progress and stopping
 * when asked; src/cli/simulation-workers.ts runs the same chunks on worker threads.
 */
import {
  type Kernel,
  outcomes,
  runTailTrials,
  runTrials,
  type TailSums,
  type TrialOutcomes,
} from './kernel.js';
import { partlySorted } from './order-statistics.js';
import {
  meanAndStandardError as estimateMean,
  expectedShortfall,
  tailRank,
  valueAtRisk,
} from './risk-measures.js';
import type { CompiledScenario } from './scenario.js';

export const TAIL_ALPHA = 0.95;
export const ALPHAS = [0.95, 0.99] as const;

export interface Distribution {
  readonly mean: number;
  readonly standardError: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly p50: number;
  readonly var95: number;
  readonly es95: number;
  readonly var99: number;
  readonly es99: number;
}

export interface Contribution {
  readonly key: string;
  /** Mean loss this shock or provider adds in the tail years (loss ≥ VaR 95%). */
  readonly meanTailLoss: number;
  /** Its share of the tail loss. */
  readonly share: number;
}

export interface SimulationResult {
  readonly trials: number;
  readonly requestedTrials: number;
  readonly seed: number;
  readonly cancelled: boolean;
  /** Years each trial runs through. */
  readonly years: number;
  /** Margin with no shock over those years (present value), in the operator's currency. */
  readonly baselineMargin: number;
  readonly loss: Distribution;
  /** Margin a year; its VaR and ES fields are the margin in the bad year (see `mirrored`). */
  readonly margin: Distribution;
  readonly subscribersAffected: Distribution;
  readonly outageMinutes: Distribution;
  readonly recoveryMonths: Distribution;
  readonly tail: {
    readonly threshold: number;
    readonly trials: number;
    readonly byShock: readonly Contribution[];
    readonly bySubject: readonly Contribution[];
  };
  readonly convergence: readonly {
    readonly trials: number;
    readonly meanLoss: number;
    readonly standardError: number;
    readonly var95: number;
  }[];
}

/** Summarises the outcomes of trials 0..n−1 (in trial order) and attributes the tail. */
export function summariseRun(
  scenario: CompiledScenario,
  kernel: Kernel,
  seed: number,
  requestedTrials: number,
  run: TrialOutcomes,
  cancelled: boolean,
): SimulationResult {
  const n = run.loss.length;
  const loss = distribution(run.loss);
  // Over a multi-year path the no-shock margin is valued like the losses: grown and discounted.
  const baselineMargin = scenario.baselineMargin * kernel.yearWeight.reduce((sum, w) => sum + w, 0);
  const margin = mirrored(loss, baselineMargin);
  return {
    trials: n,
    requestedTrials,
    seed,
    cancelled,
    years: kernel.years,
    baselineMargin,
    loss,
    margin,
    subscribersAffected: distribution(run.subscribersAffected),
    outageMinutes: distribution(run.outageMinutes),
    recoveryMonths: distribution(run.recoveryMonths),
    tail: attributeTail(scenario, kernel, seed, run.loss, loss.var95),
    convergence: convergence(run.loss),
  };
}

/** Runs a whole stress test in this thread. */
export function simulate(
  scenario: CompiledScenario,
  kernel: Kernel,
  options: {
    trials: number;
    seed: number;
    chunk?: number;
    onProgress?: (done: number) => void;
    shouldStop?: () => boolean;
  },
): SimulationResult {
  const chunk = options.chunk ?? 50_000;
  const all = outcomes(options.trials);
  let done = 0;
  while (done < options.trials && options.shouldStop?.() !== true) {
    const size = Math.min(chunk, options.trials - done);
    const part = outcomes(size);
    runTrials(kernel, options.seed, done, part);
    copyInto(all, part, done);
    done += size;
    options.onProgress?.(done);
  }
  return summariseRun(
    scenario,
    kernel,
    options.seed,
    options.trials,
    slice(all, done),
    done < options.trials,
  );
}

export function copyInto(target: TrialOutcomes, part: TrialOutcomes, offset: number): void {
  target.loss.set(part.loss, offset);
  target.subscribersAffected.set(part.subscribersAffected, offset);
  target.outageMinutes.set(part.outageMinutes, offset);
  target.recoveryMonths.set(part.recoveryMonths, offset);
}

export function slice(run: TrialOutcomes, count: number): TrialOutcomes {
  return {
    loss: run.loss.subarray(0, count),
    subscribersAffected: run.subscribersAffected.subarray(0, count),
    outageMinutes: run.outageMinutes.subarray(0, count),
    recoveryMonths: run.recoveryMonths.subarray(0, count),
  };
}

/**
 * Margin is the no-shock margin less the loss, so its bad side is the loss's: its VaR and ES
 * columns give the margin in the 1-in-20 and 1-in-100 bad year, and what it averages beyond.
 */
export function mirrored(loss: Distribution, baseline: number): Distribution {
  return {
    mean: baseline - loss.mean,
    standardError: loss.standardError,
    sd: loss.sd,
    min: baseline - loss.max,
    max: baseline - loss.min,
    p50: baseline - loss.p50,
    var95: baseline - loss.var95,
    es95: baseline - loss.es95,
    var99: baseline - loss.var99,
    es99: baseline - loss.es99,
  };
}

/** The mean with its standard error; a run stopped before two trials has no spread to measure. */
function meanAndStandardError(values: Float64Array): { mean: number; sd: number; se: number } {
  if (values.length >= 2) return estimateMean(values);
  return { mean: values[0] ?? 0, sd: 0, se: 0 };
}

export function distribution(values: Float64Array): Distribution {
  const n = values.length;
  // Exact at the ranks read below: the least, the median, and every rank from VaR 95%'s up.
  const sorted = n === 0 ? values : partlySorted(values, [1, tailRank(n, 0.5)], tailRank(n, 0.95));
  const { mean, sd, se } = meanAndStandardError(values);
  return {
    mean,
    standardError: se,
    sd,
    min: n === 0 ? 0 : (sorted[0] as number),
    max: n === 0 ? 0 : (sorted[n - 1] as number),
    p50: n === 0 ? 0 : valueAtRisk(sorted, 0.5),
    var95: n === 0 ? 0 : valueAtRisk(sorted, 0.95),
    es95: n === 0 ? 0 : expectedShortfall(sorted, 0.95),
    var99: n === 0 ? 0 : valueAtRisk(sorted, 0.99),
    es99: n === 0 ? 0 : expectedShortfall(sorted, 0.99),
  };
}

/**
 * Which shocks and which providers drive the bad years: the trials at or beyond VaR 95% are
 * run again one by one (the same streams give the same draws) with each source's loss kept.
 */
function attributeTail(
  scenario: CompiledScenario,
  kernel: Kernel,
  seed: number,
  losses: Float64Array,
  threshold: number,
): SimulationResult['tail'] {
  const bySource = new Float64Array(kernel.size);
  const tail: TailSums = { threshold, bySource, trials: 0 };
  if (threshold > 0) runTailTrials(kernel, seed, trialsReaching(losses, threshold), tail);
  const total = bySource.reduce((a, b) => a + b, 0);
  const group = (keyOf: (i: number) => string): Contribution[] => {
    const sums = new Map<string, number>();
    for (let i = 0; i < scenario.sources.length; i++) {
      sums.set(keyOf(i), (sums.get(keyOf(i)) ?? 0) + (bySource[i] as number));
    }
    return [...sums]
      .filter(([, sum]) => sum !== 0)
      .map(([key, sum]) => ({
        key,
        meanTailLoss: tail.trials === 0 ? 0 : sum / tail.trials,
        share: total === 0 ? 0 : sum / total,
      }))
      .sort((a, b) => b.share - a.share);
  };
  return {
    threshold,
    trials: tail.trials,
    byShock: group((i) => scenario.sources[i]?.kind ?? ''),
    bySubject: group(
      (i) => `${scenario.sources[i]?.kind ?? ''}: ${scenario.sources[i]?.subject ?? ''}`,
    ),
  };
}

/** The trials whose loss reaches `threshold`, in trial order. */
function trialsReaching(losses: Float64Array, threshold: number): Int32Array {
  let count = 0;
  for (let t = 0; t < losses.length; t++) if ((losses[t] as number) >= threshold) count++;
  const trials = new Int32Array(count);
  let j = 0;
  for (let t = 0; t < losses.length; t++) if ((losses[t] as number) >= threshold) trials[j++] = t;
  return trials;
}

/** Running estimates at 1,000, 10,000, … trials: they should settle as the count grows. */
function convergence(losses: Float64Array): SimulationResult['convergence'] {
  const points: SimulationResult['convergence'][number][] = [];
  for (let n = 1000; n <= losses.length; n *= 10) points.push(estimate(losses.subarray(0, n)));
  if (points.at(-1)?.trials !== losses.length && losses.length > 0) points.push(estimate(losses));
  return points;
}

function estimate(losses: Float64Array): SimulationResult['convergence'][number] {
  const { mean, se } = meanAndStandardError(losses);
  return {
    trials: losses.length,
    meanLoss: mean,
    standardError: se,
    var95: valueAtRisk(partlySorted(losses, [tailRank(losses.length, 0.95)]), 0.95),
  };
}
