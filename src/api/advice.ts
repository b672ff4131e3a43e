/**
 * The result of an advice job: the advisor's document (src/advice) — every move the model
 * admits, valued by applying its patch and re-assessing the whole model, with its deltas,
 * act-by date and patch; the plan over them with its roadmap; doing nothing beside it — and
 * how long it took. It is the JSON `mvnoscope advise --json` prints; the web app's Advice tab
 * takes its types from here.
 */
import type { Advice } from '../advice/index.js';
import { coreDocument } from './core-document.js';

export type { ActBy } from '../advice/act-by.js';
export type { Change, DependencyChange, LayerChange, MoveDeltas } from '../advice/deltas.js';
export type { Advice, Plan, RoadmapStep, UnvaluedMove, ValuedMove } from '../advice/index.js';
export type { PatchOp } from '../advice/patch.js';

export type AdviceJobResult = Advice & {
  /** Seconds the whole job took: the baseline, every move re-assessed and the plan. */
  readonly seconds: number;
};

export const AdviceJobResultSchema = coreDocument<AdviceJobResult>(
  'The JSON of `mvnoscope advise --json` without its header: the moves ranked with their value, cost, deltas, act-by date and patch; the plan (front, recommended plan with its roadmap, doing nothing)',
);
