/**
 * Worker thread entry of one API job. The whole job runs here — loading, compiling, the trials
 * or the front search (on workers of its own), and the summary — so the request thread only
 * relays progress, and cancelling is terminating this thread (its own workers go with it).
 */
import { parentPort } from 'node:worker_threads';
import { analyseStructure } from '../analysis/analyse.js';
import type { JobOutcome } from '../api/jobs.js';
import { simulateOnWorkers } from '../cli/simulation-workers.js';
import { analyseLockin } from '../economics/lockin.js';
import { loadModel } from '../model/load/load-model.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Objective } from '../model/schema/design-space.js';
import { compileSpace } from '../optimize/design-space.js';
import { designCount } from '../optimize/enumerate.js';
import { reportFront } from '../optimize/front-report.js';
import { localPath } from '../optimize/local-path.js';
import { frontOnWorker } from '../run/optimize-run.js';
import { compileScenario } from '../stress/scenario.js';
import { MAX_MODEL_CHARS } from './limits.js';

export interface SimulationJobRequest {
  readonly kind: 'simulation';
  readonly text: string;
  readonly file: string;
  readonly trials: number;
  readonly seed: number;
  readonly years: number;
}

export interface OptimizationJobRequest {
  readonly kind: 'optimization';
  readonly text: string;
  readonly file: string;
  readonly objectives: readonly Objective[];
  readonly timeLimitSeconds: number;
}

export type JobRequest = SimulationJobRequest | OptimizationJobRequest;

export type JobMessage =
  | {
      readonly kind: 'progress';
      readonly done: number;
      /** Known for simulations (trials); an optimisation does not know its front's size. */
      readonly total: number | null;
    }
  | { readonly kind: 'result'; readonly outcome: JobOutcome };

/** Progress is reported about this many times over a simulation. */
const PROGRESS_STEPS = 50;

parentPort?.once('message', async (request: JobRequest) => {
  const loaded = loadModel(request.text, {
    file: request.file,
    limits: { maxChars: MAX_MODEL_CHARS },
  });
  // The server loaded the same text before starting the job; failing here is a bug.
  if (!loaded.ok) throw new Error('the job was started with a model that does not load');
  // Typed as the API's job result: what the worker computes is what the API documents.
  const outcome: JobOutcome =
    request.kind === 'simulation'
      ? { kind: 'simulation', result: await simulate(loaded.model, loaded.assumptions, request) }
      : { kind: 'optimization', result: await optimize(loaded.model, request) };
  post({ kind: 'result', outcome });
});

function post(message: JobMessage): void {
  parentPort?.postMessage(message);
}

async function simulate(
  model: ResolvedModel,
  assumptions: Parameters<typeof analyseStructure>[1],
  request: SimulationJobRequest,
) {
  const scenario = compileScenario(
    model,
    analyseStructure(model, assumptions),
    analyseLockin(model),
  );
  const started = performance.now();
  const result = await simulateOnWorkers(scenario, {
    trials: request.trials,
    seed: request.seed,
    years: request.years,
    // One thread per job: the server runs several jobs at once instead.
    workers: 1,
    // Per-trial seeded streams make the numbers independent of the chunk size.
    chunk: Math.max(1_000, Math.ceil(request.trials / PROGRESS_STEPS)),
    onProgress: (done) => post({ kind: 'progress', done, total: request.trials }),
  });
  return {
    currency: model.operator.currency,
    seconds: (performance.now() - started) / 1000,
    trialsPerSecond: result.trials / Math.max(result.simulationSeconds, 1e-9),
    sources: scenario.sources,
    ...result,
  };
}

async function optimize(model: ResolvedModel, request: OptimizationJobRequest) {
  if (model.design_space === undefined) throw new Error('the model has no design_space');
  const space = compileSpace(model.design_space, {
    horizonMonths: model.operator.horizon_months,
    discountRate: model.operator.discount_rate,
  });
  const started = performance.now();
  const run = await frontOnWorker(space, request.objectives, {
    timeLimitSeconds: request.timeLimitSeconds,
    onPoint: (points) => post({ kind: 'progress', done: points, total: null }),
  });
  return {
    currency: model.operator.currency,
    designs: designCount(space),
    complete: run.complete,
    method: run.method ?? 'stopped at the time limit',
    solves: run.solves,
    nodes: run.nodes,
    seconds: (performance.now() - started) / 1000,
    ...reportFront(space, request.objectives, run.entries, localPath(space)),
  };
}
