/**
 * Cox–Ross–Rubinstein binomial lattice (Cox, Ross & Rubinstein 1979; Hull, OFOD, "Binomial trees"
 * and "Basic numerical procedures") for European and American calls and puts, with a cost of carry
 * so that dividend-like leakage can be modelled (b = r − q).
 *
 * Real-option readings: abandonment = American put on the project value with the salvage value as
 * strike; defer / invest = American call with the investment cost as strike.
 *
 * Conventions (methods.md §1.1): Δt = T/n; u = exp(σ√Δt) and d = 1/u unless u and d are given;
 * risk-neutral probability p = (exp(bΔt) − d)/(u − d), which must lie in [0, 1] — an input that
 * gives p outside is rejected, never clamped, because a clamped p silently prices an arbitrage;
 * one-step discount D = exp(−rΔt). Node (i, j) is step i with j up-moves (j = 0 lowest), its
 * underlying S0·u^j·d^(i−j).
 *
 * `binomialOption` rolls one array back in place: O(n) memory, O(n²) time. `lattice` runs the very
 * same arithmetic but keeps every step, for small trees that are read node by node.
 */

export type OptionKind = 'call' | 'put';
export type Exercise = 'european' | 'american';

export interface LatticeInput {
  /** Value of the underlying today (> 0). */
  readonly spot: number;
  /** Exercise price (≥ 0). */
  readonly strike: number;
  /** Time to maturity in years (> 0). */
  readonly years: number;
  /** Number of lattice steps (integer ≥ 1). */
  readonly steps: number;
  /** Continuously compounded risk-free rate. */
  readonly rate: number;
  /** Volatility σ (> 0) for u = exp(σ√Δt), d = 1/u; ignored when `up` and `down` are given. */
  readonly volatility?: number;
  /** Up factor per step; give together with `down` (0 < down < up). */
  readonly up?: number;
  /** Down factor per step; give together with `up`. */
  readonly down?: number;
  /** Cost of carry b = r − q (continuously compounded); default `rate` (no leakage). */
  readonly carry?: number;
  readonly kind: OptionKind;
  readonly exercise: Exercise;
}

export interface LatticeResult {
  /** Option value today. */
  readonly value: number;
  /** Up factor per step. */
  readonly up: number;
  /** Down factor per step. */
  readonly down: number;
  /** Risk-neutral probability of an up move. */
  readonly probability: number;
  /** One-step discount factor exp(−rΔt). */
  readonly discount: number;
  /**
   * Whether exercising before maturity is optimal at some node (American only; step 0 counts):
   * the exercise value beats holding by more than float noise (see `EXERCISE_SLACK`). Always false
   * for European options.
   */
  readonly earlyExercise: boolean;
}

export interface LatticeTable extends LatticeResult {
  /** underlying[i][j] = S0·u^j·d^(i−j) for steps i = 0..n, nodes j = 0..i (low → high). */
  readonly underlying: readonly (readonly number[])[];
  /** option[i][j]: option value at node (i, j); option[0][0] is `value`. */
  readonly option: readonly (readonly number[])[];
  /** exercise[i][j]: early exercise is optimal at node (i, j); row n (maturity) is all false. */
  readonly exercise: readonly (readonly boolean[])[];
}

/** Most steps `lattice` keeps in full: (n + 1)(n + 2)/2 nodes per table, ~500,000 at this cap. */
export const MAX_TABLE_STEPS = 1000;

/**
 * Relative margin by which the exercise value must beat holding before a node counts as an early
 * exercise, scaled by S + K. Without it a tie that holds in exact arithmetic (a deep in-the-money
 * call at r = b = 0, say) would be reported as exercise whenever rounding tips it. The value itself
 * always takes the plain maximum.
 */
export const EXERCISE_SLACK = 1e-11;

/** The validated parameters of one tree. */
interface Tree {
  readonly spot: number;
  readonly strike: number;
  readonly steps: number;
  readonly up: number;
  readonly down: number;
  readonly probability: number;
  readonly discount: number;
  /** +1 call, −1 put. */
  readonly sign: 1 | -1;
  readonly american: boolean;
}

/** Called for each step i = n..0 with the option values of nodes 0..i in `values[0..i]`. */
type StepVisitor = (step: number, values: Float64Array, exercised: readonly boolean[]) => void;

/** Value of a European or American call or put on a binomial lattice. */
export function binomialOption(input: LatticeInput): LatticeResult {
  return rollBack(treeOf(input));
}

/**
 * The full lattice, every node of every step: the underlying, the option value and where early
 * exercise is optimal. Same arithmetic as `binomialOption`, so the root value is identical.
 * Limited to `MAX_TABLE_STEPS` steps; use `binomialOption` for fine trees.
 */
