/** Worker thread entry: searches the exact front with HiGHS, posting each point as it is found. */
import { parentPort } from 'node:worker_threads';
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from '../optimize/design-space.js';
import { exactFront } from '../optimize/exact-front.js';
import { highsSolver } from '../solver/highs.js';

export interface FrontRequest {
  readonly space: CompiledSpace;
  readonly objectives: readonly Objective[];
  readonly solveSeconds: number;
}

export type FrontMessage =
  | {
      readonly kind: 'point';
      readonly point: readonly number[];
      readonly design: readonly number[];
      readonly solves: number;
    }
  | { readonly kind: 'done'; readonly solves: number; readonly complete: boolean };

parentPort?.once('message', async (request: FrontRequest) => {
  const solve = await highsSolver({ timeLimitSeconds: request.solveSeconds });
  const result = exactFront(request.space, request.objectives, solve, (progress) => {
    const message: FrontMessage = {
      kind: 'point',
      point: progress.entry.point,
      design: progress.entry.designs[0] ?? [],
      solves: progress.solves,
    };
    parentPort?.postMessage(message);
  });
  const done: FrontMessage = { kind: 'done', solves: result.solves, complete: result.complete };
  parentPort?.postMessage(done);
});
