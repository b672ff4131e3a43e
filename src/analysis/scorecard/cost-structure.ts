/**
 * Cost structure: how exposed unit economics are to cloud, AI-inference, energy and currency
 * prices, and how much room the margin leaves (DESIGN §2).
 */
import type { ModelPath } from '../../model/load/diagnostic.js';
import { money as moneyIn } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import type { ScoreContext } from './context.js';
import type { FactorInput } from './factor.js';

/** An operating margin of 30% of revenue counts as full headroom. */
const FULL_MARGIN = 0.3;

export function costStructure(context: ScoreContext): {
  dependency: FactorInput[];
  control: FactorInput[];
} {
  const { model, costs, concentration } = context;
  const total = costs.totalMonthly;
  const known = total > 0;
  const linePaths = (model.costs ?? []).map((_, i) => ['costs', i] as ModelPath);
  const floating = known ? costs.floatingMonthly / total : null;
  const wholesale = known
    ? costs.lines.filter((l) => l.driver === 'wholesale').reduce((s, l) => s + l.monthly, 0) / total
    : null;
  const margin = costs.marginMonthly;
  const sensitivity = known ? (margin <= 0 ? 1 : costs.floatingMonthly / margin) : null;
  const rates = model.operator.fx_rates ?? {};
  const commitments = (model.contracts ?? []).reduce((sum, c) => {
    const rate =
      c.currency === undefined || c.currency === model.operator.currency
        ? 1
        : (rates[c.currency] ?? 1);
    return sum + (c.minimum_commitment_per_month ?? 0) * rate;
  }, 0);
  const commitmentPaths = (model.contracts ?? []).flatMap((c, i) =>
    c.minimum_commitment_per_month === undefined
      ? []
      : [['contracts', i, 'minimum_commitment_per_month'] as ModelPath],
  );
  const marginShare = costs.revenueMonthly > 0 ? margin / costs.revenueMonthly : 0;
  const money = (value: number) => moneyIn(value, model.operator.currency);

  return {
    dependency: [
      {
        id: 'market_float',
        title: 'Cost that floats with cloud, energy, AI and FX prices',
        weight: 0.35,
        value: floating,
        explanation:
          floating === null
            ? 'no cost lines in the model'
            : `${percent(floating)} of ${money(total)} a month moves with market prices`,
        evidence: linePaths,
      },
      {
        id: 'wholesale_weight',
        title: 'Cost set by the host wholesale price',
        weight: 0.2,
        value: wholesale,
        explanation:
          wholesale === null
            ? 'no cost lines in the model'
            : `${percent(wholesale)} of cost is wholesale`,
        evidence: linePaths,
      },
      {
        id: 'margin_sensitivity',
        title: 'Floating cost against the margin',
        weight: 0.3,
        value: sensitivity,
        explanation:
          sensitivity === null
            ? 'no cost lines in the model'
            : margin <= 0
              ? `no margin to absorb a price move (margin ${money(margin)} a month)`
              : `floating cost is ${percent(costs.floatingMonthly / margin)} of the ${money(margin)} monthly margin: a doubling of those prices would take that much of it`,
        evidence: linePaths,
      },
      {
        id: 'commitments',
        title: 'Minimum commitments against spend',
        weight: 0.15,
        value: known ? commitments / total : null,
        explanation: known
          ? `minimum commitments of ${money(commitments)} a month are ${percent(commitments / total)} of spend`
          : 'no cost lines in the model',
        evidence: commitmentPaths,
      },
    ],
    control: [
      {
        id: 'fixed_terms',
        title: 'Cost on negotiated, not market, prices',
        weight: 0.3,
        value: floating === null ? null : 1 - floating,
        explanation:
          floating === null
            ? 'no cost lines in the model'
            : `${percent(1 - floating)} of cost does not move with market prices`,
        evidence: linePaths,
      },
      {
        id: 'margin_headroom',
        title: 'Operating margin',
        weight: 0.3,
        value: known ? Math.max(0, marginShare) / FULL_MARGIN : null,
        explanation: known
          ? `margin ${percent(marginShare)} of revenue; ${percent(FULL_MARGIN)} or more counts as full headroom`
          : 'no cost lines in the model',
        evidence: [['operator', 'arpu'], ...linePaths],
      },
      {
        id: 'spend_diversity',
        title: 'Spend spread across supplier groups',
        weight: 0.4,
        value:
          concentration.spend.attributedMonthly > 0
            ? 1 - concentration.spend.groupHhi / 10_000
            : null,
        explanation:
          concentration.spend.attributedMonthly > 0
            ? `HHI of spend by supplier group: ${Math.round(concentration.spend.groupHhi)} of 10,000`
            : 'no cost line is tied to a provider',
        evidence: linePaths,
      },
    ],
  };
}
