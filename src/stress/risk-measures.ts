/**
 * Risk measures of a Monte Carlo loss sample (methods.md §5).
 *
 * Loss convention: a large L is bad. For n sorted losses L_(1) ≤ … ≤ L_(n) and k = ⌈nα⌉:
 *
 *   VaR̂_α = L_(k),   ES^_α = VaR̂_α + Σ_i max(L_i − VaR̂_α, 0) / (n(1 − α)),
 *
 * the Acerbi–Tasche / Rockafellar–Uryasev discrete expected shortfall (Acerbi & Tasche 2002;
 * Rockafellar & Uryasev 2002). When n(1 − α) is an integer it is the mean of the n(1 − α) largest
 * losses; otherwise the loss at the VaR gets a fractional weight. The "mean of losses ≥ VaR̂"
 * convention of some libraries is deliberately not used (it gives 97.5 instead of 98 on ES-S1).
 * k is computed as ⌈nα − 10⁻⁹⌉ because n·α on doubles can land just above an integer
 * (0.07·100 = 7.000000000000001; methods.md §0). The SE of a mean is s/√n (s with divisor n − 1).
 * The normal closed forms and the asymptotic standard errors of VaR̂ and ES^ that test these
 * estimators live with the tests (test/support/normal-risk.ts).
 */

/** A sample of losses; the functions named `sorted…` expect it in ascending order. */
export type Losses = Float64Array | readonly number[];

/** Sample mean with its standard deviation (divisor n − 1) and standard error s/√n. */
export interface MeanEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly se: number;
}

/** Slack subtracted from n·α before the ceiling (methods.md §0). */
const CEILING_SLACK = 1e-9;

/**
 * The rank k = ⌈nα⌉ (1-based) of the VaR estimator L_(k) in a sample of n, kept within 1..n.
 * Throws RangeError unless n is a positive integer and 0 < α < 1.
 */
export function tailRank(n: number, alpha: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`a loss sample needs at least one value, got n = ${n}`);
  }
  requireLevel(alpha);
  const k = Math.ceil(n * alpha - CEILING_SLACK);
  return Math.min(Math.max(k, 1), n);
}

/** VaR̂_α = L_(⌈nα⌉) of losses sorted in ascending order (not checked). */
export function valueAtRisk(sortedLosses: Losses, alpha: number): number {
  const k = tailRank(sortedLosses.length, alpha);
  return sortedLosses[k - 1] ?? Number.NaN;
}

/**
 * ES^_α = VaR̂_α + Σ max(L_i − VaR̂_α, 0)/(n(1 − α)) of losses sorted in ascending order (not
 * checked). Only the losses above rank k are read: they are the ones that can exceed VaR̂.
 */
export function expectedShortfall(sortedLosses: Losses, alpha: number): number {
  const n = sortedLosses.length;
  const k = tailRank(n, alpha);
  const threshold = sortedLosses[k - 1] ?? Number.NaN;
  let excess = 0;
  for (let i = k; i < n; i++) excess += (sortedLosses[i] ?? Number.NaN) - threshold;
  return threshold + excess / (n * (1 - alpha));
}

/**
 * Mean, standard deviation (divisor n − 1, two passes for accuracy) and standard error s/√n.
 * Needs at least two values.
 */
export function meanAndStandardError(values: Losses): MeanEstimate {
  const n = values.length;
  if (n < 2) throw new RangeError(`a standard error needs at least two values, got ${n}`);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] ?? Number.NaN;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] ?? Number.NaN) - mean;
    squares += d * d;
  }
  const sd = Math.sqrt(squares / (n - 1));
  return { mean, sd, se: sd / Math.sqrt(n) };
}

/** Throws RangeError unless 0 < α < 1. */
export function requireLevel(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`a confidence level must lie strictly between 0 and 1, got ${alpha}`);
  }
}
