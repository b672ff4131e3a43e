/**
 * The exact front by implicit enumeration (Balas, Operations Research 13(4), 1965, in its
 * multi-objective form: Mavrotas & Diakoulaki, EJOR 107(3), 1998): a depth-first walk over the
 * decisions that keeps running sums, and cuts a branch as soon as an optimistic bound on
 * everything it could still reach is strictly dominated by a point already found, or a
 * requirement or exclusion is broken. It visits the same designs as plain enumeration minus
 * those that provably cannot be on the front, so it returns exactly `enumerateFront`'s answer
 * (every design of every point), on spaces far larger than plain enumeration can visit.
 *
 * Hand-written: no npm package does multi-objective branch and bound over multiple-choice
 * decisions with pairwise interactions. The walk works on flat typed arrays because it runs
 * millions of nodes.
 */
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, type Measure, OBJECTIVE_MEASURE } from './design-space.js';
import { type FrontEntry, pointOf } from './enumerate.js';
import type { Design } from './evaluate.js';
import { onGrid } from './grid.js';
import { dominates, ParetoArchive, type Point } from './pareto.js';

export interface ImplicitEnumerationOptions {
  /** Nodes the walk may visit before it gives up (undefined result): the MILP takes over. */
  readonly nodeBudget: number;
  /** A `performance.now()` time after which it gives up too. */
  readonly deadline?: number;
}

/** How often, in nodes, the walk looks at the clock. */
const CLOCK_EVERY = 4096;

export interface ImplicitEnumeration {
  readonly entries: FrontEntry[];
  readonly nodes: number;
}

/** An interaction seen from its later option: it fires when `earlier` was chosen before. */
interface LateInteraction {
  readonly earlier: number;
  readonly earlierDecision: number;
  readonly values: Float64Array;
}

interface Walk {
  readonly space: CompiledSpace;
  readonly objectives: readonly Objective[];
  readonly k: number;
  /** Column of the launch objective, or −1. */
  readonly launchAt: number;
  /** Per option, its values on the objectives (launch column: 0, handled as a maximum). */
  readonly optionValues: Float64Array[];
  readonly late: LateInteraction[][];
  /** Per option, options of earlier decisions it cannot be chosen with, either way round. */
  readonly clashes: number[][];
  /** Per option, [decision, option] pairs of earlier decisions it requires. */
  readonly requiresEarlier: [number, number][][];
  /** Per decision, [earlier option, required option here] pairs. */
  readonly requiredHere: [number, number][][];
  /**
   * Per depth, a lower bound set on what the decisions from there on can still add: every
   * completion is no better than some point of it. It is the nondominated Minkowski sum, over
   * the remaining decisions, of their options' values less the most each option's interactions
   * with earlier decisions could save (constraints ignored). The launch column holds only
   * those savings, since options' launch times enter through the slowest-decision maximum.
   */
  readonly remaining: Float64Array[][];
  /** Per depth, the least launch time among the slowest of the remaining decisions. */
  readonly remainingLaunch: Float64Array;
  /**
   * Per objective, how far running sums may stray from the exact bound: 0 where every effect
   * is a whole number (sums of integers below 2^53 are exact), else a generous multiple of the
   * rounding of a sum of all the magnitudes involved. Bounds are lowered by it, so rounding
   * can only cost a cut, never a design.
   */
  readonly rounding: Float64Array;
  /** Scratch space for a branch's optimistic point. */
  readonly bound: Float64Array;
}

export function implicitEnumeration(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: ImplicitEnumerationOptions,
): ImplicitEnumeration | undefined {
  const walk = prepare(space, objectives);
  const archive = new ParetoArchive<Design>();
  const front: Point[] = [];
  const chosen = new Int32Array(space.decisions.length).fill(-1);
  const sums = new Float64Array(walk.k);
  let nodes = 0;
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;

  // The launch column of `sums` holds the interactions' delays; the launch adds the slowest option.
  const visit = (depth: number, slowest: number): boolean => {
    if (++nodes > options.nodeBudget) return false;
    if (nodes % CLOCK_EVERY === 0 && performance.now() > deadline) return false;
    if (depth === space.decisions.length) {
      // Scored from scratch, as plain enumeration scores it: running sums gather rounding.
      const design = Array.from(chosen);
      if (archive.offer(pointOf(space, design, objectives), design)) refresh(front, archive);
      return true;
    }
    const decision = space.decisions[depth];
    for (const o of decision?.options ?? []) {
      if (!allowed(walk, chosen, depth, o)) continue;
      const values = walk.optionValues[o] as Float64Array;
      for (let j = 0; j < walk.k; j++) sums[j] = (sums[j] ?? 0) + (values[j] ?? 0);
      for (const interaction of walk.late[o] ?? []) {
        if (chosen[interaction.earlierDecision] !== interaction.earlier) continue;
        for (let j = 0; j < walk.k; j++) sums[j] = (sums[j] ?? 0) + (interaction.values[j] ?? 0);
      }
      const launch = Math.max(slowest, space.options[o]?.effects.launch ?? 0);
      chosen[depth] = o;
      const hopeless = dominatedBound(walk, front, depth + 1, sums, launch);
      const finished = hopeless || visit(depth + 1, launch);
      chosen[depth] = -1;
      for (const interaction of walk.late[o] ?? []) {
        if (chosen[interaction.earlierDecision] !== interaction.earlier) continue;
        for (let j = 0; j < walk.k; j++) sums[j] = (sums[j] ?? 0) - (interaction.values[j] ?? 0);
      }
      for (let j = 0; j < walk.k; j++) sums[j] = (sums[j] ?? 0) - (values[j] ?? 0);
      if (!finished) return false;
    }
    return true;
  };

  if (!visit(0, 0)) return undefined;
  return {
    entries: archive.front().map((entry) => ({ point: entry.point, designs: entry.items })),
    nodes,
  };
}

