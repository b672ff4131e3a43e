/**
 * The normal distribution's risk measures, the asymptotic standard errors of the sample estimators and a sample summary (methods.md §5): the oracles the stress engine's estimators (src/stress/risk-measures.ts) are tested against.
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
 * (0.07·100 = 7.000000000000001; methods.md §0).
 *
 * Normal closed forms: VaR_α = μ + σ·z_α, ES_α = μ + σ·φ(z_α)/(1 − α), z_α = Φ⁻¹(α). Φ⁻¹ is
 * Wichura's AS 241 (PPND16, Applied Statistics 37:477–484, 1988), accurate to about 1 part in
 * 10¹⁶; Φ is Cody's rational Chebyshev approximation of erfc (Math. Comp. 1969; the ANORM routine
 * of SPECFUN, ACM TOMS 715, 1993), evaluated directly in x so that no x/√2 rounding enters, with
 * exp(−x²/2) split as exp(−x̃²/2)·exp(−(x − x̃)(x + x̃)/2), x̃ = x rounded down to 1/16, so that
 * the tails keep their relative accuracy (about 1e-15) down to Φ(−37.5). The published 20-digit
 * coefficients are written as the shortest decimals of the doubles they round to (the linter
 * rejects literals that lose precision), so the arithmetic is unchanged.
 *
 * Standard errors (§5.1): SE of a mean s/√n (s with divisor n − 1); asymptotic SE of VaR̂
 * √(α(1 − α)/n)/f(VaR_α); of ES^ √([Var(L | L > VaR_α) + α(ES_α − VaR_α)²]/(n(1 − α))).
 */
import {
  expectedShortfall,
  type MeanEstimate,
  meanAndStandardError,
  requireLevel,
  valueAtRisk,
} from '../../src/stress/risk-measures.js';

/** The tail of a loss distribution, as the ES standard error needs it. */
export interface TailMoments {
  /** Var(L | L > VaR_α). */
  readonly variance: number;
  readonly valueAtRisk: number;
  readonly expectedShortfall: number;
}

/** VaR and ES at one confidence level. */
export interface TailRisk {
  readonly alpha: number;
  readonly valueAtRisk: number;
  readonly expectedShortfall: number;
}

/** Empirical quantiles L_(⌈np⌉) (the VaR estimator's convention) at 5 %, 50 %, 95 % and 99 %. */
export interface LossQuantiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** Summary of a Monte Carlo loss sample. */
export interface LossSummary extends MeanEstimate {
  readonly n: number;
  readonly min: number;
  readonly max: number;
  readonly quantiles: LossQuantiles;
  /** VaR̂ and ES^ at each requested α, in the order given. */
  readonly tail: readonly TailRisk[];
}

/** 1/√(2π). */
const INV_SQRT_2PI = 0.3989422804014327;

/** √32: where Cody's middle approximation of Φ hands over to the asymptotic one. */
const SQRT_32 = 5.656854249492381;

/** Standard normal density φ(x), with exp(−x²/2) split so that large |x| keep relative accuracy. */
export function normalPdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y === Number.POSITIVE_INFINITY) return 0;
  return INV_SQRT_2PI * gaussianFactor(y);
}

/** Standard normal distribution function Φ(x) (Cody's ANORM; symmetric: Φ(−x) = 1 − Φ(x)). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= 0.67448975) return 0.5 + x * centralRatio(x * x);
  const tail = upperTail(y);
  return x > 0 ? 1 - tail : tail;
}

/**
 * Standard normal quantile Φ⁻¹(p) by AS 241 (PPND16). Φ⁻¹(0) = −∞ and Φ⁻¹(1) = +∞; p outside
 * [0, 1] or NaN throws RangeError.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability must lie in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * centralQuantile(0.180625 - q * q);
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? nearQuantile(r - 1.6) : farQuantile(r - 5);
  return q < 0 ? -z : z;
}

/** VaR_α of N(μ, σ²): μ + σ·z_α. */
export function normalVaR(mu: number, sigma: number, alpha: number): number {
  requireNormal(mu, sigma);
  requireLevel(alpha);
  return mu + sigma * normalQuantile(alpha);
}

/** ES_α of N(μ, σ²): μ + σ·φ(z_α)/(1 − α). */
export function normalES(mu: number, sigma: number, alpha: number): number {
  requireNormal(mu, sigma);
  requireLevel(alpha);
  return mu + (sigma * normalPdf(normalQuantile(alpha))) / (1 - alpha);
}

