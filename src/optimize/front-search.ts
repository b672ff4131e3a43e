/**
 * Which exact method finds a space's front, and what happens when one cannot finish: the
 * orchestration every caller shares (the CLI's worker, the calling thread for small spaces,
 * the server's jobs). It does no I/O of its own; the MILP solver is loaded through the
 * function it is given, and only when the MILP runs.
 *
 * A solver failure never ends the search: the MILP retries a failed programme with presolve
 * off (exact-front.ts), and if it fails again implicit enumeration takes over, with a note
 * saying what happened.
 */
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from './design-space.js';
import { decisionOrder, dynamicProgramme } from './dynamic-programme.js';
import { designCount, enumerateFront, type FrontEntry } from './enumerate.js';
import {
  exactFront,
  lexicographicOptimum,
  type MilpSolver,
  programmeRunner,
  SolverFailure,
} from './exact-front.js';
import { implicitEnumeration } from './implicit-enumeration.js';
import {
  type BoxSolve,
  boxSearch,
  type Representation,
  spreadSelection,
} from './representative-front.js';

export const FRONT_METHODS = ['auto', 'dp', 'enumeration', 'milp'] as const;
export type FrontMethod = (typeof FRONT_METHODS)[number];
export type ExactMethod = Exclude<FrontMethod, 'auto'>;

/**
 * What `auto` lets implicit enumeration spend before handing over to the MILP. A two-objective
 * front of 10 decisions × 5 options takes about 120,000 nodes and 1 s; the MILP then takes
 * minutes.
 */
const AUTO_NODE_BUDGET = 2_000_000;
const AUTO_ENUMERATION_MS = 10_000;

/**
 * `auto` runs dynamic programming when the decision order keeps at most this many states open
 * at once (5 decisions of 5 options each open), and lets it hold this many labels. Past that
 * the states multiply faster than dominance removes labels (bench/run.ts, fronts).
 */
export const AUTO_DP_WIDTH = 3_125;
const AUTO_DP_LABELS = 2_000_000;

/** Spaces this small are also enumerated after the MILP, and the two fronts must agree. */
export const CROSS_CHECK_DESIGNS = 20_000;

export interface FrontSearchOptions {
  readonly method: FrontMethod;
  /** The `performance.now()` time by which enumeration must give up. */
  readonly deadline: number;
  /** Loads the MILP solver; called only when the MILP runs. */
  readonly milpSolver: () => Promise<MilpSolver>;
  /** Each point as it is found, with the programmes solved so far. */
  readonly onPoint?: (entry: FrontEntry, solves: number) => void;
  /**
   * At most this many exact front points, spread along the front, with a proven bound on the
   * hypervolume missing (representative-front.ts); undefined: the whole front.
   */
  readonly points?: number;
}

export interface FrontSearch {
  readonly entries: FrontEntry[];
  /** The method whose front is reported; undefined when none finished. */
  readonly method: ExactMethod | undefined;
  /** False when a limit stopped the search: the front then holds the points found so far. */
  readonly complete: boolean;
  readonly solves: number;
  /** Nodes implicit enumeration visited, or labels dynamic programming created. */
  readonly nodes: number;
  /** Whether the MILP's front was checked point for point against plain enumeration. */
  readonly checked: boolean;
  /** Why the method ran, and anything that went wrong on the way, in words. */
  readonly notes: readonly string[];
  /** With `points`: how the points represent the front, and what they may miss. */
  readonly representation?: Representation;
}

