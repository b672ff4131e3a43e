/**
 * The exact Pareto front of a design space by ε-constraint over the MILP, for two to four
 * objectives. The search keeps the unexplored part of objective space as a list of boxes,
 * each an upper bound on every objective (the search-region representation of Klamroth,
 * Lacour & Vanderpooten, EJOR 245(3), 2015; the box-splitting scheme of Kirlik & Sayın,
 * EJOR 232(3), 2014). Boxes and bounds are in grid steps (src/optimize/grid.ts): in a box it
 * minimises the first objective with every grid index at least one step below the box's
 * corner, then each other objective in turn with the ones before held at their grid optimum:
 * the lexicographic optimum is nondominated on the grid (methods.md §6.1). A new point y splits every box that contains
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
import { lowestIndex, stepIndex } from './grid.js';
import { formulate, optionVariable, type ProgramRequest } from './milp.js';

export type SolveOutcome =
  | { readonly status: 'optimal'; readonly values: ReadonlyMap<string, number> }
  | { readonly status: 'infeasible' }
  | { readonly status: 'time-limit' }
  /** The solver stopped without an answer (an error, an unexpected status): `reason` says how. */
  | { readonly status: 'failed'; readonly reason: string };

export interface SolveSettings {
  /** HiGHS's presolve: on for every first attempt, off for the retry after a failure. */
  readonly presolve: boolean;
}

/** Solves one LP-format programme; the HiGHS adapter is the production implementation. */
export type MilpSolver = (program: string, settings: SolveSettings) => SolveOutcome;

/**
 * The MILP could not go on: a programme failed with presolve on and again with it off, or the
 * solver answered outside its own bounds. The caller falls back to another exact method.
 */
export class SolverFailure extends Error {
  override readonly name = 'SolverFailure';
}

export interface ExactFront {
  readonly entries: FrontEntry[];
  readonly solves: number;
  /** False when a solve hit its time limit: the front may then miss points. */
  readonly complete: boolean;
  /** What went wrong and how it was mended, in words (a programme solved again without presolve). */
  readonly incidents: readonly string[];
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
  if (objectives.length === 0) throw new RangeError('at least one objective is needed');
  const entries: FrontEntry[] = [];
  let regions: Region[] = [objectives.map(() => Number.POSITIVE_INFINITY)];
  let solves = 0;
  let complete = true;
  const found = new Set<string>();
  const incidents: string[] = [];
  const indices = (point: readonly number[]) =>
    objectives.map((o, k) => stepIndex(o, point[k] ?? 0, space.resolution[o]));
  const programmes = programmeRunner(space, solve, incidents);
  while (regions.length > 0) {
    const region = regions.pop() as Region;
    const atMostSteps = boundsBelow(objectives, region);
    if (objectives.some((o) => (atMostSteps[o] ?? 0) < lowestIndex(o))) continue;
    const optimum = lexicographicOptimum(space, objectives, atMostSteps, programmes.run);
    solves = programmes.solves();
    if (optimum === 'time-limit') complete = false;
    if (typeof optimum === 'string') continue;
    if (!optimum.complete) complete = false;
    const design = optimum.design;
    const point = pointOf(space, design, objectives);
    const steps = indices(point);
    // A design outside its box means the solver's tolerances let a bound slip: the search
    // would find the same point forever, so stop loudly instead.
    if (objectives.some((o, k) => (steps[k] ?? 0) > (atMostSteps[o] ?? Number.POSITIVE_INFINITY))) {
      throw new SolverFailure(
        `programme ${solves} returned a design outside its ε bounds (the solver's tolerances let a bound slip)`,
      );
    }
    const key = point.join();
    if (found.has(key)) {
      throw new SolverFailure(`programme ${solves} found the point (${key}) a second time`);
    }
    found.add(key);
    const entry = { point, designs: [design] };
    entries.push(entry);
    regions = split(regions, region, steps);
    onProgress?.({ entry, points: entries.length, solves, openRegions: regions.length });
  }
  entries.sort(byPoint);
  return { entries, solves, complete, incidents };
}

/** Solves one ε-constraint programme: a design, or why there is none. */
export type ProgrammeRun = (request: ProgramRequest) => Design | 'infeasible' | 'time-limit';

/**
 * Runs programmes through the solver, each retried without presolve after a failure (the
 * retry is recorded in `incidents`), and counts them.
 */
export function programmeRunner(
  space: CompiledSpace,
  solve: MilpSolver,
  incidents: string[],
): { readonly run: ProgrammeRun; readonly solves: () => number } {
  let solves = 0;
  return {
    run: (request) => {
      solves++;
      const outcome = solveWithRetry(solve, formulate(space, request), solves, incidents);
      if (outcome.status !== 'optimal') return outcome.status;
      return designFrom(space, outcome.values);
    },
    solves: () => solves,
  };
}

/**
 * The lexicographic optimum of `order` among the designs within `atMostSteps`: the first
 * objective minimised, then each next one with those before held at their grid optimum. It
 * is nondominated on the grid among all designs, not only those within the bounds: a design
 * dominating it would be within the bounds too, and lexicographically better. `complete` is
 * false when a later stage hit its time limit (the design is then optimal on the first
 * objectives only).
 */
export function lexicographicOptimum(
  space: CompiledSpace,
  order: readonly Objective[],
  atMostSteps: Partial<Record<Objective, number>>,
  run: ProgrammeRun,
): { readonly design: Design; readonly complete: boolean } | 'infeasible' | 'time-limit' {
  const [first, ...others] = order;
  if (first === undefined) throw new RangeError('at least one objective is needed');
  const best = run({ minimise: first, atMostSteps });
  if (typeof best === 'string') return best;
  let design = best;
  let complete = true;
  const held = { ...atMostSteps };
  for (const [k, next] of others.entries()) {
    const previous = order[k] as Objective;
    const value = pointOf(space, design, [previous])[0] ?? 0;
    held[previous] = stepIndex(previous, value, space.resolution[previous]);
    const stage = run({ minimise: next, atMostSteps: held });
    if (stage === 'time-limit') complete = false;
    if (typeof stage !== 'string') design = stage;
  }
  return { design, complete };
}

/**
 * One programme, retried once with presolve off when the solver fails (HiGHS 1.15 can fail in
 * presolve on a programme it then solves without it). A second failure ends the MILP.
 */
function solveWithRetry(
  solve: MilpSolver,
  program: string,
  number: number,
  incidents: string[],
): Exclude<SolveOutcome, { status: 'failed' }> {
  const first = solve(program, { presolve: true });
  if (first.status !== 'failed') return first;
  const again = solve(program, { presolve: false });
  if (again.status === 'failed') {
    throw new SolverFailure(
      `programme ${number} failed (${first.reason}), and again with presolve off (${again.reason})`,
    );
  }
  incidents.push(
    `programme ${number} failed (${first.reason}) and was solved again with presolve off`,
  );
  return again;
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
