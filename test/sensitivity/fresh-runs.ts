/**
 * Headline figures recomputed from scratch, for checking a sensitivity run against: the model
 * written out with the parameter set in its text, loaded again, and each figure read from the
 * analyses themselves (not through src/sensitivity).
 */
import { analyseStructure } from '../../src/analysis/analyse.js';
import { analyseLockin } from '../../src/economics/lockin.js';
import type { LoadSuccess } from '../../src/model/load/load-model.js';
import type { StackModel } from '../../src/model/schema/model.js';
import type { FigureKey, FigureValue } from '../../src/sensitivity/headline-figures.js';
import type { VariedParameter } from '../../src/sensitivity/varied-parameters.js';
import { kernelOf, outcomes, runTrials } from '../../src/stress/kernel.js';
import { compileScenario } from '../../src/stress/scenario.js';
import { summariseRun } from '../../src/stress/simulation.js';
import { loadOk } from '../support/load.js';

/** The declared model with the parameter written into it, as a user would write it. */
export function withParameter(
  declared: StackModel,
  parameter: VariedParameter,
  value: number,
): StackModel {
  const copy = structuredClone(declared);
  const target = parameter.target;
  switch (target.kind) {
    case 'economics':
      copy.economics = { ...copy.economics, [target.name]: value };
      break;
    case 'operator':
      copy.operator = { ...copy.operator, [target.name]: value };
      break;
    case 'provider_availability':
      for (const i of target.indices) {
        const provider = copy.providers[i];
        if (provider !== undefined) provider.availability = value;
      }
      break;
    case 'group_availability':
      for (const i of target.indices) {
        const group = copy.groups?.[i];
        if (group !== undefined) group.availability = value;
      }
      break;
  }
  return copy;
}

/** Loads the model with the parameter set, from its JSON text. */
export function reloaded(loaded: LoadSuccess, parameter: VariedParameter, value: number) {
  return loadOk(JSON.stringify(withParameter(loaded.declared, parameter, value)));
}

/** The analyses of a freshly loaded model, each run once. */
export function freshAnalyses(loaded: LoadSuccess, stress: { trials: number; seed: number }) {
  const analysis = analyseStructure(loaded.model, loaded.assumptions);
  const lockin = analyseLockin(loaded.model);
  let es95: number | undefined;
  const marginEs95 = () => {
    if (es95 === undefined) {
      const scenario = compileScenario(loaded.model, analysis, lockin);
      const kernel = kernelOf(scenario, 1);
      const run = outcomes(stress.trials);
      runTrials(kernel, stress.seed, 0, run);
      es95 = summariseRun(scenario, kernel, stress.seed, stress.trials, run, false).margin.es95;
    }
    return es95;
  };
  return { analysis, lockin, marginEs95 };
}

/** A figure read from fresh analyses. */
export function figureOf(fresh: ReturnType<typeof freshAnalyses>, key: FigureKey): FigureValue {
  const dependency = fresh.lockin.dependencies.find((d) => d.provider === key.subject);
  switch (key.kind) {
    case 'margin_es95':
      return fresh.marginEs95();
    case 'dependency_index':
    case 'control_index': {
      const layer = fresh.analysis.scorecard.layers.find((l) => l.layer === key.subject);
      if (layer === undefined) return null;
      return key.kind === 'dependency_index' ? layer.dependency.score : layer.control.score;
    }
    case 'exit_cost':
      return dependency?.today.cost ?? null;
    case 'point_of_no_return':
      return dependency?.pointOfNoReturn?.month ?? null;
    case 'option_value':
      return dependency?.option?.value ?? null;
    case 'leverage':
      return dependency?.leverage?.valuePerYear ?? null;
  }
}
