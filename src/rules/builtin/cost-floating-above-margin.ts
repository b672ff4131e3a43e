import type { ModelPath } from '../../model/load/diagnostic.js';
import { money as moneyIn } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import type { Rule } from '../rule.js';

/**
 * A quarter of the margin floating with market prices: a 2022-sized shock on those prices
 * (A1's electricity bill +45%, mvno-domain.md §6.4) would then take over a tenth of the margin.
 */
export const FLOAT_SHARE_OF_MARGIN = 0.25;

/** Cost that floats with cloud, energy, AI and FX prices is large against what the operator earns. */
export const costFloatingAboveMargin: Rule = {
  meta: {
    id: 'cost-floating-above-margin',
    title: 'Market-priced cost large against the margin',
    category: 'cost_structure',
    layers: ['cost_structure'],
    severity: 'medium',
    rationale:
      'Cloud, energy, AI-inference and exchange rates move without asking; wholesale and staff costs are negotiated. When the floating part of cost is large against the margin, one market shock (2022’s energy prices) takes the margin with it, and retail prices can follow only at the next review.',
    references: [
      'mvno-domain.md §6.4 (2022 energy shock: A1 +45%, Telia +SEK 500 m; no public cloud or energy indexation in MVNO contracts)',
      'mvno-domain.md §6.1 (wholesale is the dominant, negotiated cost)',
    ],
    detects: `Monthly cost floating with cloud, energy, AI-inference and FX prices (each line’s pass-through, as in the cost analysis) above ${percent(FLOAT_SHARE_OF_MARGIN)} of the monthly margin (revenue less cost), or any floating cost when the margin is zero or negative. High when the floating cost exceeds a positive margin: doubling those prices would wipe it out.`,
    recommendation:
      'Fix or cap the floating prices (reserved cloud capacity, energy hedges, committed inference prices, currency hedges or contracts in the operator’s currency), or build indexation into retail prices.',
  },
  check({ model, analysis, indexOf }) {
    const { floatingMonthly: floating, marginMonthly: margin, totalMonthly } = analysis.costs;
    if (floating <= 0) return [];
    if (margin > 0 && floating <= FLOAT_SHARE_OF_MARGIN * margin) return [];
    const money = (v: number) => moneyIn(v, model.operator.currency);
    const lines = analysis.costs.lines
      .filter((l) => l.floatingShare > 0)
      .sort((a, b) => b.monthly * b.floatingShare - a.monthly * a.floatingShare);
    const against =
      margin > 0
        ? `${percent(floating / margin)} of the ${money(margin)} monthly margin`
        : `with no margin to absorb a price move (margin ${money(margin)} a month)`;
    return [
      {
        elements: [model.operator.id],
        message: `${money(floating)} a month (${percent(floating / totalMonthly)} of cost) floats with cloud, energy, AI and FX prices, ${against}; largest: ${lines
          .slice(0, 3)
          .map((l) => `${l.id} ${money(l.monthly * l.floatingShare)}`)
          .join(', ')}`,
        evidence: lines.map((l): ModelPath => ['costs', indexOf('costs', l.id)]),
        severity: margin > 0 && floating >= margin ? 'high' : 'medium',
      },
    ];
  },
};
