import type { ModelPath } from '../../model/load/diagnostic.js';
import type { AiUseCase } from '../../model/schema/model.js';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';

const CRITICAL_USES: ReadonlySet<string> = new Set(['high', 'critical']);

/**
 * Inference on the operator's own tenancy of a cloud or data centre is placed by the operator;
 * the intelligence scorecard reads placement the same way.
 */
const OPERATOR_PLACED_KINDS: ReadonlySet<string> = new Set(['cloud', 'data_centre']);

/** A critical AI use case learns from the operator's data inside a vendor's model it cannot take out. */
export const aiCriticalVendorModelNoExport: Rule = {
  meta: {
    id: 'ai-critical-vendor-model-no-export',
    title: 'Critical AI model trained on operator data, with no right to export it',
    category: 'intelligence',
    layers: ['intelligence'],
    severity: 'high',
    rationale:
      'A model tuned on the operator’s own data is an asset the operator paid for with that data. Without an export right it stays with the platform at exit, so replacing the platform means rebuilding the model from scratch, for a use case the business depends on.',
    references: [
      'mvno-domain.md §3.7 (where intelligence sits)',
      'UK Electronic Communications (Security Measures) Regulations 2022 reg. 7(3)(a) (exit risk per supplier)',
      'NIS2 Art. 21(3) (supplier dependencies assessed)',
    ],
    detects:
      'An AI use case of criticality high or critical that runs outside the operator’s control (runs_on is neither the operator side nor a cloud or data-centre tenancy of the operator), whose model someone else controls, that is trained on operator data, with model_export not true and no contract with its platform that has model_export: true. Critical for a use case of criticality critical.',
    recommendation:
      'Negotiate model and feature export into the platform contract, or move the use case to a model the operator controls (its own tenancy), before the platform is renewed.',
  },
  check(context) {
    const uses = context.model.intelligence ?? [];
    return uses.filter((u) => locked(context, u)).map((u) => finding(context, u));
  },
};

function locked({ model, roles }: RuleContext, use: AiUseCase): boolean {
  const placedByOperator =
    roles.isOperatorSide(use.runs_on) ||
    OPERATOR_PLACED_KINDS.has(roles.byId.get(use.runs_on)?.kind ?? '');
  const exportContract = (model.contracts ?? []).some(
    (c) => c.provider === use.runs_on && c.model_export === true,
  );
  return (
    CRITICAL_USES.has(use.criticality) &&
    !placedByOperator &&
    !roles.isOperatorSide(use.model_controlled_by) &&
    use.trained_on_operator_data === true &&
    use.model_export !== true &&
    !exportContract
  );
}

function finding({ model, indexOf }: RuleContext, use: AiUseCase): RuleFinding {
  const index = indexOf('intelligence', use.id);
  const contracts = (model.contracts ?? []).filter((c) => c.provider === use.runs_on);
  const terms =
    contracts.length === 0
      ? `no contract with ${use.runs_on} in the model`
      : `contract ${contracts.map((c) => c.id).join(', ')} gives no model export`;
  const evidence: ModelPath[] = [
    use.model_export === undefined
      ? ['intelligence', index, 'trained_on_operator_data']
      : ['intelligence', index, 'model_export'],
    ['intelligence', index, 'runs_on'],
    ...contracts.map((c): ModelPath => ['contracts', indexOf('contracts', c.id)]),
  ];
  return {
    elements: [use.id],
    message: `${use.id} (criticality ${use.criticality}) is trained on operator data in a model ${use.model_controlled_by} controls on ${use.runs_on}; ${terms}`,
    evidence,
    severity: use.criticality === 'critical' ? 'critical' : 'high',
  };
}
