/**
 * What a report is built from: the loaded model, its assessment (src/assessment.ts) and, when
 * they were run, a stress test and the design-space front. The stress test is run here, in
 * process, with a fixed seed and a modest trial count (a report must come back in seconds);
 * the front needs a solver on a worker, so the command runs it and hands the result in.
 */
import type { Advice } from '../../advice/index.js';
import type { Assessment } from '../../assessment.js';
import type { LoadSuccess } from '../../model/load/load-model.js';
import type { Objective } from '../../model/schema/design-space.js';
import type { FrontReport } from '../../optimize/front-report.js';
import type { Sensitivity } from '../../sensitivity/sensitivity.js';
import { kernelOf, outcomes, runTrials } from '../../stress/kernel.js';
import { compileScenario } from '../../stress/scenario.js';
import { type SimulationResult, summariseRun } from '../../stress/simulation.js';

export const REPORT_TRIALS = 20_000;
export const REPORT_SEED = 1;
/** The report's design-space figure: cost against lock-in. */
export const REPORT_FRONT_OBJECTIVES = ['cost', 'lockin'] as const;
/** How long the report lets the front search run; points found by then are shown as incomplete. */
export const REPORT_FRONT_SECONDS = 10;

export interface StressRun {
  readonly result: SimulationResult;
  /** Every trial's loss, in trial order, for the histogram. */
  readonly losses: Float64Array;
  /** Shocks the model's `scenarios` section changes from the library's defaults. */
  readonly overridden: readonly string[];
}

export interface DesignSpaceRun {
  readonly report: FrontReport;
  readonly objectives: readonly Objective[];
  /** Designs in the space (the product of the decisions' option counts). */
  readonly designs: number;
  /** False when the time limit stopped the search before the front was proved complete. */
  readonly complete: boolean;
  readonly timeLimitSeconds: number;
  /** The exact method that found the front; undefined when the time limit came first. */
  readonly method: 'dp' | 'enumeration' | 'milp' | undefined;
  /** Nodes implicit enumeration visited and programmes the MILP solved. */
  readonly nodes: number;
  readonly solves: number;
  /** Why the method ran and what went wrong on the way (src/optimize/front-search.ts). */
  readonly notes?: readonly string[];
}

export interface ReportInputs {
  readonly file: string;
  readonly loaded: LoadSuccess;
  readonly assessment: Assessment;
  readonly stress?: StressRun;
  /** The tornadoes and flip points (src/sensitivity), when they were run. */
  readonly sensitivity?: Sensitivity;
  /** The front, or why the design space was not optimised for this report. */
  readonly designSpace?: DesignSpaceRun | { readonly skipped: string };
  /** The advisor's moves and plan (src/advice), when they were run: the first section. */
  readonly advice?: Advice;
}

/** A one-year stress test of every trial in this thread: seeded, so the same report each time. */
export function reportStress(
  loaded: LoadSuccess,
  assessment: Assessment,
  options: { readonly trials: number; readonly seed: number },
): StressRun {
  const scenario = compileScenario(loaded.model, assessment.analysis, assessment.lockin);
  const kernel = kernelOf(scenario, 1);
  const run = outcomes(options.trials);
  runTrials(kernel, options.seed, 0, run);
  return {
    result: summariseRun(scenario, kernel, options.seed, options.trials, run, false),
    losses: run.loss,
    overridden: [...new Set((loaded.model.scenarios ?? []).map((s) => s.kind))],
  };
}
