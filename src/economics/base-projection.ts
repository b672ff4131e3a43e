/**
 * The operator's base projected over the horizon: subscribers, revenue, each cost line, margin
 * and cash, month by month, all on one projection. Exit costs, reversibility and the option to
 * switch read it here, so an exit cost that grows with the base is always set against a margin
 * and a spend that grow with the same base.
 *
 * Conventions (docs/lockin.md, "The base projection"):
 * - subscribers at month t: s₀ · (1 + monthly_growth − monthly_churn)^t (never below zero);
 * - revenue: subscribers × ARPU; fixed cost lines stay as they are; per-subscriber and usage
 *   lines scale with subscribers; revenue-share lines with revenue; prices are today's (price
 *   changes are the stress test's business, not the base's);
 * - cash at month t: `capital.cash` (0 when not stated) plus the margins of months 0 … t−1.
 */
import type { CostBase } from '../analysis/cost/monthly-costs.js';
import type { ResolvedModel } from '../model/resolved-model.js';

/** Monthly figures of one month of the projection. */
export interface ProjectedMonth {
  readonly month: number;
  readonly subscribers: number;
  readonly revenue: number;
  readonly cost: number;
  readonly margin: number;
  /** Cash at the start of the month, after the margins of the months before. */
  readonly cash: number;
}

/** How one provider's monthly spend splits into a part that stays and a part that scales with the base. */
interface SpendSplit {
  readonly fixed: number;
  readonly scaling: number;
}

export class BaseProjection {
  readonly months: readonly ProjectedMonth[];
  private readonly growth: number;
  /** growth^month for the months of the horizon: read for every dependency at every month. */
  private readonly scales: Float64Array;
  private readonly spend: ReadonlyMap<string, SpendSplit>;

  constructor(model: ResolvedModel, costs: CostBase, horizonMonths: number) {
    const { subscribers, monthly_growth, monthly_churn } = model.operator;
    this.growth = Math.max(0, 1 + monthly_growth - monthly_churn);
    this.scales = new Float64Array(horizonMonths + 1);
    for (let month = 0; month <= horizonMonths; month++) this.scales[month] = this.growth ** month;
    const fixedCost = costs.lines
      .filter((l) => l.basis === 'fixed')
      .reduce((sum, l) => sum + l.monthly, 0);
    const scalingCost = costs.totalMonthly - fixedCost;
    this.spend = spendSplits(costs);
    const months: ProjectedMonth[] = [];
    let cash = model.capital?.cash ?? 0;
    for (let month = 0; month <= horizonMonths; month++) {
      const scale = this.scale(month);
      const revenue = costs.revenueMonthly * scale;
      const cost = fixedCost + scalingCost * scale;
      months.push({
        month,
        subscribers: subscribers * scale,
        revenue,
        cost,
        margin: revenue - cost,
        cash,
      });
      cash += revenue - cost;
    }
    this.months = months;
  }

  /** Subscribers at `month` over subscribers today. */
  scale(month: number): number {
    const known = this.scales[month];
    return known === undefined ? this.growth ** month : known;
  }

  at(month: number): ProjectedMonth {
    const last = this.months[this.months.length - 1];
    const found = this.months[Math.min(month, this.months.length - 1)] ?? last;
    if (found === undefined) throw new RangeError('the projection has no months');
    return found;
  }

  /** The part of what the operator pays `provider` today that scales with the base. */
  variableSpend(provider: string): number {
    return this.spend.get(provider)?.scaling ?? 0;
  }

  /** What the operator pays `provider` in `month`, at today's prices. */
  spendAt(provider: string, month: number): number {
    const split = this.spend.get(provider);
    return split === undefined ? 0 : split.fixed + split.scaling * this.scale(month);
  }
}

function spendSplits(costs: CostBase): Map<string, SpendSplit> {
  const splits = new Map<string, { fixed: number; scaling: number }>();
  for (const line of costs.lines) {
    if (line.provider === undefined) continue;
    const split = splits.get(line.provider) ?? { fixed: 0, scaling: 0 };
    if (line.basis === 'fixed') split.fixed += line.monthly;
    else split.scaling += line.monthly;
    splits.set(line.provider, split);
  }
  return splits;
}
