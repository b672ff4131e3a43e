/** Worker thread entry: runs chunks of stress-test trials and hands their outcomes back. */
import {
  type Kernel,
  kernelOf,
  outcomes,
  runTrials,
  runTrialsKeepingTail,
  type TailRows,
  type TrialOutcomes,
} from '../stress/kernel.js';
import type { CompiledScenario } from '../stress/scenario.js';
import { serveWorker } from './worker.js';

/** A chunk of trials; the first chunk a worker gets carries the scenario, compiled once here. */
export interface ChunkRequest {
  readonly scenario?: CompiledScenario;
  readonly years?: number;
  readonly seed: number;
  readonly from: number;
  readonly count: number;
  /** Keep each source's loss in the trials whose loss reaches this (the tail's attribution). */
  readonly tailFrom?: number;
}

/** A chunk's outcomes, with its tail rows when asked for. */
export interface ChunkResult {
  readonly outcomes: TrialOutcomes;
  readonly rows?: TailRows;
}

let kernel: Kernel | undefined;

serveWorker<ChunkRequest, ChunkResult>(
  (request) => {
    if (request.scenario !== undefined) kernel = kernelOf(request.scenario, request.years ?? 1);
    if (kernel === undefined) throw new Error('a worker needs the scenario with its first chunk');
    const out = outcomes(request.count);
    if (request.tailFrom === undefined) {
      runTrials(kernel, request.seed, request.from, out);
      return { outcomes: out };
    }
    const rows = runTrialsKeepingTail(kernel, request.seed, request.from, out, request.tailFrom);
    return { outcomes: out, rows };
  },
  {
    // Fresh arrays own plain ArrayBuffers, which can be handed over rather than copied.
    transfer: ({ outcomes: out, rows }) =>
      [
        out.loss,
        out.subscribersAffected,
        out.outageMinutes,
        out.recoveryMonths,
        ...(rows === undefined ? [] : [rows.trials, rows.starts, rows.sources, rows.losses]),
      ].map((a) => a.buffer as ArrayBuffer),
  },
);
