/**
 * ES 95% of margin for a sensitivity run: the stress test (src/stress) of a pinned model, run in
 * this thread with one seed and one trial count for every pin, so every run draws the same
 * random numbers (common random numbers) and two bar ends differ only by the parameter.
 */
import type { StructuralAnalysis } from '../analysis/analyse.js';
import type { Lockin } from '../economics/lockin.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import { kernelOf, outcomes, runTrials } from '../stress/kernel.js';
import { expectedShortfall } from '../stress/risk-measures.js';
import { type CompiledScenario, compileScenario, scenarioFingerprint } from '../stress/scenario.js';
import { TAIL_ALPHA } from '../stress/simulation.js';
import { RecordedTrials } from './recorded-trials.js';

export interface StressSettings {
  /** One-year trials of every run. */
  readonly trials: number;
  readonly seed: number;
}

/** The margin averaged over the worst 5% of simulated years, as `mvnoscope simulate` reports it. */
export function marginShortfall(
  model: ResolvedModel,
  analysis: StructuralAnalysis,
  lockin: Lockin,
  settings: StressSettings,
): number {
  return shortfallOf(compileScenario(model, analysis, lockin), settings);
}

/**
 * The trials of the stress test, and from their losses only the one figure: margin ES 95% as
 * `summariseRun` (src/stress/simulation.ts) computes it — the no-shock margin over the path less
 * the expected shortfall of the sorted losses — without the rest of its summary.
 */
function shortfallOf(scenario: CompiledScenario, settings: StressSettings): number {
  const kernel = kernelOf(scenario, 1);
  const run = outcomes(settings.trials);
  runTrials(kernel, settings.seed, 0, run);
  const baseline = scenario.baselineMargin * kernel.yearWeight.reduce((sum, w) => sum + w, 0);
  const sorted = Float64Array.from(run.loss).sort();
  return baseline - (sorted.length === 0 ? 0 : expectedShortfall(sorted, TAIL_ALPHA));
}

/**
 * Margin ES 95% for every run of one sensitivity analysis. The first scenario asked for (the
 * model as it stands) is recorded source by source (src/sensitivity/recorded-trials.ts), and
 * every scenario with the same draws — a pin that changes only what events cost — is re-valued
 * from that record, the first one included, so that a pin that changes nothing gives exactly the
 * modelled figure. A scenario with other draws (a pin that changes an outage rate or a cap) runs
 * the stress test afresh; identical ones share a run.
 */
export function sharedShortfall(
  settings: StressSettings,
): (model: ResolvedModel, analysis: StructuralAnalysis, lockin: Lockin) => number {
  let recorded: RecordedTrials | undefined;
  const byScenario = new Map<string, number>();
  return (model, analysis, lockin) => {
    const scenario = compileScenario(model, analysis, lockin);
    recorded ??= RecordedTrials.record(scenario, settings.trials, settings.seed);
    if (recorded.matches(scenario)) return recorded.marginShortfall(scenario);
    const key = scenarioFingerprint(scenario);
    const known = byScenario.get(key);
    if (known !== undefined) return known;
    const value = shortfallOf(scenario, settings);
    byScenario.set(key, value);
    return value;
  };
}
