/**
 * The option to switch a dependency to its alternative (docs/lockin.md, "The option to switch"):
 * an American option, exercisable at the start of any month of the horizon, to pay the exit
 * cost of that month and, once the exit time has run, buy at the alternative's price instead of
 * the incumbent's. A real option to switch inputs (Kulatilaka 1993; Trigeorgis 1996, ch. 7;
 * Dixit & Pindyck 1994 ch. 7 for the irreversible-switch form), priced on a Cox–Ross–Rubinstein
 * lattice (Cox, Ross & Rubinstein 1979) with one step a month.
 *
 *   price index   X: the incumbent's price against the alternative's, today 1, moving up by
 *                 u = exp(σ√Δt) or down by d = 1/u a month, Δt = 1/12, with p = (1 − d)/(u − d)
 *                 so that E[X_{t+1} | X_t] = X_t (no drift: today's price is the forecast);
 *   discounting   δ = exp(−r·Δt) a month, r = ln(1 + discount rate) (so δ¹² = 1/(1 + rate));
 *   spend         S_k = the incumbent's spend in month k at today's prices (it follows the base);
 *                 A_k = the alternative's, for the same volumes; both paid at the start of month k;
 *   exercise at t with index X: pay K_t (the exit cost at t) and save, from month t + T_t on
 *                 (T_t = the exit time at t, rounded up), X·S_k − A_k a month to the horizon:
 *                 E_t(X) = X·Σ_{k ≥ t+T_t} δ^{k−t} S_k − Σ_{k ≥ t+T_t} δ^{k−t} A_k − K_t;
 *   value         V_t(X) = max(E_t(X), δ·(p·V_{t+1}(uX) + (1 − p)·V_{t+1}(dX))), V_N = 0;
 *                 the option is worth V_0(1) ≥ 0.
 * A larger exit cost or a longer exit time lowers E_t wherever exercising pays, so the value
 * never rises with either. O(N²) time, O(N) memory.
 */

export interface SwitchingOptionInput {
  /** S_k, k = 0…N−1: the incumbent's spend each month at today's prices (N = the horizon). */
  readonly spend: readonly number[];
  /** A_k, k = 0…N−1: what the alternative would cost for the same months. */
  readonly alternative: readonly number[];
  /** K_t, t = 0…N−1: the exit cost of a switch started at month t. */
  readonly exitCost: readonly number[];
  /** Exit time in months of a switch started at month t, t = 0…N−1. */
  readonly exitMonths: readonly number[];
  /** σ: yearly volatility of the incumbent's price against the alternative's (≥ 0). */
  readonly volatility: number;
  /** The operator's discount rate, a year (> −1). */
  readonly discountRate: number;
}

export interface SwitchingOptionValue {
  /** V_0(1): what the right to switch is worth today. */
  readonly value: number;
  /** E_0(1): what switching now would gain (negative when it would lose). */
  readonly exerciseNow: number;
  /** Σ δ^k S_k: the incumbent's spend over the horizon, today's value. */
  readonly spendValue: number;
  /** Σ δ^k A_k: the alternative's spend over the horizon, today's value. */
  readonly alternativeValue: number;
  /** The first month at which switching is optimal on some path, or null when never. */
  readonly earliestExercise: number | null;
}

export function switchingOption(input: SwitchingOptionInput): SwitchingOptionValue {
  validate(input);
  const n = input.spend.length;
  const dt = 1 / 12;
  const discount = Math.exp(-Math.log(1 + input.discountRate) * dt);
  const up = Math.exp(input.volatility * Math.sqrt(dt));
  const down = 1 / up;
  // With no volatility the index stays at 1 and the probability is immaterial.
  const p = up === down ? 0.5 : (1 - down) / (up - down);
  // Suffix sums of discounted spend: tail[m] = Σ_{k ≥ m} δ^k S_k, so Σ_{k ≥ m} δ^{k−t} S_k = tail[m] / δ^t.
  const spendTail = discountedTail(input.spend, discount);
  const altTail = discountedTail(input.alternative, discount);
  // Per month t: where savings start, the discount back to t, and what exercising costs; the
  // arithmetic of E_t(X) is kept in the order written above, so hoisting changes no digit.
  const from = (t: number) => Math.min(n, t + Math.ceil((input.exitMonths[t] ?? 0) - 1e-9));
  const exercise = (t: number, index: number): number => {
    const start = from(t);
    const scale = discount ** -t;
    return (
      index * (spendTail[start] ?? 0) * scale -
      (altTail[start] ?? 0) * scale -
      (input.exitCost[t] ?? 0)
    );
  };
  // u^k for k = −n…n, each computed once (the same value a node would compute itself).
  const powers = new Float64Array(2 * n + 1);
  for (let k = -n; k <= n; k++) powers[k + n] = up ** k;
  let next = new Float64Array(n + 1);
  let row = new Float64Array(n + 1);
  const q = 1 - p;
  let earliest: number | null = null;
  for (let t = n - 1; t >= 0; t--) {
    const start = from(t);
    const scale = discount ** -t;
    const spendScaled = spendTail[start] ?? 0;
    const costScaled = (altTail[start] ?? 0) * scale;
    const exitCost = input.exitCost[t] ?? 0;
    for (let j = 0; j <= t; j++) {
      const index = powers[2 * j - t + n] ?? 1;
      const hold = discount * (p * (next[j + 1] ?? 0) + q * (next[j] ?? 0));
      const now = index * spendScaled * scale - costScaled - exitCost;
      if (now > hold && now > 0) earliest = t;
      row[j] = Math.max(now, hold);
    }
    [next, row] = [row, next];
  }
  return {
    value: Math.max(0, next[0] ?? 0),
    exerciseNow: exercise(0, 1),
    spendValue: spendTail[0] ?? 0,
    alternativeValue: altTail[0] ?? 0,
    earliestExercise: earliest,
  };
}

function discountedTail(values: readonly number[], discount: number): number[] {
  const tail = new Array<number>(values.length + 1).fill(0);
  for (let k = values.length - 1; k >= 0; k--)
    tail[k] = (tail[k + 1] ?? 0) + (values[k] ?? 0) * discount ** k;
  return tail;
}

/** Throws RangeError on anything that would make the lattice meaningless. */
function validate(input: SwitchingOptionInput): void {
  const n = input.spend.length;
  for (const [name, list] of [
    ['alternative', input.alternative],
    ['exitCost', input.exitCost],
    ['exitMonths', input.exitMonths],
  ] as const) {
    if (list.length !== n)
      throw new RangeError(`${name} must have one entry a month (${n}), got ${list.length}`);
  }
  for (const [name, list] of [
    ['spend', input.spend],
    ['alternative', input.alternative],
    ['exitCost', input.exitCost],
    ['exitMonths', input.exitMonths],
  ] as const) {
    if (!list.every((v) => Number.isFinite(v) && v >= 0))
      throw new RangeError(`${name} must hold finite, non-negative numbers`);
  }
  if (!(Number.isFinite(input.volatility) && input.volatility >= 0))
    throw new RangeError(`volatility must be finite and non-negative, got ${input.volatility}`);
  if (!(Number.isFinite(input.discountRate) && input.discountRate > -1))
    throw new RangeError(`discountRate must be finite and above −1, got ${input.discountRate}`);
}
