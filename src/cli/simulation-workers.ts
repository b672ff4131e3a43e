/**
 * Runs a stress test on worker threads: chunks of trials are handed out to a pool of workers
 * and their outcomes put back in trial order, so the numbers are the same whatever the number
 * of workers (each trial draws from its own seeded stream). Stopping (Ctrl-C) keeps the chunks
 * finished so far, in order from the first.
 */
import type { Worker } from 'node:worker_threads';
import { kernelOf, outcomes, type TrialOutcomes } from '../stress/kernel.js';
import type { CompiledScenario } from '../stress/scenario.js';
import { copyInto, type SimulationResult, slice, summariseRun } from '../stress/simulation.js';
import { startWorker } from './worker-thread.js';

export interface WorkerRunOptions {
  readonly trials: number;
  readonly seed: number;
  readonly workers: number;
  /** Years each trial runs through (default 1). */
  readonly years?: number;
  readonly chunk?: number;
  readonly onProgress?: (done: number) => void;
  readonly shouldStop?: () => boolean;
}

export interface WorkerRun extends SimulationResult {
  /** Seconds spent running trials (starting workers included), before summarising. */
  readonly simulationSeconds: number;
}

export async function simulateOnWorkers(
  scenario: CompiledScenario,
  options: WorkerRunOptions,
): Promise<WorkerRun> {
  const chunk = options.chunk ?? 100_000;
  const all = outcomes(options.trials);
  const finished = new Set<number>();
  let next = 0;
  const started = performance.now();
  const pool = Array.from({ length: Math.max(1, options.workers) }, () =>
    startWorker('simulation-worker'),
  );
  try {
    await Promise.all(
      pool.map(async (worker) => {
        let first = true;
        while (next < options.trials && options.shouldStop?.() !== true) {
          const from = next;
          const count = Math.min(chunk, options.trials - from);
          next += count;
          const part = await runChunk(worker, {
            ...(first ? { scenario, years: options.years ?? 1 } : {}),
            seed: options.seed,
            from,
            count,
          });
          first = false;
          copyInto(all, part, from);
          finished.add(from);
          options.onProgress?.(contiguous(finished, chunk, options.trials));
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  const simulationSeconds = (performance.now() - started) / 1000;
  const done = contiguous(finished, chunk, options.trials);
  const result = summariseRun(
    scenario,
    kernelOf(scenario, options.years ?? 1),
    options.seed,
    options.trials,
    slice(all, done),
    done < options.trials,
  );
  return { ...result, simulationSeconds };
}

function runChunk(worker: Worker, request: object): Promise<TrialOutcomes> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: TrialOutcomes) => {
      worker.off('error', onError);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(request);
  });
}

/** Trials finished without a gap from the first: what can be reported in trial order. */
function contiguous(finished: ReadonlySet<number>, chunk: number, trials: number): number {
  let done = 0;
  while (done < trials && finished.has(done)) done = Math.min(trials, done + chunk);
  return done;
}
