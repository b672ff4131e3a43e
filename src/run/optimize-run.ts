/**
 * Runs the front search: small spaces in the calling thread, the rest on a worker thread under
 * an overall time limit. HiGHS blocks the thread it runs on, so the main thread stays free to
 * draw progress and to stop the search; points found before the limit are kept and the front
 * is marked incomplete.
 */

import { startWorker } from '../cli/worker-thread.js';
import type { LoadSuccess } from '../model/load/load-model.js';
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, compileSpace } from '../optimize/design-space.js';
import { byPoint, designCount, type FrontEntry } from '../optimize/enumerate.js';
import { reportFront } from '../optimize/front-report.js';
import { type ExactMethod, type FrontMethod, searchFront } from '../optimize/front-search.js';
import { localPath } from '../optimize/local-path.js';
import type { DesignSpaceRun } from '../report/document/report-inputs.js';
import type { FrontMessage, FrontRequest } from './optimize-worker.js';

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
}

export interface FrontRunOptions {
  readonly timeLimitSeconds: number;
  /** Default `auto`: enumeration when the space is small enough, else the MILP. */
  readonly method?: FrontMethod;
  readonly onPoint?: (points: number, solves: number) => void;
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
    deadline: performance.now() + options.timeLimitSeconds * 1000,
    milpSolver: async () => {
      const { highsSolver } = await import('../solver/highs.js');
      return highsSolver({ timeLimitSeconds: options.timeLimitSeconds });
    },
    onPoint: (_entry, solves) => options.onPoint?.(++points, solves),
  });
  const { method, ...rest } = result;
  return { ...rest, ...(method === undefined ? {} : { method }), timedOut: false };
}

function frontOnWorkerThread(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontRunOptions,
): Promise<FrontRun> {
  const worker = startWorker('../run/optimize-worker');
  const entries: FrontEntry[] = [];
  let solves = 0;
  return new Promise<FrontRun>((resolve, reject) => {
    const finish = (run: Omit<FrontRun, 'entries'>) => {
      clearTimeout(timer);
      void worker.terminate();
      entries.sort(byPoint);
      resolve({ entries, ...run });
    };
    const timer = setTimeout(
      () =>
        finish({
          solves,
          complete: false,
          timedOut: true,
          nodes: 0,
          checked: false,
          notes: [`the ${options.timeLimitSeconds} s time limit stopped the search`],
        }),
      options.timeLimitSeconds * 1000,
    );
    worker.on('message', (message: FrontMessage) => {
      solves = message.solves;
      if (message.kind === 'point') {
        entries.push({ point: message.point, designs: message.designs });
        options.onPoint?.(entries.length, solves);
        return;
      }
      entries.splice(0, entries.length, ...message.entries);
      finish({
        solves,
        complete: message.complete,
        timedOut: false,
        ...(message.method === undefined ? {} : { method: message.method }),
        nodes: message.nodes,
        checked: message.checked,
        notes: message.notes,
      });
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(error);
    });
    const request: FrontRequest = {
      space,
      objectives,
      solveSeconds: options.timeLimitSeconds,
      method: options.method ?? 'auto',
    };
    worker.postMessage(request);
  });
}

/** A model's design-space front, reported with its knee and local path, for the HTML report. */
export async function designSpaceRun(
  loaded: LoadSuccess,
  objectives: readonly Objective[],
  timeLimitSeconds: number,
): Promise<DesignSpaceRun | undefined> {
  const { model } = loaded;
  if (model.design_space === undefined) return undefined;
  const space = compileSpace(model.design_space, {
    horizonMonths: model.operator.horizon_months,
    discountRate: model.operator.discount_rate,
  });
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
  };
}
