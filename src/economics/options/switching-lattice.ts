/**
 * Option to switch between two operating modes on a binomial lattice (Kulatilaka 1993; Trigeorgis
 * 1996, switching options; methods.md §1.3), in its cost-minimising form:
 *
 * - mode A floats with a cost index X (an incumbent's usage-priced wholesale rate, say) and costs
 *   X_t in period t; mode B costs a fixed amount per period (a fixed-price alternative);
 * - moving from one mode to the other costs K, in either direction;
 * - X moves on a recombining lattice, X·u or X·d with the given probability p per period;
 * - there are N decision dates t = 0..N−1; at each the mode for the coming period is chosen and
 *   that period's cost is paid at its start; costs are discounted at the discrete rate r per period.
 *
 * Dynamic programme over (date, node, current mode m), with V_N = 0 and
 *   V_t(x, m) = min over m' of [ K·[m' ≠ m] + c_{m'}(x) + (p·V_{t+1}(ux, m') + (1−p)·V_{t+1}(dx, m'))/(1+r) ].
 * Hysteresis comes out of K by itself: a node may keep whichever mode it is already in.
 * The option value is what flexibility saves: PV(locked in the start mode) − PV(optimal policy).
 *
 * Time and memory are O(N²) because the full node table is returned.
 */

export type Mode = 'A' | 'B';

export interface SwitchingInput {
  /** Cost index X0 today, also mode A's cost this period (> 0). */
  readonly index: number;
  /** Up factor of the index per period (> down). */
  readonly up: number;
  /** Down factor of the index per period (> 0). */
  readonly down: number;
  /** Probability of an up move, in [0, 1] (given, not derived from a rate). */
  readonly probability: number;
  /** Discrete discount rate per period (> −1). */
  readonly rate: number;
  /** Number of decision dates N (integer ≥ 1); the cost of each period is paid at its start. */
  readonly periods: number;
  /** Cost of mode B per period (finite). */
  readonly fixedCost: number;
  /** Cost K of switching between the modes, either direction (≥ 0). */
  readonly switchingCost: number;
  /** Mode in force before the first decision. */
  readonly start: Mode;
}

/** Present value at a node of continuing in each mode for the coming period. */
export interface ModeCosts {
  readonly A: number;
  readonly B: number;
}

export interface SwitchingNode {
  /** Decision date t = 0..N−1. */
  readonly step: number;
  /** Cost index X at this node: X0·u^j·d^(t−j). */
  readonly index: number;
  /** Currently in A: PV of choosing A (stay) / B (switch, K included) from here on. */
  readonly fromA: ModeCosts;
  /** Currently in B: PV of choosing A (switch, K included) / B (stay). */
  readonly fromB: ModeCosts;
  /** Optimal PV when currently in A: min of `fromA`. */
  readonly valueA: number;
  /** Optimal PV when currently in B: min of `fromB`. */
  readonly valueB: number;
  /** Mode chosen when currently in A (ties keep the current mode). */
  readonly choiceFromA: Mode;
  /** Mode chosen when currently in B (ties keep the current mode). */
  readonly choiceFromB: Mode;
}

export interface SwitchingResult {
  /** PV of staying in A at every date (no switching cost). */
  readonly stayA: number;
  /** PV of staying in B at every date (no switching cost). */
  readonly stayB: number;
  /** PV of the optimal switching policy, starting in `start`. */
  readonly optimal: number;
  /** PV(stay in the start mode) − PV(optimal): what the right to switch is worth (≥ 0). */
  readonly optionValue: number;
  /** nodes[t][j] for t = 0..N−1, j = 0..t up-moves (low → high index). */
  readonly nodes: readonly (readonly SwitchingNode[])[];
}

/** Prices the option to switch between a floating-cost mode A and a fixed-cost mode B. */
export function switchingLattice(input: SwitchingInput): SwitchingResult {
  validate(input);
  const nodes = optimalTable(input);
  const root = nodes[0]?.[0];
  if (root === undefined) throw new RangeError('periods must be at least 1');
  const optimal = input.start === 'A' ? root.valueA : root.valueB;
  const stayA = lockedIn(input, (x) => x);
  const stayB = lockedIn(input, () => input.fixedCost);
  const stay = input.start === 'A' ? stayA : stayB;
  return { stayA, stayB, optimal, optionValue: stay - optimal, nodes };
}

