/**
 * Worker thread entry: runs the front search (src/optimize/front-search.ts), posting each point
 * as it is found (progress) and the front reported at the end (the result). HiGHS, which blocks
 * its thread, loads here and only when the MILP runs.
 */
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from '../optimize/design-space.js';
import type { FrontEntry } from '../optimize/enumerate.js';
import { type ExactMethod, type FrontMethod, searchFront } from '../optimize/front-search.js';
import type { Representation } from '../optimize/representative-front.js';
import { serveWorker } from './worker.js';

export interface FrontRequest {
  readonly space: CompiledSpace;
  readonly objectives: readonly Objective[];
  readonly solveSeconds: number;
  readonly method: FrontMethod;
  /** At most this many front points, spread along it (`--points`). */
  readonly points?: number;
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
      readonly representation?: Representation;
    };

/** A point of the front as it is found: progress, kept if the time limit comes first. */
export type FrontPoint = Extract<FrontMessage, { kind: 'point' }>;
/** The front reported at the end. */
export type FrontDone = Extract<FrontMessage, { kind: 'done' }>;

serveWorker<FrontRequest, FrontDone, FrontPoint>(async (request, progress) => {
  const result = await searchFront(request.space, request.objectives, {
    method: request.method,
    deadline: performance.now() + request.solveSeconds * 1000,
    ...(request.points === undefined ? {} : { points: request.points }),
    milpSolver: async () => {
      const { highsSolver } = await import('../solver/highs.js');
      return highsSolver({ timeLimitSeconds: request.solveSeconds });
    },
    onPoint: (entry, solves) =>
      progress({ kind: 'point', point: entry.point, designs: entry.designs, solves }),
  });
  return {
    kind: 'done',
    entries: result.entries,
    method: result.method,
    solves: result.solves,
    nodes: result.nodes,
    complete: result.complete,
    checked: result.checked,
    notes: result.notes,
    ...(result.representation === undefined ? {} : { representation: result.representation }),
  };
});