/** Asymptotic SE of VaR̂_α from n draws: √(α(1 − α)/n)/f(VaR_α), f the loss density there. */
export function varStandardError(alpha: number, n: number, densityAtVaR: number): number {
  requireLevel(alpha);
  requireCount(n);
  if (!(densityAtVaR > 0)) {
    throw new RangeError(`the density at the VaR must be positive, got ${densityAtVaR}`);
  }
  return Math.sqrt((alpha * (1 - alpha)) / n) / densityAtVaR;
}

/** Asymptotic SE of ES^_α from n draws: √([Var(L | L > VaR) + α(ES − VaR)²]/(n(1 − α))). */
export function esStandardError(alpha: number, n: number, tail: TailMoments): number {
  requireLevel(alpha);
  requireCount(n);
  if (!(tail.variance >= 0)) {
    throw new RangeError(`the tail variance must be non-negative, got ${tail.variance}`);
  }
  const gap = tail.expectedShortfall - tail.valueAtRisk;
  return Math.sqrt((tail.variance + alpha * gap * gap) / (n * (1 - alpha)));
}

/**
 * Tail moments of N(μ, σ²) at α: with z = z_α and λ = φ(z)/(1 − α) (the inverse Mills ratio),
 * ES = μ + σλ and Var(L | L > VaR) = σ²(1 + zλ − λ²).
 */
export function normalTailMoments(mu: number, sigma: number, alpha: number): TailMoments {
  requireNormal(mu, sigma);
  requireLevel(alpha);
  const z = normalQuantile(alpha);
  const mills = normalPdf(z) / (1 - alpha);
  return {
    variance: sigma * sigma * (1 + z * mills - mills * mills),
    valueAtRisk: mu + sigma * z,
    expectedShortfall: mu + sigma * mills,
  };
}

/** Asymptotic SEs of VaR̂_α and ES^_α for n draws of N(μ, σ²) (SE-3 at n = 10⁶, σ = 1). */
export function normalStandardErrors(
  sigma: number,
  alpha: number,
  n: number,
): { readonly valueAtRisk: number; readonly expectedShortfall: number } {
  if (!(sigma > 0 && sigma < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`σ must be positive and finite, got ${sigma}`);
  }
  const tail = normalTailMoments(0, sigma, alpha);
  const density = normalPdf(tail.valueAtRisk / sigma) / sigma;
  return {
    valueAtRisk: varStandardError(alpha, n, density),
    expectedShortfall: esStandardError(alpha, n, tail),
  };
}

/**
 * Summary of a loss sample: mean, sd, SE, extremes, quantiles and VaR̂/ES^ at each α. Sorts one
 * copy (numerically, Float64Array order); the input is left untouched. Needs at least two finite
 * losses.
 */
export function summarise(
  losses: Float64Array,
  alphas: readonly number[] = [0.95, 0.99],
): LossSummary {
  for (const alpha of alphas) requireLevel(alpha);
  for (let i = 0; i < losses.length; i++) {
    if (!Number.isFinite(losses[i])) {
      throw new RangeError(`loss ${i} is not finite: ${losses[i]}`);
    }
  }
  const estimate = meanAndStandardError(losses);
  const sorted = Float64Array.from(losses).sort();
  const n = sorted.length;
  return {
    ...estimate,
    n,
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
    quantiles: {
      p5: valueAtRisk(sorted, 0.05),
      p50: valueAtRisk(sorted, 0.5),
      p95: valueAtRisk(sorted, 0.95),
      p99: valueAtRisk(sorted, 0.99),
    },
    tail: alphas.map((alpha) => ({
      alpha,
      valueAtRisk: valueAtRisk(sorted, alpha),
      expectedShortfall: expectedShortfall(sorted, alpha),
    })),
  };
}

/**
 * exp(−y²/2) for y ≥ 0, as exp(−ỹ²/2)·exp(−(y − ỹ)(y + ỹ)/2) with ỹ = ⌊16y⌋/16: ỹ² is exact, so
 * the rounding of y² does not turn into a relative error of y²·ε in the tails.
 */
function gaussianFactor(y: number): number {
  const rounded = Math.trunc(y * 16) / 16;
  const rest = (y - rounded) * (y + rounded);
  return Math.exp(-0.5 * rounded * rounded) * Math.exp(-0.5 * rest);
}

/** Cody: (Φ(x) − 1/2)/x as a rational function of x² for |x| ≤ 0.67448975. */
function centralRatio(xsq: number): number {
  const num =
    (((0.06568233791820745 * xsq + 2.2352520354606837) * xsq + 161.02823106855587) * xsq +
      1067.6894854603709) *
      xsq +
    18154.98125334356;
  const den =
    (((xsq + 47.202581904688245) * xsq + 976.0985517377767) * xsq + 10260.932208618979) * xsq +
    45507.78933502673;
  return num / den;
}

