/** Bargaining against the worked examples of methods.md §2.2, and its invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bargainWithOutsideOptions,
  brwLimitPower,
  discountedPower,
  type NashInput,
  nashBargain,
  OUTSIDE_OPTION_CONVENTION,
  rubinsteinShares,
  rubinsteinWithOutsideOption,
} from '../../src/economics/bargaining.js';

/** methods.md §0: 1e-9 for closed forms, 0.5·10^−6 for values printed to 6 decimals. */
const CLOSED = 1e-9;
const PRINTED_6DP = 5e-7;

function near(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function nearPair(
  actual: readonly [number, number],
  expected: readonly [number, number],
  tolerance: number,
): void {
  near(actual[0], expected[0], tolerance);
  near(actual[1], expected[1], tolerance);
}

/** The MVNO ↔ host-MNO wholesale deal of §2.2 (€M/yr): V 12, c 2, d_MVNO 3, d_host 2. */
const hostDeal = { buyerValue: 12, sellerCost: 2, buyerDisagreement: 3, sellerDisagreement: 2 };

describe('Nash bargaining worked examples (methods.md §2.2)', () => {
  it('MVNO ↔ host, β = 0.5: u_MVNO 5.5, u_host 4.5, p* 6.5 (midpoint of 9 and 4), p* − c 4.5', () => {
    const out = nashBargain({ ...hostDeal, buyerPower: 0.5 });
    expect(out.agreement).toBe(true);
    near(out.surplus, 10, CLOSED);
    near(out.buyerPayoff, 5.5, CLOSED);
    near(out.sellerPayoff, 4.5, CLOSED);
    near(out.price, 6.5, CLOSED);
    near(out.price, (12 - 3 + (2 + 2)) / 2, CLOSED);
    near(out.price - 2, 4.5, CLOSED);
  });
  it('MVNO ↔ host, β = 0.7: u_MVNO 6.5, u_host 3.5, p* 5.5, p* − c 3.5', () => {
    const out = nashBargain({ ...hostDeal, buyerPower: 0.7 });
    expect(out.agreement).toBe(true);
    near(out.buyerPayoff, 6.5, CLOSED);
    near(out.sellerPayoff, 3.5, CLOSED);
    near(out.price, 5.5, CLOSED);
    near(out.price - 2, 3.5, CLOSED);
  });
  it('leverage: raising the MVNO alternative from 3 to 4 lowers p* by 1 − β = 0.5 to 6.0 (β = 0.5)', () => {
    const before = nashBargain({ ...hostDeal, buyerPower: 0.5 });
    const after = nashBargain({ ...hostDeal, buyerPower: 0.5, buyerDisagreement: 4 });
    near(after.price, 6, CLOSED);
    near(before.price - after.price, 0.5, CLOSED);
  });
  it('outside-option convention: inside (0,0) → NBS (5,5); outside options (3,2) are irrelevant → (5,5)', () => {
    const base = { buyerValue: 12, sellerCost: 2, buyerPower: 0.5 };
    const inside = nashBargain(base);
    near(inside.buyerPayoff, 5, CLOSED);
    near(inside.sellerPayoff, 5, CLOSED);
    const out = bargainWithOutsideOptions({ ...base, buyerOutside: 3, sellerOutside: 2 });
    expect(out.agreement).toBe(true);
    expect(out.binding).toBe('none');
    near(out.buyerPayoff, 5, CLOSED);
    near(out.sellerPayoff, 5, CLOSED);
  });
  it('outside-option convention: MVNO outside option 6 → (6,4), the MVNO option binding', () => {
    const out = bargainWithOutsideOptions({
      buyerValue: 12,
      sellerCost: 2,
      buyerPower: 0.5,
      buyerOutside: 6,
      sellerOutside: 2,
    });
    expect(out.agreement).toBe(true);
    expect(out.binding).toBe('buyer');
    near(out.buyerPayoff, 6, CLOSED);
    near(out.sellerPayoff, 4, CLOSED);
    near(out.price, 6, CLOSED);
  });
  it('contrast: the disagreement-point convention gives (5.5,4.5) and (7,3) instead', () => {
    const base = { buyerValue: 12, sellerCost: 2, buyerPower: 0.5, sellerDisagreement: 2 };
    const low = nashBargain({ ...base, buyerDisagreement: 3 });
    near(low.buyerPayoff, 5.5, CLOSED);
    near(low.sellerPayoff, 4.5, CLOSED);
    const high = nashBargain({ ...base, buyerDisagreement: 6 });
    near(high.buyerPayoff, 7, CLOSED);
    near(high.sellerPayoff, 3, CLOSED);
  });
  it('states its outside-option convention in one sentence citing Shaked & Sutton and BSS', () => {
    expect(OUTSIDE_OPTION_CONVENTION).toMatch(/Shaked & Sutton 1984/);
    expect(OUTSIDE_OPTION_CONVENTION).toMatch(/Binmore, Shaked & Sutton 1989/);
    expect(OUTSIDE_OPTION_CONVENTION.trim().split(/\.\s+[A-Z]/)).toHaveLength(1);
  });
});

describe('Rubinstein worked examples (methods.md §2.2)', () => {
  it('δ1 = δ2 = 0.9 → 0.526316 (= 1/1.9), 0.473684', () => {
    const shares = rubinsteinShares(0.9, 0.9);
    nearPair(shares, [0.526316, 0.473684], PRINTED_6DP);
    near(shares[0], 1 / 1.9, CLOSED);
  });
  it('δ1 = 0.9, δ2 = 0.8 → 0.714286 (= 0.2/0.28), 0.285714', () => {
    const shares = rubinsteinShares(0.9, 0.8);
    nearPair(shares, [0.714286, 0.285714], PRINTED_6DP);
    near(shares[0], 0.2 / 0.28, CLOSED);
  });
  it('δ1 = 0.95, δ2 = 0.9 → 0.689655, 0.310345', () =>
    nearPair(rubinsteinShares(0.95, 0.9), [0.689655, 0.310345], PRINTED_6DP));
  it('outside option, δ = 0.9 (threshold 0.473684): b = 0.3 → (0.526316, 0.473684) unchanged', () => {
    near(0.9 / 1.9, 0.473684, PRINTED_6DP);
    const shares = rubinsteinWithOutsideOption(0.9, 0.3);
    nearPair(shares, [0.526316, 0.473684], PRINTED_6DP);
    nearPair(shares, rubinsteinShares(0.9, 0.9), CLOSED);
  });
  it('outside option, δ = 0.9: b = 0.6 → (0.4, 0.6)', () =>
    nearPair(rubinsteinWithOutsideOption(0.9, 0.6), [0.4, 0.6], CLOSED));
  it('contrast: NBS with disagreement point (0, b) gives (0.35, 0.65) and (0.2, 0.8)', () => {
    for (const [b, expected] of [
      [0.3, [0.35, 0.65]],
      [0.6, [0.2, 0.8]],
    ] as const) {
      const out = nashBargain({
        buyerValue: 1,
        sellerCost: 0,
        buyerPower: 0.5,
        buyerDisagreement: 0,
        sellerDisagreement: b,
      });
      nearPair([out.buyerPayoff, out.sellerPayoff], expected, CLOSED);
    }
  });
  it('BRW limit: r1 = 0.05, r2 = 0.10 → β1 = 2/3', () =>
    near(brwLimitPower(0.05, 0.1), 2 / 3, CLOSED));
  it('BRW: δi = exp(−ri·Δ) → 0.683188, 0.668332, 0.666833, 0.666683 for Δ = 1, 0.1, 0.01, 0.001', () => {
    for (const [period, share] of [
      [1, 0.683188],
      [0.1, 0.668332],
      [0.01, 0.666833],
      [0.001, 0.666683],
    ] as const) {
      near(discountedPower(0.05, 0.1, period), share, PRINTED_6DP);
      near(
        discountedPower(0.05, 0.1, period),
        rubinsteinShares(Math.exp(-0.05 * period), Math.exp(-0.1 * period))[0],
        CLOSED,
      );
    }
  });
});

describe('input validation', () => {
  const ok: NashInput = { buyerValue: 12, sellerCost: 2, buyerPower: 0.5 };
  it('rejects non-finite values and β outside [0, 1] with a RangeError', () => {
    expect(() => nashBargain({ ...ok, buyerValue: Number.NaN })).toThrow(RangeError);
    expect(() => nashBargain({ ...ok, sellerCost: Number.POSITIVE_INFINITY })).toThrow(
      /sellerCost must be a finite number/,
    );
    expect(() => nashBargain({ ...ok, buyerPower: 1.01 })).toThrow(
      /buyerPower must lie in \[0, 1\]/,
    );
    expect(() => nashBargain({ ...ok, buyerPower: -0.01 })).toThrow(RangeError);
    expect(() => nashBargain({ ...ok, buyerDisagreement: Number.NaN })).toThrow(
      /buyerDisagreement/,
    );
    expect(() => bargainWithOutsideOptions({ ...ok, sellerOutside: Number.NaN })).toThrow(
      /sellerOutside/,
    );
  });
  it('accepts the endpoints β = 0 and β = 1 (all surplus to the seller or to the buyer)', () => {
    near(nashBargain({ ...ok, buyerPower: 0 }).price, 12, CLOSED);
    near(nashBargain({ ...ok, buyerPower: 1 }).price, 2, CLOSED);
  });
  it('rejects δ outside [0, 1], and δ1 = δ2 = 1 (no unique equilibrium)', () => {
    expect(() => rubinsteinShares(1.1, 0.9)).toThrow(/delta1 must lie in \[0, 1\]/);
    expect(() => rubinsteinShares(0.9, -0.1)).toThrow(RangeError);
    expect(() => rubinsteinShares(1, 1)).toThrow(/not unique/);
    expect(rubinsteinShares(1, 0.5)).toEqual([1, 0]);
    expect(rubinsteinShares(0, 0)).toEqual([1, 0]);
    expect(() => rubinsteinWithOutsideOption(1, 0.3)).toThrow(/delta must be below 1/);
    expect(() => rubinsteinWithOutsideOption(0.9, 1.5)).toThrow(/responderOutside/);
    expect(() => rubinsteinWithOutsideOption(0.9, Number.NaN)).toThrow(RangeError);
  });
  it('rejects negative or all-zero rates and non-positive periods', () => {
    expect(() => brwLimitPower(-0.05, 0.1)).toThrow(/rate1 must be non-negative/);
    expect(() => brwLimitPower(0, 0)).toThrow(/cannot both be 0/);
    expect(() => discountedPower(0.05, 0.1, 0)).toThrow(/period must be positive/);
    expect(() => discountedPower(0.05, Number.NaN, 1)).toThrow(/rate2/);
  });
});

describe('Nash bargaining with no deal', () => {
  it('has no deal when V − c < d_B + d_S: each keeps its disagreement payoff, price NaN', () => {
    const out = nashBargain({ ...hostDeal, buyerPower: 0.5, buyerDisagreement: 9 });
    expect(out.agreement).toBe(false);
    expect(out.buyerPayoff).toBe(9);
    expect(out.sellerPayoff).toBe(2);
    expect(out.price).toBeNaN();
    near(out.surplus, 10, CLOSED);
  });
  it('has no deal when outside options cannot both be met (o_B + o_S > V − c)', () => {
    const out = bargainWithOutsideOptions({
      buyerValue: 12,
      sellerCost: 2,
      buyerPower: 0.5,
      buyerOutside: 7,
      sellerOutside: 4,
    });
    expect(out.agreement).toBe(false);
    expect(out.binding).toBe('none');
    expect([out.buyerPayoff, out.sellerPayoff]).toEqual([7, 4]);
  });
});

const payoff = fc.double({ min: -1000, max: 1000, noNaN: true });
const power = fc.double({ min: 0, max: 1, noNaN: true });
const slack = fc.double({ min: 0, max: 1000, noNaN: true });
/** A deal with V − c ≥ d_B + d_S + 2, so that moving d_B or d_S by 1 keeps the agreement. */
const dealInput = fc
  .record({ cost: payoff, dB: payoff, dS: payoff, gap: slack, beta: power })
  .map(({ cost, dB, dS, gap, beta }) => ({
    buyerValue: cost + dB + dS + 2 + gap,
    sellerCost: cost,
    buyerPower: beta,
    buyerDisagreement: dB,
    sellerDisagreement: dS,
  }));
const anyInput = fc.record({
  buyerValue: payoff,
  sellerCost: payoff,
  buyerPower: power,
  buyerDisagreement: payoff,
  sellerDisagreement: payoff,
});

describe('Nash bargaining invariants', () => {
  it('with agreement, u_B + u_S = V − c (to 1e-9)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const out = nashBargain(input);
        if (!out.agreement) return;
        near(out.buyerPayoff + out.sellerPayoff, input.buyerValue - input.sellerCost, CLOSED);
        near(out.surplus, input.buyerValue - input.sellerCost, 0);
      }),
    );
  });
  it('agrees exactly when V − c ≥ d_B + d_S (away from rounding ties); otherwise payoffs are (d_B, d_S)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const out = nashBargain(input);
        const net =
          input.buyerValue - input.sellerCost - input.buyerDisagreement - input.sellerDisagreement;
        if (Math.abs(net) < 1e-9) return;
        expect(out.agreement).toBe(net > 0);
        if (!out.agreement) {
          expect(out.buyerPayoff).toBe(input.buyerDisagreement);
          expect(out.sellerPayoff).toBe(input.sellerDisagreement);
          expect(out.price).toBeNaN();
        }
      }),
    );
  });
  it('with agreement, c + d_S ≤ p* ≤ V − d_B exactly, and each party gets at least its d (to 1e-9)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const out = nashBargain(input);
        if (!out.agreement) return;
        expect(out.price).toBeGreaterThanOrEqual(input.sellerCost + input.sellerDisagreement);
        expect(out.price).toBeLessThanOrEqual(input.buyerValue - input.buyerDisagreement);
        expect(out.buyerPayoff).toBeGreaterThanOrEqual(input.buyerDisagreement - CLOSED);
        expect(out.sellerPayoff).toBeGreaterThanOrEqual(input.sellerDisagreement - CLOSED);
      }),
    );
  });
  it('∂p*/∂d_B = −(1 − β): p*(d_B + 1) − p*(d_B) = −(1 − β) (to 1e-9)', () => {
    fc.assert(
      fc.property(dealInput, (input) => {
        const base = nashBargain(input);
        const moved = nashBargain({ ...input, buyerDisagreement: input.buyerDisagreement + 1 });
        expect(moved.agreement).toBe(true);
        near(moved.price - base.price, -(1 - input.buyerPower), CLOSED);
      }),
    );
  });
  it('∂p*/∂d_S = β: p*(d_S + 1) − p*(d_S) = β (to 1e-9)', () => {
    fc.assert(
      fc.property(dealInput, (input) => {
        const base = nashBargain(input);
        const moved = nashBargain({ ...input, sellerDisagreement: input.sellerDisagreement + 1 });
        expect(moved.agreement).toBe(true);
        near(moved.price - base.price, input.buyerPower, CLOSED);
      }),
    );
  });
  it('more buyer power never raises the price: β ≤ β′ ⇒ p*(β′) ≤ p*(β) + 1e-9', () => {
    fc.assert(
      fc.property(dealInput, power, (input, other) => {
        const [lo, hi] = [Math.min(input.buyerPower, other), Math.max(input.buyerPower, other)];
        const weak = nashBargain({ ...input, buyerPower: lo });
        const strong = nashBargain({ ...input, buyerPower: hi });
        expect(strong.price).toBeLessThanOrEqual(weak.price + CLOSED);
      }),
    );
  });
});