export async function searchFront(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontSearchOptions,
): Promise<FrontSearch> {
  if (options.points !== undefined) return representativeFront(space, objectives, options);
  const notes: string[] = [];
  const auto = options.method === 'auto';
  if (options.method === 'dp' || auto) {
    const { width } = decisionOrder(space);
    const tried = auto && width > AUTO_DP_WIDTH ? undefined : programme(space, objectives, options);
    if (tried !== undefined) {
      for (const entry of tried.entries) options.onPoint?.(entry, 0);
      if (auto)
        notes.push(
          `dynamic programming, because the interactions leave at most ${width.toLocaleString('en-GB')} states open at once`,
        );
      return { ...tried, method: 'dp', complete: true, solves: 0, checked: false, notes };
    }
    if (!auto) return stopped([], 0, notes);
    notes.push(
      width > AUTO_DP_WIDTH
        ? `not dynamic programming: the interactions leave up to ${width.toLocaleString('en-GB')} states open at once (more than ${AUTO_DP_WIDTH.toLocaleString('en-GB')})`
        : `dynamic programming did not finish within ${AUTO_DP_LABELS.toLocaleString('en-GB')} labels`,
    );
  }
  if (options.method !== 'milp') {
    const deadline = auto
      ? Math.min(options.deadline, performance.now() + AUTO_ENUMERATION_MS)
      : options.deadline;
    const found = enumeration(space, objectives, auto ? AUTO_NODE_BUDGET : Infinity, deadline);
    if (found !== undefined) {
      for (const entry of found.entries) options.onPoint?.(entry, 0);
      if (auto) notes.push('implicit enumeration finished within its budget');
      return { ...found, method: 'enumeration', complete: true, solves: 0, checked: false, notes };
    }
    if (!auto) return stopped([], 0, notes);
    notes.push(
      `implicit enumeration did not finish within ${AUTO_NODE_BUDGET.toLocaleString('en-GB')} nodes or ${AUTO_ENUMERATION_MS / 1000} s, so the MILP took over`,
    );
  }
  return milp(space, objectives, options, notes);
}

function programme(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontSearchOptions,
): { entries: FrontEntry[]; nodes: number } | undefined {
  const budget = options.method === 'auto' ? AUTO_DP_LABELS : Number.POSITIVE_INFINITY;
  const found = dynamicProgramme(space, objectives, {
    labelBudget: budget,
    deadline: options.deadline,
  });
  return found === undefined ? undefined : { entries: found.entries, nodes: found.labels };
}

async function milp(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontSearchOptions,
  notes: string[],
): Promise<FrontSearch> {
  const solve = await options.milpSolver();
  const partial: FrontEntry[] = [];
  let solves = 0;
  try {
    const front = exactFront(space, objectives, solve, (progress) => {
      partial.push(progress.entry);
      solves = progress.solves;
      options.onPoint?.(progress.entry, progress.solves);
    });
    notes.push(...front.incidents);
    if (!front.complete || designCount(space) > CROSS_CHECK_DESIGNS)
      return { ...front, method: 'milp', nodes: 0, checked: false, notes };
    return crossChecked(space, objectives, front.entries, front.solves, notes);
  } catch (error) {
    if (!(error instanceof SolverFailure)) throw error;
    notes.push(`the MILP stopped: ${error.message}; implicit enumeration took over`);
    const found = enumeration(space, objectives, Infinity, options.deadline);
    if (found === undefined) return stopped(partial, solves, notes);
    for (const entry of found.entries) options.onPoint?.(entry, solves);
    return { ...found, method: 'enumeration', complete: true, solves, checked: false, notes };
  }
}

/**
 * Small spaces are enumerated after the MILP and the fronts compared on the grid. They agree
 * unless something is wrong; if they ever differ, enumeration's front (exact by construction)
 * is the one reported, and a note says so.
 */
function crossChecked(
  space: CompiledSpace,
  objectives: readonly Objective[],
  entries: FrontEntry[],
  solves: number,
  notes: string[],
): FrontSearch {
  const enumerated = enumerateFront(space, objectives);
  const same =
    entries.length === enumerated.length &&
    entries.every((m) => enumerated.some((e) => e.point.every((v, k) => v === m.point[k])));
  if (same)
    return { entries, method: 'milp', complete: true, solves, nodes: 0, checked: true, notes };
  notes.push(
    `the MILP front (${entries.length} points) differed from enumeration (${enumerated.length} points); enumeration's front is shown`,
  );
  return {
    entries: enumerated,
    method: 'enumeration',
    complete: true,
    solves,
    nodes: designCount(space),
    checked: false,
    notes,
  };
}