/** Cody: 1 − Φ(y) for y > 0.67448975 (0 beyond 37.5193, where it underflows). */
function upperTail(y: number): number {
  if (y > 37.5193) return 0;
  return gaussianFactor(y) * (y <= SQRT_32 ? middleRatio(y) : asymptoticRatio(y));
}

/** Cody: (1 − Φ(y))·exp(y²/2) for 0.67448975 < y ≤ √32. */
function middleRatio(y: number): number {
  const num =
    (((((((1.0765576773720192e-8 * y + 0.39894151208813466) * y + 8.883149794388377) * y +
      93.50665613217785) *
      y +
      597.2702763948002) *
      y +
      2494.5375852903726) *
      y +
      6848.190450536283) *
      y +
      11602.65143764735) *
      y +
    9842.714838383978;
  const den =
    (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y +
      6485.558298266761) *
      y +
      18615.571640885097) *
      y +
      34900.95272114598) *
      y +
      38912.00328609327) *
      y +
    19685.429676859992;
  return num / den;
}

/** Cody: (1 − Φ(y))·exp(y²/2) for y > √32, as (1/√(2π) − R(1/y²)/y²)/y. */
function asymptoticRatio(y: number): number {
  const w = 1 / (y * y);
  const num =
    ((((0.023073441764940174 * w + 0.215898534057957) * w + 0.12740116116024736) * w +
      0.022235277870649807) *
      w +
      0.0014216191932278934) *
      w +
    2.9112874951168793e-5;
  const den =
    ((((w + 1.284260096144911) * w + 0.4682382124808651) * w + 0.06598813786892856) * w +
      0.0037823963320275824) *
      w +
    7.297515550839662e-5;
  return (INV_SQRT_2PI - (w * num) / den) / y;
}

/** AS 241 central region: Φ⁻¹(1/2 + q)/q as a function of r = 0.425² − q², |q| ≤ 0.425. */
function centralQuantile(r: number): number {
  const num =
    ((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r +
      45921.95393154987) *
      r +
      13731.69376550946) *
      r +
      1971.5909503065513) *
      r +
      133.14166789178438) *
      r +
    3.3871328727963665;
  const den =
    ((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r +
      21213.794301586597) *
      r +
      5394.196021424751) *
      r +
      687.1870074920579) *
      r +
      42.31333070160091) *
      r +
    1;
  return num / den;
}

/** AS 241 for min(p, 1 − p) ≥ e⁻²⁵: |Φ⁻¹| as a function of t = √(−ln min(p, 1 − p)) − 1.6. */
function nearQuantile(t: number): number {
  const num =
    ((((((0.0007745450142783414 * t + 0.022723844989269184) * t + 0.2417807251774506) * t +
      1.2704582524523684) *
      t +
      3.6478483247632045) *
      t +
      5.769497221460691) *
      t +
      4.630337846156546) *
      t +
    1.4234371107496835;
  const den =
    ((((((1.0507500716444169e-9 * t + 0.0005475938084995345) * t + 0.015198666563616457) * t +
      0.14810397642748008) *
      t +
      0.6897673349851) *
      t +
      1.6763848301838038) *
      t +
      2.053191626637759) *
      t +
    1;
  return num / den;
}

/** AS 241 for min(p, 1 − p) < e⁻²⁵: |Φ⁻¹| as a function of t = √(−ln min(p, 1 − p)) − 5. */
function farQuantile(t: number): number {
  const num =
    ((((((2.0103343992922881e-7 * t + 2.7115555687434876e-5) * t + 0.0012426609473880784) * t +
      0.026532189526576124) *
      t +
      0.29656057182850487) *
      t +
      1.7848265399172913) *
      t +
      5.463784911164114) *
      t +
    6.657904643501103;
  const den =
    ((((((2.0442631033899397e-15 * t + 1.421511758316446e-7) * t + 1.8463183175100548e-5) * t +
      0.0007868691311456133) *
      t +
      0.014875361290850615) *
      t +
      0.1369298809227358) *
      t +
      0.599832206555888) *
      t +
    1;
  return num / den;
}

/** Throws RangeError unless μ is finite and σ is finite and non-negative. */
function requireNormal(mu: number, sigma: number): void {
  if (!Number.isFinite(mu)) throw new RangeError(`μ must be finite, got ${mu}`);
  if (!(sigma >= 0 && sigma < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`σ must be finite and non-negative, got ${sigma}`);
  }
}

/** Throws RangeError unless n is a positive integer. */
function requireCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`the number of draws must be a positive integer, got ${n}`);
  }
}