function refresh(front: Point[], archive: ParetoArchive<Design>): void {
  front.length = 0;
  for (const entry of archive.front()) front.push(entry.point);
}

function allowed(walk: Walk, chosen: Int32Array, depth: number, o: number): boolean {
  for (const other of walk.clashes[o] ?? []) {
    const d = walk.space.options[other]?.decision ?? -1;
    if (chosen[d] === other) return false;
  }
  for (const [d, required] of walk.requiresEarlier[o] ?? []) {
    if (chosen[d] !== required) return false;
  }
  for (const [earlier, required] of walk.requiredHere[depth] ?? []) {
    const d = walk.space.options[earlier]?.decision ?? -1;
    if (chosen[d] === earlier && required !== o) return false;
  }
  return true;
}

/**
 * Whether every completion of the branch is strictly dominated by a point found so far. Each
 * completion is no better than the branch's sums plus some point of the remaining lower bound
 * set, so it suffices that each of those optimistic points is strictly dominated.
 */
function dominatedBound(
  walk: Walk,
  front: readonly Point[],
  depth: number,
  sums: Float64Array,
  slowest: number,
): boolean {
  if (front.length === 0) return false;
  const bound = walk.bound;
  const launch = Math.max(slowest, walk.remainingLaunch[depth] ?? 0);
  for (const rest of walk.remaining[depth] ?? []) {
    for (let j = 0; j < walk.k; j++)
      bound[j] = (sums[j] ?? 0) + (rest[j] ?? 0) - (walk.rounding[j] ?? 0);
    if (walk.launchAt >= 0) bound[walk.launchAt] = (bound[walk.launchAt] ?? 0) + launch;
    // Rounding is monotone, so the rounded bound is below every completion's rounded point;
    // a front point strictly better than the rounded bound is strictly better on the grid.
    walk.objectives.forEach((objective, j) => {
      bound[j] = onGrid(objective, bound[j] ?? 0, walk.space.resolution[objective]);
    });
    if (!strictlyDominated(front, bound)) return false;
  }
  return true;
}

/** Whether some point of the front (sorted by its first objective) strictly dominates `target`. */
function strictlyDominated(front: readonly Point[], target: Float64Array): boolean {
  // Only points not worse on the first objective can dominate: a prefix of the sorted front.
  let low = 0;
  let high = front.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((front[mid]?.[0] ?? 0) <= (target[0] ?? 0)) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (last < 0) return false;
  if (target.length === 2) {
    // On a two-objective front the second objective falls along the prefix, so its last point
    // is the only candidate.
    const [p0 = 0, p1 = 0] = front[last] ?? [];
    return p1 <= (target[1] ?? 0) && (p0 < (target[0] ?? 0) || p1 < (target[1] ?? 0));
  }
  // With three or four objectives the prefix is scanned: the walk's cost per node then grows
  // with the front, which is what limits this method on large three-objective fronts.
  for (let i = 0; i <= last; i++) if (dominates(front[i] as Point, target)) return true;
  return false;
}

