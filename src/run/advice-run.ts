/**
 * The advisor with its re-assessments on worker threads: the steps of src/advice/advice-steps.ts
 * run here, and each batch of patched models (the moves, then the pairs that meet) is shared
 * out over a pool of workers, one model at a time to whichever is free. Every worker loads the
 * same model with the same trials and seed, so the advice is exactly the one `advise` gives in
 * a single thread, only sooner; and while the workers re-assess, this thread is free for other
 * work (the report's sensitivity analysis).
 */
import {
  type Advice,
  type AdviceOptions,
  adviceSettings,
  adviceSteps,
  advise,
  type PatchedFigures,
  type PatchedModel,
} from '../advice/index.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { BUILTIN_RULES } from '../rules/builtin/index.js';
import type { Rule } from '../rules/rule.js';
import type { AdviceWorkerRequest } from './advice-worker.js';
import { WorkerThread } from './worker.js';

const ADVICE_WORKER = new URL('./advice-worker.js', import.meta.url);

export interface AdviceRunOptions extends AdviceOptions {
  /** Worker threads; 1 or fewer runs everything in this thread. */
  readonly workers: number;
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
  if (options.workers <= 1 || userRules || options.accepted !== undefined)
    return advise(loaded, options);
  const settings = adviceSettings(options);
  const pool = Array.from(
    { length: options.workers },
    () =>
      new WorkerThread<AdviceWorkerRequest, readonly PatchedFigures[]>(
        ADVICE_WORKER,
        'an advice worker',
      ),
  );
  // The model as declared, as JSON: loaded in a worker it resolves to this very model, as every
  // patched model does (positions, which no figure reads, are those of the JSON).
  const model = { text: JSON.stringify(loaded.declared), file: loaded.file, ...settings.stress };
  const started = pool.map(() => false);
  // Each worker is handed its whole share of a batch at once (every N-th model), so it keeps
  // working while this thread is busy elsewhere and cannot hand out more.
  const onPool = async (phase: string, models: readonly PatchedModel[]) => {
    const figures: PatchedFigures[] = new Array(models.length);
    let done = 0;
    await Promise.all(
      pool.map(async (worker, w) => {
        const share = models.flatMap((m, i) => (i % pool.length === w ? [{ m, i }] : []));
        if (share.length === 0) return;
        const patched = share.map(({ m }) => m);
        const answers = await worker.run(started[w] ? { patched } : { model, patched });
        started[w] = true;
        share.forEach(({ i }, k) => {
          figures[i] = answers[k] as PatchedFigures;
        });
        done += share.length;
        if (phase === 'moves') options.onProgress?.(done, models.length);
      }),
    );
    return figures;
  };
  try {
    const steps = adviceSteps(loaded, settings);
    let step = steps.next();
    while (!step.done) step = steps.next(await onPool(step.value.phase, step.value.models));
    return step.value;
  } finally {
    for (const worker of pool) void worker.terminate();
  }
}
