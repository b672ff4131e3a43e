/**
 * Lock-in and reversibility (DESIGN §2: architecture → optionality → leverage → control): for
 * each outside dependency, the cost and time of leaving it month by month over the planning
 * horizon, the month it stops being practically reversible, the value of the option to move
 * it, and — for host networks — what a credible alternative is worth at the negotiating table.
 */
import { monthlyCosts } from '../analysis/cost/monthly-costs.js';
import { PartyRoles } from '../model/party-roles.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import { bargainWithOutsideOptions, nashBargain } from './bargaining.js';
import { type DesignedIndex, designedIndex } from './designed-index.js';
import { type DependencyExit, exitAt, exitModel } from './exit-cost.js';
import { binomialOption } from './options/binomial-lattice.js';
import { economicsParameters, type Parameters, type ParameterUse } from './parameters.js';
import { annuity } from './present-value.js';

/** Lattice steps are months, up to ten years; beyond that the value no longer moves visibly. */
const MAX_STEPS = 120;

export interface CurvePoint {
  readonly month: number;
  readonly cost: number;
  readonly months: number;
}

export interface SwitchingOption {
  /** Present value of the spend with the dependency over the horizon (the lattice's spot). */
  readonly spendValue: number;
  /** The alternative's cost over the same horizon plus today's exit cost (the strike). */
  readonly strike: number;
  readonly value: number;
}

export interface Leverage {
  /** Annual revenue carried on this network. */
  readonly revenueCarried: number;
  readonly currentPrice: number;
  /** Nash bargaining price with no credible alternative network. */
  readonly priceWithout: number;
  /** The price once the alternative (at the gap, plus the annualised exit cost) is credible. */
  readonly priceWith: number;
  /** What the alternative is worth per year: priceWithout − priceWith. */
  readonly valuePerYear: number;
  readonly binding: boolean;
}

export interface DependencyLockin {
  readonly provider: string;
  readonly group: string;
  readonly monthlySpend: number;
  readonly today: DependencyExit;
  readonly curve: readonly CurvePoint[];
  /** First month the exit cost passes the reversibility threshold; 0 when it already has. */
  readonly pointOfNoReturn: { readonly month: number; readonly date: string } | null;
  readonly option: SwitchingOption | null;
  readonly leverage: Leverage | null;
}

export interface Lockin {
  readonly horizonMonths: number;
  readonly threshold: number;
  readonly thresholdExplanation: string;
  readonly dependencies: readonly DependencyLockin[];
  readonly designed: DesignedIndex;
  readonly parameters: readonly ParameterUse[];
}

export function analyseLockin(
  model: ResolvedModel,
  horizonMonths = model.operator.horizon_months,
): Lockin {
  const { values: params, used } = economicsParameters(model);
  const costs = monthlyCosts(model);
  const variable = costs.lines
    .filter((l) => l.basis !== 'fixed')
    .reduce((sum, l) => sum + l.monthly, 0);
  const subscribers = model.operator.subscribers;
  const contribution =
    subscribers === 0 ? 0 : Math.max(0, costs.revenueMonthly - variable) / subscribers;
  const exits = exitModel(model, params, contribution);
  const threshold = Math.max(0, costs.marginMonthly) * params.reversibility_threshold_months;
  const roles = new PartyRoles(model);
  const hosts = new Set(roles.hosts.map((p) => p.id));
  const dependencies = exits.bases.map((basis) => {
    const curve = Array.from({ length: horizonMonths + 1 }, (_, month) => {
      const exit = exitAt(exits, basis, month);
      return { month, cost: exit.cost, months: exit.months };
    });
    const today = exitAt(exits, basis, 0);
    const spend = costs.byProvider.get(basis.provider.id) ?? 0;
    const breach = curve.find((point) => point.cost > threshold);
    return {
      provider: basis.provider.id,
      group: basis.provider.group,
      monthlySpend: spend,
      today,
      curve,
      pointOfNoReturn:
        breach === undefined
          ? null
          : { month: breach.month, date: addMonths(model.operator.as_of, breach.month) },
      option: switchingOption(
        spend,
        today.cost,
        horizonMonths,
        model.operator.discount_rate,
        params,
      ),
      leverage: hosts.has(basis.provider.id)
        ? leverage(
            model,
            basis.provider.id,
            spend,
            today.cost,
            horizonMonths,
            costs.revenueMonthly,
            params,
          )
        : null,
    };
  });
  dependencies.sort((a, b) => b.today.cost - a.today.cost || (a.provider < b.provider ? -1 : 1));
  const exitCost = new Map(dependencies.map((d) => [d.provider, d.today.cost]));
  return {
    horizonMonths,
    threshold,
    thresholdExplanation:
      costs.marginMonthly > 0
        ? `${params.reversibility_threshold_months} months of operating margin (${Math.round(costs.marginMonthly).toLocaleString('en')} a month)`
        : 'the operator has no operating margin to fund an exit: every exit with a cost is already past the threshold',
    dependencies,
    designed: designedIndex(model, (provider) => exitCost.get(provider) ?? 0),
    parameters: used,
  };
}

