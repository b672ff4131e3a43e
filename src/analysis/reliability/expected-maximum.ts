/**
 * The expectation of the largest of several weighted sums of fault-tree events,
 *
 *   M = max_c Σ_p w_cp · X_cp,   X_cp ∈ {0, 1} the top event of tree (c, p),
 *
 * exactly, under independent basic events. M takes finitely many values 0 = t_0 < t_1 < … < t_K
 * (the subset sums of each c's weights), so by the tail-sum formula for a non-negative discrete
 * variable E[M] = Σ_k (t_k − t_{k−1}) · P(M ≥ t_k), and each event {M ≥ t} = ∨_c {Σ_p w_cp X_cp ≥ t}
 * is a monotone function of the basic events: an OR of weighted threshold gates, whose
 * probability one binary decision diagram gives exactly (bdd.ts, `atLeastWeighted`).
 *
 * Weights are fractions, scaled to whole multiples of 1/`WEIGHT_SCALE` (10⁻⁹) so that subset
 * sums and thresholds compare exactly; the result is that of the rounded weights, within
 * n · 5·10⁻¹⁰ of the unrounded one for n weights.
 */
import { Bdd, type BddNode } from './bdd.js';
import { buildBdd, variableOrder } from './exact-probability.js';
import { type FaultTree, or } from './fault-tree.js';

export const WEIGHT_SCALE = 1e9;

/** One weighted sum: its terms, each a weight ≥ 0 and the tree whose top event carries it. */
export interface WeightedSum {
  readonly terms: readonly { readonly weight: number; readonly tree: FaultTree }[];
}

export interface ExpectedMaximumOptions {
  /** Most nodes of the one diagram every level shares (`BddBudgetExceeded` beyond). */
  readonly nodeBudget?: number;
  /** Most distinct values M may take (`TooManyLevels` beyond). */
  readonly maxLevels?: number;
}

export interface ExpectedMaximum {
  readonly expectation: number;
  /** Distinct positive values M can take: the thresholds evaluated. */
  readonly levels: number;
  /** Nodes the shared diagram made, terminals included. */
  readonly bddNodes: number;
}

/** Thrown when M can take more values than `maxLevels`: too many thresholds to evaluate. */
export class TooManyLevels extends Error {
  override readonly name = 'TooManyLevels';
  constructor(readonly limit: number) {
    super(`the maximum takes more than ${limit} distinct values`);
  }
}

export const DEFAULT_MAX_LEVELS = 256;

export function expectedMaximum(
  sums: readonly WeightedSum[],
  probabilityOf: (eventId: string) => number,
  options: ExpectedMaximumOptions = {},
): ExpectedMaximum {
  const maxLevels = options.maxLevels ?? DEFAULT_MAX_LEVELS;
  const scaled = sums.map((sum) => sum.terms.map((t) => scaleWeight(t.weight)));
  const levels = attainableLevels(scaled, maxLevels);
  if (levels.length === 0) return { expectation: 0, levels: 0, bddNodes: 2 };
  const trees = sums.flatMap((sum) => sum.terms.map((t) => t.tree));
  const order = variableOrder(or(...trees));
  const index = new Map(order.map((id, i) => [id, i]));
  const probabilities = order.map((id) => {
    const p = probabilityOf(id);
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`probability of event "${id}" must lie in [0, 1], got ${p}`);
    }
    return p;
  });
  const bdd = new Bdd(options.nodeBudget === undefined ? {} : { nodeBudget: options.nodeBudget });
  const nodes = sums.map((sum) => sum.terms.map((t) => buildBdd(bdd, t.tree, index)));
  let expectation = 0;
  let previous = 0;
  for (const level of levels) {
    const reached = bdd.orAll(
      scaled.map((weights, c) => bdd.atLeastWeighted(level, weights, nodes[c] as BddNode[])),
    );
    expectation +=
      ((level - previous) / WEIGHT_SCALE) * bdd.probability(reached, (v) => probabilities[v] ?? 0);
    previous = level;
  }
  return { expectation, levels: levels.length, bddNodes: bdd.size() };
}

function scaleWeight(weight: number): number {
  if (!(weight >= 0) || !Number.isFinite(weight)) {
    throw new RangeError(`weights must be finite and ≥ 0, got ${weight}`);
  }
  return Math.round(weight * WEIGHT_SCALE);
}

/**
 * Every positive value some sum can take (the union of each sum's subset sums), ascending.
 * Throws `TooManyLevels` as soon as one sum alone, or all of them together, exceed the limit.
 */
function attainableLevels(scaled: readonly (readonly number[])[], maxLevels: number): number[] {
  const all = new Set<number>();
  for (const weights of scaled) {
    let sums = new Set<number>([0]);
    for (const w of weights) {
      if (w === 0) continue;
      const next = new Set(sums);
      for (const s of sums) next.add(s + w);
      if (next.size > maxLevels + 1) throw new TooManyLevels(maxLevels);
      sums = next;
    }
    for (const s of sums) if (s > 0) all.add(s);
    if (all.size > maxLevels) throw new TooManyLevels(maxLevels);
  }
  return [...all].sort((a, b) => a - b);
}
