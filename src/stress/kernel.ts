/**
 * The trial kernel: one simulated year per trial, every shock source drawn in turn. The hot
 * loop reads flat typed arrays and allocates nothing, so that a million trials a second is
 * within reach on one core. Each trial draws from its own stream, seeded by (seed, trial):
 * results do not depend on how trials are split across workers.
 */
import { type RandomStream, trialStream } from './random.js';
import type { CompiledScenario } from './scenario.js';

const SEVERITY_CODE = { triangular: 0, lognormal: 1, normal: 2, uniform: 3 } as const;

/** The scenario as arrays, one entry per source. */
export interface Kernel {
  readonly size: number;
  readonly rate: Uint8Array;
  readonly frequency: Float64Array;
  /** e^(−λ) for rate sources: the chance of no event, for Poisson inversion. */
  readonly noEvent: Float64Array;
  readonly severity: Uint8Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly cap: Float64Array;
  /** Share of each loss the cap holds (the rest bears the whole draw). */
  readonly cappedShare: Float64Array;
  readonly lossPerUnit: Float64Array;
  readonly fixedLoss: Float64Array;
  readonly subscriberShare: Float64Array;
  readonly minutesPerUnit: Float64Array;
  readonly recovery: Float64Array;
  readonly subscribers: number;
  /** Years a trial runs through (1: the year ahead). */
  readonly years: number;
  /** Per year: what a loss that scales with the base is worth today (growth × discount). */
  readonly yearWeight: Float64Array;
  /** Per year: the subscriber base relative to today. */
  readonly yearScale: Float64Array;
  /** Sources rare enough to be drawn as one block (see `RARE`), in order. */
  readonly rare: Int32Array;
  /** For each position of `rare`: the chance that none of it and the rare sources after it strike. */
  readonly noneFrom: Float64Array;
  /** Sources drawn one by one every trial. */
  readonly frequent: Int32Array;
}

/**
 * Below this yearly chance a source joins the rare block: one uniform decides whether any rare
 * source strikes at all (almost never), and only then are they drawn, each conditioned on the
 * rest in sequence (exact: P(i | some among i..n) = (1 − q_i)/(1 − Π_{j≥i} q_j)). Most sources
 * of a stack are rare, so this halves the draws per trial.
 */
export const RARE = 0.1;

/**
 * `years` > 1 runs each trial as a path over that many years: the base grows by the scenario's
 * yearly growth, losses scale with it (outage revenue, spend, records and exit costs all follow
 * the base) and are discounted to today.
 */
export function kernelOf(scenario: CompiledScenario, years = 1): Kernel {
  const n = scenario.sources.length;
  const k: Kernel = {
    size: n,
    rate: new Uint8Array(n),
    frequency: new Float64Array(n),
    noEvent: new Float64Array(n),
    severity: new Uint8Array(n),
    a: new Float64Array(n),
    b: new Float64Array(n),
    c: new Float64Array(n),
    cap: new Float64Array(n),
    cappedShare: new Float64Array(n),
    lossPerUnit: new Float64Array(n),
    fixedLoss: new Float64Array(n),
    subscriberShare: new Float64Array(n),
    minutesPerUnit: new Float64Array(n),
    recovery: new Float64Array(n),
    subscribers: scenario.subscribers,
    years,
    yearWeight: Float64Array.from(
      { length: years },
      (_, y) => (scenario.yearlyGrowth / (1 + scenario.discountRate)) ** y,
    ),
    yearScale: Float64Array.from({ length: years }, (_, y) => scenario.yearlyGrowth ** y),
    rare: new Int32Array(0),
    noneFrom: new Float64Array(0),
    frequent: new Int32Array(0),
  };
  scenario.sources.forEach((s, i) => {
    k.rate[i] = s.frequency.kind === 'rate' ? 1 : 0;
    k.frequency[i] = s.frequency.value;
    k.noEvent[i] = Math.exp(-s.frequency.value);
    k.severity[i] = SEVERITY_CODE[s.severity.kind];
    const sev = s.severity;
    if (sev.kind === 'triangular') [k.a[i], k.b[i], k.c[i]] = [sev.min, sev.mode, sev.max];
    else if (sev.kind === 'lognormal') [k.a[i], k.b[i]] = [Math.log(sev.median), sev.sigma];
    else if (sev.kind === 'normal') [k.a[i], k.b[i]] = [sev.mean, sev.sd];
    else [k.a[i], k.b[i]] = [sev.min, sev.max];
    k.cap[i] = s.cap;
    k.cappedShare[i] = s.cappedShare;
    k.lossPerUnit[i] = s.lossPerUnit;
    k.fixedLoss[i] = s.fixedLoss;
    k.subscriberShare[i] = s.subscriberShare;
    k.minutesPerUnit[i] = s.outageMinutesPerUnit;
    k.recovery[i] = s.recoveryMonths;
  });
  const chanceOf = (i: number) =>
    k.rate[i] === 1 ? 1 - (k.noEvent[i] as number) : (k.frequency[i] as number);
  const indexes = scenario.sources.map((_, i) => i);
  const rare = indexes.filter((i) => chanceOf(i) < RARE);
  const noneFrom = new Float64Array(rare.length);
  let none = 1;
  for (let r = rare.length - 1; r >= 0; r--) {
    none *= 1 - chanceOf(rare[r] as number);
    noneFrom[r] = none;
  }
  return {
    ...k,
    rare: Int32Array.from(rare),
    noneFrom,
    frequent: Int32Array.from(indexes.filter((i) => chanceOf(i) >= RARE)),
  };
}