/**
 * The option to move a dependency: the right to exchange the spend still to come with it for
 * the alternative's spend plus today's exit cost (Margrabe's exchange option, methods.md §1.2).
 * It is priced on the CRR lattice by taking the alternative as numeraire: a call on the ratio
 * S1/S2 struck at 1, where both legs pay out at the same yearly rate q (the spend a year over
 * its present value), so the cost of carry is 0 and the rate is q. Early exercise is allowed.
 */
function switchingOption(
  monthlySpend: number,
  exitCost: number,
  horizonMonths: number,
  discountRate: number,
  params: Parameters,
): SwitchingOption | null {
  if (monthlySpend <= 0 || horizonMonths < 1) return null;
  const spendValue = monthlySpend * annuity(horizonMonths, discountRate);
  const strike = spendValue * (1 - params.alternative_price_gap) + exitCost;
  const payout = (monthlySpend * 12) / spendValue;
  const { value } = binomialOption({
    spot: spendValue / strike,
    strike: 1,
    years: horizonMonths / 12,
    steps: Math.min(horizonMonths, MAX_STEPS),
    rate: payout,
    carry: 0,
    volatility: params.price_volatility,
    kind: 'call',
    exercise: 'american',
  });
  return { spendValue, strike, value: value * strike };
}

/**
 * Nash bargaining over the host's price (methods.md §2), outside options by the outside-option
 * principle: the operator's outside option is the revenue carried less what the alternative
 * would cost a year, including the exit cost spread over the horizon. It binds only when better
 * than what bargaining would give anyway.
 */
function leverage(
  model: ResolvedModel,
  provider: string,
  monthlySpend: number,
  exitCost: number,
  horizonMonths: number,
  revenueMonthly: number,
  params: Parameters,
): Leverage | null {
  if (monthlySpend <= 0) return null;
  const share =
    model.providers
      .find((p) => p.id === provider)
      ?.supplies.find((s) => s.capability === 'radio_access')?.share ?? 0;
  const revenueCarried = revenueMonthly * 12 * share;
  const currentPrice = monthlySpend * 12;
  const sellerCost = currentPrice * (1 - params.supplier_margin);
  if (revenueCarried <= sellerCost) return null;
  const without = nashBargain({
    buyerValue: revenueCarried,
    sellerCost,
    buyerPower: params.bargaining_power,
  });
  const alternative =
    currentPrice * (1 - params.alternative_price_gap) + exitCost / Math.max(1, horizonMonths / 12);
  const withAlternative = bargainWithOutsideOptions({
    buyerValue: revenueCarried,
    sellerCost,
    buyerPower: params.bargaining_power,
    buyerOutside: Math.max(0, revenueCarried - alternative),
  });
  return {
    revenueCarried,
    currentPrice,
    priceWithout: without.price,
    priceWith: withAlternative.price,
    valuePerYear: without.price - withAlternative.price,
    binding: withAlternative.binding === 'buyer',
  };
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  // The 31st of a month plus one month is the last day of the next, not the 1st after it.
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
