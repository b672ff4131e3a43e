/**
 * Worker thread entry of one API job. The whole job runs here — loading, compiling, the trials
 * or the front search (on workers of its own), and the summary — so the request thread only
 * relays progress, and cancelling is terminating this thread (its own workers go with it).
 * The result is the document the CLI prints, built by the same use case (src/run).
 */
import { advise } from '../advice/index.js';
import type { AdviceJobResult } from '../api/advice.js';
import type { JobOutcome } from '../api/jobs.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import { loadModel } from '../model/load/load-model.js';
import type { Objective } from '../model/schema/design-space.js';
import { optimizationRun } from '../run/optimize-run.js';
import { stressRun } from '../run/stress-run.js';
import { serveWorker } from '../run/worker.js';
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

export interface AdviceJobRequest {
  readonly kind: 'advice';
  readonly text: string;
  readonly file: string;
  readonly trials: number;
  readonly seed: number;
}

export type JobRequest = SimulationJobRequest | OptimizationJobRequest | AdviceJobRequest;

/**
 * How far a job is: trials done of all (simulations); moves valued of all, the plan counted as
 * one more step (advice); front points found, total unknown (optimisations).
 */
export interface JobProgress {
  readonly done: number;
  readonly total: number | null;
}

/** Progress is reported about this many times over a simulation. */
const PROGRESS_STEPS = 50;

serveWorker<JobRequest, JobOutcome, JobProgress>(async (request, progress) => {
  const loaded = loadModel(request.text, {
    file: request.file,
    limits: { maxChars: MAX_MODEL_CHARS },
  });
  // The server loaded the same text before starting the job; failing here is a bug.
  if (!loaded.ok) throw new Error('the job was started with a model that does not load');
  // Typed as the API's job result: what the worker computes is what the API documents.
  switch (request.kind) {
    case 'simulation':
      return { kind: 'simulation', result: await simulate(loaded, request, progress) };
    case 'optimization':
      return { kind: 'optimization', result: await optimize(loaded, request, progress) };
    case 'advice':
      return { kind: 'advice', result: adviceOf(loaded, request, progress) };
  }
});

async function simulate(
  loaded: LoadSuccess,
  request: SimulationJobRequest,
  progress: (progress: JobProgress) => void,
) {
  const { document } = await stressRun(loaded, {
    trials: request.trials,
    seed: request.seed,
    years: request.years,
    // One thread per job: the server runs several jobs at once instead.
    workers: 1,
    // Per-trial seeded streams make the numbers independent of the chunk size.
    chunk: Math.max(1_000, Math.ceil(request.trials / PROGRESS_STEPS)),
    onProgress: (done) => progress({ done, total: request.trials }),
  });
  return document;
}

async function optimize(
  loaded: LoadSuccess,
  request: OptimizationJobRequest,
  progress: (progress: JobProgress) => void,
) {
  const { document } = await optimizationRun(loaded.model, request.objectives, {
    timeLimitSeconds: request.timeLimitSeconds,
    onPoint: (points) => progress({ done: points, total: null }),
  });
  return document;
}

/** The advisor's document, as `mvnoscope advise --json --seed S` has it, with its time. */
function adviceOf(
  loaded: LoadSuccess,
  request: AdviceJobRequest,
  progress: (progress: JobProgress) => void,
): AdviceJobResult {
  const started = performance.now();
  const advice = advise(loaded, {
    trials: request.trials,
    seed: request.seed,
    // The plan (interactions, the front, the recommended plan re-assessed) is the last step.
    onProgress: (done, total) => progress({ done, total: total + 1 }),
  });
  return { ...advice, seconds: (performance.now() - started) / 1000 };
}
