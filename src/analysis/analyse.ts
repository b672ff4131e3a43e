/**
 * Structural analysis of a stack, in one call: the operator type, the dependency graph's
 * failure analysis, concentration and the five-layer scorecard. Pure: runs in a browser too.
 */
import { type Classification, classify } from '../model/classification.js';
import type { Assumption, ResolvedModel } from '../model/resolved-model.js';
import { analyseConcentration, type Concentration } from './concentration/concentration.js';
import { type CostBase, monthlyCosts } from './cost/monthly-costs.js';
import { graphSize } from './dependency-graph.js';
import {
  analyseFailures,
  type FailureAnalysis,
  type FailureOptions,
} from './failure/failure-analysis.js';
import { buildScorecard, type Scorecard } from './scorecard/scorecard.js';

export interface StructuralAnalysis {
  readonly classification: Classification;
  readonly graph: { readonly nodes: number; readonly edges: number };
  readonly failure: FailureAnalysis;
  readonly costs: CostBase;
  readonly concentration: Concentration;
  readonly scorecard: Scorecard;
  readonly assumptions: readonly Assumption[];
}

export function analyseStructure(
  model: ResolvedModel,
  assumptions: readonly Assumption[] = [],
  options: FailureOptions = {},
): StructuralAnalysis {
  const costs = monthlyCosts(model);
  const concentration = analyseConcentration(model, costs);
  return {
    classification: classify(model),
    graph: graphSize(model),
    failure: analyseFailures(model, options),
    costs,
    concentration,
    scorecard: buildScorecard(model, costs, concentration),
    assumptions,
  };
}
