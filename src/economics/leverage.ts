/**
 * What a credible alternative is worth at the negotiating table with one supplier: Nash
 * bargaining over the supplier's yearly price (methods.md §2), outside options by the
 * outside-option principle (bargaining.ts).
 *
 *   V   the operator's value of the access. For a host network: the contribution the share of
 *       radio access it carries brings before the host is paid, share × (revenue − every other
 *       cost that scales with the base), a year (fixed overheads are paid whether or not the
 *       deal is struck, so they are no part of its surplus). Any other supplier can be
 *       replaced at market by doing the exit work, so its V is the smaller of that hold-up
 *       value (for its largest critical share; none when it carries nothing critical) and the
 *       market replacement, (1 − alternative_price_gap) × today's price plus the exit cost
 *       over the horizon. V is the operator's break-even price for the access;
 *   c   the supplier's cost: (1 − supplier_margin) × what it is paid today;
 *   p₀  without a credible alternative: the Nash price (1 − β)V + βc, between c and V;
 *   p₁  with one: the operator walks away at the alternative's yearly price plus the exit cost
 *       spread over the horizon, so p₁ = min(p₀, that), and never below c;
 *   leverage = p₀ − p₁, a year.
 * No credible alternative: leverage 0, and the text says why and what would create one. No
 * surplus (V ≤ c: this share's margin does not cover the supplier's cost): leverage 0.
 */
import type { ResolvedModel, ResolvedProvider } from '../model/resolved-model.js';
import { wholeNumber } from '../text/whole-number.js';
import { bargainWithOutsideOptions, nashBargain } from './bargaining.js';
import type { Alternative } from './outside-option.js';
import type { Parameters } from './parameters.js';

export type LeverageKind = 'bargained' | 'no_alternative' | 'no_surplus';

export interface Leverage {
  readonly kind: LeverageKind;
  /** The share of the operator's business this supplier carries (its largest critical share; 0 when none). */
  readonly share: number;
  /** V: the contribution that share carries before this supplier is paid, a year; the break-even price. */
  readonly valueCarried: number;
  /** What the operator pays this supplier a year today. */
  readonly currentPrice: number;
  /** c: the supplier's cost of serving, a year. */
  readonly sellerCost: number;
  /** p₀: the Nash price with no credible alternative. */
  readonly priceWithout: number;
  /** p₁: the price once the alternative is on the table. */
  readonly priceWith: number;
  /** p₀ − p₁: what the alternative is worth a year. */
  readonly valuePerYear: number;
  /** The operator's walk-away price binds (the alternative changes the deal). */
  readonly binding: boolean;
  readonly explanation: string;
}

export interface LeverageInput {
  readonly provider: ResolvedProvider;
  /** The provider is a host network (it supplies radio access). */
  readonly host: boolean;
  readonly model: ResolvedModel;
  readonly monthlySpend: number;
  /** The part of this supplier's monthly spend that scales with the base. */
  readonly variableSpend: number;
  /** Revenue less every cost that scales with the base, a month, today. */
  readonly contributionMonthly: number;
  readonly exitCost: number;
  readonly horizonMonths: number;
  readonly alternative: Alternative;
  readonly params: Parameters;
}

/** The share of the business a supplier carries: its largest share of a service-critical capability (0 when it carries none). */
export function criticalShare(provider: ResolvedProvider, model: ResolvedModel): number {
  const critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
  return Math.max(
    0,
    ...provider.supplies.filter((s) => critical.has(s.capability)).map((s) => s.share),
  );
}

export function leverage(input: LeverageInput): Leverage | null {
  const { monthlySpend, params, alternative } = input;
  if (monthlySpend <= 0) return null;
  const share = criticalShare(input.provider, input.model);
  const currentPrice = monthlySpend * 12;
  const years = Math.max(1, input.horizonMonths / 12);
  // A supplier of a service-critical capability holds up the contribution of the share it
  // carries (today's contribution plus its own variable fees). A host's hold is the whole of
  // it: leaving needs SIMs that can reach another network. Any other supplier can be replaced
  // at market by doing the exit work, so its value to the operator is at most that.
  const holdUp = share * (input.contributionMonthly + input.variableSpend) * 12;
  const market = currentPrice * (1 - params.alternative_price_gap) + input.exitCost / years;
  const valueCarried = input.host ? holdUp : share > 0 ? Math.min(holdUp, market) : market;
  const sellerCost = currentPrice * (1 - params.supplier_margin);
  const base = { share, valueCarried, currentPrice, sellerCost };
  const without = nashBargain({
    buyerValue: valueCarried,
    sellerCost,
    buyerPower: params.bargaining_power,
  });
  if (!without.agreement || valueCarried <= sellerCost) {
    return {
      ...base,
      kind: 'no_surplus',
      priceWithout: currentPrice,
      priceWith: currentPrice,
      valuePerYear: 0,
      binding: false,
      explanation: `the contribution this share carries (${wholeNumber(valueCarried)} a year before ${input.provider.id} is paid) does not cover the supplier's cost (${wholeNumber(sellerCost)}): there is no surplus to bargain over`,
    };
  }
  if (!alternative.credible) {
    return {
      ...base,
      kind: 'no_alternative',
      priceWithout: without.price,
      priceWith: without.price,
      valuePerYear: 0,
      binding: false,
      explanation: alternative.explanation,
    };
  }
  const walkAway = alternative.pricePerYear + input.exitCost / years;
  const withAlternative = bargainWithOutsideOptions({
    buyerValue: valueCarried,
    sellerCost,
    buyerPower: params.bargaining_power,
    buyerOutside: Math.max(0, valueCarried - walkAway),
  });
  // No agreement once the alternative is on the table: it is cheaper than the supplier's own
  // cost, so the operator moves and pays the alternative's price.
  const switches = !withAlternative.agreement;
  const priceWith = switches ? walkAway : withAlternative.price;
  const to = alternative.providers.join(', ');
  return {
    ...base,
    kind: 'bargained',
    priceWithout: without.price,
    priceWith,
    valuePerYear: without.price - priceWith,
    binding: switches || withAlternative.binding === 'buyer',
    explanation: switches
      ? `moving to ${to} would cost ${wholeNumber(walkAway)} a year (its price plus the exit cost over the horizon), below the supplier's own cost: the operator would move`
      : withAlternative.binding === 'buyer'
        ? `moving to ${to} would cost ${wholeNumber(walkAway)} a year (its price plus the exit cost over the horizon), below the Nash price: the alternative sets the price`
        : `moving to ${to} would cost ${wholeNumber(walkAway)} a year, more than the Nash price: the alternative does not move it`,
  };
}
