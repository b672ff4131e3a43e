/**
 * The advisor as a sequence of steps. Its heavy work is re-assessing patched models — one per
 * move, then one per pair of moves that meet — and each such batch is handed to the caller
 * with `yield`; the caller re-assesses them where it likes and passes their figures back to
 * `next`. So the steps, the valuation and the plan are written once, whether the batches run in
 * this thread (`advise`, index.ts) or on worker threads (src/run/advice-run.ts). Everything else
 * (the baseline, the proposals, the plan's own search and its whole re-assessment) runs here.
 */
import type { LoadSuccess } from '../model/load/load-model.js';
import {
  type AdviceOptions,
  type AdviceSettings,
  adviceSettings,
  baselineOf,
  type PatchedFigures,
  type PatchedModel,
  proposalsAgainst,
  reassessTogether,
  termsOf,
  valueProposals,
} from './advise.js';
import type { Advice } from './index.js';
import { meetingPairs, planCandidates, planFrom } from './plan.js';

/** A batch of patched models to re-assess: `moves` (one each) or `pairs` (two moves together). */
export interface Batch {
  readonly phase: 'moves' | 'pairs';
  readonly models: readonly PatchedModel[];
}

export type AdviceSteps = Generator<Batch, Advice, readonly PatchedFigures[]>;

export function* adviceSteps(loaded: LoadSuccess, settings: AdviceSettings): AdviceSteps {
  const baseline = baselineOf(loaded, settings);
  const { proposals, excluded } = proposalsAgainst(loaded, baseline);
  const outcomes = yield { phase: 'moves', models: proposals };
  const assessment = valueProposals(loaded, baseline, proposals, outcomes, excluded, settings);
  const pairs = meetingPairs(planCandidates(assessment));
  const pairFigures = yield {
    phase: 'pairs',
    models: pairs.map(({ a, b }) => ({
      id: `${a.id}+${b.id}`,
      title: `${a.title} + ${b.title}`,
      patch: [...a.patch, ...b.patch],
    })),
  };
  const plan = planFrom({
    assessment,
    baseline,
    terms: termsOf(loaded),
    pairs,
    pairFigures,
    together: (moves) => reassessTogether(loaded, moves, settings),
  });
  return { ...assessment, plan };
}

/** Runs the steps in this thread, re-assessing each batch here, with progress over the moves. */
export function adviseInThread(
  loaded: LoadSuccess,
  options: AdviceOptions,
  figuresOf: (patched: PatchedModel, settings: AdviceSettings) => PatchedFigures,
): Advice {
  const settings = adviceSettings(options);
  const steps = adviceSteps(loaded, settings);
  let step = steps.next();
  while (!step.done) {
    const { phase, models } = step.value;
    const figures = models.map((model, i) => {
      const result = figuresOf(model, settings);
      if (phase === 'moves') options.onProgress?.(i + 1, models.length);
      return result;
    });
    step = steps.next(figures);
  }
  return step.value;
}