function enumeration(
  space: CompiledSpace,
  objectives: readonly Objective[],
  nodeBudget: number,
  deadline: number,
): { entries: FrontEntry[]; nodes: number } | undefined {
  return implicitEnumeration(space, objectives, { nodeBudget, deadline });
}

function stopped(entries: FrontEntry[], solves: number, notes: string[]): FrontSearch {
  return { entries, method: undefined, complete: false, solves, nodes: 0, checked: false, notes };
}

/**
 * With `--points`, `auto` first tries the exact methods that finish small or sparse spaces
 * quickly, with this budget for implicit enumeration, and selects from the whole front; past
 * it, two objectives go to the box search over the MILP, which stops at `points`.
 */
const POINTS_NODE_BUDGET = 500_000;
const POINTS_ENUMERATION_MS = 2_000;

async function representativeFront(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: FrontSearchOptions,
): Promise<FrontSearch> {
  const points = options.points ?? Number.POSITIVE_INFINITY;
  const whole: FrontSearchOptions = {
    method: options.method,
    deadline: options.deadline,
    milpSolver: options.milpSolver,
  };
  const auto = options.method === 'auto';
  const boxes = objectives.length === 2 && (auto || options.method === 'milp');
  if (!boxes) return selected(await searchFront(space, objectives, whole), points, options);
  const notes: string[] = [];
  if (auto) {
    const { width } = decisionOrder(space);
    const dp = width > AUTO_DP_WIDTH ? undefined : programme(space, objectives, options);
    if (dp !== undefined) {
      notes.push(
        `dynamic programming found the whole front (${dp.entries.length.toLocaleString('en-GB')} points), because the interactions leave at most ${width.toLocaleString('en-GB')} states open at once`,
      );
      return selected(
        { ...dp, method: 'dp', complete: true, solves: 0, checked: false, notes },
        points,
        options,
      );
    }
    const deadline = Math.min(options.deadline, performance.now() + POINTS_ENUMERATION_MS);
    const found = enumeration(space, objectives, POINTS_NODE_BUDGET, deadline);
    if (found !== undefined) {
      notes.push(
        `implicit enumeration found the whole front (${found.entries.length.toLocaleString('en-GB')} points) within its budget`,
      );
      return selected(
        { ...found, method: 'enumeration', complete: true, solves: 0, checked: false, notes },
        points,
        options,
      );
    }
    notes.push(
      `the box search over the MILP, because neither dynamic programming (up to ${width.toLocaleString('en-GB')} states open at once) nor implicit enumeration (${POINTS_NODE_BUDGET.toLocaleString('en-GB')} nodes or ${POINTS_ENUMERATION_MS / 1000} s) finishes the whole front`,
    );
  }
  const solve = await options.milpSolver();
  const incidents: string[] = [];
  const programmes = programmeRunner(space, solve, incidents);
  const inBox: BoxSolve = (order, atMostSteps) => {
    const optimum = lexicographicOptimum(space, order, atMostSteps, programmes.run);
    if (typeof optimum === 'string') return optimum;
    return optimum.complete ? optimum.design : 'time-limit';
  };
  const search = boxSearch(space, objectives, inBox, {
    points,
    deadline: options.deadline,
    onPoint: (entry) => options.onPoint?.(entry, programmes.solves()),
  });
  notes.push(...incidents, ...search.incidents);
  return {
    entries: search.entries,
    method: 'milp',
    complete: !search.stopped,
    solves: programmes.solves(),
    nodes: 0,
    checked: false,
    notes,
    representation: search.representation,
  };
}

/**
 * At most `points` of an exact method's front, spread along it. When the method stopped
 * before its front was complete, the points are chosen from what it found and no bound is
 * claimed.
 */
function selected(search: FrontSearch, points: number, options: FrontSearchOptions): FrontSearch {
  const { entries, representation } = spreadSelection(search.entries, points);
  for (const entry of entries) options.onPoint?.(entry, search.solves);
  const notes = [...search.notes];
  if (!search.complete)
    notes.push(
      'no bound on the hypervolume missing: the search stopped before the front was complete',
    );
  return {
    ...search,
    entries,
    notes,
    representation: search.complete ? representation : { ...representation, gapBound: undefined },
  };
}
