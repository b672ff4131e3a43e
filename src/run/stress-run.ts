/**
 * Runs a stress test on worker threads: chunks of trials are handed out to a pool of workers,
 * which write their outcomes in place into the run's arrays in shared memory (trial t at index
 * t), so the numbers are the same whatever the number of workers (each trial draws from its own
 * seeded stream). From the first chunk back, workers also keep the losses by source of the
 * trials that may be in the tail (see attributeTail), so the bad years need not be run again.
 * Stopping (Ctrl-C) keeps the chunks finished so far, in order from the first.
 */
import { analyseStructure } from '../analysis/analyse.js';
import type { SimulationJobResult } from '../api/simulation.js';
import { analyseLockin } from '../economics/lockin.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import type { LossBin } from '../report/charts/stress-chart.js';
import { lossBins } from '../report/document/stress-section.js';
import { simulationJson } from '../report/json/simulation-json.js';
import { kernelOf, outcomes } from '../stress/kernel.js';
import { type CompiledScenario, compileScenario } from '../stress/scenario.js';
import {
  type KeptChunk,
  provisionalTailThreshold,
  RunningSummary,
  type SimulationResult,
  slice,
  summariseRun,
} from '../stress/simulation.js';
import type { ChunkRequest, ChunkResult } from './stress-worker.js';
import { WorkerThread } from './worker.js';

const STRESS_WORKER = new URL('./stress-worker.js', import.meta.url);

export interface WorkerRunOptions {
  readonly trials: number;
  readonly seed: number;
  readonly workers: number;
  /** Years each trial runs through (default 1). */
  readonly years?: number;
  readonly chunk?: number;
  readonly onProgress?: (done: number) => void;
  /** Handed every finished trial's loss, in trial order, once the run ends (for a histogram). */
  readonly onLosses?: (losses: Float64Array) => void;
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
  // Shared memory: the workers write their trials' outcomes straight into it, in trial order.
  const all = outcomes(options.trials, true);
  const finished = new Set<number>();
  // Trials finished without a gap from the first: what can be summarised and reported so far.
  let done = 0;
  const running = new RunningSummary(all);
  const kept: KeptChunk[] = [];
  // Set from the first chunk back: later chunks keep their bad trials' losses by source.
  let tailFrom: number | undefined;
  let next = 0;
  const started = performance.now();
  const pool = Array.from(
    { length: Math.max(1, options.workers) },
    () => new WorkerThread<ChunkRequest, ChunkResult>(STRESS_WORKER, 'a stress-test worker'),
  );
  try {
    await Promise.all(
      pool.map(async (worker) => {
        let first = true;
        // The next chunk for this worker, asked for as soon as its last one is back.
        const nextChunk = () => {
          if (next >= options.trials || options.shouldStop?.() === true) return undefined;
          const from = next;
          const count = Math.min(chunk, options.trials - from);
          next += count;
          const reply = worker.run({
            ...(first ? { scenario, years: options.years ?? 1, into: all } : {}),
            ...(tailFrom === undefined ? {} : { tailFrom }),
            seed: options.seed,
            from,
            count,
          });
          first = false;
          return { from, count, reply };
        };
        for (let asked = nextChunk(); asked !== undefined; ) {
          const { from, count } = asked;
          const { rows } = await asked.reply;
          kept.push(rows === undefined ? { from, count } : { from, count, rows });
          if (kept.length === 1) {
            tailFrom = provisionalTailThreshold(all.loss.subarray(from, from + count));
          }
          // The worker gets on with its next chunk before this one is taken into the summary,
          // rather than wait on the summary's work.
          asked = nextChunk();
          finished.add(from);
          while (finished.has(done)) done = Math.min(options.trials, done + chunk);
          // While the other chunks run: the selection's counts and the convergence estimates.
          running.advance(done);
          options.onProgress?.(done);
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  const simulationSeconds = (performance.now() - started) / 1000;
  options.onLosses?.(slice(all, done).loss);
  const result = summariseRun(
    scenario,
    kernelOf(scenario, options.years ?? 1),
    options.seed,
    options.trials,
    slice(all, done),
    done < options.trials,
    { kept, running },
  );
  return { ...result, simulationSeconds };
}

/** A stress run of a model and its document (`simulate --json` without its header, the API's job result). */
export interface StressRun {
  readonly result: WorkerRun;
  readonly document: SimulationJobResult;
}

/** The stress test of a loaded model: its scenario compiled, the trials run on workers. */
export async function stressRun(
  loaded: LoadSuccess,
  options: WorkerRunOptions,
): Promise<StressRun> {
  const { model } = loaded;
  const scenario = compileScenario(
    model,
    analyseStructure(model, loaded.assumptions),
    analyseLockin(model),
  );
  const started = performance.now();
  let lossHistogram: LossBin[] = [];
  const result = await simulateOnWorkers(scenario, {
    ...options,
    onLosses: (losses) => {
      lossHistogram = lossBins(losses);
      options.onLosses?.(losses);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    result,
    document: simulationJson({
      model,
      scenario,
      result,
      workers: options.workers,
      seconds,
      lossHistogram,
    }),
  };
}
