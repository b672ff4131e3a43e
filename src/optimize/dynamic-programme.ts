/**
 * The exact front by multi-objective dynamic programming over the decisions (nonserial
 * dynamic programming: Bertelè & Brioschi, Nonserial Dynamic Programming, 1972; with Pareto
 * sets as the values of states: Villarreal & Karwan, Mathematical Programming 21, 1981).
 *
 * Decisions are taken in an order that keeps few of them "open": a decision stays open while
 * some decision it interacts with, requires or excludes is still to come (the order is a path
 * decomposition of the interaction graph, and the open set is its separator). A state is the
 * choice made at every open decision; it holds the nondominated partial sums of the designs
 * that reach it. Two partial designs in the same state face exactly the same completions, so a
 * partial sum no better than another on every measure can be dropped: whatever completes it
 * completes the other at least as well, and rounding to the grid is monotone. The front is the
 * nondominated set, on the grid, of the final labels.
 *
 * It is fast when interactions are sparse (few open decisions, so few states) and slow when
 * they are dense; `auto` reads the width of the order before choosing it (front-search.ts).
 * It finds every point, with one design each.
 */
import type { Objective } from '../model/schema/design-space.js';
import { type CompiledSpace, type Measure, OBJECTIVE_MEASURE } from './design-space.js';
import { type FrontEntry, pointOf } from './enumerate.js';
import type { Design } from './evaluate.js';
import { ParetoArchive } from './pareto.js';

export interface DynamicProgrammeOptions {
  /** Labels (partial designs kept) the programme may hold before it gives up (undefined). */
  readonly labelBudget: number;
  /** A `performance.now()` time after which it gives up too. */
  readonly deadline?: number;
}

export interface DynamicProgramme {
  readonly entries: FrontEntry[];
  /** Labels created over the run: the programme's work. */
  readonly labels: number;
}

/** The order decisions are taken in, and how wide it is. */
export interface DecisionOrder {
  readonly order: readonly number[];
  /** After each step, the decisions still open (placed, with a neighbour still to come). */
  readonly open: readonly (readonly number[])[];
  /** The most states any step can have: the largest product of open decisions' option counts. */
  readonly width: number;
}

interface Label {
  /** Per objective, the running sum (launch column: the interactions' delays), then the slowest launch. */
  readonly values: Float64Array;
  /** Option chosen per decision (−1: not yet). */
  readonly design: Int32Array;
}

/** Decisions linked by an interaction, a requirement or an exclusion. */
function neighbours(space: CompiledSpace): Set<number>[] {
  const links = space.decisions.map(() => new Set<number>());
  const link = (a: number, b: number) => {
    const [da, db] = [space.options[a]?.decision ?? 0, space.options[b]?.decision ?? 0];
    if (da === db) return;
    links[da]?.add(db);
    links[db]?.add(da);
  };
  for (const interaction of space.interactions) link(interaction.a, interaction.b);
  space.options.forEach((option, o) => {
    for (const r of option.requires) link(o, r);
    for (const e of option.excludes) link(o, e);
  });
  return links;
}

/**
 * A greedy order (the minimum-frontier heuristic for pathwidth): at each step, the decision
 * whose placing leaves the fewest states open, ties to the one with most placed neighbours.
 */
export function decisionOrder(space: CompiledSpace): DecisionOrder {
  const links = neighbours(space);
  const size = (d: number) => space.decisions[d]?.options.length ?? 1;
  const placed = new Set<number>();
  const order: number[] = [];
  const open: number[][] = [];
  let width = 1;
  const openAfter = (next: number) =>
    [...placed, next].filter((d) =>
      [...(links[d] ?? [])].some((n) => !placed.has(n) && n !== next),
    );
  while (order.length < space.decisions.length) {
    let best: { d: number; states: number; ties: number; open: number[] } | undefined;
    for (let d = 0; d < space.decisions.length; d++) {
      if (placed.has(d)) continue;
      const after = openAfter(d);
      const states = after.reduce((p, o) => p * size(o), 1);
      const ties = [...(links[d] ?? [])].filter((n) => placed.has(n)).length;
      if (
        best === undefined ||
        states < best.states ||
        (states === best.states && ties > best.ties)
      )
        best = { d, states, ties, open: after };
    }
    if (best === undefined) break;
    // While a decision is being placed, the states also tell its options apart.
    const during = (open.at(-1) ?? []).reduce((p, o) => p * size(o), size(best.d));
    width = Math.max(width, during);
    placed.add(best.d);
    order.push(best.d);
    open.push(best.open);
  }
  return { order, open, width };
}

