/**
 * Monthly cost of each cost line in the operator's currency, and how much of it floats with
 * market prices. A line floats with a market driver (cloud, energy, AI inference, FX) by the
 * pass-through it states in `floats_with`; a line whose own `driver` is that market price
 * passes it through fully unless it says otherwise; a line paid in another currency floats
 * with FX fully unless it says otherwise. Wholesale and labour prices are negotiated, not
 * market prices, so they do not count as floating here.
 */
import type { ResolvedModel } from '../../model/resolved-model.js';
import type { CostLine } from '../../model/schema/model.js';

export const MARKET_DRIVERS = ['cloud', 'energy', 'ai_inference', 'fx'] as const;
export type MarketDriver = (typeof MARKET_DRIVERS)[number];

export interface CostLineAmount {
  readonly id: string;
  readonly name: string;
  readonly provider: string | undefined;
  readonly driver: CostLine['driver'];
  readonly basis: CostLine['basis'];
  /** Per month, in the operator's currency. */
  readonly monthly: number;
  /** Pass-through of each market driver into this line, 0–1. */
  readonly passThrough: Readonly<Record<MarketDriver, number>>;
  /** Share of the line that moves with market prices: the sum of pass-throughs, at most 1. */
  readonly floatingShare: number;
}

export interface CostBase {
  readonly lines: readonly CostLineAmount[];
  readonly totalMonthly: number;
  readonly revenueMonthly: number;
  /** Revenue less cost, per month (negative when the operator loses money). */
  readonly marginMonthly: number;
  readonly floatingMonthly: number;
  readonly byProvider: ReadonlyMap<string, number>;
}

const costsByModel = new WeakMap<ResolvedModel, CostBase>();

/** The cost base of a model, computed once (the structure analysis and lock-in both read it). */
export function monthlyCosts(model: ResolvedModel): CostBase {
  let costs = costsByModel.get(model);
  if (costs === undefined) {
    costs = computeCosts(model);
    costsByModel.set(model, costs);
  }
  return costs;
}

function computeCosts(model: ResolvedModel): CostBase {
  const { subscribers, arpu, currency } = model.operator;
  const revenueMonthly = subscribers * arpu;
  const rates = model.operator.fx_rates ?? {};
  const lines = (model.costs ?? []).map((line): CostLineAmount => {
    const lineCurrency = line.currency ?? currency;
    const rate = lineCurrency === currency ? 1 : (rates[lineCurrency] ?? 1);
    const passThrough = passThroughOf(line, lineCurrency !== currency);
    const floatingShare = Math.min(
      1,
      MARKET_DRIVERS.reduce((sum, d) => sum + passThrough[d], 0),
    );
    return {
      id: line.id,
      name: line.name,
      provider: line.provider,
      driver: line.driver,
      basis: line.basis,
      monthly:
        line.basis === 'revenue_share'
          ? line.share_of_revenue * revenueMonthly
          : amountInLineCurrency(line, subscribers) * rate,
      passThrough,
      floatingShare,
    };
  });
  const totalMonthly = lines.reduce((sum, l) => sum + l.monthly, 0);
  const byProvider = new Map<string, number>();
  for (const line of lines) {
    if (line.provider !== undefined)
      byProvider.set(line.provider, (byProvider.get(line.provider) ?? 0) + line.monthly);
  }
  return {
    lines,
    totalMonthly,
    revenueMonthly,
    marginMonthly: revenueMonthly - totalMonthly,
    floatingMonthly: lines.reduce((sum, l) => sum + l.monthly * l.floatingShare, 0),
    byProvider,
  };
}

/** The amount in the line's own currency; revenue shares are taken on revenue, in the operator's. */
function amountInLineCurrency(
  line: Exclude<CostLine, { basis: 'revenue_share' }>,
  subscribers: number,
): number {
  switch (line.basis) {
    case 'fixed':
      return line.monthly_amount;
    case 'per_subscriber':
      return line.per_subscriber_month * subscribers;
    case 'usage':
      return line.unit_price * line.usage_per_subscriber_month * subscribers;
  }
}

function passThroughOf(line: CostLine, foreignCurrency: boolean): Record<MarketDriver, number> {
  const stated = line.floats_with ?? {};
  const of = (driver: MarketDriver, implied: boolean): number =>
    stated[driver] ?? (implied ? 1 : 0);
  return {
    cloud: of('cloud', line.driver === 'cloud'),
    energy: of('energy', line.driver === 'energy'),
    ai_inference: of('ai_inference', line.driver === 'ai_inference'),
    fx: of('fx', line.driver === 'fx' || (foreignCurrency && line.basis !== 'revenue_share')),
  };
}