const outsideInput = fc.record({
  buyerValue: payoff,
  sellerCost: payoff,
  buyerPower: power,
  buyerDisagreement: payoff,
  sellerDisagreement: payoff,
  buyerOutside: payoff,
  sellerOutside: payoff,
});

describe('outside-option invariants (deal-me-out)', () => {
  it('with no outside options given, equals nashBargain with binding none', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { binding, ...out } = bargainWithOutsideOptions(input);
        expect(binding).toBe('none');
        expect(out).toEqual(nashBargain(input));
      }),
    );
  });
  it('outside options below the NBS payoffs (by 1e-6 or more) are irrelevant: the outcome is the NBS', () => {
    const margin = fc.double({ min: 1e-6, max: 1000, noNaN: true });
    fc.assert(
      fc.property(dealInput, margin, margin, (input, belowB, belowS) => {
        const nbs = nashBargain(input);
        const out = bargainWithOutsideOptions({
          ...input,
          buyerOutside: nbs.buyerPayoff - belowB,
          sellerOutside: nbs.sellerPayoff - belowS,
        });
        expect(out.agreement).toBe(true);
        expect(out.binding).toBe('none');
        expect(out.price).toBe(nbs.price);
      }),
    );
  });
  it('with agreement, u_B ≥ o_B and u_S ≥ o_S (to 1e-9), payoffs sum to V − c, and a binding party gets exactly its option', () => {
    fc.assert(
      fc.property(outsideInput, (input) => {
        const out = bargainWithOutsideOptions(input);
        if (!out.agreement) return;
        near(out.buyerPayoff + out.sellerPayoff, input.buyerValue - input.sellerCost, CLOSED);
        expect(out.buyerPayoff).toBeGreaterThanOrEqual(input.buyerOutside - CLOSED);
        expect(out.sellerPayoff).toBeGreaterThanOrEqual(input.sellerOutside - CLOSED);
        if (out.binding === 'buyer') near(out.buyerPayoff, input.buyerOutside, CLOSED);
        if (out.binding === 'seller') near(out.sellerPayoff, input.sellerOutside, CLOSED);
      }),
    );
  });
  it('has no deal whenever o_B + o_S > V − c (by more than 1e-9)', () => {
    fc.assert(
      fc.property(outsideInput, (input) => {
        const out = bargainWithOutsideOptions(input);
        const excess =
          input.buyerOutside + input.sellerOutside - (input.buyerValue - input.sellerCost);
        if (excess > CLOSED) expect(out.agreement).toBe(false);
      }),
    );
  });
  it("raising the buyer's outside option never raises the price, and never turns no deal into a deal", () => {
    fc.assert(
      fc.property(outsideInput, slack, (input, raise) => {
        const before = bargainWithOutsideOptions(input);
        const after = bargainWithOutsideOptions({
          ...input,
          buyerOutside: input.buyerOutside + raise,
        });
        if (!before.agreement) expect(after.agreement).toBe(false);
        if (before.agreement && after.agreement) {
          expect(after.price).toBeLessThanOrEqual(before.price);
        }
      }),
    );
  });
});

