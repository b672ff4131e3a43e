/**
 * Worker thread entry (load it only as a worker: it answers the first message its parent port
 * receives, and in any other thread that would be someone else's message): finds the exact front, posting each point as it is found. Small spaces
 * go to implicit enumeration, which keeps every design of every point and needs no solver;
 * when it would take too long (or the method asks for it) the ε-constraint MILP on HiGHS runs.
 */
import { parentPort } from 'node:worker_threads';
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from '../optimize/design-space.js';
import { exactFront } from '../optimize/exact-front.js';
import { implicitEnumeration } from '../optimize/implicit-enumeration.js';
import type { FrontMethod } from './optimize-run.js';

/**
 * What `auto` lets enumeration spend before handing over to the MILP. A two-objective front
 * of 10 decisions × 5 options takes about 120k nodes and 1 s; the MILP then takes minutes.
 */
const AUTO_NODE_BUDGET = 2_000_000;
const AUTO_SECONDS = 10;

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
      readonly method: 'enumeration' | 'milp';
      readonly solves: number;
      readonly nodes: number;
      readonly complete: boolean;
    };

const post = (message: FrontMessage) => parentPort?.postMessage(message);

/** Every method ranks designs on the same resolution grid, so enumeration can always go first. */
function enumerationFirst(request: FrontRequest): boolean {
  return request.method !== 'milp';
}

parentPort?.once('message', async (request: FrontRequest) => {
  if (enumerationFirst(request)) {
    const bounded = request.method === 'auto';
    const found = implicitEnumeration(request.space, request.objectives, {
      nodeBudget: bounded ? AUTO_NODE_BUDGET : Number.POSITIVE_INFINITY,
      deadline: performance.now() + (bounded ? AUTO_SECONDS : request.solveSeconds) * 1000,
    });
    if (found !== undefined) {
      for (const entry of found.entries)
        post({ kind: 'point', point: entry.point, designs: entry.designs, solves: 0 });
      post({ kind: 'done', method: 'enumeration', solves: 0, nodes: found.nodes, complete: true });
      return;
    }
    if (!bounded) {
      post({ kind: 'done', method: 'enumeration', solves: 0, nodes: 0, complete: false });
      return;
    }
  }
  // HiGHS (WebAssembly) loads only when the MILP runs: enumeration answers most spaces.
  const { highsSolver } = await import('../solver/highs.js');
  const solve = await highsSolver({ timeLimitSeconds: request.solveSeconds });
  const result = exactFront(request.space, request.objectives, solve, (progress) =>
    post({
      kind: 'point',
      point: progress.entry.point,
      designs: progress.entry.designs,
      solves: progress.solves,
    }),
  );
  post({
    kind: 'done',
    method: 'milp',
    solves: result.solves,
    nodes: 0,
    complete: result.complete,
  });
});
