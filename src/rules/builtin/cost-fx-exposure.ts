import type { ModelPath } from '../../model/load/diagnostic.js';
import { money } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import type { Rule } from '../rule.js';

/**
 * A fifth of cost in other currencies: a 10% currency move, common within a year, then shifts
 * total cost by 2%, a large bite out of the thin margins MVNOs run on.
 */
export const FX_SHARE = 0.2;

/** Much of the cost is paid in currencies other than the one the operator earns in. */
export const costFxExposure: Rule = {
  meta: {
    id: 'cost-fx-exposure',
    title: 'Large share of cost paid in other currencies',
    category: 'cost_structure',
    layers: ['cost_structure'],
    severity: 'medium',
    rationale:
      'Revenue comes in the operator’s currency; cost paid in another moves with the exchange rate, which the operator neither controls nor can pass on before its next price change.',
    references: [
      'mvno-domain.md §6.4 (market prices pass through into cost; no public indexation in MVNO contracts)',
      'mvno-domain.md §6.2 (EU wholesale roaming caps are set in euros)',
    ],
    detects: `More than ${percent(FX_SHARE)} of monthly cost (by amount, converted with operator.fx_rates) on cost lines whose currency is not the operator’s.`,
    recommendation:
      'Move contracts into the operator’s currency at renewal, hedge the exposure, or earn revenue in the same currencies (and model it).',
  },
  check({ model, analysis, indexOf }) {
    const { currency } = model.operator;
    const total = analysis.costs.totalMonthly;
    const amounts = new Map(analysis.costs.lines.map((l) => [l.id, l.monthly]));
    const foreign = (model.costs ?? [])
      .filter((l) => l.currency !== undefined && l.currency !== currency)
      .map((l) => ({ line: l, currency: l.currency ?? currency, monthly: amounts.get(l.id) ?? 0 }))
      .sort((a, b) => b.monthly - a.monthly);
    const exposed = foreign.reduce((sum, f) => sum + f.monthly, 0);
    if (total <= 0 || exposed / total <= FX_SHARE) return [];
    const byCurrency = new Map<string, string[]>();
    for (const f of foreign)
      byCurrency.set(f.currency, [...(byCurrency.get(f.currency) ?? []), f.line.id]);
    const shareOf = (c: string) =>
      foreign.filter((f) => f.currency === c).reduce((sum, f) => sum + f.monthly, 0) / total;
    const detail = [...byCurrency.entries()]
      .map(([c, ids]) => `${c} ${percent(shareOf(c))} (${ids.join(', ')})`)
      .join('; ');
    return [
      {
        elements: [model.operator.id],
        message: `${money(exposed, currency)} of ${money(total, currency)} monthly cost (${percent(exposed / total)}) is paid in other currencies: ${detail}`,
        evidence: foreign.map((f): ModelPath => ['costs', indexOf('costs', f.line.id), 'currency']),
      },
    ];
  },
};
