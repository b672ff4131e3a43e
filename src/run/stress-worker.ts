/**
 * Worker thread entry: runs chunks of stress-test trials, writing their outcomes into the run's
 * shared arrays, and hands back the chunk's tail rows when asked.
 */
import {
  type Kernel,
  kernelOf,
  outcomeRange,
  runTrials,
  runTrialsKeepingTail,
  type TailRows,
  type TrialOutcomes,
} from '../stress/kernel.js';
import type { CompiledScenario } from '../stress/scenario.js';
import { serveWorker } from './worker.js';

/**
 * A chunk of trials. The first chunk a worker gets carries the scenario (compiled once here)
 * and the run's outcomes in shared memory, where every chunk's outcomes are written.
 */
export interface ChunkRequest {
  readonly scenario?: CompiledScenario;
  readonly years?: number;
  readonly into?: TrialOutcomes;
  readonly seed: number;
  readonly from: number;
  readonly count: number;
  /** Keep each source's loss in the trials whose loss reaches this (the tail's attribution). */
  readonly tailFrom?: number;
}

/** A chunk done: its tail rows when asked for. */
export interface ChunkResult {
  readonly rows?: TailRows;
}

let kernel: Kernel | undefined;
let run: TrialOutcomes | undefined;

serveWorker<ChunkRequest, ChunkResult>(
  (request) => {
    if (request.scenario !== undefined) kernel = kernelOf(request.scenario, request.years ?? 1);
    if (request.into !== undefined) run = request.into;
    if (kernel === undefined || run === undefined) {
      throw new Error('a worker needs the scenario and the outcomes with its first chunk');
    }
    const out = outcomeRange(run, request.from, request.count);
    if (request.tailFrom === undefined) {
      runTrials(kernel, request.seed, request.from, out);
      return {};
    }
    return {
      rows: runTrialsKeepingTail(kernel, request.seed, request.from, out, request.tailFrom),
    };
  },
  {
    // The rows are fresh arrays with plain ArrayBuffers, handed over rather than copied.
    transfer: ({ rows }) =>
      rows === undefined
        ? []
        : [rows.trials, rows.starts, rows.sources, rows.losses].map((a) => a.buffer as ArrayBuffer),
  },
);
