/**
 * The design-space front's document: what `mvnoscope optimize --json` prints after its header,
 * and the API's optimisation job result (src/api/optimization.ts), so the two cannot drift apart.
 */
import type { OptimizationJobResult } from '../../api/optimization.js';
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { Objective } from '../../model/schema/design-space.js';
import type { CompiledSpace } from '../../optimize/design-space.js';
import { designCount, type FrontEntry } from '../../optimize/enumerate.js';
import { reportFront } from '../../optimize/front-report.js';
import type { ExactMethod } from '../../optimize/front-search.js';
import { localPath } from '../../optimize/local-path.js';
import type { Representation } from '../../optimize/representative-front.js';

/** What the front search came back with (a FrontRun of src/run/optimize-run.ts). */
export interface FrontOutcome {
  readonly entries: readonly FrontEntry[];
  readonly complete: boolean;
  readonly method?: ExactMethod;
  readonly solves: number;
  readonly nodes: number;
  readonly checked: boolean;
  readonly notes: readonly string[];
  readonly representation?: Representation;
}

export interface OptimizationRun {
  readonly model: ResolvedModel;
  readonly space: CompiledSpace;
  readonly objectives: readonly Objective[];
  readonly run: FrontOutcome;
  /** Seconds the search took, from the caller's clock. */
  readonly seconds: number;
}

export function optimizationJson({
  model,
  space,
  objectives,
  run,
  seconds,
}: OptimizationRun): OptimizationJobResult {
  return {
    currency: model.operator.currency,
    designs: designCount(space),
    method: methodName(run),
    complete: run.complete,
    solves: run.solves,
    nodes: run.nodes,
    seconds,
    notes: run.notes,
    ...(run.representation === undefined ? {} : { representation: run.representation }),
    ...reportFront(space, objectives, run.entries, localPath(space)),
  };
}

/** The method that found the front, as people read it. */
function methodName(run: FrontOutcome): string {
  if (run.method === 'dp')
    return `dynamic programming (${run.nodes.toLocaleString('en-GB')} labels)`;
  if (run.method === 'enumeration')
    return run.complete
      ? `implicit enumeration (${run.nodes.toLocaleString('en-GB')} nodes)`
      : 'implicit enumeration, stopped at the time limit';
  if (run.method === undefined) return 'stopped at the time limit';
  return run.checked ? 'MILP (HiGHS), checked against enumeration' : 'MILP (HiGHS)';
}
