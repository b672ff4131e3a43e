/**
 * Bargaining: the Nash solution, outside options and Rubinstein alternating offers
 * (methods.md §2).
 *
 *   NBS with transferable surplus S = V − c and disagreement payoffs d_B, d_S:
 *     u_B = d_B + β(S − d_B − d_S),  u_S = d_S + (1 − β)(S − d_B − d_S),
 *     p*  = V − u_B = (1 − β)(V − d_B) + β(c + d_S),
 *   so the price falls by (1 − β) per unit of d_B and rises by β per unit of d_S (Nash 1950).
 *   Rubinstein (1982): player 1 (first proposer) gets (1 − δ2)/(1 − δ1δ2).
 *   Binmore, Rubinstein & Wolinsky (1986): with δi = exp(−ri·Δ), Δ → 0, β1 → r2/(r1 + r2).
 *   Outside-option principle (Shaked & Sutton 1984; Binmore, Shaked & Sutton 1989): an outside
 *   option matters only when it beats what the party would get without it.
 *
 * The buyer is the party with value V (the MVNO buying access); the seller has cost c (the host).
 * Every function validates its inputs and throws a RangeError naming the offending argument.
 */

export interface NashInput {
  /** The buyer's gross value of the deal, V. */
  readonly buyerValue: number;
  /** The seller's incremental cost of the deal, c. */
  readonly sellerCost: number;
  /** The buyer's bargaining power β in [0, 1]; the seller's is 1 − β. */
  readonly buyerPower: number;
  /** The buyer's payoff when there is no deal, d_B (default 0). */
  readonly buyerDisagreement?: number;
  /** The seller's payoff when there is no deal, d_S (default 0). */
  readonly sellerDisagreement?: number;
}

export interface NashOutcome {
  /** The gross gains from trade, S = V − c (whether or not a deal is struck). */
  readonly surplus: number;
  readonly buyerPayoff: number;
  readonly sellerPayoff: number;
  /** The agreed price; NaN when there is no deal. */
  readonly price: number;
  /** False when the surplus over the disagreement payoffs is negative: no deal. */
  readonly agreement: boolean;
}

export interface OutsideOptionInput extends NashInput {
  /** What the buyer gets by walking away for good (default: its disagreement payoff). */
  readonly buyerOutside?: number;
  /** What the seller gets by walking away for good (default: its disagreement payoff). */
  readonly sellerOutside?: number;
}

export type OutsideOptionOutcome = NashOutcome & { readonly binding: 'none' | 'buyer' | 'seller' };

/** The convention this module applies to outside options, for reports. */
export const OUTSIDE_OPTION_CONVENTION =
  'Outside options follow the outside-option principle ("deal-me-out"; Shaked & Sutton 1984; ' +
  'Binmore, Shaked & Sutton 1989): the Nash solution is taken from the inside (impasse) point ' +
  'and a party left below its outside option is raised to exactly that option, the other ' +
  'taking the rest, because a threat to walk away binds only when it is credible, whereas ' +
  'folding outside options into the disagreement point would let an irrelevant alternative ' +
  'move the price.';

