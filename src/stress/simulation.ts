/**
 * A stress test: trials of one year each, their outcomes summarised with risk measures
 * (methods.md §5), the contribution of each shock and each provider to the bad years, and
 * convergence diagnostics. Runs in one thread here, in chunks, reporting progress and stopping
 * when asked; src/cli/simulation-workers.ts runs the same chunks on worker threads.
 */
import {
  type Kernel,
  outcomeRange,
  outcomes,
  runTailTrials,
  runTrials,
  runTrialsKeepingTail,
  type TailRows,
  type TailSums,
  type TrialOutcomes,
} from './kernel.js';
import { BucketCounts, partlySorted } from './order-statistics.js';
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
  taken: {
    /** The chunks of the run, with the tail rows they kept. */
    readonly kept?: readonly KeptChunk[];
    /** What was summarised while the trials ran (used if it took all n trials). */
    readonly running?: RunningSummary;
  } = {},
): SimulationResult {
  const n = run.loss.length;
  const running = taken.running?.done === n ? taken.running : undefined;
  const counts = running?.counts;
  const loss = distribution(run.loss, counts?.loss);
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
    subscribersAffected: distribution(run.subscribersAffected, counts?.subscribersAffected),
    outageMinutes: distribution(run.outageMinutes, counts?.outageMinutes),
    recoveryMonths: distribution(run.recoveryMonths, counts?.recoveryMonths),
    tail: attributeTail(scenario, kernel, seed, run.loss, loss.var95, taken.kept ?? []),
    convergence: convergence(run.loss, loss, running?.points),
  };
}

type ConvergencePoint = SimulationResult['convergence'][number];

/** The first trial count with a convergence estimate; then every tenfold. */
const FIRST_POINT = 1000;

/**
 * What the summary can take from a run's trials while later ones still run, fed finished trials
 * in trial order: each measure's bucket counts (the selection's first pass) and the convergence
 * estimates at 1,000, 10,000, … trials — the numbers `summariseRun` would compute at the end.
 */
export class RunningSummary {
  readonly counts = {
    loss: new BucketCounts(),
    subscribersAffected: new BucketCounts(),
    outageMinutes: new BucketCounts(),
    recoveryMonths: new BucketCounts(),
  };
  readonly points: ConvergencePoint[] = [];
  /** Trials taken so far: 0 up to this. */
  done = 0;
  private nextPoint = FIRST_POINT;

  constructor(private readonly run: TrialOutcomes) {}

