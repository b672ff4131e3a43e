/** Worker thread entry: runs chunks of stress-test trials and hands their outcomes back. */
import { parentPort } from 'node:worker_threads';
import { type Kernel, kernelOf, outcomes, runTrials } from '../stress/kernel.js';
import type { CompiledScenario } from '../stress/scenario.js';

export interface ChunkRequest {
  readonly scenario?: CompiledScenario;
  readonly years?: number;
  readonly seed: number;
  readonly from: number;
  readonly count: number;
}

let kernel: Kernel | undefined;

parentPort?.on('message', (request: ChunkRequest) => {
  if (request.scenario !== undefined) kernel = kernelOf(request.scenario, request.years ?? 1);
  if (kernel === undefined) throw new Error('a worker needs the scenario with its first chunk');
  const out = outcomes(request.count);
  runTrials(kernel, request.seed, request.from, out);
  // Fresh arrays own plain ArrayBuffers, which can be handed over rather than copied.
  const buffers = [out.loss, out.subscribersAffected, out.outageMinutes, out.recoveryMonths].map(
    (a) => a.buffer as ArrayBuffer,
  );
  parentPort?.postMessage({ from: request.from, ...out }, buffers);
});