export function dynamicProgramme(
  space: CompiledSpace,
  objectives: readonly Objective[],
  options: DynamicProgrammeOptions,
): DynamicProgramme | undefined {
  const k = objectives.length;
  const launchAt = objectives.indexOf('time_to_launch');
  const columns = objectives.map((o) => OBJECTIVE_MEASURE[o]);
  const valuesOf = (effects: Record<Measure, number>) =>
    Float64Array.from(columns, ([measure, sign]) => sign * effects[measure]);
  const optionValues = space.options.map((option) => {
    const values = valuesOf(option.effects);
    if (launchAt >= 0) values[launchAt] = 0; // the launch waits for the slowest, kept apart
    return values;
  });
  const interactionsOf = space.options.map(() => [] as { other: number; values: Float64Array }[]);
  for (const interaction of space.interactions) {
    const values = valuesOf(interaction.effects);
    interactionsOf[interaction.a]?.push({ other: interaction.b, values });
    interactionsOf[interaction.b]?.push({ other: interaction.a, values });
  }
  const { order, open } = decisionOrder(space);
  const width = k + (launchAt >= 0 ? 1 : 0);
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  let states = new Map<string, Label[]>([
    ['', [{ values: new Float64Array(width), design: new Int32Array(order.length).fill(-1) }]],
  ]);
  let labels = 1;
  for (const [step, d] of order.entries()) {
    const next = new Map<string, Label[]>();
    const keep = open[step] ?? [];
    for (const stateLabels of states.values()) {
      if (performance.now() > deadline) return undefined;
      const sample = stateLabels[0]?.design;
      if (sample === undefined) continue;
      for (const o of space.decisions[d]?.options ?? []) {
        if (!allowed(space, sample, o)) continue;
        const added = Float64Array.from(optionValues[o] ?? []);
        for (const { other, values } of interactionsOf[o] ?? []) {
          const e = space.options[other]?.decision ?? -1;
          if (sample[e] !== other) continue;
          for (let j = 0; j < k; j++) added[j] = (added[j] ?? 0) + (values[j] ?? 0);
        }
        const launch = space.options[o]?.effects.launch ?? 0;
        const key = keep.map((e) => (e === d ? o : sample[e])).join();
        const bucket = next.get(key) ?? [];
        if (bucket.length === 0) next.set(key, bucket);
        for (const label of stateLabels) {
          const values = new Float64Array(width);
          for (let j = 0; j < k; j++) values[j] = (label.values[j] ?? 0) + (added[j] ?? 0);
          if (launchAt >= 0) values[k] = Math.max(label.values[k] ?? 0, launch);
          const design = Int32Array.from(label.design);
          design[d] = o;
          bucket.push({ values, design });
        }
      }
    }
    for (const [key, bucket] of next) {
      const kept = nondominated(bucket);
      next.set(key, kept);
      labels += kept.length;
    }
    if (labels > options.labelBudget || performance.now() > deadline) return undefined;
    states = next;
  }
  const archive = new ParetoArchive<Design>();
  for (const stateLabels of states.values()) {
    for (const label of stateLabels) {
      const design = Array.from(label.design);
      archive.offer(pointOf(space, design, objectives), design);
    }
  }
  const entries = archive
    .front()
    .map((entry) => ({ point: entry.point, designs: entry.items.slice(0, 1) }));
  return { entries, labels };
}

/** An option keeps the requirements and exclusions of the choices already made, both ways. */
function allowed(space: CompiledSpace, design: Int32Array, o: number): boolean {
  const option = space.options[o];
  if (option === undefined) return false;
  const chosen = (other: number) => design[space.options[other]?.decision ?? -1] === other;
  const taken = (decision: number) => (design[decision] ?? -1) >= 0;
  for (const r of option.requires) {
    const e = space.options[r]?.decision ?? -1;
    if (e === option.decision ? r !== o : taken(e) && !chosen(r)) return false;
  }
  if (option.excludes.some(chosen)) return false;
  // Earlier choices that require an option of this decision, or exclude this one.
  for (const [e, earlier] of design.entries()) {
    if (earlier < 0 || e === option.decision) continue;
    const made = space.options[earlier];
    if (made === undefined) continue;
    if (made.excludes.includes(o)) return false;
    // Every option it requires here must be this one (two required here: never met).
    if (made.requires.some((r) => space.options[r]?.decision === option.decision && r !== o))
      return false;
  }
  return true;
}

/**
 * The labels of one state that no other label there matches or beats on every measure (one of
 * each tie). Sorted lexicographically, a label can only be matched or beaten by one before it;
 * with two measures that is a sweep keeping each label below the lowest second measure so far.
 */
function nondominated(labels: Label[]): Label[] {
  labels.sort((a, b) => {
    for (let j = 0; j < a.values.length; j++) {
      const d = (a.values[j] ?? 0) - (b.values[j] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  const kept: Label[] = [];
  if (labels[0]?.values.length === 2) {
    let lowest = Number.POSITIVE_INFINITY;
    for (const label of labels) {
      const y = label.values[1] ?? 0;
      if (y < lowest) {
        kept.push(label);
        lowest = y;
      }
    }
    return kept;
  }
  const noWorse = (a: Float64Array, b: Float64Array) => a.every((v, j) => v <= (b[j] ?? 0));
  for (const label of labels)
    if (!kept.some((other) => noWorse(other.values, label.values))) kept.push(label);
  return kept;
}