/** Outcomes of a run of trials, one entry per trial. */
export interface TrialOutcomes {
  readonly loss: Float64Array;
  readonly subscribersAffected: Float64Array;
  readonly outageMinutes: Float64Array;
  readonly recoveryMonths: Float64Array;
}

/**
 * Outcomes for `count` trials. `shared`: in shared memory, which worker threads fill in place
 * (each its own trials), so that no chunk is allocated, handed over or copied.
 */
export function outcomes(count: number, shared = false): TrialOutcomes {
  const array = () =>
    shared ? new Float64Array(new SharedArrayBuffer(8 * count)) : new Float64Array(count);
  return {
    loss: array(),
    subscribersAffected: array(),
    outageMinutes: array(),
    recoveryMonths: array(),
  };
}

/** Trials [from, from + count) of `run`, as views on the same memory. */
export function outcomeRange(run: TrialOutcomes, from: number, count: number): TrialOutcomes {
  return {
    loss: run.loss.subarray(from, from + count),
    subscribersAffected: run.subscribersAffected.subarray(from, from + count),
    outageMinutes: run.outageMinutes.subarray(from, from + count),
    recoveryMonths: run.recoveryMonths.subarray(from, from + count),
  };
}

/** Per-source losses of the bad years: what `runTrials` and `runTailTrials` add them to. */
export interface TailSums {
  /** Trials whose loss falls below this are left out. */
  readonly threshold: number;
  /** Each source's loss, summed over the trials kept, in trial order. */
  readonly bySource: Float64Array;
  /** Trials kept. */
  trials: number;
}

/**
 * Each source's loss in the trials of a chunk whose loss reached `threshold`, kept while the
 * chunk ran (so the bad years need not be run again): row r is trial `trials[r]`, its sources
 * with a loss (`sources`, `losses`) at [starts[r], starts[r + 1]); sources without one are left
 * out (adding their zero would change no sum).
 */
export interface TailRows {
  readonly threshold: number;
  readonly trials: Int32Array;
  readonly starts: Int32Array;
  readonly sources: Int32Array;
  readonly losses: Float64Array;
}

/**
 * Runs trials [from, from + out.loss.length). With `tail`, also adds each source's loss in the
 * trials whose total reaches `tail.threshold` to `tail.bySource`: the contribution to the tail.
 */
export function runTrials(
  k: Kernel,
  seed: number,
  from: number,
  out: TrialOutcomes,
  tail?: TailSums,
): void {
  const runner = new TrialRunner(k, seed, tail !== undefined);
  const count = out.loss.length;
  for (let t = 0; t < count; t++) {
    runner.run(from + t);
    runner.store(out, t);
    if (tail !== undefined) runner.addTo(tail);
  }
}

/**
 * `runTrials` that also keeps the rows of the trials whose loss reaches `threshold`, for the
 * tail's attribution once the run's VaR is known.
 */
export function runTrialsKeepingTail(
  k: Kernel,
  seed: number,
  from: number,
  out: TrialOutcomes,
  threshold: number,
): TailRows {
  const runner = new TrialRunner(k, seed, true);
  const trials: number[] = [];
  const starts: number[] = [0];
  const sources: number[] = [];
  const losses: number[] = [];
  const count = out.loss.length;
  for (let t = 0; t < count; t++) {
    runner.run(from + t);
    runner.store(out, t);
    if (runner.loss >= threshold) {
      trials.push(from + t);
      runner.keepRow(sources, losses);
      starts.push(sources.length);
    }
  }
  return {
    threshold,
    trials: Int32Array.from(trials),
    starts: Int32Array.from(starts),
    sources: Int32Array.from(sources),
    losses: Float64Array.from(losses),
  };
}

