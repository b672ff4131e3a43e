/**
 * The figures a move is judged on, read from a whole run of the analyses on one model — the
 * baseline or a patched copy. Nothing is estimated by formula from the move itself: the
 * structural analysis, the rules, the lock-in economics and a seeded stress test are run again,
 * exactly as `analyze`, `lockin` and `simulate --seed S --trials N` run them, so a patched
 * model written out with `mvnoscope apply` reproduces every figure.
 */
import { analyseStructure, type StructuralAnalysis } from '../analysis/analyse.js';
import type { Position } from '../analysis/scorecard/position.js';
import { analyseLockin, type Lockin } from '../economics/lockin.js';
import type { Layer } from '../model/layers.js';
import type { Assumption, ResolvedModel } from '../model/resolved-model.js';
import { BUILTIN_RULES } from '../rules/builtin/index.js';
import type { Rule } from '../rules/rule.js';
import { type AcceptedRisk, runRules } from '../rules/run-rules.js';
import { kernelOf, outcomes, runTrials } from '../stress/kernel.js';
import { type CompiledScenario, compileScenario, scenarioFingerprint } from '../stress/scenario.js';
import { distribution, mirrored } from '../stress/simulation.js';

export interface StressSettings {
  /** One-year trials of every run: the same for the baseline and each move. */
  readonly trials: number;
  /** The same seed for every run, so runs share their draws (common random numbers). */
  readonly seed: number;
}

export interface LayerFigures {
  readonly layer: Layer;
  /** 0–100; null where the layer is not assessed. */
  readonly dependency: number | null;
  readonly control: number | null;
  readonly position: Position;
}

export interface DependencyFigures {
  readonly provider: string;
  /** Cost of leaving today, and the months it takes. */
  readonly exitCost: number;
  readonly exitMonths: number;
  /** Value of the option to switch; null where there is none. */
  readonly optionValue: number | null;
  /** Leverage a year at the negotiating table; null where there is none. */
  readonly leveragePerYear: number | null;
  readonly pointOfNoReturn: { readonly month: number; readonly date: string } | null;
}

export interface StressFigures {
  readonly trials: number;
  readonly seed: number;
  /** The year's margin averaged over the worst 5% and 1% of years. */
  readonly marginEs95: number;
  readonly marginEs99: number;
  /** The year's shock loss averaged over the worst 5% and 1% of years. */
  readonly lossEs95: number;
  readonly lossEs99: number;
  readonly meanLoss: number;
}

export interface ModelFigures {
  readonly layers: readonly LayerFigures[];
  readonly dependencies: readonly DependencyFigures[];
  /** Probability a year that the whole service is lost, and the minutes it is down a year. */
  readonly serviceLoss: { readonly probability: number; readonly downtimeMinutesPerYear: number };
  /** Subjects (providers, groups) whose failure alone stops the service. */
  readonly singlePoints: readonly string[];
  readonly stress: StressFigures;
  /** Ids of the open findings (accepted ones left out), sorted. */
  readonly findings: readonly string[];
}

export interface ReassessOptions {
  readonly stress: StressSettings;
  /**
   * Stress figures already computed, by scenario: a move that leaves the compiled scenario as it
   * was (new contract terms, say) has exactly the figures of that scenario, with no new run.
   */
  readonly stressCache?: Map<string, StressFigures>;
  readonly rules?: readonly Rule[];
  readonly accepted?: readonly AcceptedRisk[];
}

/** Every analysis of one model, and the figures read from them. */
export interface Reassessment {
  readonly model: ResolvedModel;
  readonly structure: StructuralAnalysis;
  readonly lockin: Lockin;
  readonly figures: ModelFigures;
}

export function reassess(
  model: ResolvedModel,
  assumptions: readonly Assumption[],
  options: ReassessOptions,
): Reassessment {
  const structure = analyseStructure(model, assumptions);
  const lockin = analyseLockin(model);
  // Positions are those of the source text, which a patched model does not have: findings
  // are compared by id, so none is needed here.
  const run = runRules(
    options.rules ?? BUILTIN_RULES,
    model,
    structure,
    () => ({ line: 1, column: 1 }),
    options.accepted ?? [],
  );
  const stress = cachedStress(compileScenario(model, structure, lockin), options);
  return {
    model,
    structure,
    lockin,
    figures: {
      layers: structure.scorecard.layers.map((l) => ({
        layer: l.layer,
        dependency: l.dependency.score,
        control: l.control.score,
        position: l.position,
      })),
      dependencies: lockin.dependencies.map((d) => ({
        provider: d.provider,
        exitCost: d.today.cost,
        exitMonths: d.today.months,
        optionValue: d.option?.value ?? null,
        leveragePerYear: d.leverage?.valuePerYear ?? null,
        pointOfNoReturn:
          d.pointOfNoReturn === null
            ? null
            : { month: d.pointOfNoReturn.month, date: d.pointOfNoReturn.date },
      })),
      serviceLoss: {
        probability: structure.failure.serviceLoss.probability,
        downtimeMinutesPerYear: structure.failure.serviceLoss.downtimeMinutesPerYear,
      },
      singlePoints: structure.failure.singlePoints.map((s) => s.subject),
      stress,
      findings: run.findings
        .filter((f) => f.status === 'open')
        .map((f) => f.id)
        .sort(),
    },
  };
}

function cachedStress(scenario: CompiledScenario, options: ReassessOptions): StressFigures {
  const cache = options.stressCache;
  if (cache === undefined) return stressFigures(scenario, options.stress);
  const key = scenarioFingerprint(scenario);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const figures = stressFigures(scenario, options.stress);
  cache.set(key, figures);
  return figures;
}

/**
 * The one-year stress test's loss and margin as `simulate` summarises them (the same trial
 * streams, the same distribution), without the tail attribution and convergence it also
 * reports: the figures are bit for bit those of `simulate --seed S --trials N`.
 */
function stressFigures(scenario: CompiledScenario, settings: StressSettings): StressFigures {
  const kernel = kernelOf(scenario, 1);
  const run = outcomes(settings.trials);
  runTrials(kernel, settings.seed, 0, run);
  const loss = distribution(run.loss);
  const margin = mirrored(
    loss,
    scenario.baselineMargin * kernel.yearWeight.reduce((sum, w) => sum + w, 0),
  );
  return {
    trials: settings.trials,
    seed: settings.seed,
    marginEs95: margin.es95,
    marginEs99: margin.es99,
    lossEs95: loss.es95,
    lossEs99: loss.es99,
    meanLoss: loss.mean,
  };
}
