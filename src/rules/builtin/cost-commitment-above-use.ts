import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Contract } from '../../model/schema/model.js';
import { money as moneyIn } from '../../text/money.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** A minimum monthly commitment above what the operator spends with the provider today. */
export const costCommitmentAboveUse: Rule = {
  meta: {
    id: 'cost-commitment-above-use',
    title: 'Minimum commitment above current spend',
    category: 'contracts',
    layers: ['cost_structure'],
    severity: 'medium',
    rationale:
      'A minimum commitment is paid whether or not it is used. Above today’s spend, the operator pays for capacity it does not use, and a fall in subscribers deepens the shortfall; if the model has no cost line for the provider at all, the cost base leaves the commitment out.',
    references: [
      'mvno-domain.md §2.1 (contract: exclusivity, notice, minimum commitment)',
      'mvno-domain.md §6.4 (platform contracts are revenue share or managed service with minimum commitments)',
    ],
    detects:
      'A contract whose minimum_commitment_per_month (converted with operator.fx_rates when the contract names a currency) is above the model’s current monthly cost with that provider (the sum of its cost lines). One finding per contract; low when the model has no cost line for the provider at all, which is a gap in the cost base rather than a measured shortfall.',
    recommendation:
      'Add the missing cost lines if the model leaves spend out; otherwise renegotiate the commitment to expected use (or a ramp), or move volume to the provider so the commitment is used.',
  },
  check(context) {
    return (context.model.contracts ?? []).flatMap((contract) => {
      const committed = committedMonthly(context, contract);
      const spend = context.analysis.costs.byProvider.get(contract.provider) ?? 0;
      return committed > spend ? [finding(context, contract, committed, spend)] : [];
    });
  },
};

/** The commitment in the operator's currency. */
function committedMonthly({ model }: RuleContext, contract: Contract): number {
  const { currency, fx_rates } = model.operator;
  const rate =
    contract.currency === undefined || contract.currency === currency
      ? 1
      : (fx_rates?.[contract.currency] ?? 1);
  return (contract.minimum_commitment_per_month ?? 0) * rate;
}

function finding(
  { model, indexOf }: RuleContext,
  contract: Contract,
  committed: number,
  spend: number,
): RuleFinding {
  const money = (v: number) => moneyIn(v, model.operator.currency);
  const lines = (model.costs ?? []).filter((l) => l.provider === contract.provider);
  const use =
    lines.length === 0
      ? `no cost line in the model pays ${contract.provider}, so the cost base leaves it out`
      : `the model's cost with ${contract.provider} is ${money(spend)} a month (${money(committed - spend)} unused)`;
  return {
    elements: [contract.id],
    message: `contract ${contract.id} commits ${money(committed)} a month; ${use}`,
    severity: lines.length === 0 ? 'low' : 'medium',
    evidence: [
      ['contracts', indexOf('contracts', contract.id), 'minimum_commitment_per_month'],
      ...lines.map((l): ModelPath => ['costs', indexOf('costs', l.id)]),
    ],
  };
}
