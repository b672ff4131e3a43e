/**
 * The advisor with its re-assessments on worker threads: the steps of src/advice/advice-steps.ts
 * run here, and each batch of patched models (the moves, then the pairs that meet) is shared
 * out over a pool of workers, one model at a time to whichever is free. Every worker loads the
 * same model with the same trials and seed, so the advice is exactly the one `advise` gives in
 * a single thread, only sooner; and while the workers re-assess, this thread is free for other
 * work (the report's sensitivity analysis).
 *
 * The run keeps one stress cache, as `advise` does in one thread: each batch hands a worker the
 * stress figures it does not know yet (the baseline's first), and each answer brings back the
 * ones the worker computed, so a scenario already run anywhere is not run again for a later
 * batch or for the plan's re-assessment here.
 */
import {
  type Advice,
  type AdviceOptions,
  type AdviceSettings,
  adviceSettings,
  adviceSteps,
  type Batch,
  figuresOfPatched,
  type PatchedFigures,
  type PatchedModel,
} from '../advice/index.js';
import type { StressFigures } from '../advice/reassess.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { BUILTIN_RULES } from '../rules/builtin/index.js';
import type { Rule } from '../rules/rule.js';
import type { AdviceWorkerAnswer, AdviceWorkerRequest } from './advice-worker.js';
import { WorkerThread } from './worker.js';

const ADVICE_WORKER = new URL('./advice-worker.js', import.meta.url);

export interface AdviceRunOptions extends AdviceOptions {
  /**
   * Worker threads. One worker or fewer runs everything in this thread, unless the caller has
   * its own work for this thread meanwhile (`alongside`): then one worker runs beside it.
   */
  readonly workers: number;
  readonly alongside?: boolean;
  /**
   * Stress figures already computed with the run's trials and seed, by scenario fingerprint
   * (stress/scenario.ts): the report's own stress test of the model, say. A scenario found here
   * is not run again; its figures are those the run would compute.
   */
  readonly knownStress?: ReadonlyMap<string, StressFigures>;
}

/** The advice of a loaded model, its re-assessments shared out over workers. */
export async function adviseOnWorkers(
  loaded: LoadSuccess,
  options: AdviceRunOptions,
): Promise<Advice> {
  // User rules and accepted risks given apart are functions and positions a worker cannot be
  // sent; such a run stays in this thread. The built-in rules are every worker's own.
  const builtIn = new Set<Rule>(BUILTIN_RULES);
  const userRules = options.rules?.some((rule) => !builtIn.has(rule)) === true;
  const settings = adviceSettings(options);
  for (const [scenario, figures] of options.knownStress ?? [])
    settings.stressCache.set(scenario, figures);
  const pooled = options.workers >= 2 || (options.workers === 1 && options.alongside === true);
  if (!pooled || userRules || options.accepted !== undefined)
    return runSteps(loaded, settings, async (phase, models) =>
      models.map((patched, i) => {
        const figures = figuresOfPatched(loaded, patched, settings);
        if (phase === 'moves') options.onProgress?.(i + 1, models.length);
        return figures;
      }),
    );
  const pool = Array.from(
    { length: options.workers },
    () =>
      new WorkerThread<AdviceWorkerRequest, AdviceWorkerAnswer>(ADVICE_WORKER, 'an advice worker'),
  );
  // The model as declared, as JSON: loaded in a worker it resolves to this very model, as every
  // patched model does (positions, which no figure reads, are those of the JSON).
  const model = { text: JSON.stringify(loaded.declared), file: loaded.file, ...settings.stress };
  const started = pool.map(() => false);
  // The scenarios each worker's cache holds, so that each is sent to it once.
  const knownBy = pool.map(() => new Set<string>());
  const cache = settings.stressCache;
  // Each worker is handed its whole share of a batch at once (every N-th model), so it keeps
  // working while this thread is busy elsewhere and cannot hand out more.
  const onPool: BatchRunner = async (phase, models) => {
    const figures: PatchedFigures[] = new Array(models.length);
    let done = 0;
    await Promise.all(
      pool.map(async (worker, w) => {
        const share = models.flatMap((m, i) => (i % pool.length === w ? [{ m, i }] : []));
        if (share.length === 0) return;
        const known = knownBy[w] as Set<string>;
        const stress = [...cache].filter(([scenario]) => !known.has(scenario));
        for (const [scenario] of stress) known.add(scenario);
        const patched = share.map(({ m }) => m);
        const answer = await worker.run(
          started[w] ? { patched, stress } : { model, patched, stress },
        );
        started[w] = true;
        for (const [scenario, computed] of answer.computed) {
          known.add(scenario);
          if (!cache.has(scenario)) cache.set(scenario, computed);
        }
        share.forEach(({ i }, k) => {
          figures[i] = answer.figures[k] as PatchedFigures;
        });
        done += share.length;
        if (phase === 'moves') options.onProgress?.(done, models.length);
      }),
    );
    return figures;
  };
  try {
    return await runSteps(loaded, settings, onPool);
  } finally {
    for (const worker of pool) void worker.terminate();
  }
}

/** Re-assesses one batch of patched models, answering with their figures in order. */
type BatchRunner = (
  phase: Batch['phase'],
  models: readonly PatchedModel[],
) => Promise<PatchedFigures[]>;

/** The advisor's steps, each batch re-assessed by `runBatch`. */
async function runSteps(
  loaded: LoadSuccess,
  settings: AdviceSettings,
  runBatch: BatchRunner,
): Promise<Advice> {
  const steps = adviceSteps(loaded, settings);
  let step = steps.next();
  while (!step.done) step = steps.next(await runBatch(step.value.phase, step.value.models));
  return step.value;
}
