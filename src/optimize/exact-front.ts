/**
 * The exact Pareto front of a design space by ε-constraint over the MILP, for two to four
 * objectives. The search keeps the unexplored part of objective space as a list of boxes,
 * each an upper bound on every objective (the search-region representation of Klamroth,
 * Lacour & Vanderpooten, EJOR 245(3), 2015; the box-splitting scheme of Kirlik & Sayın,
 * EJOR 232(3), 2014). Boxes and bounds are in grid steps (src/optimize/grid.ts): in a box it
 * minimises the first objective's grid index with every index at least one step below the
 * box's corner, then, holding the first at its optimum, minimises the sum of the others'
 * indices: that second stage makes the point nondominated on the grid (the lexicographic
 * tie-break of methods.md §6.1). A new point y splits every box that contains
 * it into p boxes, "better than y on objective k": any other nondominated point is strictly
 * better than y on some objective, so it stays in some box. Splitting on the first objective
 * too matters when ties on the others exist; in the box where y minimised the first
 * objective that child is known empty and skipped, which makes two objectives the classic
 * ε ← f2 − step sweep. It finds unsupported points that a weighted sum misses.
 */
import type { Objective } from '../model/schema/design-space.js';
import type { CompiledSpace } from './design-space.js';
import type { FrontEntry } from './enumerate.js';
import { byPoint, pointOf } from './enumerate.js';
import type { Design } from './evaluate.js';
import { stepIndex } from './grid.js';
import { formulate, optionVariable, type ProgramRequest } from './milp.js';

export type SolveOutcome =
  | { readonly status: 'optimal'; readonly values: ReadonlyMap<string, number> }
  | { readonly status: 'infeasible' }
  | { readonly status: 'time-limit' };

/** Solves one LP-format programme; the HiGHS adapter is the production implementation. */
export type MilpSolver = (program: string) => SolveOutcome;

export interface ExactFront {
  readonly entries: FrontEntry[];
  readonly solves: number;
  /** False when a solve hit its time limit: the front may then miss points. */
  readonly complete: boolean;
}

export interface FrontProgress {
  /** The point just found. */
  readonly entry: FrontEntry;
  readonly points: number;
  readonly solves: number;
  readonly openRegions: number;
}

/** A search box: the grid index each objective must stay strictly below (Infinity: open). */
type Region = number[];

export function exactFront(
  space: CompiledSpace,
  objectives: readonly Objective[],
  solve: MilpSolver,
  onProgress?: (progress: FrontProgress) => void,
): ExactFront {
  const [first, ...others] = objectives;
  if (first === undefined) throw new RangeError('at least one objective is needed');
  const entries: FrontEntry[] = [];
  let regions: Region[] = [objectives.map(() => Number.POSITIVE_INFINITY)];
  let solves = 0;
  let complete = true;
  const found = new Set<string>();
  const indices = (point: readonly number[]) =>
    objectives.map((o, k) => stepIndex(o, point[k] ?? 0, space.resolution[o]));
  const run = (request: ProgramRequest): Design | 'infeasible' | 'time-limit' => {
    solves++;
    const outcome = solve(formulate(space, request));
    if (outcome.status !== 'optimal') return outcome.status;
    return designFrom(space, outcome.values);
  };
  while (regions.length > 0) {
    const region = regions.pop() as Region;
    const atMostSteps = boundsBelow(objectives, region);
    const best = run({ minimise: { [first]: 1 }, atMostSteps });
    if (best === 'time-limit') complete = false;
    if (typeof best === 'string') continue;
    let design = best;
    if (others.length > 0) {
      const firstSteps = indices(pointOf(space, best, objectives))[0] ?? 0;
      const tie = run({
        minimise: Object.fromEntries(others.map((o) => [o, 1])),
        atMostSteps: { ...atMostSteps, [first]: firstSteps },
      });
      if (tie === 'time-limit') complete = false;
      if (typeof tie !== 'string') design = tie;
    }
    const point = pointOf(space, design, objectives);
    const steps = indices(point);
    // A design outside its box means the solver's tolerances let a bound slip: the search
    // would find the same point forever, so stop loudly instead.
    if (objectives.some((o, k) => (steps[k] ?? 0) > (atMostSteps[o] ?? Number.POSITIVE_INFINITY))) {
      throw new Error(
        'the MILP solver returned a design outside its ε bounds (tolerances too loose)',
      );
    }
    const key = point.join();
    if (found.has(key)) {
      throw new Error(`the front search found the point (${key}) twice: a box was not split`);
    }
    found.add(key);
    const entry = { point, designs: [design] };
    entries.push(entry);
    regions = split(regions, region, steps);
    onProgress?.({ entry, points: entries.length, solves, openRegions: regions.length });
  }
  entries.sort(byPoint);
  return { entries, solves, complete };
}

/** A box's bounds for its programme: every grid index at least one step below the corner. */
function boundsBelow(
  objectives: readonly Objective[],
  region: Region,
): Partial<Record<Objective, number>> {
  const bounds: Partial<Record<Objective, number>> = {};
  objectives.forEach((objective, k) => {
    const corner = region[k] ?? Number.POSITIVE_INFINITY;
    if (Number.isFinite(corner)) bounds[objective] = corner - 1;
  });
  return bounds;
}

/**
 * Every box holding the new point (its grid indices all below the corner, the test its
 * programme applies) is replaced by its p children, each the box below the point on one
 * objective; in the box just explored, the point minimised the first objective, so that child
 * is empty and left out. Boxes inside another box are dropped.
 */
function split(regions: readonly Region[], explored: Region, steps: readonly number[]): Region[] {
  const next: Region[] = [];
  const inside = (region: Region) =>
    steps.every((v, k) => v < (region[k] ?? Number.POSITIVE_INFINITY));
  for (const region of [...regions, explored]) {
    if (!inside(region)) {
      next.push(region);
      continue;
    }
    steps.forEach((v, k) => {
      if (k === 0 && region === explored) return;
      const child = [...region];
      child[k] = v;
      next.push(child);
    });
  }
  return next.filter(
    (region, i) =>
      !next.some(
        (other, j) => j !== i && contains(other, region) && (!contains(region, other) || j < i),
      ),
  );
}

/** Region a contains region b when every corner bound of b is at most a's. */
function contains(a: Region, b: Region): boolean {
  return b.every((v, k) => v <= (a[k] ?? Number.POSITIVE_INFINITY));
}

function designFrom(space: CompiledSpace, values: ReadonlyMap<string, number>): Design {
  return space.decisions.map((decision) => {
    let best = decision.options[0] ?? 0;
    for (const o of decision.options) {
      if ((values.get(optionVariable(o)) ?? 0) > (values.get(optionVariable(best)) ?? 0)) best = o;
    }
    return best;
  });
}
