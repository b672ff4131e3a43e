import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Contract } from '../../model/schema/model.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

/** An AI platform contract with no export right, while models trained on operator data run there. */
export const aiPlatformContractWithoutExport: Rule = {
  meta: {
    id: 'ai-platform-contract-without-export',
    title: 'AI platform contract without a model export clause',
    category: 'contracts',
    layers: ['intelligence'],
    severity: 'medium',
    rationale:
      'Models and features tuned on the operator’s data stay in the platform unless the contract says they can leave. Without that clause the operator’s data has made the platform harder to replace, and the exit plan has nothing to rely on.',
    references: [
      'mvno-domain.md §3.7 (where intelligence sits)',
      'UK Electronic Communications (Security Measures) Regulations 2022 reg. 7(3)(a) (termination and exit risk per contract)',
      'UK Telecoms Security CoP M10.08 (data transferred to suppliers only where necessary)',
    ],
    detects:
      'A contract with a provider of kind ai_platform that does not state model_export: true, while at least one AI use case trained on operator data (trained_on_operator_data: true) runs on that provider. One finding per contract.',
    recommendation:
      'Add a clause at the next renewal giving the operator its trained models, prompts, features and evaluation sets in a usable format at exit; until then keep the training data and prompts in the operator’s own store.',
  },
  check(context) {
    const { model, roles } = context;
    return (model.contracts ?? []).flatMap((contract) => {
      if (roles.byId.get(contract.provider)?.kind !== 'ai_platform') return [];
      if (contract.model_export === true) return [];
      const uses = (model.intelligence ?? []).filter(
        (u) => u.runs_on === contract.provider && u.trained_on_operator_data === true,
      );
      return uses.length === 0 ? [] : [finding(context, contract, uses)];
    });
  },
};

function finding(
  { indexOf }: RuleContext,
  contract: Contract,
  uses: readonly { readonly id: string }[],
): RuleFinding {
  const index = indexOf('contracts', contract.id);
  const clause =
    contract.model_export === false ? 'rules out model export' : 'says nothing on model export';
  return {
    elements: [contract.id],
    message: `contract ${contract.id} with ${contract.provider} ${clause}, while ${uses.map((u) => u.id).join(', ')} ${uses.length === 1 ? 'is' : 'are'} trained on operator data there`,
    evidence: [
      contract.model_export === undefined
        ? ['contracts', index]
        : ['contracts', index, 'model_export'],
      ...uses.map(
        (u): ModelPath => [
          'intelligence',
          indexOf('intelligence', u.id),
          'trained_on_operator_data',
        ],
      ),
    ],
  };
}
