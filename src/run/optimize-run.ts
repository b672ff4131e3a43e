/**
 * Runs the front search: small spaces in the calling thread, the rest on a worker thread under
 * an overall time limit. HiGHS blocks the thread it runs on, so the main thread stays free to
 * draw progress and to stop the search; points found before the limit are kept and the front
 * is marked incomplete.
 */

import type { OptimizationJobResult } from '../api/optimization.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, compileSpace } from '../optimize/design-space.js';
import { byPoint, designCount, type FrontEntry } from '../optimize/enumerate.js';
import { reportFront } from '../optimize/front-report.js';
import { type ExactMethod, type FrontMethod, searchFront } from '../optimize/front-search.js';
import { localPath } from '../optimize/local-path.js';
import type { Representation } from '../optimize/representative-front.js';
import type { DesignSpaceRun } from '../report/document/report-inputs.js';
import { optimizationJson } from '../report/json/optimization-json.js';
import type { FrontDone, FrontPoint, FrontRequest } from './optimize-worker.js';
import { runOnWorker, WorkerStopped } from './worker.js';

export { FRONT_METHODS, type FrontMethod } from '../optimize/front-search.js';

export interface FrontRun {
  readonly entries: FrontEntry[];
  readonly solves: number;
  readonly complete: boolean;
  readonly timedOut: boolean;
  /** The method that produced the front; undefined when the time limit came first. */
  readonly method?: ExactMethod;
  /** Nodes implicit enumeration visited. */
  readonly nodes: number;
  /** Whether the MILP's front was checked against plain enumeration. */
  readonly checked: boolean;
  /** Why the method ran and what went wrong on the way (src/optimize/front-search.ts). */
  readonly notes: readonly string[];
  /** With `points`: what the points cover of the front, and the proven bound on the rest. */
  readonly representation?: Representation;
}

export interface FrontRunOptions {
  readonly timeLimitSeconds: number;
  /** Default `auto`: enumeration when the space is small enough, else the MILP. */
  readonly method?: FrontMethod;
  /** At most this many exact front points, spread along it, with a bound on what is missing. */
  readonly points?: number;
  readonly onPoint?: (points: number, solves: number) => void;
}

/**
 * The search's own deadline with `points`, as a share of the time limit: it stops a little
 * before the worker's timer so that the open boxes, and so the bound, come back with it.
 */
const POINTS_DEADLINE_SHARE = 0.9;

function deadlineOf(options: FrontRunOptions): number {
  const share = options.points === undefined ? 1 : POINTS_DEADLINE_SHARE;
  return performance.now() + options.timeLimitSeconds * 1000 * share;
}

/**
 * Spaces of at most this many designs are solved in the calling thread: every exact method
 * but the MILP finishes them in milliseconds, and a worker and HiGHS would cost most of a
 * second to start (bench/run.ts, fronts).
 */
export const IN_THREAD_DESIGNS = 100_000;

export function frontOnWorker(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontRunOptions,
): Promise<FrontRun> {
  if ((options.method ?? 'auto') !== 'milp' && designCount(space) <= IN_THREAD_DESIGNS)
    return frontInThread(space, objectives, options);
  return frontOnWorkerThread(space, objectives, options);
}

async function frontInThread(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontRunOptions,
): Promise<FrontRun> {
  let points = 0;
  const result = await searchFront(space, objectives, {
    method: options.method ?? 'auto',
    deadline: deadlineOf(options),
    ...(options.points === undefined ? {} : { points: options.points }),
    milpSolver: async () => {
      const { highsSolver } = await import('../solver/highs.js');
      return highsSolver({ timeLimitSeconds: options.timeLimitSeconds });
    },
    onPoint: (_entry, solves) => options.onPoint?.(++points, solves),
  });
  const { method, ...rest } = result;
  return { ...rest, ...(method === undefined ? {} : { method }), timedOut: false };
}

const FRONT_WORKER = new URL('./optimize-worker.js', import.meta.url);

async function frontOnWorkerThread(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontRunOptions,
): Promise<FrontRun> {
  const entries: FrontEntry[] = [];
  let solves = 0;
  const request: FrontRequest = {
    space,
    objectives,
    solveSeconds:
      options.timeLimitSeconds * (options.points === undefined ? 1 : POINTS_DEADLINE_SHARE),
    method: options.method ?? 'auto',
    ...(options.points === undefined ? {} : { points: options.points }),
  };
  try {
    const done = await runOnWorker<FrontRequest, FrontDone, FrontPoint>(FRONT_WORKER, request, {
      name: 'the optimiser worker',
      timeLimitSeconds: options.timeLimitSeconds,
      onProgress: (point) => {
        solves = point.solves;
        entries.push({ point: point.point, designs: point.designs });
        options.onPoint?.(entries.length, solves);
      },
    });
    return {
      entries: [...done.entries].sort(byPoint),
      solves: done.solves,
      complete: done.complete,
      timedOut: false,
      ...(done.method === undefined ? {} : { method: done.method }),
      nodes: done.nodes,
      checked: done.checked,
      notes: done.notes,
      ...(done.representation === undefined ? {} : { representation: done.representation }),
    };
  } catch (error) {
    if (!(error instanceof WorkerStopped)) throw error;
    // The points found before the limit are kept; the front is marked incomplete.
    return {
      entries: entries.sort(byPoint),
      solves,
      complete: false,
      timedOut: true,
      nodes: 0,
      checked: false,
      notes: [`the ${options.timeLimitSeconds} s time limit stopped the search`],
    };
  }
}

/** A model's design-space front, reported with its knee and local path, for the HTML report. */
export async function designSpaceRun(
  loaded: LoadSuccess,
  objectives: readonly Objective[],
  timeLimitSeconds: number,
): Promise<DesignSpaceRun | undefined> {
  const space = designSpaceOf(loaded.model);
  if (space === undefined) return undefined;
  const run = await frontOnWorker(space, objectives, { timeLimitSeconds });
  return {
    report: reportFront(space, objectives, run.entries, localPath(space)),
    objectives,
    designs: designCount(space),
    complete: run.complete,
    timeLimitSeconds,
    method: run.method,
    nodes: run.nodes,
    solves: run.solves,
    notes: run.notes,
  };
}

/** The model's design space compiled, or undefined when it has none. */
export function designSpaceOf(model: ResolvedModel): CompiledSpace | undefined {
  if (model.design_space === undefined) return undefined;
  return compileSpace(model.design_space, {
    horizonMonths: model.operator.horizon_months,
    discountRate: model.operator.discount_rate,
  });
}

/** A front search and its document (`optimize --json` without its header, the API's job result). */
export interface OptimizationRunOutcome {
  readonly run: FrontRun;
  readonly document: OptimizationJobResult;
}

/** The front of a model's design space (the caller has checked it has one). */
export async function optimizationRun(
  model: ResolvedModel,
  objectives: readonly Objective[],
  options: FrontRunOptions,
): Promise<OptimizationRunOutcome> {
  const space = designSpaceOf(model);
  if (space === undefined) throw new Error('the model has no design_space');
  const started = performance.now();
  const run = await frontOnWorker(space, objectives, options);
  const seconds = (performance.now() - started) / 1000;
  return { run, document: optimizationJson({ model, space, objectives, run, seconds }) };
}
