/**
 * The advisor's one entry: the moves a model admits, each valued by re-assessment with its
 * act-by date, and the plan over them. Every adapter (the CLI's `advise`, the report's first
 * section, the API's advice job, the web app's Advice tab) shows this document.
 */
import type { LoadSuccess } from '../model/load/load-model.js';
import { adviseInThread } from './advice-steps.js';
import { type AdviceOptions, figuresOfPatched, type MoveAssessment } from './advise.js';
import type { Plan } from './plan.js';

export type { AdviceSteps, Batch } from './advice-steps.js';
export { adviceSteps } from './advice-steps.js';
export type {
  AdviceOptions,
  AdviceSettings,
  MoveAssessment,
  PatchedFigures,
  PatchedModel,
  UnvaluedMove,
  ValuedMove,
} from './advise.js';
export { ADVICE_SEED, ADVICE_TRIALS, adviceSettings, figuresOfPatched } from './advise.js';
export type { Plan, PlanPoint, RoadmapStep } from './plan.js';

export interface Advice extends MoveAssessment {
  readonly plan: Plan;
}

/** The advice of a loaded model, every re-assessment in this thread. */
export function advise(loaded: LoadSuccess, options: AdviceOptions = {}): Advice {
  return adviseInThread(loaded, options, (patched, settings) =>
    figuresOfPatched(loaded, patched, settings),
  );
}
