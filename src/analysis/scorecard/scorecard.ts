/**
 * The five-layer scorecard (DESIGN §2): for each layer a dependency index and a control index
 * (0–100) with the factors behind them, and the operator's position in it; then the two
 * cross-cutting forces. Formulas, weights and their reasons: docs/scorecard.md.
 */
import { LAYER_TITLES, type Layer } from '../../model/layers.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Concentration } from '../concentration/concentration.js';
import type { CostBase } from '../cost/monthly-costs.js';
import { capitalCoordination } from './capital-coordination.js';
import { scoreContext } from './context.js';
import { costStructure } from './cost-structure.js';
import { type AiAmplification, aiAmplification, securityExposure } from './cross-cutting.js';
import { edgeControl } from './edge-control.js';
import { type FactorInput, type IndexScore, indexOf, unscored } from './factor.js';
import { intelligence } from './intelligence.js';
import { networkRoutes } from './network-routes.js';
import { type Position, positionOf } from './position.js';

export { POSITION_GAP, POSITION_NAMES, type Position, positionOf } from './position.js';

export interface LayerScore {
  readonly layer: Layer;
  readonly title: string;
  readonly dependency: IndexScore;
  readonly control: IndexScore;
  readonly position: Position;
}

export interface Scorecard {
  readonly layers: readonly LayerScore[];
  readonly aiAmplification: AiAmplification;
  readonly securityExposure: IndexScore;
}

type LayerFactors = (context: ReturnType<typeof scoreContext>) => {
  dependency: FactorInput[];
  control: FactorInput[];
};

const LAYER_FACTORS: Record<Layer, LayerFactors> = {
  cost_structure: costStructure,
  intelligence,
  network_routes: networkRoutes,
  edge_control: edgeControl,
  capital_coordination: capitalCoordination,
};

export function buildScorecard(
  model: ResolvedModel,
  costs: CostBase,
  concentration: Concentration,
): Scorecard {
  const context = scoreContext(model, costs, concentration);
  const layers = (Object.keys(LAYER_FACTORS) as Layer[]).map((layer) => {
    const factors = LAYER_FACTORS[layer](context);
    const dependency = indexOf(factors.dependency);
    const control = indexOf(factors.control);
    const position = positionOf(dependency.score, control.score);
    // A layer the model cannot measure on both sides has no position, and one index alone
    // would read as a verdict: a not-assessed layer carries no number on either side.
    const shown = (index: IndexScore) => (position === 'not_assessed' ? unscored(index) : index);
    return {
      layer,
      title: LAYER_TITLES[layer],
      dependency: shown(dependency),
      control: shown(control),
      position,
    };
  });
  return {
    layers,
    aiAmplification: aiAmplification(context),
    securityExposure: securityExposure(context),
  };
}
