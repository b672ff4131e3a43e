/**
 * The full report — `mvnoscope report` and the API's report download: the advisor's moves and
 * plan (its first section, "What to do first"), the assessment, the stress test, sensitivity, the design-space front (on the optimiser's own thread, under a
 * time limit) and, for HTML, every chart and the dependency diagram drawn inline (the diagram
 * laid out on a thread of its own while this one draws the charts).
 */
import { ADVICE_TRIALS } from '../advice/index.js';
import type { StressFigures } from '../advice/reassess.js';
import { type Assessment, assessModel } from '../assessment.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { buildReport } from '../report/document/build-report.js';
import {
  type DesignSpaceRun,
  REPORT_FRONT_OBJECTIVES,
  REPORT_FRONT_SECONDS,
  REPORT_SEED,
  REPORT_TRIALS,
  type ReportInputs,
  reportStress,
  type StressRun,
} from '../report/document/report-inputs.js';
import { reportMarkdown } from '../report/markdown/report-markdown.js';
import type { Rule } from '../rules/rule.js';
import { analyseSensitivity } from '../sensitivity/sensitivity.js';
import { compileScenario, scenarioFingerprint } from '../stress/scenario.js';
import { VERSION } from '../version.js';
import { adviseOnWorkers } from './advice-run.js';
import { diagramOnWorker } from './diagram-run.js';
import { designSpaceRun } from './optimize-run.js';

export interface FullReportOptions {
  readonly format: 'html' | 'markdown';
  /** Stress-test trials and seed (the seed also drives sensitivity). */
  readonly trials: number;
  readonly seed: number;
  /** Whether the design-space front is searched (it runs a solver). */
  readonly pareto: boolean;
  readonly paretoTimeLimitSeconds: number;
  /** The rules to run (rules/rule-set.ts); the built-in ones when not given. */
  readonly rules?: readonly Rule[];
  /**
   * Threads for the advisor's re-assessments, this one included (default 1: all in this
   * thread); this thread runs the sensitivity analysis while the workers re-assess.
   */
  readonly adviceWorkers?: number;
}

/** The report's defaults, as `mvnoscope report` makes it without options. */
export const FULL_REPORT_DEFAULTS: Omit<FullReportOptions, 'format'> = {
  trials: REPORT_TRIALS,
  seed: REPORT_SEED,
  pareto: true,
  paretoTimeLimitSeconds: REPORT_FRONT_SECONDS,
};

/** `file` names the model in the report, e.g. its path or "light, version 3". */
export async function fullReport(
  file: string,
  loaded: LoadSuccess,
  options: FullReportOptions,
): Promise<string> {
  const assessment = assessModel(
    loaded,
    options.rules === undefined ? {} : { rules: options.rules },
  );
  // The solver runs on its own thread while this one runs the stress test and draws.
  const front = options.pareto
    ? designSpaceRun(loaded, REPORT_FRONT_OBJECTIVES, options.paretoTimeLimitSeconds)
    : undefined;
  // Awaited below; handled now, so that a worker failing while this thread draws is reported
  // as the report's error rather than as an unhandled rejection.
  front?.catch(() => undefined);
  const { stress, sensitivity, advice } = await reportRuns(loaded, assessment, options);
  const base: ReportInputs = { file, loaded, assessment, stress, sensitivity, advice };
  // Vega and Graphviz take a while to load: only a report that draws loads them.
  const html =
    options.format === 'html' ? await import('../report/html/report-html.js') : undefined;
  const drawings = await html?.drawFigures(buildReport(base), new Map(), diagramOnWorker);
  const document = buildReport({
    ...base,
    ...designSpaceInput(loaded, options.pareto, await front),
  });
  return html === undefined
    ? reportMarkdown(document)
    : html.reportHtml(document, { generator: `mvnoscope ${VERSION}`, drawings });
}

/**
 * The report's stress test, sensitivity analysis and advice. The stress test runs first: when it
 * has the advisor's trials and seed, the advisor's baseline takes its figures rather than
 * running the same scenario again. With workers, the advisor re-assesses while this thread runs
 * the sensitivity analysis. The advice is the one `advise` gives with the same seed and trials.
 */
export async function reportRuns(
  loaded: LoadSuccess,
  assessment: Assessment,
  options: Pick<FullReportOptions, 'trials' | 'seed' | 'rules' | 'adviceWorkers'>,
): Promise<Required<Pick<ReportInputs, 'stress' | 'sensitivity' | 'advice'>>> {
  const stress = reportStress(loaded, assessment, { trials: options.trials, seed: options.seed });
  const scenario = scenarioFingerprint(
    compileScenario(loaded.model, assessment.analysis, assessment.lockin),
  );
  // This thread runs the sensitivity analysis meanwhile, so it counts as one of the threads
  // the advisor was given: two give one worker beside it, which a second would only compete with.
  const threads = options.adviceWorkers ?? 1;
  const advice = adviseOnWorkers(loaded, {
    seed: options.seed,
    workers: threads - 1,
    alongside: true,
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.trials === ADVICE_TRIALS
      ? { knownStress: new Map([[scenario, adviceStressFigures(stress)]]) }
      : {}),
  });
  // Awaited below; handled now, so that a worker failing while this thread runs the
  // sensitivity analysis is reported as the report's error rather than as an unhandled rejection.
  advice.catch(() => undefined);
  const sensitivity = analyseSensitivity(loaded, { seed: options.seed });
  return { stress, sensitivity, advice: await advice };
}

/**
 * The advisor's stress figures of a report's stress run: the same summary of the same trials
 * (advice/reassess.ts summarises a run as stress/simulation.ts's summariseRun does).
 */
function adviceStressFigures(run: StressRun): StressFigures {
  const { result } = run;
  return {
    trials: result.trials,
    seed: result.seed,
    marginEs95: result.margin.es95,
    marginEs99: result.margin.es99,
    lossEs95: result.loss.es95,
    lossEs99: result.loss.es99,
    meanLoss: result.loss.mean,
  };
}

function designSpaceInput(
  loaded: LoadSuccess,
  pareto: boolean,
  run: DesignSpaceRun | undefined,
): Pick<ReportInputs, 'designSpace'> {
  if (loaded.model.design_space === undefined) return {};
  if (!pareto) return { designSpace: { skipped: 'the report was made with --no-pareto' } };
  return run === undefined ? {} : { designSpace: run };
}