/**
 * Runs again the given trials (ascending) with each source's loss kept, adding those whose loss
 * reaches `tail.threshold` to `tail`: the same sums as `runTrials` with `tail` over each of them.
 */
export function runTailTrials(
  k: Kernel,
  seed: number,
  trials: ArrayLike<number>,
  tail: TailSums,
): void {
  const runner = new TrialRunner(k, seed, true);
  for (let j = 0; j < trials.length; j++) {
    runner.run(trials[j] as number);
    runner.addTo(tail);
  }
}

/**
 * One trial at a time: the stream reset to the trial's state, the year's sums kept in fields
 * (the hot loop allocates nothing), each source's loss kept in `scratch` when asked.
 */
class TrialRunner {
  /** The trial's loss (present value), share of subscribers struck, outage minutes, recovery. */
  loss = 0;
  share = 0;
  minutes = 0;
  recovery = 0;
  /**
   * The last source's loss (`eventLosses`): a field rather than a return value, which V8 boxes
   * (an allocation) whenever the call is not inlined.
   */
  private sourceLoss = 0;
  /** The year being run: its weight on losses and its base relative to today. */
  private weight = 1;
  private scale = 1;
  /** One stream, reset per trial: the same draws as a fresh stream, without allocating. */
  private readonly rng: RandomStream;
  private readonly scratch: Float64Array | undefined;

  constructor(
    private readonly k: Kernel,
    private readonly seed: number,
    bySource: boolean,
  ) {
    this.rng = trialStream(seed, 0);
    this.scratch = bySource ? new Float64Array(k.size) : undefined;
  }

  /** The trial's outcomes into index t of `out`. */
  store(out: TrialOutcomes, t: number): void {
    out.loss[t] = this.loss;
    out.subscribersAffected[t] = this.share * this.k.subscribers;
    out.outageMinutes[t] = this.minutes;
    out.recoveryMonths[t] = this.recovery;
  }

  /** Adds the trial's loss by source to `tail` if its loss reaches the threshold. */
  addTo(tail: TailSums): void {
    const scratch = this.scratch;
    if (scratch === undefined || !(this.loss >= tail.threshold)) return;
    tail.trials++;
    for (let i = 0; i < scratch.length; i++)
      tail.bySource[i] = (tail.bySource[i] as number) + (scratch[i] as number);
  }

  /** Appends the trial's sources with a loss, and their losses. */
  keepRow(sources: number[], losses: number[]): void {
    const scratch = this.scratch;
    if (scratch === undefined) return;
    for (let i = 0; i < scratch.length; i++) {
      if (scratch[i] !== 0) {
        sources.push(i);
        losses.push(scratch[i] as number);
      }
    }
  }

  run(trial: number): void {
    const { k, rng, scratch } = this;
    rng.reset(this.seed, trial);
    this.loss = 0;
    this.share = 0;
    this.minutes = 0;
    this.recovery = 0;
    // A loop rather than fill(0): a builtin call costs more than clearing a few dozen sources.
    if (scratch !== undefined) for (let i = 0; i < scratch.length; i++) scratch[i] = 0;
    for (let y = 0; y < k.years; y++) {
      this.weight = k.yearWeight[y] as number;
      this.scale = k.yearScale[y] as number;
      for (let f = 0; f < k.frequent.length; f++) {
        const i = k.frequent[f] as number;
        this.strike(i, eventsOf(k, i, rng, false));
      }
      if (k.rare.length > 0 && rng.uniform() >= (k.noneFrom[0] as number)) this.strikeRare();
    }
  }

  /**
   * Something rare strikes this year: draws each rare source conditioned on that, until one
   * does; after it, the rest are drawn as they come. A method of its own, out of `run`: a third
   * of the trials come here, and `run` then has room for V8 to inline the frequent sources' draws.
   */
  private strikeRare(): void {
    const { k, rng } = this;
    const rare = k.rare.length;
    let conditioned = true;
    for (let r = 0; r < rare; r++) {
      const i = k.rare[r] as number;
      let events: number;
      if (conditioned) {
        const chance = k.rate[i] === 1 ? 1 - (k.noEvent[i] as number) : (k.frequency[i] as number);
        const struck = rng.uniform() * (1 - (k.noneFrom[r] as number)) < chance;
        events = struck ? eventsOf(k, i, rng, true) : 0;
        if (struck) conditioned = false;
      } else {
        events = eventsOf(k, i, rng, false);
      }
      this.strike(i, events);
    }
  }

