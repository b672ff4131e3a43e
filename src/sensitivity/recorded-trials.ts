/**
 * The trials of one stress test, kept source by source, so that a scenario that differs only
 * in what its events cost can be re-valued without drawing again.
 *
 * In a trial, a shock source strikes some number of times, each with a drawn severity; its loss
 * is Σ over its events of fixedLoss + min(severity, cap) × lossPerUnit (src/stress/kernel.ts).
 * The draws depend only on the sources' frequencies, severities and order, never on what an
 * event costs. So the stress engine is run twice on the scenario with the costs replaced — once
 * with each event costing 1 (its per-source loss is then the number of events), once with each
 * unit of severity costing 1 (the sum of the capped severities) — and a pinned scenario with the
 * same frequencies, severities and caps has, with the same seed, the loss of each trial
 * Σ events × fixedLoss + severities × lossPerUnit: the same draws, re-valued. The sum runs in
 * another order than the kernel's, so the result agrees with a fresh run to rounding (a relative
 * 1e-12 or so), not bit for bit.
 */
import { type Kernel, kernelOf, outcomes, runTrials } from '../stress/kernel.js';
import { expectedShortfall } from '../stress/risk-measures.js';
import type { CompiledScenario, ShockSource } from '../stress/scenario.js';
import { TAIL_ALPHA } from '../stress/simulation.js';

/** One source's strikes: the trials it struck in, with its events and capped severities there. */
interface Strikes {
  readonly trials: Int32Array;
  readonly events: Float64Array;
  readonly severities: Float64Array;
}

export class RecordedTrials {
  private constructor(
    private readonly sources: readonly ShockSource[],
    private readonly trials: number,
    /** Per source, the trials it struck in (most sources strike in few). */
    private readonly strikes: readonly Strikes[],
  ) {}

  /** Runs the stress engine twice on the scenario's draws and keeps them per source. */
  static record(scenario: CompiledScenario, trials: number, seed: number): RecordedTrials {
    const kernel = kernelOf(scenario, 1);
    const size = kernel.size;
    const costing = (fixed: number, perUnit: number): Kernel => ({
      ...kernel,
      fixedLoss: new Float64Array(size).fill(fixed),
      lossPerUnit: new Float64Array(size).fill(perUnit),
    });
    const events = perSource(costing(1, 0), trials, seed);
    const severities = perSource(costing(0, 1), trials, seed);
    const strikes = scenario.sources.map((_, i): Strikes => {
      const struck: number[] = [];
      for (let t = 0; t < trials; t++) if ((events[t * size + i] as number) !== 0) struck.push(t);
      return {
        trials: Int32Array.from(struck),
        events: Float64Array.from(struck, (t) => events[t * size + i] as number),
        severities: Float64Array.from(struck, (t) => severities[t * size + i] as number),
      };
    });
    return new RecordedTrials(scenario.sources, trials, strikes);
  }

  /** Whether the scenario's draws are these: the same sources striking as often and as hard. */
  matches(scenario: CompiledScenario): boolean {
    const { sources } = scenario;
    return (
      sources.length === this.sources.length &&
      sources.every((s, i) => {
        const r = this.sources[i] as ShockSource;
        return (
          s.kind === r.kind &&
          s.subject === r.subject &&
          Object.is(s.cap, r.cap) &&
          s.frequency.kind === r.frequency.kind &&
          Object.is(s.frequency.value, r.frequency.value) &&
          sameSeverity(s.severity, r.severity)
        );
      })
    );
  }

  /**
   * Margin ES 95% of a matching scenario, as `summariseRun` (src/stress/simulation.ts) defines
   * it. Losses are summed source by source in a fixed order, so the same costs always give the
   * same figure, to the last bit.
   */
  marginShortfall(scenario: CompiledScenario): number {
    const losses = new Float64Array(this.trials);
    scenario.sources.forEach((source, i) => {
      const { fixedLoss, lossPerUnit } = source;
      if (fixedLoss === 0 && lossPerUnit === 0) return;
      const { trials, events, severities } = this.strikes[i] as Strikes;
      for (let j = 0; j < trials.length; j++) {
        const t = trials[j] as number;
        losses[t] =
          (losses[t] as number) +
          (events[j] as number) * fixedLoss +
          (severities[j] as number) * lossPerUnit;
      }
    });
    losses.sort();
    // One-year trials: the no-shock margin is a year's (the path's only weight is 1).
    return (
      scenario.baselineMargin - (losses.length === 0 ? 0 : expectedShortfall(losses, TAIL_ALPHA))
    );
  }
}

/**
 * Each trial's loss source by source, from the engine's tail attribution: every trial run on
 * its own with a threshold no loss is below, so each source's loss in it is reported.
 */
function perSource(kernel: Kernel, trials: number, seed: number): Float64Array {
  const size = kernel.size;
  const result = new Float64Array(trials * size);
  const one = outcomes(1);
  const bySource = new Float64Array(size);
  const tail = { threshold: Number.NEGATIVE_INFINITY, bySource, trials: 0 };
  for (let t = 0; t < trials; t++) {
    bySource.fill(0);
    runTrials(kernel, seed, t, one, tail);
    result.set(bySource, t * size);
  }
  return result;
}

/** Severities are finite numbers in fixed fields: their JSON tells them apart exactly. */
function sameSeverity(a: ShockSource['severity'], b: ShockSource['severity']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