  /** Takes trials [done, to), which must be finished. */
  advance(to: number): void {
    if (to <= this.done) return;
    const part = outcomeRange(this.run, this.done, to - this.done);
    this.counts.loss.add(part.loss);
    this.counts.subscribersAffected.add(part.subscribersAffected);
    this.counts.outageMinutes.add(part.outageMinutes);
    this.counts.recoveryMonths.add(part.recoveryMonths);
    for (; this.nextPoint <= to; this.nextPoint *= 10) {
      this.points.push(estimate(this.run.loss.subarray(0, this.nextPoint)));
    }
    this.done = to;
  }
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
  const kept: KeptChunk[] = [];
  const running = new RunningSummary(all);
  let tailFrom: number | undefined;
  let done = 0;
  while (done < options.trials && options.shouldStop?.() !== true) {
    const size = Math.min(chunk, options.trials - done);
    const part = outcomes(size);
    if (tailFrom === undefined) {
      runTrials(kernel, options.seed, done, part);
      kept.push({ from: done, count: size });
      tailFrom = provisionalTailThreshold(part.loss);
    } else {
      const rows = runTrialsKeepingTail(kernel, options.seed, done, part, tailFrom);
      kept.push({ from: done, count: size, rows });
    }
    copyInto(all, part, done);
    done += size;
    running.advance(done);
    options.onProgress?.(done);
  }
  return summariseRun(
    scenario,
    kernel,
    options.seed,
    options.trials,
    slice(all, done),
    done < options.trials,
    { kept, running },
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

/** `counted`: the values' bucket counts, if taken while the trials ran. */
export function distribution(values: Float64Array, counted?: BucketCounts): Distribution {
  const n = values.length;
  // Exact at the ranks read below: the least, the median, and every rank from VaR 95%'s up.
  const sorted =
    n === 0 ? values : partlySorted(values, [1, tailRank(n, 0.5)], tailRank(n, 0.95), counted);
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
 * The level of the threshold from which workers keep each bad trial's losses by source, read
 * from the first chunk that comes back: below 95% by enough that a chunk's VaR 93% lies under the
 * run's VaR 95% but for freak samples (a chunk whose rows start above it is run again instead).
 */
const PROVISIONAL_LEVEL = 0.93;

/**
 * The loss from which to keep tail rows, from a first chunk's losses; none when it is not
 * positive (a run whose VaR 95% is not positive attributes no tail).
 */
export function provisionalTailThreshold(losses: Float64Array): number | undefined {
  if (losses.length === 0) return undefined;
  const sorted = partlySorted(losses, [tailRank(losses.length, PROVISIONAL_LEVEL)]);
  const threshold = valueAtRisk(sorted, PROVISIONAL_LEVEL);
  return threshold > 0 ? threshold : undefined;
}

/** Trials [from, from + count) of a run, with the tail rows kept while they ran, if any. */
export interface KeptChunk {
  readonly from: number;
  readonly count: number;
  readonly rows?: TailRows;
}

/**
 * Which shocks and which providers drive the bad years: each source's loss summed, in trial
 * order, over the trials at or beyond VaR 95%. Chunks whose rows were kept from a threshold at or
 * below VaR 95% (`kept`) give them; every other trial of the tail is run again (the same streams
 * give the same draws) with each source's loss kept — the same sums either way.
 */
function attributeTail(
  scenario: CompiledScenario,
  kernel: Kernel,
  seed: number,
  losses: Float64Array,
  threshold: number,
  kept: readonly KeptChunk[],
): SimulationResult['tail'] {
  const bySource = new Float64Array(kernel.size);
  const tail: TailSums = { threshold, bySource, trials: 0 };
  if (threshold > 0) {
    let next = 0;
    const rerun = (to: number) => {
      if (to > next) {
        const part = trialsReaching(losses.subarray(next, to), threshold);
        runTailTrials(
          kernel,
          seed,
          part.map((t) => t + next),
          tail,
        );
      }
    };
    for (const chunk of [...kept].sort((a, b) => a.from - b.from)) {
      const { rows } = chunk;
      const usable = rows !== undefined && rows.threshold <= threshold;
      if (!usable || chunk.from < next || chunk.from + chunk.count > losses.length) continue;
      rerun(chunk.from);
      addRows(tail, rows, losses);
      next = chunk.from + chunk.count;
    }
    rerun(losses.length);
  }
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

/** Adds the rows of the trials whose loss reaches the tail's threshold, in trial order. */
function addRows(tail: TailSums, rows: TailRows, losses: Float64Array): void {
  for (let r = 0; r < rows.trials.length; r++) {
    if (!((losses[rows.trials[r] as number] as number) >= tail.threshold)) continue;
    tail.trials++;
    for (let j = rows.starts[r] as number; j < (rows.starts[r + 1] as number); j++) {
      const i = rows.sources[j] as number;
      tail.bySource[i] = (tail.bySource[i] as number) + (rows.losses[j] as number);
    }
  }
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

/**
 * Running estimates at 1,000, 10,000, … trials, then at all of them: they should settle as the
 * count grows. `taken`: the tenfold points estimated while the trials ran; the last point is
 * the loss distribution's own mean, standard error and VaR (the same estimators on all trials).
 */
function convergence(
  losses: Float64Array,
  loss: Distribution,
  taken?: readonly ConvergencePoint[],
): SimulationResult['convergence'] {
  const points: ConvergencePoint[] = [];
  if (taken !== undefined) points.push(...taken);
  else {
    for (let n = FIRST_POINT; n <= losses.length; n *= 10) {
      points.push(estimate(losses.subarray(0, n)));
    }
  }
  if (points.at(-1)?.trials !== losses.length && losses.length > 0) {
    points.push({
      trials: losses.length,
      meanLoss: loss.mean,
      standardError: loss.standardError,
      var95: loss.var95,
    });
  }
  return points;
}

function estimate(losses: Float64Array): ConvergencePoint {
  const { mean, se } = meanAndStandardError(losses);
  return {
    trials: losses.length,
    meanLoss: mean,
    standardError: se,
    var95: valueAtRisk(partlySorted(losses, [tailRank(losses.length, 0.95)]), 0.95),
  };
}
