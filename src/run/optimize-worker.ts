/**
 * Worker thread entry (load it only as a worker: it answers the first message its parent port
 * receives, and in any other thread that would be someone else's message): runs the front
 * search (src/optimize/front-search.ts), posting each point as it is found. HiGHS, which
 * blocks its thread, loads here and only when the MILP runs.
 */
import { parentPort } from 'node:worker_threads';
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from '../optimize/design-space.js';
import type { FrontEntry } from '../optimize/enumerate.js';
import { type ExactMethod, type FrontMethod, searchFront } from '../optimize/front-search.js';

export interface FrontRequest {
  readonly space: CompiledSpace;
  readonly objectives: readonly Objective[];
  readonly solveSeconds: number;
  readonly method: FrontMethod;
}

export type FrontMessage =
  | {
      readonly kind: 'point';
      readonly point: readonly number[];
      readonly designs: readonly (readonly number[])[];
      readonly solves: number;
    }
  | {
      readonly kind: 'done';
      /** The front reported (points posted before are progress, kept if the limit comes first). */
      readonly entries: readonly FrontEntry[];
      readonly method: ExactMethod | undefined;
      readonly solves: number;
      readonly nodes: number;
      readonly complete: boolean;
      readonly checked: boolean;
      readonly notes: readonly string[];
    };

const post = (message: FrontMessage) => parentPort?.postMessage(message);

parentPort?.once('message', async (request: FrontRequest) => {
  const result = await searchFront(request.space, request.objectives, {
    method: request.method,
    deadline: performance.now() + request.solveSeconds * 1000,
    milpSolver: async () => {
      const { highsSolver } = await import('../solver/highs.js');
      return highsSolver({ timeLimitSeconds: request.solveSeconds });
    },
    onPoint: (entry, solves) =>
      post({ kind: 'point', point: entry.point, designs: entry.designs, solves }),
  });
  post({
    kind: 'done',
    entries: result.entries,
    method: result.method,
    solves: result.solves,
    nodes: result.nodes,
    complete: result.complete,
    checked: result.checked,
    notes: result.notes,
  });
});
