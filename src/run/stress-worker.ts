/** Worker thread entry: runs chunks of stress-test trials and hands their outcomes back. */
import {
  type Kernel,
  kernelOf,
  outcomes,
  runTrials,
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
}

let kernel: Kernel | undefined;

serveWorker<ChunkRequest, TrialOutcomes>(
  (request) => {
    if (request.scenario !== undefined) kernel = kernelOf(request.scenario, request.years ?? 1);
    if (kernel === undefined) throw new Error('a worker needs the scenario with its first chunk');
    const out = outcomes(request.count);
    runTrials(kernel, request.seed, request.from, out);
    return out;
  },
  {
    // Fresh arrays own plain ArrayBuffers, which can be handed over rather than copied.
    transfer: (out) =>
      [out.loss, out.subscribersAffected, out.outageMinutes, out.recoveryMonths].map(
        (a) => a.buffer as ArrayBuffer,
      ),
  },
);