const discount = fc.double({ min: 0, max: 0.999, noNaN: true });

describe('Rubinstein invariants', () => {
  it('shares lie in [0, 1] and sum to 1 (to 1e-12)', () => {
    fc.assert(
      fc.property(discount, discount, (d1, d2) => {
        const [x, y] = rubinsteinShares(d1, d2);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        near(x + y, 1, 1e-12);
      }),
    );
  });
  it("player 1's share rises (weakly) as δ2 falls and as δ1 rises (to 1e-12)", () => {
    fc.assert(
      fc.property(discount, discount, discount, (d1, a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        expect(rubinsteinShares(d1, lo)[0]).toBeGreaterThanOrEqual(
          rubinsteinShares(d1, hi)[0] - 1e-12,
        );
        expect(rubinsteinShares(hi, d1)[0]).toBeGreaterThanOrEqual(
          rubinsteinShares(lo, d1)[0] - 1e-12,
        );
      }),
    );
  });
  it('with a common δ, player 1 gets 1/(1 + δ) ≥ 1/2 (first-mover advantage)', () => {
    fc.assert(
      fc.property(discount, (d) => {
        const [x] = rubinsteinShares(d, d);
        near(x, 1 / (1 + d), CLOSED);
        expect(x).toBeGreaterThanOrEqual(0.5);
      }),
    );
  });
  it("the responder's outside option b gives it max(δ/(1 + δ), b), weakly rising in b", () => {
    const option = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(discount, option, option, (d, a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const shares = rubinsteinWithOutsideOption(d, lo);
        near(shares[1], Math.max(d / (1 + d), lo), CLOSED);
        near(shares[0] + shares[1], 1, 1e-12);
        expect(rubinsteinWithOutsideOption(d, hi)[1]).toBeGreaterThanOrEqual(shares[1]);
      }),
    );
  });
  it('as δ → 1 the outside-option game tends to the deal-me-out symmetric NBS (pie 1, option b)', () => {
    const option = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(option, (b) => {
        const game = rubinsteinWithOutsideOption(1 - 1e-9, b);
        const axiomatic = bargainWithOutsideOptions({
          buyerValue: 1,
          sellerCost: 0,
          buyerPower: 0.5,
          sellerOutside: b,
        });
        near(game[1], axiomatic.sellerPayoff, 1e-9);
      }),
    );
  });
});