function prepare(space: CompiledSpace, objectives: readonly Objective[]): Walk {
  const k = objectives.length;
  const launchAt = objectives.indexOf('time_to_launch');
  const columns = objectives.map((o) => OBJECTIVE_MEASURE[o]);
  const valuesOf = (effects: Record<Measure, number>) =>
    Float64Array.from(columns, ([measure, sign]) =>
      measure === 'launch' ? 0 : sign * effects[measure],
    );
  const optionValues = space.options.map((option) => valuesOf(option.effects));
  const late: LateInteraction[][] = space.options.map(() => []);
  const decisions = space.decisions.length;
  // The most an option's interactions with earlier decisions can save, charged to that option:
  // a decision takes one option, so only one option's savings can come true.
  const optimistic = optionValues.map((values) => Float64Array.from(values));
  for (const interaction of space.interactions) {
    const [a, b] = [space.options[interaction.a], space.options[interaction.b]];
    if (a === undefined || b === undefined || a.decision === b.decision) continue;
    const [first, later] =
      a.decision < b.decision ? [interaction.a, interaction.b] : [interaction.b, interaction.a];
    const values = valuesOf(interaction.effects);
    if (launchAt >= 0) values[launchAt] = interaction.effects.launch;
    late[later]?.push({
      earlier: first,
      earlierDecision: space.options[first]?.decision ?? 0,
      values,
    });
    const floor = optimistic[later] as Float64Array;
    for (let j = 0; j < k; j++) floor[j] = (floor[j] ?? 0) + Math.min(0, values[j] ?? 0);
  }
  const remaining: Float64Array[][] = [];
  remaining[decisions] = [new Float64Array(k)];
  const remainingLaunch = new Float64Array(decisions + 1);
  for (let d = decisions - 1; d >= 0; d--) {
    const members = space.decisions[d]?.options ?? [];
    const own = nondominated(members.map((o) => optimistic[o] as Float64Array));
    const sums: Float64Array[] = [];
    for (const after of remaining[d + 1] ?? []) {
      for (const option of own) sums.push(after.map((v, j) => v + (option[j] ?? 0)));
    }
    remaining[d] = coarsened(nondominated(sums), BOUND_SET_SIZE);
    const fastest = Math.min(...members.map((o) => space.options[o]?.effects.launch ?? 0));
    remainingLaunch[d] = Math.max(remainingLaunch[d + 1] ?? 0, fastest);
  }
  return {
    space,
    objectives,
    k,
    launchAt,
    optionValues,
    late,
    ...constraints(space),
    remaining,
    remainingLaunch,
    rounding: roundingOf(optionValues, late, k),
    bound: new Float64Array(k),
  };
}

/** Bound sets larger than this are coarsened: the bound weakens a little, the walk stays fast. */
const BOUND_SET_SIZE = 48;

/** The distinct nondominated points of a set (minimisation). */
function nondominated(points: readonly Float64Array[]): Float64Array[] {
  const sorted = [...points].sort(lexicographic);
  const kept: Float64Array[] = [];
  for (const p of sorted) {
    // Sorted lexicographically, a point can only be dominated by, or equal to, one kept before it.
    if (kept.some((q) => q.every((v, j) => v <= (p[j] ?? 0)))) continue;
    kept.push(p);
  }
  return kept;
}

function lexicographic(a: Float64Array, b: Float64Array): number {
  for (let j = 0; j < a.length; j++) {
    const d = (a[j] ?? 0) - (b[j] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Shrinks a lower bound set by replacing neighbours with their componentwise minimum: the
 * result is still a lower bound set (each merged point is no worse than both it replaces).
 */
function coarsened(points: Float64Array[], size: number): Float64Array[] {
  let set = points;
  while (set.length > size) {
    const merged: Float64Array[] = [];
    for (let i = 0; i < set.length; i += 2) {
      const a = set[i] as Float64Array;
      const b = set[i + 1];
      merged.push(b === undefined ? a : a.map((v, j) => Math.min(v, b[j] ?? 0)));
    }
    set = merged;
  }
  return set;
}

function roundingOf(
  optionValues: readonly Float64Array[],
  late: readonly (readonly LateInteraction[])[],
  k: number,
): Float64Array {
  const rounding = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const effects = [
      ...optionValues.map((v) => v[j] ?? 0),
      ...late.flatMap((list) => list.map((i) => i.values[j] ?? 0)),
    ];
    if (effects.every(Number.isInteger)) continue;
    const magnitude = effects.reduce((sum, v) => sum + Math.abs(v), 0);
    rounding[j] = magnitude * effects.length * 4 * Number.EPSILON;
  }
  return rounding;
}

function constraints(
  space: CompiledSpace,
): Pick<Walk, 'clashes' | 'requiresEarlier' | 'requiredHere'> {
  const clashes: number[][] = space.options.map(() => []);
  const requiresEarlier: [number, number][][] = space.options.map(() => []);
  const requiredHere: [number, number][][] = space.decisions.map(() => []);
  const decisionOf = (o: number) => space.options[o]?.decision ?? 0;
  space.options.forEach((option, o) => {
    for (const e of option.excludes) {
      // Checked when the later of the two is chosen.
      if (decisionOf(e) < option.decision) clashes[o]?.push(e);
      else if (decisionOf(e) > option.decision) clashes[e]?.push(o);
    }
    for (const r of option.requires) {
      if (decisionOf(r) < option.decision) requiresEarlier[o]?.push([decisionOf(r), r]);
      else if (decisionOf(r) > option.decision) requiredHere[decisionOf(r)]?.push([o, r]);
      // An option requiring another of its own decision can never be chosen: its decision is
      // still open when it is tried, so the check `chosen[d] === r` fails.
      else if (r !== o) requiresEarlier[o]?.push([option.decision, r]);
    }
  });
  return { clashes, requiresEarlier, requiredHere };
}
