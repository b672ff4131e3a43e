import type { ModelPath } from '../../model/load/diagnostic.js';
import { money as moneyIn } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule } from '../rule.js';

/** The cost lines named in the message: enough to show where the money goes. */
const LARGEST_LINES = 3;

/** Monthly cost above monthly revenue. */
export const costNegativeMargin: Rule = {
  meta: {
    id: 'cost-negative-margin',
    title: 'Monthly costs exceed revenue',
    category: 'cost_structure',
    layers: ['cost_structure', 'capital_coordination'],
    severity: 'high',
    rationale:
      'An operator that loses money on every month of operation depends on its funders for survival, and negotiates with its host and enablers from weakness: it cannot afford a migration, an exit fee or a price rise.',
    references: [
      'mvno-domain.md §6.1 (wholesale is the majority of MVNO cost)',
      'mvno-domain.md §6 (cost structure facts)',
    ],
    detects:
      'The model’s monthly cost (the sum of its cost lines, in the operator’s currency) above monthly revenue (subscribers × ARPU). Silent when the model has no cost lines.',
    recommendation:
      'Check the cost lines and ARPU first; if the gap is real, work on the largest lines (wholesale rates, platform fees) and state in the capital section how long the funding covers the loss.',
  },
  check({ model, analysis, indexOf }) {
    const { totalMonthly, revenueMonthly, marginMonthly, lines } = analysis.costs;
    if (totalMonthly <= 0 || marginMonthly >= 0) return [];
    const money = (v: number) => moneyIn(v, model.operator.currency);
    const largest = [...lines].sort((a, b) => b.monthly - a.monthly).slice(0, LARGEST_LINES);
    const loss = -marginMonthly;
    const ofRevenue = revenueMonthly > 0 ? ` (${percent(loss / revenueMonthly)} of revenue)` : '';
    return [
      {
        elements: [model.operator.id],
        message: `monthly costs of ${money(totalMonthly)} exceed revenue of ${money(revenueMonthly)} (${wholeNumber(model.operator.subscribers)} subscribers × ARPU ${model.operator.arpu}) by ${money(loss)}${ofRevenue}; largest lines: ${largest.map((l) => `${l.id} ${money(l.monthly)}`).join(', ')}`,
        evidence: [
          ['operator', 'arpu'],
          ['operator', 'subscribers'],
          ...largest.map((l): ModelPath => ['costs', indexOf('costs', l.id)]),
        ],
      },
    ];
  },
};