function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${value}`);
  }
}

function requireUnit(name: string, value: number): void {
  requireFinite(name, value);
  if (value < 0 || value > 1) {
    throw new RangeError(`${name} must lie in [0, 1], got ${value}`);
  }
}

function requireNonNegative(name: string, value: number): void {
  requireFinite(name, value);
  if (value < 0) throw new RangeError(`${name} must be non-negative, got ${value}`);
}

/** An optional payoff: undefined stands for `fallback`, anything given must be finite. */
function optionalPayoff(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  requireFinite(name, value);
  return value;
}

interface NashTerms {
  readonly value: number;
  readonly cost: number;
  readonly beta: number;
  readonly dB: number;
  readonly dS: number;
}

function nashTerms(input: NashInput): NashTerms {
  requireFinite('buyerValue', input.buyerValue);
  requireFinite('sellerCost', input.sellerCost);
  requireUnit('buyerPower', input.buyerPower);
  return {
    value: input.buyerValue,
    cost: input.sellerCost,
    beta: input.buyerPower,
    dB: optionalPayoff('buyerDisagreement', input.buyerDisagreement, 0),
    dS: optionalPayoff('sellerDisagreement', input.sellerDisagreement, 0),
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}

/** A deal at `price`: the buyer keeps V − p, the seller p − c. */
function deal(value: number, cost: number, price: number): NashOutcome {
  return {
    surplus: value - cost,
    buyerPayoff: value - price,
    sellerPayoff: price - cost,
    price,
    agreement: true,
  };
}

function noDeal(value: number, cost: number, buyer: number, seller: number): NashOutcome {
  return {
    surplus: value - cost,
    buyerPayoff: buyer,
    sellerPayoff: seller,
    price: Number.NaN,
    agreement: false,
  };
}

/**
 * The Nash price between the walk-away prices, clamped so that rounding never lets it leave
 * [c + d_S, V − d_B]; undefined when the seller's walk-away price exceeds the buyer's.
 */
function nashPrice(t: NashTerms): number | undefined {
  const buyerMax = t.value - t.dB;
  const sellerMin = t.cost + t.dS;
  if (buyerMax < sellerMin) return undefined;
  const price = (1 - t.beta) * buyerMax + t.beta * sellerMin;
  return clamp(price, sellerMin, buyerMax);
}

/**
 * The (asymmetric) Nash bargaining solution with disagreement payoffs. No deal, when
 * V − c < d_B + d_S, leaves each party with its disagreement payoff and a NaN price.
 */
export function nashBargain(input: NashInput): NashOutcome {
  const t = nashTerms(input);
  const price = nashPrice(t);
  if (price === undefined) return noDeal(t.value, t.cost, t.dB, t.dS);
  return deal(t.value, t.cost, price);
}

/**
 * Outside options by the outside-option principle ("deal-me-out"): the NBS from the inside
 * (disagreement) point, then a party below its outside option is raised to it and the other gets
 * the rest; no deal when both cannot be met. In price terms the Nash price is clamped to
 * [c + o_S, V − o_B]. An omitted outside option is the party's disagreement payoff, so with none
 * given this is `nashBargain`. Only outside options bound the deal: a party can end below its
 * inside (impasse) payoff, which it cannot secure once the other walks away. `binding` names the
 * party raised to its option ('none' also when there is no deal). With no deal each party takes
 * the better of its disagreement payoff and its outside option.
 */
export function bargainWithOutsideOptions(input: OutsideOptionInput): OutsideOptionOutcome {
  const t = nashTerms(input);
  const oB = optionalPayoff('buyerOutside', input.buyerOutside, t.dB);
  const oS = optionalPayoff('sellerOutside', input.sellerOutside, t.dS);
  const inside = nashPrice(t);
  const buyerCeiling = t.value - oB;
  const sellerFloor = t.cost + oS;
  if (inside === undefined || buyerCeiling < sellerFloor) {
    const walkAway = noDeal(t.value, t.cost, Math.max(t.dB, oB), Math.max(t.dS, oS));
    return { ...walkAway, binding: 'none' };
  }
  if (inside > buyerCeiling) return { ...deal(t.value, t.cost, buyerCeiling), binding: 'buyer' };
  if (inside < sellerFloor) return { ...deal(t.value, t.cost, sellerFloor), binding: 'seller' };
  return { ...deal(t.value, t.cost, inside), binding: 'none' };
}

/**
 * Rubinstein's alternating-offers shares of a unit pie, player 1 proposing first:
 * x* = (1 − δ2)/(1 − δ1δ2). Each δ lies in [0, 1] and δ1δ2 < 1 (with δ1 = δ2 = 1 every split is
 * an equilibrium).
 */
export function rubinsteinShares(delta1: number, delta2: number): readonly [number, number] {
  requireUnit('delta1', delta1);
  requireUnit('delta2', delta2);
  if (delta1 * delta2 >= 1) {
    throw new RangeError('delta1 and delta2 cannot both be 1: the equilibrium is not unique');
  }
  const first = (1 - delta2) / (1 - delta1 * delta2);
  return [first, 1 - first];
}

/**
 * Rubinstein with a common δ in [0, 1) where the responder (player 2) may quit after rejecting
 * and take b ≤ 1: player 2 gets δ/(1 + δ) when b ≤ δ/(1 + δ), exactly b otherwise.
 */
export function rubinsteinWithOutsideOption(
  delta: number,
  responderOutside: number,
): readonly [number, number] {
  requireUnit('delta', delta);
  if (delta === 1) throw new RangeError('delta must be below 1: the equilibrium is not unique');
  requireFinite('responderOutside', responderOutside);
  if (responderOutside > 1) {
    throw new RangeError(`responderOutside must not exceed the pie of 1, got ${responderOutside}`);
  }
  const second = Math.max(delta / (1 + delta), responderOutside);
  return [1 - second, second];
}

function requireRates(rate1: number, rate2: number): void {
  requireNonNegative('rate1', rate1);
  requireNonNegative('rate2', rate2);
  if (rate1 + rate2 === 0) throw new RangeError('rate1 and rate2 cannot both be 0');
}

/** The Binmore–Rubinstein–Wolinsky limit of player 1's power: β1 = r2/(r1 + r2). */
export function brwLimitPower(rate1: number, rate2: number): number {
  requireRates(rate1, rate2);
  return rate2 / (rate1 + rate2);
}

/**
 * Player 1's Rubinstein share with δi = exp(−ri·Δ) for offers `period` apart, computed as
 * expm1(−r2Δ)/expm1(−(r1 + r2)Δ) so that short periods do not round δ to 1.
 */
export function discountedPower(rate1: number, rate2: number, period: number): number {
  requireRates(rate1, rate2);
  requireFinite('period', period);
  if (period <= 0) throw new RangeError(`period must be positive, got ${period}`);
  const denominator = Math.expm1(-(rate1 + rate2) * period);
  // (r1 + r2)·Δ can underflow to 0 for absurdly small inputs; the share is then the limit.
  if (denominator === 0) return brwLimitPower(rate1, rate2);
  return Math.expm1(-rate2 * period) / denominator;
}