/** Backward induction of the flexible policy, keeping every node. */
function optimalTable(input: SwitchingInput): SwitchingNode[][] {
  const { periods, switchingCost: k, fixedCost } = input;
  const rows: SwitchingNode[][] = [];
  // Optimal PV per mode at the nodes of the next date; zero after the last period.
  let nextA: readonly number[] = new Array<number>(periods + 1).fill(0);
  let nextB: readonly number[] = nextA;
  for (let t = periods - 1; t >= 0; t--) {
    const row: SwitchingNode[] = [];
    for (let j = 0; j <= t; j++) {
      const x = indexAt(input, t, j);
      // PV of running the coming period in each mode, before any switching cost.
      const runA = x + expected(input, nextA, j);
      const runB = fixedCost + expected(input, nextB, j);
      const fromA = { A: runA, B: k + runB };
      const fromB = { A: k + runA, B: runB };
      row.push({
        step: t,
        index: x,
        fromA,
        fromB,
        valueA: Math.min(fromA.A, fromA.B),
        valueB: Math.min(fromB.A, fromB.B),
        choiceFromA: fromA.B < fromA.A ? 'B' : 'A',
        choiceFromB: fromB.A < fromB.B ? 'A' : 'B',
      });
    }
    rows[t] = row;
    nextA = row.map((node) => node.valueA);
    nextB = row.map((node) => node.valueB);
  }
  return rows;
}

/** PV of paying `cost(X_t)` at every date t = 0..N−1, by the same lattice arithmetic. */
function lockedIn(input: SwitchingInput, cost: (index: number) => number): number {
  let next: readonly number[] = new Array<number>(input.periods + 1).fill(0);
  for (let t = input.periods - 1; t >= 0; t--) {
    const row: number[] = [];
    for (let j = 0; j <= t; j++) row.push(cost(indexAt(input, t, j)) + expected(input, next, j));
    next = row;
  }
  return next[0] ?? 0;
}

/** Discounted expectation of next date's values seen from node j: (p·V[j+1] + (1−p)·V[j])/(1+r). */
function expected(input: SwitchingInput, next: readonly number[], j: number): number {
  const p = input.probability;
  return (p * (next[j + 1] ?? 0) + (1 - p) * (next[j] ?? 0)) / (1 + input.rate);
}

/** Cost index at date t after j up-moves. */
function indexAt(input: SwitchingInput, t: number, j: number): number {
  return input.index * input.up ** j * input.down ** (t - j);
}

/** Throws RangeError on anything that would make the programme meaningless. */
function validate(input: SwitchingInput): void {
  const checks: readonly [string, number, boolean, string][] = [
    ['index', input.index, input.index > 0, 'positive'],
    ['down', input.down, input.down > 0, 'positive'],
    ['up', input.up, input.up > input.down, 'greater than down'],
    [
      'probability',
      input.probability,
      input.probability >= 0 && input.probability <= 1,
      'in [0, 1]',
    ],
    ['rate', input.rate, input.rate > -1, 'greater than −1'],
    ['fixedCost', input.fixedCost, true, 'finite'],
    ['switchingCost', input.switchingCost, input.switchingCost >= 0, 'non-negative'],
  ];
  for (const [name, value, ok, requirement] of checks) {
    if (!Number.isFinite(value) || !ok) {
      throw new RangeError(`${name} must be finite and ${requirement}, got ${value}`);
    }
  }
  if (!Number.isInteger(input.periods) || input.periods < 1) {
    throw new RangeError(`periods must be an integer ≥ 1, got ${input.periods}`);
  }
  if (input.start !== 'A' && input.start !== 'B') {
    throw new RangeError(`start must be 'A' or 'B', got ${String(input.start)}`);
  }
  if (!Number.isFinite(input.index * input.up ** (input.periods - 1))) {
    throw new RangeError('the cost index overflows on the lattice');
  }
}
