/**
 * Lock-in and reversibility (DESIGN §2: architecture → optionality → leverage → control): for
 * each outside dependency, the cost and time of leaving it month by month over the planning
 * horizon, the month it stops being practically reversible and why, the value of the option to
 * move it, and what a credible alternative is worth at the negotiating table. Every figure
 * rests on one base projection (base-projection.ts) and one contract calendar.
 */
import { monthlyCosts } from '../analysis/cost/monthly-costs.js';
import { partyRolesOf } from '../model/party-roles.js';
import type { ResolvedModel } from '../model/resolved-model.js';
import { money } from '../text/money.js';
import { BaseProjection } from './base-projection.js';
import { type DesignedIndex, designedIndex } from './designed-index.js';
import {
  type DependencyExit,
  type ExitBasis,
  type ExitModel,
  exitAt,
  exitCurve,
  exitModel,
} from './exit-cost.js';
import { type Leverage, leverage } from './leverage.js';
import { switchingOption } from './options/switching-option.js';
import { type Alternative, OutsideOptions } from './outside-option.js';
import { economicsParameters, type Parameters, type ParameterUse } from './parameters.js';
import {
  type CapacityPoint,
  type ExitWindow,
  exitWindow,
  type PointOfNoReturn,
  pointOfNoReturn,
  type ReversibilityInput,
  reversibilityCapacity,
} from './reversibility.js';

export interface CurvePoint {
  readonly month: number;
  readonly cost: number;
  readonly months: number;
}

export interface SwitchingOption {
  /** The incumbent's spend over the horizon, today's value. */
  readonly spendValue: number;
  /** The alternative's spend over the horizon plus today's exit cost: what switching now costs. */
  readonly strike: number;
  /** What switching today would gain (negative when it would lose). */
  readonly exerciseNow: number;
  /** What the right to switch at any month of the horizon is worth today. */
  readonly value: number;
  /** First month switching is optimal on some price path; null when never within the horizon. */
  readonly earliestExercise: number | null;
}

export interface DependencyLockin {
  readonly provider: string;
  readonly group: string;
  readonly monthlySpend: number;
  readonly today: DependencyExit;
  readonly curve: readonly CurvePoint[];
  /** First month the exit can no longer be funded or finished before the next binding; null when not within the horizon. */
  readonly pointOfNoReturn: PointOfNoReturn | null;
  /** The next date by which an exit must start to be out before a contract renews; null when none. */
  readonly exitWindow: ExitWindow | null;
  /** The supplier the operator would move to, and whether one is really there. */
  readonly alternative: Alternative;
  readonly option: SwitchingOption | null;
  readonly leverage: Leverage | null;
}

export interface Lockin {
  readonly horizonMonths: number;
  /** The reversibility capacity month by month (cash and margin on the base projection). */
  readonly capacity: readonly CapacityPoint[];
  readonly capacityExplanation: string;
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
  const projection = new BaseProjection(model, costs, horizonMonths);
  const variable = costs.lines
    .filter((l) => l.basis !== 'fixed')
    .reduce((sum, l) => sum + l.monthly, 0);
  const subscribers = model.operator.subscribers;
  const contribution =
    subscribers === 0 ? 0 : Math.max(0, costs.revenueMonthly - variable) / subscribers;
  const exits = exitModel(model, params, projection, contribution);
  const capacity = reversibilityCapacity(projection, params.reversibility_threshold_months);
  const roles = partyRolesOf(model);
  const outside = new OutsideOptions(model, roles, costs, params);
  const context = {
    model,
    params,
    projection,
    exits,
    capacity,
    outside,
    horizonMonths,
    costs,
    contribution: costs.revenueMonthly - variable,
    hosts: new Set(roles.hosts.map((p) => p.id)),
  };
  const dependencies = exits.bases.map((basis) => dependencyLockin(context, basis));
  dependencies.sort((a, b) => b.today.cost - a.today.cost || (a.provider < b.provider ? -1 : 1));
  const exitCost = new Map(dependencies.map((d) => [d.provider, d.today.cost]));
  return {
    horizonMonths,
    capacity,
    capacityExplanation: capacityText(model, params, costs.marginMonthly),
    dependencies,
    designed: designedIndex(model, (provider) => exitCost.get(provider) ?? 0),
    parameters: used,
  };
}

