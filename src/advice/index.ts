/**
 * The advisor's one entry: the moves a model admits, each valued by re-assessment with its
 * act-by date, and the plan over them. Every adapter (the CLI's `advise`, the report's first
 * section, the API's advice job, the web app's Advice tab) shows this document.
 */
import type { LoadSuccess } from '../model/load/load-model.js';
import { type AdviceOptions, assessMoves, type MoveAssessment } from './advise.js';
import { type Plan, planOf } from './plan.js';

export type { AdviceOptions, MoveAssessment, UnvaluedMove, ValuedMove } from './advise.js';
export { ADVICE_SEED, ADVICE_TRIALS } from './advise.js';
export type { Plan, PlanPoint, RoadmapStep } from './plan.js';

export interface Advice extends MoveAssessment {
  readonly plan: Plan;
}

export function advise(loaded: LoadSuccess, options: AdviceOptions = {}): Advice {
  const run = assessMoves(loaded, options);
  return { ...run.assessment, plan: planOf(run) };
}