const rate = fc.double({ min: 0.01, max: 1, noNaN: true });
const period = fc.double({ min: 0.1, max: 10, noNaN: true });

describe('Binmore–Rubinstein–Wolinsky invariants', () => {
  it('discountedPower is the Rubinstein share with δi = exp(−ri·Δ) (to 1e-9)', () => {
    fc.assert(
      fc.property(rate, rate, period, (r1, r2, dt) => {
        const direct = rubinsteinShares(Math.exp(-r1 * dt), Math.exp(-r2 * dt))[0];
        near(discountedPower(r1, r2, dt), direct, CLOSED);
      }),
    );
  });
  it('0 ≤ discountedPower − r2/(r1 + r2) ≤ β1·expm1(r1·Δ/2): first-mover edge, vanishing as Δ → 0', () => {
    const anyPeriod = fc.double({ min: 1e-9, max: 100, noNaN: true });
    fc.assert(
      fc.property(rate, rate, anyPeriod, (r1, r2, dt) => {
        const limit = brwLimitPower(r1, r2);
        const edge = discountedPower(r1, r2, dt) - limit;
        expect(edge).toBeGreaterThanOrEqual(-1e-12);
        expect(edge).toBeLessThanOrEqual(limit * Math.expm1((r1 * dt) / 2) + 1e-12);
      }),
    );
  });
  it('discountedPower rises (weakly) with the period Δ (to 1e-12)', () => {
    fc.assert(
      fc.property(rate, rate, period, period, (r1, r2, a, b) => {
        const [short, long] = [Math.min(a, b), Math.max(a, b)];
        expect(discountedPower(r1, r2, long)).toBeGreaterThanOrEqual(
          discountedPower(r1, r2, short) - 1e-12,
        );
      }),
    );
  });
  it('brwLimitPower is r2/(r1 + r2): powers sum to 1 and the more patient player (r1 ≤ r2) has β1 ≥ 1/2', () => {
    fc.assert(
      fc.property(rate, rate, (r1, r2) => {
        near(brwLimitPower(r1, r2) + brwLimitPower(r2, r1), 1, 1e-12);
        if (r1 <= r2) expect(brwLimitPower(r1, r2)).toBeGreaterThanOrEqual(0.5);
      }),
    );
  });
});