interface LockinContext {
  readonly model: ResolvedModel;
  readonly params: Parameters;
  readonly projection: BaseProjection;
  readonly exits: ExitModel;
  readonly capacity: readonly CapacityPoint[];
  readonly outside: OutsideOptions;
  readonly horizonMonths: number;
  readonly costs: ReturnType<typeof monthlyCosts>;
  /** Revenue less the costs that scale with the base, a month. */
  readonly contribution: number;
  readonly hosts: ReadonlySet<string>;
}

function dependencyLockin(context: LockinContext, basis: ExitBasis): DependencyLockin {
  const { model, params, projection, horizonMonths } = context;
  const id = basis.provider.id;
  const curve: readonly CurvePoint[] = exitCurve(context.exits, basis, horizonMonths);
  const today = exitAt(context.exits, basis, 0);
  const spend = context.costs.byProvider.get(id) ?? 0;
  const alternative = context.outside.of(basis.provider, spend);
  const reversibility: ReversibilityInput = {
    curve,
    capacity: context.capacity,
    contracts: basis.contracts.map((c) => c.calendar),
    asOf: model.operator.as_of,
    thresholdMonths: params.reversibility_threshold_months,
    currency: model.operator.currency,
  };
  return {
    provider: id,
    group: basis.provider.group,
    monthlySpend: spend,
    today,
    curve,
    pointOfNoReturn: pointOfNoReturn(reversibility),
    exitWindow: exitWindow(reversibility),
    alternative,
    option: optionToSwitch(id, spend, alternative, curve, projection, horizonMonths, model, params),
    leverage: leverage({
      provider: basis.provider,
      host: context.hosts.has(id),
      model,
      monthlySpend: spend,
      variableSpend: projection.variableSpend(id),
      contributionMonthly: context.contribution,
      exitCost: today.cost,
      horizonMonths,
      alternative,
      params,
    }),
  };
}

/**
 * The option to switch on the lattice: the spend follows the base, the alternative costs the
 * same fraction of it as today, and each month's exit cost and exit time come from the curve.
 */
function optionToSwitch(
  provider: string,
  monthlySpend: number,
  alternative: Alternative,
  curve: readonly CurvePoint[],
  projection: BaseProjection,
  horizonMonths: number,
  model: ResolvedModel,
  params: Parameters,
): SwitchingOption | null {
  if (monthlySpend <= 0 || horizonMonths < 1) return null;
  const ratio = alternative.pricePerYear / (monthlySpend * 12);
  const months = curve.slice(0, horizonMonths);
  const spend = months.map((p) => projection.spendAt(provider, p.month));
  const alternativeSpend = spend.map((s) => s * ratio);
  // A spend so small that the alternative's price is no finite multiple of it (5e-324 a unit,
  // say) leaves the option without a meaning: not applicable, as for no spend at all.
  if (!Number.isFinite(ratio) || !alternativeSpend.every(Number.isFinite)) return null;
  const result = switchingOption({
    spend,
    alternative: alternativeSpend,
    exitCost: months.map((p) => p.cost),
    exitMonths: months.map((p) => p.months),
    volatility: params.price_volatility,
    discountRate: model.operator.discount_rate,
  });
  return {
    spendValue: result.spendValue,
    strike: result.alternativeValue + (curve[0]?.cost ?? 0),
    exerciseNow: result.exerciseNow,
    value: result.value,
    earliestExercise: result.earliestExercise,
  };
}

function capacityText(model: ResolvedModel, params: Parameters, marginMonthly: number): string {
  const { currency } = model.operator;
  const cash = model.capital?.cash;
  const cashText =
    cash === undefined ? 'no cash stated (capital.cash)' : `cash of ${money(cash, currency)} today`;
  return `${cashText}, carried forward with the projected monthly margin (${money(marginMonthly, currency)} today), plus ${params.reversibility_threshold_months} months of the margin projected at each month`;
}
