import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule, RuleContext } from '../rule.js';

/** A decision that made the service depend on a provider, with no plan for undoing it. */
export const decNoExitPlan: Rule = {
  meta: {
    id: 'dec-no-exit-plan',
    title: 'Decision bringing in a service-critical provider without an exit plan',
    category: 'decisions',
    layers: ['capital_coordination', 'network_routes'],
    severity: 'high',
    rationale:
      'A provider the service cannot run without is the dependency that costs most to leave. Without a plan for how the decision would be undone, nobody knows how long an exit takes or what it needs, and the termination risk the regulations ask about has not been assessed.',
    references: [
      'UK Electronic Communications (Security Measures) Regulations 2022, reg. 7(3)(a) (risks at termination of supplier contracts)',
      'mvno-domain.md §5.4 SUP-REG-09 (termination and exit risk assessed per contract)',
      'DESIGN.md §2 (capital & coordination: decision history) and §3 (decision log: exit plan)',
    ],
    detects:
      'A decision whose providers include one (not the operator’s own function) that carries a service-critical capability, not as standby, and whose exit_plan is missing or blank.',
    recommendation:
      'Write the exit plan: who would replace the provider, how long the migration takes, what it needs (SIMs, keys, data, integrations) and what it costs; then check the contract gives the notice and assistance the plan assumes.',
  },
  check(context) {
    const { model, indexOf } = context;
    return (model.decisions ?? []).flatMap((d) => {
      if (d.exit_plan !== undefined && d.exit_plan.trim() !== '') return [];
      const critical = criticalProviders(context, d.providers ?? []);
      if (critical.length === 0) return [];
      const index = indexOf('decisions', d.id);
      return [
        {
          elements: [d.id],
          message: `decision ${d.id} (${d.title}, ${d.date}) brought in ${critical.map((c) => `${c.provider} (${c.capabilities.join(', ')})`).join('; ')} with no exit plan`,
          evidence: [
            d.exit_plan === undefined
              ? ['decisions', index, 'providers']
              : ['decisions', index, 'exit_plan'],
          ] satisfies ModelPath[],
        },
      ];
    });
  },
};

/** The outside providers among `ids` that carry service-critical capabilities, with those capabilities. */
function criticalProviders(
  { model, roles }: RuleContext,
  ids: readonly string[],
): { provider: string; capabilities: string[] }[] {
  const critical = new Set(model.capabilities.filter((c) => c.critical).map((c) => c.id));
  return ids.flatMap((id) => {
    const provider = roles.byId.get(id);
    if (provider === undefined || roles.isOperatorSide(id)) return [];
    const capabilities = [
      ...new Set(
        provider.supplies
          .filter((s) => !s.standby && critical.has(s.capability))
          .map((s) => s.capability),
      ),
    ];
    return capabilities.length === 0 ? [] : [{ provider: id, capabilities }];
  });
}
