import type { ResolvedModel } from '../../model/resolved-model.js';
import type { AiUseCase } from '../../model/schema/model.js';
import { money } from '../../text/money.js';
import { percent } from '../../text/percent.js';
import { wholeNumber } from '../../text/whole-number.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/**
 * Inference spend below 0.1% of monthly cost is left alone: even a tenfold surge in volume would
 * move total cost by under 1%.
 */
export const SPEND_FLOOR_SHARE = 0.001;

/** See ai-critical-vendor-model-no-export: the operator's own cloud tenancy is its own placement. */
const OPERATOR_PLACED_KINDS: ReadonlySet<string> = new Set(['cloud', 'data_centre']);

/** Outside inference billed per call with no cap: volume, and the bill, can run away. */
export const aiUncappedInference: Rule = {
  meta: {
    id: 'ai-uncapped-inference',
    title: 'Outside AI inference with no monthly cost cap',
    category: 'cost_structure',
    layers: ['intelligence', 'cost_structure'],
    severity: 'medium',
    rationale:
      'Inference is billed per call at the platform’s price, and volumes move with traffic, retries and prompt length rather than with subscribers. Without a contractual cap a loop, an attack or a price change lands on the operator’s costs in full.',
    references: [
      'mvno-domain.md §3.7 (where intelligence sits)',
      'mvno-domain.md §6.4 (platform and cloud costs are not publicly priced: model them as parameters)',
    ],
    detects: `An AI use case that runs outside the operator (not on the operator side or its own cloud or data-centre tenancy), with inferences_per_month/1000 × cost_per_1k_inferences (converted with operator.fx_rates when it names a currency) above ${percent(SPEND_FLOOR_SHARE)} of the model’s monthly cost, and no monthly_cost_cap.`,
    recommendation:
      'Agree a monthly cost cap (or a committed-volume price with a hard ceiling) with the platform, and alert on inference volumes before the cap is reached.',
  },
  check(context) {
    const floor = SPEND_FLOOR_SHARE * context.analysis.costs.totalMonthly;
    return (context.model.intelligence ?? []).flatMap((use) => {
      const spend = monthlySpend(context.model, use);
      if (use.monthly_cost_cap !== undefined || spend <= 0 || spend <= floor) return [];
      return placedByOperator(context, use) ? [] : [finding(context, use, spend)];
    });
  },
};

/** Inference spend a month in the operator's currency. */
function monthlySpend(model: ResolvedModel, use: AiUseCase): number {
  const { currency, fx_rates } = model.operator;
  const rate =
    use.currency === undefined || use.currency === currency ? 1 : (fx_rates?.[use.currency] ?? 1);
  return ((use.inferences_per_month ?? 0) / 1000) * (use.cost_per_1k_inferences ?? 0) * rate;
}

function placedByOperator({ roles }: RuleContext, use: AiUseCase): boolean {
  return (
    roles.isOperatorSide(use.runs_on) ||
    OPERATOR_PLACED_KINDS.has(roles.byId.get(use.runs_on)?.kind ?? '')
  );
}

function finding(
  { model, analysis, indexOf }: RuleContext,
  use: AiUseCase,
  spend: number,
): RuleFinding {
  const index = indexOf('intelligence', use.id);
  const total = analysis.costs.totalMonthly;
  // Two significant figures: the shares found here are fractions of a percent.
  const share =
    total > 0 ? ` (${Number(((spend / total) * 100).toPrecision(2))}% of monthly cost)` : '';
  return {
    elements: [use.id],
    message: `${use.id} on ${use.runs_on} makes ${wholeNumber(use.inferences_per_month ?? 0)} inferences a month, about ${money(spend, model.operator.currency)}${share}, with no monthly cost cap`,
    evidence: [
      ['intelligence', index, 'inferences_per_month'],
      ['intelligence', index, 'cost_per_1k_inferences'],
    ],
  };
}