  /** Adds `events` events of source i to the year's sums. */
  private strike(i: number, events: number): void {
    if (events === 0) return;
    const k = this.k;
    this.eventLosses(i, events);
    const sourceLoss = this.sourceLoss;
    this.loss += sourceLoss * this.weight;
    const struck = (k.subscriberShare[i] as number) * this.scale;
    if (struck > this.share) this.share = struck;
    if ((k.recovery[i] as number) > this.recovery) this.recovery = k.recovery[i] as number;
    const scratch = this.scratch;
    if (scratch !== undefined) scratch[i] = (scratch[i] as number) + sourceLoss * this.weight;
  }

  /**
   * The loss of `events` events of source i into `sourceLoss`, each severity drawn, capped and
   * costed in turn; their outage minutes go to the year's sum. One loop per severity law, so that
   * the law is chosen once a source rather than once an event.
   */
  private eventLosses(i: number, events: number): void {
    const { k, rng } = this;
    const a = k.a[i] as number;
    const b = k.b[i] as number;
    let sourceLoss = 0;
    switch (k.severity[i]) {
      case 0: {
        const c = k.c[i] as number;
        for (let e = 0; e < events; e++) sourceLoss += this.cost(i, rng.triangular(a, b, c));
        break;
      }
      case 1:
        for (let e = 0; e < events; e++) sourceLoss += this.cost(i, Math.exp(a + b * rng.normal()));
        break;
      case 2:
        for (let e = 0; e < events; e++) sourceLoss += this.cost(i, a + b * rng.normal());
        break;
      default:
        for (let e = 0; e < events; e++) sourceLoss += this.cost(i, a + (b - a) * rng.uniform());
    }
    this.sourceLoss = sourceLoss;
  }

  /** One event's loss from its drawn severity (capped), its outage minutes added to the year's. */
  private cost(i: number, drawn: number): number {
    const k = this.k;
    const capped = Math.min(drawn, k.cap[i] as number);
    const severity = capped + (1 - (k.cappedShare[i] as number)) * (drawn - capped);
    this.minutes += severity * (k.minutesPerUnit[i] as number);
    return (k.fixedLoss[i] as number) + severity * (k.lossPerUnit[i] as number);
  }
}

/**
 * Events of source i this year. `atLeastOne`: the count given that it is at least one (a
 * Bernoulli source then has exactly one; a Poisson count is drawn zero-truncated).
 */
function eventsOf(k: Kernel, i: number, rng: RandomStream, atLeastOne: boolean): number {
  if (k.rate[i] !== 1) return atLeastOne || rng.uniform() < (k.frequency[i] as number) ? 1 : 0;
  const lambda = k.frequency[i] as number;
  // A rare source (the only kind drawn at least once) has a small rate; a large rate is drawn
  // as a sum of Poisson counts of at most INVERSION_RATE each, which is exactly Poisson(λ):
  // e^(−λ) underflows to 0 beyond λ ≈ 745, and inversion from it then counted 1,000 events
  // whatever the rate.
  if (lambda > INVERSION_RATE && !atLeastOne) return largeRateEvents(lambda, rng);
  // Poisson by inversion: one uniform, almost always settled at 0 or 1 event.
  const none = k.noEvent[i] as number;
  let p = none;
  let cumulative = none;
  let events = 0;
  const u = atLeastOne ? none + rng.uniform() * (1 - none) : rng.uniform();
  while (u > cumulative && events < 1000) {
    events++;
    p *= lambda / events;
    cumulative += p;
  }
  return events;
}

/** The largest rate drawn by inversion from e^(−λ) in one piece (e^(−500) ≈ 7e−218). */
const INVERSION_RATE = 500;

/** Poisson(λ) as the sum of ⌈λ / INVERSION_RATE⌉ Poisson counts of equal rates, each by inversion. */
function largeRateEvents(lambda: number, rng: RandomStream): number {
  const pieces = Math.ceil(lambda / INVERSION_RATE);
  const rate = lambda / pieces;
  const none = Math.exp(-rate);
  let events = 0;
  for (let piece = 0; piece < pieces; piece++) {
    const u = rng.uniform();
    let p = none;
    let cumulative = none;
    let count = 0;
    // The tail beyond 4λ of a Poisson(≤ 500) count is below 1e−300: the bound never cuts.
    while (u > cumulative && count < 4 * INVERSION_RATE) {
      count++;
      p *= rate / count;
      cumulative += p;
    }
    events += count;
  }
  return events;
}