export function lattice(input: LatticeInput): LatticeTable {
  const tree = treeOf(input);
  if (tree.steps > MAX_TABLE_STEPS) {
    throw new RangeError(
      `lattice keeps at most ${MAX_TABLE_STEPS} steps in full, got ${tree.steps}; use binomialOption`,
    );
  }
  const option: number[][] = [];
  const exercise: boolean[][] = [];
  const result = rollBack(tree, (step, values, exercised) => {
    option[step] = Array.from(values.subarray(0, step + 1));
    exercise[step] = [...exercised];
  });
  const underlying = Array.from({ length: tree.steps + 1 }, (_, i) =>
    Array.from({ length: i + 1 }, (_, j) => price(tree, i, j)),
  );
  return { ...result, underlying, option, exercise };
}

/** Backward induction over one reused array; `visit` sees each step once it is final. */
function rollBack(tree: Tree, visit?: StepVisitor): LatticeResult {
  const n = tree.steps;
  const values = new Float64Array(n + 1);
  for (let j = 0; j <= n; j++) values[j] = payoff(tree, price(tree, n, j));
  visit?.(n, values, new Array<boolean>(n + 1).fill(false));
  const p = tree.probability;
  const q = 1 - p;
  let earlyExercise = false;
  for (let i = n - 1; i >= 0; i--) {
    const exercised = new Array<boolean>(i + 1).fill(false);
    // In place: node j reads the old j and j + 1, and j + 1 is only overwritten afterwards.
    for (let j = 0; j <= i; j++) {
      const holding = tree.discount * (p * (values[j + 1] ?? 0) + q * (values[j] ?? 0));
      values[j] = holding;
      if (!tree.american) continue;
      const underlying = price(tree, i, j);
      const now = payoff(tree, underlying);
      if (now > holding) values[j] = now;
      if (now - holding > EXERCISE_SLACK * (underlying + tree.strike)) {
        exercised[j] = true;
        earlyExercise = true;
      }
    }
    visit?.(i, values, exercised);
  }
  return {
    value: values[0] ?? 0,
    up: tree.up,
    down: tree.down,
    probability: tree.probability,
    discount: tree.discount,
    earlyExercise,
  };
}

/** Underlying at node (i, j): S0·u^j·d^(i−j). */
function price(tree: Tree, step: number, ups: number): number {
  return tree.spot * tree.up ** ups * tree.down ** (step - ups);
}

/** Exercise value max(z·(S − K), 0). */
function payoff(tree: Tree, underlying: number): number {
  return Math.max(tree.sign * (underlying - tree.strike), 0);
}

/** Validates the input and derives u, d, p and D. Throws RangeError on anything unusable. */
function treeOf(input: LatticeInput): Tree {
  const { spot, strike, years, steps, rate } = input;
  requireFinite('spot', spot, (x) => x > 0, 'positive');
  requireFinite('strike', strike, (x) => x >= 0, 'non-negative');
  requireFinite('years', years, (x) => x > 0, 'positive');
  if (!Number.isInteger(steps) || steps < 1) {
    throw new RangeError(`steps must be an integer ≥ 1, got ${steps}`);
  }
  requireFinite('rate', rate, () => true, 'finite');
  const carry = input.carry ?? rate;
  requireFinite('carry', carry, () => true, 'finite');
  if (input.kind !== 'call' && input.kind !== 'put') {
    throw new RangeError(`kind must be 'call' or 'put', got ${String(input.kind)}`);
  }
  if (input.exercise !== 'european' && input.exercise !== 'american') {
    throw new RangeError(
      `exercise must be 'european' or 'american', got ${String(input.exercise)}`,
    );
  }
  const dt = years / steps;
  const { up, down } = moves(input, dt);
  // S0·u^n is the largest node; past the double range the lattice would turn into NaN.
  if (!Number.isFinite(spot * up ** steps)) {
    throw new RangeError(`spot·up^steps overflows (up = ${up}, steps = ${steps})`);
  }
  const growth = Math.exp(carry * dt);
  const probability = (growth - down) / (up - down);
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(
      `risk-neutral probability p = (exp(bΔt) − d)/(u − d) = ${probability} lies outside [0, 1] ` +
        `(u = ${up}, d = ${down}, exp(bΔt) = ${growth}); need d ≤ exp(bΔt) ≤ u`,
    );
  }
  return {
    spot,
    strike,
    steps,
    up,
    down,
    probability,
    discount: Math.exp(-rate * dt),
    sign: input.kind === 'call' ? 1 : -1,
    american: input.exercise === 'american',
  };
}

/** u and d: given as a pair, or CRR from the volatility. */
function moves(input: LatticeInput, dt: number): { up: number; down: number } {
  const { up, down, volatility } = input;
  if (up !== undefined || down !== undefined) {
    if (up === undefined || down === undefined) {
      throw new RangeError('up and down must be given together');
    }
    requireFinite('down', down, (x) => x > 0, 'positive');
    requireFinite('up', up, (x) => x > down, 'greater than down');
    return { up, down };
  }
  if (volatility === undefined) {
    throw new RangeError('give either volatility or both up and down');
  }
  requireFinite('volatility', volatility, (x) => x > 0, 'positive');
  const u = Math.exp(volatility * Math.sqrt(dt));
  return { up: u, down: 1 / u };
}

function requireFinite(
  name: string,
  value: number,
  ok: (x: number) => boolean,
  requirement: string,
): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`${name} must be finite and ${requirement}, got ${value}`);
  }
}
